"""Binary sensors: connectivity per device; problem, stall and other session states."""

from __future__ import annotations

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.const import Platform

from .entity import BrewpitEntity, description_kwargs, enum_or_none, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitBinarySensor(BrewpitEntity, BinarySensorEntity):
    """An on/off state published by the hub."""

    entity_description: BinarySensorEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> BinarySensorEntityDescription:
        """Return the binary sensor description for a spec."""
        return BinarySensorEntityDescription(
            **description_kwargs(spec),
            device_class=enum_or_none(BinarySensorDeviceClass, spec.device_class),
        )

    @property
    def is_on(self) -> bool | None:
        """Return the state, None when unknown."""
        value = self.state_value
        return None if value is None else bool(value)


async_setup_entry = platform_setup(Platform.BINARY_SENSOR, BrewpitBinarySensor)
