"""Binary sensors: connectivity per edge node, problem per session."""

from __future__ import annotations

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import BrewpitEntity, async_setup_platform_entities, description_kwargs
from .runtime import BrewpitConfigEntry, EntitySpec

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BrewpitConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up Brewpit binary sensors."""
    async_setup_platform_entities(
        entry, Platform.BINARY_SENSOR, BrewpitBinarySensor, async_add_entities
    )


class BrewpitBinarySensor(BrewpitEntity, BinarySensorEntity):
    """An on/off state published by the hub."""

    entity_description: BinarySensorEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> BinarySensorEntityDescription:
        """Return the binary sensor description for a spec."""
        return BinarySensorEntityDescription(
            **description_kwargs(spec),
            device_class=BinarySensorDeviceClass(spec.device_class)
            if spec.device_class
            else None,
        )

    @property
    def is_on(self) -> bool | None:
        """Return the state, None when unknown."""
        value = self.state_value
        return None if value is None else bool(value)
