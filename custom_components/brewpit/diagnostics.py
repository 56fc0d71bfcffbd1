"""Diagnostics for Brewpit: what the hub announced, with the token and URL redacted."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant

from .runtime import BrewpitConfigEntry

TO_REDACT = {CONF_TOKEN, CONF_URL, "admin_token"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: BrewpitConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a config entry."""
    runtime = entry.runtime_data
    return {
        "entry": async_redact_data(entry.as_dict(), TO_REDACT),
        "hub": {
            "connected": runtime.hub_connected,
            "version": runtime.hub_version,
            "api": runtime.hub_api,
            "live_subscribers": len(runtime.live_subscribers),
            "events": {
                "stream": runtime.events.stream,
                "last_id": runtime.events.last_id,
            },
        },
        "devices": [d.as_dict() for d in runtime.devices.values()],
        "entities": [spec.as_dict() for spec in runtime.specs.values()],
        "states": {
            uid: {
                "state": s.state,
                "available": s.available,
                "attributes": s.attributes,
            }
            for uid, s in runtime.states.items()
        },
    }
