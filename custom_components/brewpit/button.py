"""Buttons: start or end a session on an edge node."""

from __future__ import annotations

from homeassistant.components.button import (
    ButtonDeviceClass,
    ButtonEntity,
    ButtonEntityDescription,
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
    """Set up Brewpit buttons."""
    async_setup_platform_entities(
        entry, Platform.BUTTON, BrewpitButton, async_add_entities
    )


class BrewpitButton(BrewpitEntity, ButtonEntity):
    """An action the hub performs when pressed (sent as a `press` command)."""

    entity_description: ButtonEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> ButtonEntityDescription:
        """Return the button description for a spec."""
        return ButtonEntityDescription(
            **description_kwargs(spec),
            device_class=ButtonDeviceClass(spec.device_class)
            if spec.device_class
            else None,
        )

    async def async_press(self) -> None:
        """Ask the hub to perform the action."""
        self.command("press")
