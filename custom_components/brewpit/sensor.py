"""Sensors: the channels of a device (pit, meat probes, wort, gravity, ...) and session figures."""

from __future__ import annotations

from datetime import datetime

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import Platform
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .entity import BrewpitEntity, description_kwargs, enum_or_none, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitSensor(BrewpitEntity, SensorEntity):
    """A reading published by the hub; unknown when the last reading was flagged."""

    entity_description: SensorEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> SensorEntityDescription:
        """Return the sensor description for a spec."""
        return SensorEntityDescription(
            **description_kwargs(spec),
            device_class=enum_or_none(SensorDeviceClass, spec.device_class),
            native_unit_of_measurement=spec.unit_of_measurement,
            state_class=enum_or_none(SensorStateClass, spec.state_class),
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
        return value  # type: ignore[no-any-return]


async_setup_entry = platform_setup(Platform.SENSOR, BrewpitSensor)
