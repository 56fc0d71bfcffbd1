"""Climate: a fermentation chamber the edge node controls (heat, cool, target)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.climate import (
    ATTR_HVAC_MODE,
    ClimateEntity,
    ClimateEntityDescription,
    ClimateEntityFeature,
    HVACAction,
    HVACMode,
)
from homeassistant.const import ATTR_TEMPERATURE, Platform, UnitOfTemperature
from homeassistant.core import callback

from .entity import BrewpitEntity, description_kwargs, platform_setup
from .models import EntitySpec
from .runtime import BrewpitRuntime

PARALLEL_UPDATES = 0

# State attributes the entity turns into its own properties rather than extra attributes.
ATTR_CURRENT = "current_temperature"
ATTR_TARGET = "target_temperature"
ATTR_ACTION = "hvac_action"
NATIVE_ATTRIBUTES = frozenset({ATTR_CURRENT, ATTR_TARGET, ATTR_ACTION})

# What turn_on picks when the entity has not been on since Home Assistant started.
TURN_ON_ORDER = (HVACMode.HEAT_COOL, HVACMode.HEAT, HVACMode.COOL)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class BrewpitClimate(BrewpitEntity, ClimateEntity):
    """A chamber: its state is what the edge node applied, its actions are hub commands."""

    entity_description: ClimateEntityDescription
    _attr_supported_features = (
        ClimateEntityFeature.TARGET_TEMPERATURE
        | ClimateEntityFeature.TURN_ON
        | ClimateEntityFeature.TURN_OFF
    )
    # Core 2026.11 renamed the temperature API to native_*; the old names serve older Cores.
    _attr_native_temperature_unit = UnitOfTemperature.CELSIUS
    _attr_temperature_unit = UnitOfTemperature.CELSIUS

    def __init__(self, runtime: BrewpitRuntime, spec: EntitySpec) -> None:
        """Bind to the runtime; no mode to turn back on to yet."""
        super().__init__(runtime, spec)
        self._last_on_mode: HVACMode | None = None

    @staticmethod
    def build_description(spec: EntitySpec) -> ClimateEntityDescription:
        """Return the climate description: the chamber's label, attribute translations."""
        return ClimateEntityDescription(**description_kwargs(spec))

    @property
    def _attrs(self) -> dict[str, Any]:
        item = self._item
        return item.attributes if item else {}

    @property
    def hvac_modes(self) -> list[HVACMode]:
        """Return the modes the chamber offers (as announced by the hub)."""
        valid = {m.value for m in HVACMode}
        return [HVACMode(m) for m in self._spec.options or () if m in valid]

    @property
    def hvac_mode(self) -> HVACMode | None:
        """Return the mode the edge node runs."""
        value = self.state_value
        try:
            return None if value is None else HVACMode(value)
        except ValueError:
            return None

    @property
    def hvac_action(self) -> HVACAction | None:
        """Return what the chamber does now: heating, cooling, idle or off."""
        value = self._attrs.get(ATTR_ACTION)
        try:
            return None if value is None else HVACAction(value)
        except ValueError:
            return None

    @property
    def native_current_temperature(self) -> float | None:
        """Return the latest reading of the chamber's input probe."""
        return _float(self._attrs.get(ATTR_CURRENT))

    @property
    def current_temperature(self) -> float | None:
        """Return the latest reading of the chamber's input probe (Core before 2026.11)."""
        return self.native_current_temperature

    @property
    def native_target_temperature(self) -> float | None:
        """Return the setpoint in force on the edge node (a profile's while one runs)."""
        return _float(self._attrs.get(ATTR_TARGET))

    @property
    def target_temperature(self) -> float | None:
        """Return the setpoint in force (Core before 2026.11)."""
        return self.native_target_temperature

    @property
    def min_temp(self) -> float:
        """Return the lowest target the edge node accepts."""
        return self._spec.min if self._spec.min is not None else -5.0

    @property
    def max_temp(self) -> float:
        """Return the highest target the edge node accepts."""
        return self._spec.max if self._spec.max is not None else 40.0

    @property
    def target_temperature_step(self) -> float | None:
        """Return the target step offered."""
        return self._spec.step

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return profile progress, fault and protection waits."""
        extra = {k: v for k, v in self._attrs.items() if k not in NATIVE_ATTRIBUTES}
        return extra or None

    @callback
    def _handle_update(self) -> None:
        if (mode := self.hvac_mode) not in (None, HVACMode.OFF):
            self._last_on_mode = mode
        super()._handle_update()

    async def async_set_temperature(self, **kwargs: Any) -> None:
        """Ask the edge node for a new target (and mode, when the call names one)."""
        if (mode := kwargs.get(ATTR_HVAC_MODE)) is not None:
            await self.async_set_hvac_mode(HVACMode(mode))
        if (temperature := kwargs.get(ATTR_TEMPERATURE)) is not None:
            self.command("set_temperature", value=float(temperature))

    async def async_set_hvac_mode(self, hvac_mode: HVACMode) -> None:
        """Ask the edge node for a mode; the state follows once the node applied it."""
        self.command("set_hvac_mode", value=str(hvac_mode))

    async def async_turn_on(self) -> None:
        """Turn the chamber back on in the mode it ran last, else the widest it offers."""
        modes = self.hvac_modes
        if self._last_on_mode in modes:
            await self.async_set_hvac_mode(self._last_on_mode)
            return
        for mode in TURN_ON_ORDER:
            if mode in modes:
                await self.async_set_hvac_mode(mode)
                return

    async def async_turn_off(self) -> None:
        """Turn the chamber off: every output off, the target kept."""
        await self.async_set_hvac_mode(HVACMode.OFF)


async_setup_entry = platform_setup(Platform.CLIMATE, BrewpitClimate)
