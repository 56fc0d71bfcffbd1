"""The hub's side of the contract: what the hub may announce, and which API levels we speak.

docs/integration.md ("Hub contract") describes every message; these schemas are what the
integration accepts. Fields the hub sends that are not listed here are dropped, so an older
integration keeps working with a newer hub that adds fields.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final

import homeassistant.helpers.config_validation as cv
import probatio as vol
from homeassistant.components.binary_sensor import BinarySensorDeviceClass
from homeassistant.components.button import ButtonDeviceClass
from homeassistant.components.climate import HVACMode
from homeassistant.components.number import NumberDeviceClass, NumberMode
from homeassistant.components.sensor import SensorDeviceClass, SensorStateClass
from homeassistant.components.switch import SwitchDeviceClass
from homeassistant.const import EntityCategory, Platform

from .const import PLATFORMS

API_MIN: Final = 1
"""Oldest hub API level the integration still serves (a hub that sends no `api` is level 1)."""
API_MAX: Final = 2
"""Newest hub API level the integration knows (level 2: translated entity names, the
`brewpit/announced` and `brewpit/events/fire` commands, the `ha_config` command)."""

CHANNEL_ROLES: Final[tuple[str, ...]] = tuple(
    json.loads((Path(__file__).parent / "channel_roles.json").read_text())["roles"]
)
"""Roles a channel plays in a session, generated from protocol/src/channels.ts."""

LEGACY_SESSION_UID: Final = re.compile(r"^brewpit_session_([0-9a-f-]{36})_")
"""Unique ids of the per-session entities of API level 1 name their session."""

EVENT_TYPE: Final = re.compile(r"^brewpit_[a-z_]{1,60}$")

DEVICE_CLASSES: Final[dict[str, type[Any]]] = {
    Platform.SENSOR: SensorDeviceClass,
    Platform.BINARY_SENSOR: BinarySensorDeviceClass,
    Platform.NUMBER: NumberDeviceClass,
    Platform.SWITCH: SwitchDeviceClass,
    Platform.BUTTON: ButtonDeviceClass,
}

OPTIONAL_STR = vol.Any(None, str)
OPTIONAL_NUMBER = vol.Any(None, vol.Coerce(float))

DEVICE_SCHEMA: Final = vol.Schema(
    {
        vol.Required("id"): cv.string,
        vol.Required("name"): cv.string,
        vol.Optional("model"): OPTIONAL_STR,
        vol.Optional("sw_version"): OPTIONAL_STR,
        vol.Optional("kind", default="edge"): cv.string,
        vol.Optional("via"): OPTIONAL_STR,
    },
    extra=vol.REMOVE_EXTRA,
)


def _valid_entity(data: dict[str, Any]) -> dict[str, Any]:
    """Check the fields whose valid values depend on the platform."""
    platform = data["platform"]
    if (device_class := data.get("device_class")) is not None:
        enum = DEVICE_CLASSES.get(platform)
        if enum is None or device_class not in {m.value for m in enum}:
            raise vol.Invalid(f"invalid device_class '{device_class}' for {platform}")
    state_class = data.get("state_class")
    if state_class is not None and (
        platform != Platform.SENSOR
        or state_class not in {m.value for m in SensorStateClass}
    ):
        raise vol.Invalid(f"invalid state_class '{state_class}' for {platform}")
    if (mode := data.get("mode")) is not None and mode not in {
        m.value for m in NumberMode
    }:
        raise vol.Invalid(f"invalid mode '{mode}'")
    if platform == Platform.SELECT and not data.get("options"):
        raise vol.Invalid("a select needs options")
    if platform == Platform.CLIMATE:
        modes = data.get("options") or []
        if not modes or not set(modes) <= {m.value for m in HVACMode}:
            raise vol.Invalid(f"a climate entity needs hvac modes, got {modes}")
    if (
        not data.get("name")
        and not data.get("translation_key")
        and platform != Platform.SENSOR
    ):
        raise vol.Invalid("name or translation_key is required")
    return data


ENTITY_SCHEMA: Final = vol.All(
    vol.Schema(
        {
            vol.Required("unique_id"): cv.string,
            vol.Required("device_id"): cv.string,
            vol.Required("platform"): vol.In([str(p) for p in PLATFORMS]),
            vol.Required("key"): cv.string,
            vol.Optional("name"): OPTIONAL_STR,
            vol.Optional("translation_key"): vol.Any(
                None, vol.Match(r"^[a-z0-9_]{1,64}$")
            ),
            vol.Optional("translation_placeholders"): vol.Any(
                None, {cv.string: cv.string}
            ),
            vol.Optional("device_class"): OPTIONAL_STR,
            vol.Optional("unit_of_measurement"): OPTIONAL_STR,
            vol.Optional("state_class"): OPTIONAL_STR,
            vol.Optional("entity_category"): vol.Any(
                None, vol.In([c.value for c in EntityCategory])
            ),
            vol.Optional("suggested_display_precision"): vol.Any(None, vol.Coerce(int)),
            vol.Optional("options"): vol.Any(None, [cv.string]),
            vol.Optional("min"): OPTIONAL_NUMBER,
            vol.Optional("max"): OPTIONAL_NUMBER,
            vol.Optional("step"): OPTIONAL_NUMBER,
            vol.Optional("mode"): OPTIONAL_STR,
            vol.Optional("series_id"): vol.Any(None, int),
            vol.Optional("role"): OPTIONAL_STR,
            vol.Optional("channel"): OPTIONAL_STR,
        },
        # `icon` (API level 1) is dropped here: icons come from icons.json.
        extra=vol.REMOVE_EXTRA,
    ),
    _valid_entity,
)

STATE_SCHEMA: Final = vol.Schema(
    {
        vol.Required("unique_id"): cv.string,
        vol.Required("state"): vol.Any(None, str, int, float, bool),
        vol.Optional("attributes"): vol.Any(None, dict),
        vol.Optional("available", default=True): bool,
        vol.Optional("series_id"): vol.Any(None, int),
        vol.Optional("ts"): vol.Any(None, int),
    },
    extra=vol.REMOVE_EXTRA,
)

EVENT_SCHEMA: Final = vol.Schema(
    {
        vol.Required("id"): vol.All(int, vol.Range(min=1)),
        vol.Required("event_type"): vol.Match(EVENT_TYPE),
        vol.Optional("data", default=dict): dict,
        vol.Optional("time_fired"): vol.All(int, vol.Range(min=0)),
    },
    extra=vol.REMOVE_EXTRA,
)

DISABLED_BY_DEFAULT: Final = frozenset(
    {"gravity_raw", "angle", "rssi", "outbox_depth", "dropped_total"}
)
"""Translation keys of entities few users need: created disabled, enabled on demand."""


def channel_role(role: str | None) -> str:
    """Return the role if the protocol knows it, else `other`."""
    return role if role in CHANNEL_ROLES else "other"


def api_overlaps(api: int, api_min: int) -> bool:
    """Whether a hub speaking levels `api_min`..`api` and this integration share one."""
    return max(api_min, API_MIN) <= min(api, API_MAX)
