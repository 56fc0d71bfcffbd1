"""Numbers: per-channel targets (e.g. a brisket's 95 °C), set through the hub."""

from __future__ import annotations

from homeassistant.components.number import (
    NumberDeviceClass,
    NumberEntity,
    NumberEntityDescription,
    NumberMode,
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
    """Set up Brewpit numbers."""
    async_setup_platform_entities(
        entry, Platform.NUMBER, BrewpitNumber, async_add_entities
    )


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
            device_class=NumberDeviceClass(spec.device_class)
            if spec.device_class
            else None,
            native_unit_of_measurement=spec.unit_of_measurement,
            mode=NumberMode(spec.mode) if spec.mode else NumberMode.BOX,
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
