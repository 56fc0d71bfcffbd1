"""The sidebar panel: serves the Lit panel's module and registers it."""

from __future__ import annotations

import logging
from pathlib import Path

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .const import (
    DOMAIN,
    ISSUE_PANEL_MISSING,
    PANEL_COMPONENT,
    PANEL_MODULE,
    PANEL_URL_PATH,
    STATIC_URL,
)

_LOGGER = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).parent / "frontend"
_STATIC_REGISTERED = f"{DOMAIN}_static_registered"


async def async_register_panel(hass: HomeAssistant, version: str, shared: bool) -> bool:
    """Register the panel when its module is there (else a repair issue says so)."""
    module = FRONTEND_DIR / PANEL_MODULE
    if not await hass.async_add_executor_job(module.is_file):
        _LOGGER.warning("Panel not registered: %s is missing", module)
        ir.async_create_issue(
            hass,
            DOMAIN,
            ISSUE_PANEL_MISSING,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=ISSUE_PANEL_MISSING,
            translation_placeholders={"path": str(module)},
        )
        return False
    ir.async_delete_issue(hass, DOMAIN, ISSUE_PANEL_MISSING)
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
        # Sessions and history are shared with every user unless the entry says otherwise.
        require_admin=not shared,
        config={"version": version},
    )
    return True


def async_unregister_panel(hass: HomeAssistant) -> None:
    """Remove the panel from the sidebar."""
    frontend.async_remove_panel(hass, PANEL_URL_PATH, warn_if_unknown=False)
