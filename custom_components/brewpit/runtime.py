"""What the hub announced and the live link to it, kept per config entry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from homeassistant.components.websocket_api import ActiveConnection, messages
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store

from .const import (
    DOMAIN,
    MANUFACTURER,
    SIGNAL_AVAILABILITY,
    SIGNAL_ENTITY_UPDATE,
    SIGNAL_NEW_ENTITIES,
    STORAGE_SAVE_DELAY,
    STORAGE_VERSION,
)
from .hub import BrewpitHub

_LOGGER = logging.getLogger(__name__)

type BrewpitConfigEntry = ConfigEntry[BrewpitRuntime]


@dataclass(frozen=True, slots=True, kw_only=True)
class DeviceSpec:
    """One Home Assistant device as the hub announced it (an edge node or hydrometer)."""

    id: str
    name: str
    model: str | None = None
    sw_version: str | None = None
    kind: str = "edge"
    via: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySpec:
    """One entity as the hub announced it; the platform builds its description from this."""

    unique_id: str
    device_id: str
    platform: str
    key: str
    name: str | None = None
    translation_key: str | None = None
    device_class: str | None = None
    unit_of_measurement: str | None = None
    state_class: str | None = None
    entity_category: str | None = None
    icon: str | None = None
    suggested_display_precision: int | None = None
    options: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    mode: str | None = None
    series_id: int | None = None
    role: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpec:
        """Build from a validated WebSocket or storage dict."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if known.get("options") is not None:
            known["options"] = tuple(known["options"])
        return cls(**known)

    def as_dict(self) -> dict[str, Any]:
        """Return the spec without unset fields, for storage and diagnostics."""
        out = {k: v for k, v in asdict(self).items() if v is not None}
        if self.options is not None:
            out["options"] = list(self.options)
        return out


@dataclass(slots=True)
class StateItem:
    """The last state the hub published for one entity."""

    state: Any
    attributes: dict[str, Any] = field(default_factory=dict)
    available: bool = True


@dataclass(slots=True, eq=False)
class Subscriber:
    """A WebSocket subscription: a connection and the id of its subscribe message."""

    connection: ActiveConnection
    msg_id: int

    def push(self, payload: dict[str, Any]) -> None:
        """Send one event message on the subscription."""
        self.connection.send_message(messages.event_message(self.msg_id, payload))


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
        self.hub_info: dict[str, Any] = {}
        self.integration_version = "0.0.0"
        self.command_subscribers: list[Subscriber] = []
        self.live_subscribers: list[Subscriber] = []
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry.entry_id}"
        )

    @property
    def hub_connected(self) -> bool:
        """Whether the hub's socket is open (it holds a command subscription)."""
        return bool(self.command_subscribers)

    async def async_load(self) -> None:
        """Restore devices and entity specs saved by an earlier run."""
        data = await self._store.async_load() or {}
        for raw in data.get("devices", []):
            device = DeviceSpec(**raw)
            self.devices[device.id] = device
        for raw in data.get("entities", []):
            spec = EntitySpec.from_dict(raw)
            self.specs[spec.unique_id] = spec

    async def async_remove_storage(self) -> None:
        """Delete the saved announcements (the entry is being removed)."""
        await self._store.async_remove()

    @callback
    def _schedule_save(self) -> None:
        self._store.async_delay_save(self._data_to_save, STORAGE_SAVE_DELAY)

    @callback
    def _data_to_save(self) -> dict[str, Any]:
        return {
            "devices": [asdict(d) for d in self.devices.values()],
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
                parent := registry.async_get_device(identifiers={(DOMAIN, device.via)})
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
        new: dict[str, list[EntitySpec]] = {}
        for spec in specs:
            if spec.device_id not in self.devices:
                raise HomeAssistantError(
                    translation_domain=DOMAIN,
                    translation_key="unknown_device",
                    translation_placeholders={"device_id": spec.device_id},
                )
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

    @callback
    def remove_entities(self, unique_ids: list[str]) -> list[str]:
        """Forget specs and states; returns the unique ids that were known."""
        removed = [uid for uid in unique_ids if self.specs.pop(uid, None) is not None]
        for uid in unique_ids:
            self.states.pop(uid, None)
        self._schedule_save()
        return removed

    @callback
    def remove_device(self, device_id: str) -> None:
        """Forget a device the hub deleted."""
        self.devices.pop(device_id, None)
        self._schedule_save()

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
        """Register the hub's command channel; the returned callback closes it."""
        self.command_subscribers.append(sub)
        if len(self.command_subscribers) == 1:
            self._signal_availability()

        @callback
        def unsubscribe() -> None:
            if sub in self.command_subscribers:
                self.command_subscribers.remove(sub)
                if not self.command_subscribers:
                    _LOGGER.info(
                        "Brewpit hub disconnected; its entities are unavailable"
                    )
                    self._signal_availability()

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


@callback
def async_get_runtime(hass: HomeAssistant) -> BrewpitRuntime:
    """Return the runtime of the loaded Brewpit entry, or raise a translated error."""
    entries = hass.config_entries.async_loaded_entries(DOMAIN)
    if not entries:
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="not_loaded"
        )
    entry: BrewpitConfigEntry = entries[0]
    return entry.runtime_data
