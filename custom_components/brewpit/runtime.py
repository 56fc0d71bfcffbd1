"""What the hub announced and the live link to it, kept per config entry."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from homeassistant.components.websocket_api import ActiveConnection
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.entity_platform import async_get_platforms
from homeassistant.helpers.storage import Store

from .const import (
    CONF_SHARE,
    DEFAULT_SHARE,
    DOMAIN,
    MANUFACTURER,
    PLATFORMS,
    SIGNAL_AVAILABILITY,
    SIGNAL_ENTITY_UPDATE,
    SIGNAL_NEW_ENTITIES,
    STORAGE_SAVE_DELAY,
    STORAGE_VERSION,
)
from .contract import API_MIN
from .events import EventRelay
from .hub import BrewpitHub
from .link import HubLink
from .models import DeviceSpec, EntitySpec, StateItem, Subscriber

_LOGGER = logging.getLogger(__name__)

type BrewpitConfigEntry = ConfigEntry[BrewpitRuntime]


class BrewpitRuntime:
    """Everything one config entry holds at run time (its `runtime_data`)."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, hub: BrewpitHub
    ) -> None:
        """Start empty; `async_load` restores what the hub announced before."""
        self.hass = hass
        self.entry = entry
        self.hub = hub
        self.devices: dict[str, DeviceSpec] = {}
        self.specs: dict[str, EntitySpec] = {}
        self.states: dict[str, StateItem] = {}
        self.hub_version: str | None = None
        self.hub_api = API_MIN
        self.integration_version = "0.0.0"
        self.command_subscribers: list[Subscriber] = []
        self.live_subscribers: list[Subscriber] = []
        self.link = HubLink(hass, hub.url, self._signal_availability)
        self.events = EventRelay(hass, entry.entry_id)
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry.entry_id}"
        )

    @property
    def hub_connected(self) -> bool:
        """Whether the hub's socket is open (it holds a command subscription)."""
        return self.link.connected

    @property
    def shared(self) -> bool:
        """Whether every Home Assistant user may read sessions and history."""
        return bool(self.entry.options.get(CONF_SHARE, DEFAULT_SHARE))

    async def async_load(self) -> None:
        """Restore devices and entity specs saved by an earlier run."""
        data = await self._store.async_load() or {}
        for raw in data.get("devices", []):
            device = DeviceSpec.from_dict(raw)
            self.devices[device.id] = device
        for raw in data.get("entities", []):
            spec = EntitySpec.from_dict(raw)
            self.specs[spec.unique_id] = spec
        await self.events.async_load()

    async def async_remove_storage(self) -> None:
        """Delete the saved announcements (the entry is being removed)."""
        await self._store.async_remove()
        await self.events.async_remove_storage()

    @callback
    def _schedule_save(self) -> None:
        self._store.async_delay_save(self._data_to_save, STORAGE_SAVE_DELAY)

    @callback
    def _data_to_save(self) -> dict[str, Any]:
        return {
            "devices": [d.as_dict() for d in self.devices.values()],
            "entities": [s.as_dict() for s in self.specs.values()],
        }

    @callback
    def upsert_devices(self, devices: list[DeviceSpec]) -> None:
        """Create or update one Home Assistant device per hub device."""
        registry = dr.async_get(self.hass)
        # Parents first, so `via` can name a device announced in the same call.
        for device in sorted(devices, key=lambda d: d.via is not None):
            via_device_id = None
            if device.via and (
                parent := registry.async_get_device_by_identifier(
                    (DOMAIN, device.via), self.entry.entry_id
                )
            ):
                via_device_id = parent.id
            registry.async_get_or_create(
                config_entry_id=self.entry.entry_id,
                identifiers={(DOMAIN, device.id)},
                manufacturer=MANUFACTURER,
                name=device.name,
                model=device.model,
                sw_version=device.sw_version,
                via_device_id=via_device_id,
            )
            self.devices[device.id] = device
        self._schedule_save()

    @callback
    def upsert_entities(self, specs: list[EntitySpec]) -> None:
        """Record entity specs; new ones are dispatched to their platform, changed ones updated."""
        if unknown := {s.device_id for s in specs} - self.devices.keys():
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="unknown_device",
                translation_placeholders={"device_id": ", ".join(sorted(unknown))},
            )
        new: dict[str, list[EntitySpec]] = {}
        for spec in specs:
            old = self.specs.get(spec.unique_id)
            self.specs[spec.unique_id] = spec
            if old is None:
                new.setdefault(spec.platform, []).append(spec)
            elif old != spec:
                self._signal_entity(spec.unique_id)
        for platform, added in new.items():
            async_dispatcher_send(
                self.hass,
                SIGNAL_NEW_ENTITIES.format(self.entry.entry_id, platform),
                added,
            )
        self._schedule_save()

    async def async_remove_entities(self, unique_ids: Iterable[str]) -> list[str]:
        """Remove entities for real: `async_remove`, the registry entry, the spec and state."""
        registry = er.async_get(self.hass)
        live = {
            entity.unique_id: entity
            for platform in async_get_platforms(self.hass, DOMAIN)
            if platform.config_entry is self.entry
            for entity in platform.entities.values()
        }
        removed: list[str] = []
        for uid in unique_ids:
            spec = self.specs.pop(uid, None)
            self.states.pop(uid, None)
            if (entity := live.get(uid)) is not None:
                await entity.async_remove(force_remove=True)
            domains = [spec.platform] if spec else [str(p) for p in PLATFORMS]
            for domain in domains:
                if entity_id := registry.async_get_entity_id(domain, DOMAIN, uid):
                    registry.async_remove(entity_id)
            if spec is not None or entity is not None:
                removed.append(uid)
        self._schedule_save()
        return removed

    async def async_remove_devices(self, device_ids: Iterable[str]) -> list[str]:
        """Remove hub devices with all their entities, from Home Assistant too."""
        wanted = set(device_ids)
        uids = [s.unique_id for s in self.specs.values() if s.device_id in wanted]
        await self.async_remove_entities(uids)
        registry = dr.async_get(self.hass)
        for device_id in wanted:
            self.devices.pop(device_id, None)
            if device := registry.async_get_device_by_identifier(
                (DOMAIN, device_id), self.entry.entry_id
            ):
                registry.async_update_device(
                    device.id, remove_config_entry_id=self.entry.entry_id
                )
        self._schedule_save()
        return sorted(wanted)

    async def async_keep_only(
        self, device_ids: Iterable[str], unique_ids: Iterable[str] | None = None
    ) -> tuple[list[str], list[str]]:
        """Remove every device (and entity, when listed) the hub no longer has."""
        keep_devices = set(device_ids)
        registry = dr.async_get(self.hass)
        known = set(self.devices) | {
            ident
            for device in dr.async_entries_for_config_entry(
                registry, self.entry.entry_id
            )
            for domain, ident in device.identifiers
            if domain == DOMAIN
        }
        gone_devices = await self.async_remove_devices(known - keep_devices)
        gone_entities: list[str] = []
        if unique_ids is not None:
            keep = set(unique_ids)
            gone_entities = await self.async_remove_entities(
                [uid for uid in self.specs if uid not in keep]
            )
        if gone_devices or gone_entities:
            _LOGGER.info(
                "Removed what the Brewpit hub no longer has: %d devices, %d entities",
                len(gone_devices),
                len(gone_entities),
            )
        return gone_devices, gone_entities

    @callback
    def apply_states(self, items: list[dict[str, Any]]) -> None:
        """Store published states, update the entities and forward them to live subscribers."""
        live: list[dict[str, Any]] = []
        for item in items:
            uid = item["unique_id"]
            if uid not in self.specs:
                _LOGGER.debug("State for unknown entity %s ignored", uid)
                continue
            self.states[uid] = StateItem(
                state=item.get("state"),
                attributes=item.get("attributes") or {},
                available=item.get("available", True),
            )
            self._signal_entity(uid)
            entry = {"unique_id": uid, "state": item.get("state")}
            for key in ("series_id", "ts"):
                if item.get(key) is not None:
                    entry[key] = item[key]
            live.append(entry)
        if live:
            for sub in list(self.live_subscribers):
                sub.push({"states": live})

    @callback
    def set_local_state(self, unique_id: str, state: Any) -> None:
        """Optimistically show a value set from Home Assistant until the hub confirms it."""
        current = self.states.get(unique_id)
        self.states[unique_id] = StateItem(
            state=state, attributes=current.attributes if current else {}
        )
        self._signal_entity(unique_id)

    @callback
    def _signal_entity(self, unique_id: str) -> None:
        async_dispatcher_send(
            self.hass, SIGNAL_ENTITY_UPDATE.format(self.entry.entry_id, unique_id)
        )

    @callback
    def add_command_subscriber(self, sub: Subscriber) -> Callable[[], None]:
        """Register the hub's command channel; the returned callback closes it.

        One channel per hub connection: a hub re-subscribing (every announcement does) opens
        the new channel before closing the old, and the new one replaces it here at once, so
        commands are never sent twice and the entities never flap unavailable in between.
        """
        self.command_subscribers = [
            s for s in self.command_subscribers if s.connection is not sub.connection
        ]
        self.command_subscribers.append(sub)
        self.link.set_connected(True)

        @callback
        def unsubscribe() -> None:
            if sub in self.command_subscribers:
                self.command_subscribers.remove(sub)
                self.link.set_connected(bool(self.command_subscribers))

        return unsubscribe

    @callback
    def add_live_subscriber(self, sub: Subscriber) -> Callable[[], None]:
        """Register a panel's live-state subscription; the returned callback ends it."""
        self.live_subscribers.append(sub)

        @callback
        def unsubscribe() -> None:
            if sub in self.live_subscribers:
                self.live_subscribers.remove(sub)

        return unsubscribe

    @callback
    def _signal_availability(self) -> None:
        async_dispatcher_send(
            self.hass, SIGNAL_AVAILABILITY.format(self.entry.entry_id)
        )

    @callback
    def send_command(self, command: dict[str, Any]) -> None:
        """Push a command to the hub; raises a translated error when it is not connected."""
        if not self.command_subscribers:
            raise HomeAssistantError(
                translation_domain=DOMAIN, translation_key="hub_not_connected"
            )
        for sub in self.command_subscribers:
            sub.push(command)

    @callback
    def close(self) -> None:
        """Drop subscriptions on unload; the hub re-subscribes on the next `loaded` event."""
        for sub in self.command_subscribers + self.live_subscribers:
            sub.connection.subscriptions.pop(sub.msg_id, None)
        self.command_subscribers.clear()
        self.live_subscribers.clear()
        self.link.stop()


@callback
def async_get_runtime(hass: HomeAssistant) -> BrewpitRuntime:
    """Return the runtime of the loaded Brewpit entry, or raise a translated error."""
    entries: list[BrewpitConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    if not entries:
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="not_loaded"
        )
    return entries[0].runtime_data


@callback
def runtime_or_error(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> BrewpitRuntime | None:
    """Return the loaded entry's runtime, or answer a WebSocket message with an error."""
    try:
        return async_get_runtime(hass)
    except HomeAssistantError as err:
        connection.send_error(msg["id"], "not_loaded", str(err))
        return None
