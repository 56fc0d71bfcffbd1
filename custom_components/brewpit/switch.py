"""Switches: recording on/off per edge node."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import (
    SwitchDeviceClass,
    SwitchEntity,
    SwitchEntityDescription,
)
from homeassistant.const import Platform

from .entity import BrewpitEntity, description_kwargs, enum_or_none, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitSwitch(BrewpitEntity, SwitchEntity):
    """A setting switched on the hub (sent as a `set_switch` command)."""

    entity_description: SwitchEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> SwitchEntityDescription:
        """Return the switch description for a spec."""
        return SwitchEntityDescription(
            **description_kwargs(spec),
            device_class=enum_or_none(SwitchDeviceClass, spec.device_class),
        )

    @property
    def is_on(self) -> bool | None:
        """Return the state, None when unknown."""
        value = self.state_value
        return None if value is None else bool(value)

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Switch on through the hub."""
        await self._switch(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Switch off through the hub."""
        await self._switch(False)

    async def _switch(self, value: bool) -> None:
        self.command("set_switch", value=value)
        self._runtime.set_local_state(self._spec.unique_id, value)


async_setup_entry = platform_setup(Platform.SWITCH, BrewpitSwitch)
