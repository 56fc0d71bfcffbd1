"""Base entity for everything the Brewpit hub announces, and the platforms' shared setup."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from enum import StrEnum
from typing import Any

from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import (
    DOMAIN,
    SIGNAL_AVAILABILITY,
    SIGNAL_ENTITY_UPDATE,
    SIGNAL_NEW_ENTITIES,
)
from .models import EntitySpec, StateItem
from .runtime import BrewpitConfigEntry, BrewpitRuntime

# Properties Home Assistant caches per entity that a changed announcement can change.
_DESCRIBED = (
    "name",
    "translation_key",
    "translation_placeholders",
    "device_class",
    "entity_category",
    "unit_of_measurement",
    "_device_class_name",
)


def enum_or_none[E: StrEnum](enum: type[E], value: str | None) -> E | None:
    """The enum member of an announced value (validated on arrival), None when unset."""
    return None if value is None else enum(value)


def description_kwargs(spec: EntitySpec) -> dict[str, Any]:
    """Return the EntityDescription fields every platform shares.

    A name the hub gives is the user's own (a channel or chamber label); names Brewpit itself
    gives come from the translation key, with the announced placeholders.
    """
    kwargs: dict[str, Any] = {
        "key": spec.key,
        "translation_key": spec.translation_key,
        "translation_placeholders": spec.placeholders or None,
        "entity_category": enum_or_none(EntityCategory, spec.entity_category),
        "entity_registry_enabled_default": spec.enabled_default,
    }
    if spec.name is not None:
        # Unset, Home Assistant names the entity after its translation or device class.
        kwargs["name"] = spec.name
    return kwargs


class BrewpitEntity(Entity):
    """An entity whose description and state come from the hub."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, runtime: BrewpitRuntime, spec: EntitySpec) -> None:
        """Bind to the runtime and build the description from the spec."""
        self._runtime = runtime
        self._spec = spec
        self._attr_unique_id = spec.unique_id
        self.entity_description = self.build_description(spec)
        device = runtime.devices.get(spec.device_id)
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, spec.device_id)},
            name=device.name if device else None,
        )

    @staticmethod
    def build_description(spec: EntitySpec) -> EntityDescription:
        """Return the platform's entity description for a spec."""
        return EntityDescription(**description_kwargs(spec))

    @property
    def _item(self) -> StateItem | None:
        return self._runtime.states.get(self._spec.unique_id)

    @property
    def available(self) -> bool:
        """Available while the hub is connected and its last state says so."""
        item = self._item
        return self._runtime.hub_connected and (item is None or item.available)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Attributes the hub published (e.g. a reading's status)."""
        item = self._item
        return dict(item.attributes) if item and item.attributes else None

    async def async_added_to_hass(self) -> None:
        """Follow state and availability updates."""
        entry_id = self._runtime.entry.entry_id
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass,
                SIGNAL_ENTITY_UPDATE.format(entry_id, self._spec.unique_id),
                self._handle_update,
            )
        )
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass,
                SIGNAL_AVAILABILITY.format(entry_id),
                self.async_write_ha_state,
            )
        )

    @callback
    def _handle_update(self) -> None:
        spec = self._runtime.specs.get(self._spec.unique_id)
        if spec is not None and spec != self._spec:
            self._spec = spec
            self.entity_description = self.build_description(spec)
            # Home Assistant caches what it derives from the description; drop those copies.
            for name in _DESCRIBED:
                self.__dict__.pop(name, None)
        self.async_write_ha_state()

    @property
    def state_value(self) -> Any:
        """The hub's current state for this entity, None when unknown."""
        item = self._item
        return item.state if item else None

    def command(self, command: str, **params: Any) -> None:
        """Send a command about this entity to the hub."""
        self._runtime.send_command(
            {
                "type": command,
                "unique_id": self._spec.unique_id,
                "device_id": self._spec.device_id,
                "key": self._spec.key,
                **params,
            }
        )


type SetupEntry = Callable[
    [HomeAssistant, BrewpitConfigEntry, AddConfigEntryEntitiesCallback],
    Coroutine[Any, Any, None],
]


def platform_setup(
    platform: str, factory: Callable[[BrewpitRuntime, EntitySpec], BrewpitEntity]
) -> SetupEntry:
    """Return a platform's `async_setup_entry`: known entities now, announced ones later."""

    async def async_setup_entry(
        hass: HomeAssistant,
        entry: BrewpitConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        runtime = entry.runtime_data

        @callback
        def add(specs: list[EntitySpec]) -> None:
            async_add_entities(factory(runtime, spec) for spec in specs)

        add([s for s in runtime.specs.values() if s.platform == platform])
        entry.async_on_unload(
            async_dispatcher_connect(
                hass, SIGNAL_NEW_ENTITIES.format(entry.entry_id, platform), add
            )
        )

    async_setup_entry.__doc__ = f"Set up Brewpit {platform} entities."
    return async_setup_entry
