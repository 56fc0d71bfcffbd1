"""The sidebar panel: serves the Lit panel's module and registers it."""

from __future__ import annotations

import logging
from pathlib import Path

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.core import HomeAssistant

from .const import DOMAIN, PANEL_COMPONENT, PANEL_MODULE, PANEL_URL_PATH, STATIC_URL

_LOGGER = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).parent / "frontend"
_STATIC_REGISTERED = f"{DOMAIN}_static_registered"


async def async_register_panel(hass: HomeAssistant, version: str) -> bool:
    """Register the panel when its module is built; returns whether it was."""
    module = FRONTEND_DIR / PANEL_MODULE
    if not await hass.async_add_executor_job(module.is_file):
        _LOGGER.warning(
            "Panel not registered: %s is missing (build panel/ first)", module
        )
        return False
    # Static paths cannot be removed, so they are registered once per Home Assistant run.
    if not hass.data.get(_STATIC_REGISTERED):
        await hass.http.async_register_static_paths(
            [StaticPathConfig(STATIC_URL, str(FRONTEND_DIR), cache_headers=False)]
        )
        hass.data[_STATIC_REGISTERED] = True
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_COMPONENT,
        module_url=f"{STATIC_URL}/{PANEL_MODULE}?v={version}",
        sidebar_title="Brewpit",
        sidebar_icon="mdi:grill",
        require_admin=False,
        config={"version": version},
    )
    return True


def async_unregister_panel(hass: HomeAssistant) -> None:
    """Remove the panel from the sidebar."""
    frontend.async_remove_panel(hass, PANEL_URL_PATH, warn_if_unknown=False)
