"""Numbers: per-channel targets (e.g. a brisket's 95 °C), set through the hub."""

from __future__ import annotations

from homeassistant.components.number import (
    NumberDeviceClass,
    NumberEntity,
    NumberEntityDescription,
    NumberMode,
)
from homeassistant.const import Platform

from .entity import BrewpitEntity, description_kwargs, enum_or_none, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitNumber(BrewpitEntity, NumberEntity):
    """A value Home Assistant sets on the hub (sent as a `set_value` command)."""

    entity_description: NumberEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> NumberEntityDescription:
        """Return the number description for a spec."""
        kwargs = description_kwargs(spec)
        for field, value in (
            ("native_min_value", spec.min),
            ("native_max_value", spec.max),
            ("native_step", spec.step),
        ):
            if value is not None:
                kwargs[field] = value
        return NumberEntityDescription(
            **kwargs,
            device_class=enum_or_none(NumberDeviceClass, spec.device_class),
            native_unit_of_measurement=spec.unit_of_measurement,
            mode=enum_or_none(NumberMode, spec.mode) or NumberMode.BOX,
        )

    @property
    def native_value(self) -> float | None:
        """Return the current value."""
        value = self.state_value
        return None if value is None else float(value)

    async def async_set_native_value(self, value: float) -> None:
        """Ask the hub to set the value."""
        self.command("set_value", value=value)
        self._runtime.set_local_state(self._spec.unique_id, value)


async_setup_entry = platform_setup(Platform.NUMBER, BrewpitNumber)
