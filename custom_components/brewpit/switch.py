"""Switches: recording on/off per edge node."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import (
    SwitchDeviceClass,
    SwitchEntity,
    SwitchEntityDescription,
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
    """Set up Brewpit switches."""
    async_setup_platform_entities(
        entry, Platform.SWITCH, BrewpitSwitch, async_add_entities
    )


class BrewpitSwitch(BrewpitEntity, SwitchEntity):
    """A setting switched on the hub (sent as a `set_switch` command)."""

    entity_description: SwitchEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> SwitchEntityDescription:
        """Return the switch description for a spec."""
        return SwitchEntityDescription(
            **description_kwargs(spec),
            device_class=SwitchDeviceClass(spec.device_class)
            if spec.device_class
            else None,
        )

    @property
    def is_on(self) -> bool | None:
        """Return the state, None when unknown."""
        value = self.state_value
        return None if value is None else bool(value)

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Switch on through the hub."""
        self.command("set_switch", value=True)
        self._runtime.set_local_state(self._spec.unique_id, True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Switch off through the hub."""
        self.command("set_switch", value=False)
        self._runtime.set_local_state(self._spec.unique_id, False)
