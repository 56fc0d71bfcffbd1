"""Selects: a choice the hub offers (e.g. a controller's mode)."""

from __future__ import annotations

from homeassistant.components.select import SelectEntity, SelectEntityDescription
from homeassistant.const import Platform

from .entity import BrewpitEntity, description_kwargs, platform_setup
from .models import EntitySpec

PARALLEL_UPDATES = 0


class BrewpitSelect(BrewpitEntity, SelectEntity):
    """An option chosen on the hub (sent as a `select_option` command)."""

    entity_description: SelectEntityDescription

    @staticmethod
    def build_description(spec: EntitySpec) -> SelectEntityDescription:
        """Return the select description for a spec."""
        return SelectEntityDescription(
            **description_kwargs(spec), options=list(spec.options or ())
        )

    @property
    def current_option(self) -> str | None:
        """Return the selected option."""
        value = self.state_value
        return None if value is None else str(value)

    async def async_select_option(self, option: str) -> None:
        """Ask the hub to select the option."""
        self.command("select_option", option=option)
        self._runtime.set_local_state(self._spec.unique_id, option)


async_setup_entry = platform_setup(Platform.SELECT, BrewpitSelect)
