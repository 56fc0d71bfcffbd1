"""Buttons: start or end the session of a device."""

from __future__ import annotations

from homeassistant.components.button import (
    ButtonDeviceClass,
    ButtonEntity,
    ButtonEntityDescription,
)
from homeassistant.const import Platform

from .entity import BrewpitEntity, description_kwargs, enum_or_none, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitButton(BrewpitEntity, ButtonEntity):
    """An action the hub performs when pressed (sent as a `press` command)."""

    entity_description: ButtonEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> ButtonEntityDescription:
        """Return the button description for a spec."""
        return ButtonEntityDescription(
            **description_kwargs(spec),
            device_class=enum_or_none(ButtonDeviceClass, spec.device_class),
        )

    async def async_press(self) -> None:
        """Ask the hub to perform the action."""
        self.command("press")


async_setup_entry = platform_setup(Platform.BUTTON, BrewpitButton)
