"""Sensors: one per channel of an edge node (pit, meat probes, wort, gravity, ...)."""

from __future__ import annotations

from datetime import datetime

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .entity import BrewpitEntity, async_setup_platform_entities, description_kwargs
from .runtime import BrewpitConfigEntry, EntitySpec

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BrewpitConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up Brewpit sensors."""
    async_setup_platform_entities(
        entry, Platform.SENSOR, BrewpitSensor, async_add_entities
    )


class BrewpitSensor(BrewpitEntity, SensorEntity):
    """A reading published by the hub; unknown when the last reading was flagged."""

    entity_description: SensorEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> SensorEntityDescription:
        """Return the sensor description for a spec."""
        return SensorEntityDescription(
            **description_kwargs(spec),
            device_class=SensorDeviceClass(spec.device_class)
            if spec.device_class
            else None,
            native_unit_of_measurement=spec.unit_of_measurement,
            state_class=SensorStateClass(spec.state_class)
            if spec.state_class
            else None,
            suggested_display_precision=spec.suggested_display_precision,
            options=list(spec.options) if spec.options else None,
        )

    @property
    def native_value(self) -> StateType | datetime:
        """Return the last value (a timestamp sensor's ISO string as a datetime)."""
        value = self.state_value
        if (
            self.entity_description.device_class == SensorDeviceClass.TIMESTAMP
            and isinstance(value, str)
        ):
            return dt_util.parse_datetime(value)
        return value
