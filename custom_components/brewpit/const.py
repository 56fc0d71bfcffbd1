"""Constants for the Brewpit integration."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from homeassistant.const import Platform

DOMAIN: Final = "brewpit"
MANUFACTURER: Final = "Brewpit"

PLATFORMS: Final = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.CLIMATE,
    Platform.NUMBER,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.SWITCH,
]

# Events fired on Home Assistant's bus.
EVENT_LOADED: Final = "brewpit_loaded"
"""Fired when the integration is ready; the hub listens for it and re-announces."""

# Storage of what the hub announced, so entities exist (unavailable) before it reconnects.
STORAGE_VERSION: Final = 1
STORAGE_SAVE_DELAY: Final = 5

# Dispatcher signals; formatted with the config entry id (and a platform or unique id).
SIGNAL_NEW_ENTITIES: Final = "brewpit_{}_new_{}"
SIGNAL_ENTITY_UPDATE: Final = "brewpit_{}_update_{}"
SIGNAL_AVAILABILITY: Final = "brewpit_{}_availability"

# Options of the config entry.
CONF_SHARE: Final = "share_with_users"
"""Whether every Home Assistant user may read sessions and history (else admins only)."""
DEFAULT_SHARE: Final = True

# Service names and fields.
SERVICE_START_SESSION: Final = "start_session"
SERVICE_END_SESSION: Final = "end_session"
SERVICE_ANNOTATE: Final = "annotate"
SERVICE_SET_TARGET: Final = "set_target"

ATTR_SESSION: Final = "session"
ATTR_SESSION_ID: Final = "session_id"
ATTR_KIND: Final = "kind"
ATTR_NAME: Final = "name"
ATTR_NOTES: Final = "notes"
ATTR_TEXT: Final = "text"
ATTR_TS: Final = "ts"
ATTR_VALUE: Final = "value"

# Where the panel's module is served from.
STATIC_URL: Final = "/brewpit_static"
PANEL_URL_PATH: Final = "brewpit"
PANEL_COMPONENT: Final = "brewpit-panel"
PANEL_MODULE: Final = "brewpit-panel.js"

# Timeout of one HTTP call to the hub, in seconds.
HUB_TIMEOUT: Final = 15

# Repair issues.
ISSUE_HUB_INCOMPATIBLE: Final = "hub_incompatible"
ISSUE_HUB_UNREACHABLE: Final = "hub_unreachable"
ISSUE_PANEL_MISSING: Final = "panel_missing"
UNREACHABLE_ISSUE_AFTER: Final = timedelta(minutes=15)
"""How long the hub may stay away (a restart, an update) before a repair issue says so."""
