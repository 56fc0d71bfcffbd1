"""WebSocket commands: the hub's channel into Home Assistant, and the panel's API."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import homeassistant.helpers.config_validation as cv
import voluptuous as vol
from homeassistant.components import websocket_api
from homeassistant.components.binary_sensor import BinarySensorDeviceClass
from homeassistant.components.button import ButtonDeviceClass
from homeassistant.components.climate import HVACMode
from homeassistant.components.number import NumberDeviceClass, NumberMode
from homeassistant.components.sensor import SensorDeviceClass, SensorStateClass
from homeassistant.components.switch import SwitchDeviceClass
from homeassistant.const import EntityCategory, Platform
from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity_platform import async_get_platforms

from .const import DOMAIN, PLATFORMS
from .hub import HubAuthError, HubConnectionError, HubProblemError
from .runtime import (
    BrewpitRuntime,
    DeviceSpec,
    EntitySpec,
    Subscriber,
    async_get_runtime,
)

_LOGGER = logging.getLogger(__name__)

type Msg = dict[str, Any]

DEVICE_CLASSES: dict[str, type] = {
    Platform.SENSOR: SensorDeviceClass,
    Platform.BINARY_SENSOR: BinarySensorDeviceClass,
    Platform.NUMBER: NumberDeviceClass,
    Platform.SWITCH: SwitchDeviceClass,
    Platform.BUTTON: ButtonDeviceClass,
}

OPTIONAL_STR = vol.Any(None, str)
OPTIONAL_NUMBER = vol.Any(None, vol.Coerce(float))

DEVICE_SCHEMA = vol.Schema(
    {
        vol.Required("id"): cv.string,
        vol.Required("name"): cv.string,
        vol.Optional("model"): OPTIONAL_STR,
        vol.Optional("sw_version"): OPTIONAL_STR,
        vol.Optional("kind", default="edge"): cv.string,
        vol.Optional("via"): OPTIONAL_STR,
    }
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


ENTITY_SCHEMA = vol.All(
    vol.Schema(
        {
            vol.Required("unique_id"): cv.string,
            vol.Required("device_id"): cv.string,
            vol.Required("platform"): vol.In([str(p) for p in PLATFORMS]),
            vol.Required("key"): cv.string,
            vol.Optional("name"): OPTIONAL_STR,
            vol.Optional("translation_key"): OPTIONAL_STR,
            vol.Optional("device_class"): OPTIONAL_STR,
            vol.Optional("unit_of_measurement"): OPTIONAL_STR,
            vol.Optional("state_class"): OPTIONAL_STR,
            vol.Optional("entity_category"): vol.Any(
                None, vol.In([c.value for c in EntityCategory])
            ),
            vol.Optional("icon"): OPTIONAL_STR,
            vol.Optional("suggested_display_precision"): vol.Any(None, vol.Coerce(int)),
            vol.Optional("options"): vol.Any(None, [cv.string]),
            vol.Optional("min"): OPTIONAL_NUMBER,
            vol.Optional("max"): OPTIONAL_NUMBER,
            vol.Optional("step"): OPTIONAL_NUMBER,
            vol.Optional("mode"): OPTIONAL_STR,
            vol.Optional("series_id"): vol.Any(None, int),
            vol.Optional("role"): OPTIONAL_STR,
        }
    ),
    _valid_entity,
)

STATE_SCHEMA = vol.Schema(
    {
        vol.Required("unique_id"): cv.string,
        vol.Required("state"): vol.Any(None, str, int, float, bool),
        vol.Optional("attributes"): vol.Any(None, dict),
        vol.Optional("available", default=True): bool,
        vol.Optional("series_id"): vol.Any(None, int),
        vol.Optional("ts"): vol.Any(None, int),
    }
)


def _runtime_or_error(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> BrewpitRuntime | None:
    """Return the loaded entry's runtime, or answer with an error and return None."""
    try:
        return async_get_runtime(hass)
    except HomeAssistantError as err:
        connection.send_error(
            msg["id"], "not_loaded", str(err) or "Brewpit is not set up"
        )
        return None


# --- Commands the hub sends ---------------------------------------------------------------


@websocket_api.websocket_command(
    {vol.Required("type"): "brewpit/hello", vol.Required("version"): cv.string}
)
@websocket_api.require_admin
@callback
def ws_hello(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Greet the hub: report versions so either side can refuse an incompatible peer."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    runtime.hub_info = {"version": msg["version"]}
    connection.send_result(
        msg["id"],
        {"integration_version": runtime.integration_version, "ha_version": HA_VERSION},
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/devices/upsert",
        vol.Required("devices"): [DEVICE_SCHEMA],
    }
)
@websocket_api.require_admin
@callback
def ws_devices_upsert(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Create or update one Home Assistant device per hub device."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    runtime.upsert_devices([DeviceSpec(**d) for d in msg["devices"]])
    connection.send_result(msg["id"], {"devices": len(msg["devices"])})


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/devices/remove",
        vol.Required("device_ids"): [cv.string],
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_devices_remove(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Remove devices the hub deleted, with all their entities."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    wanted = set(msg["device_ids"])
    uids = [s.unique_id for s in runtime.specs.values() if s.device_id in wanted]
    await async_remove_entities(hass, runtime, uids)
    registry = dr.async_get(hass)
    for device_id in wanted:
        runtime.remove_device(device_id)
        if device := registry.async_get_device(identifiers={(DOMAIN, device_id)}):
            registry.async_update_device(
                device.id, remove_config_entry_id=runtime.entry.entry_id
            )
    connection.send_result(msg["id"], {"removed": len(wanted)})


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/entities/upsert",
        vol.Required("entities"): [ENTITY_SCHEMA],
    }
)
@websocket_api.require_admin
@callback
def ws_entities_upsert(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Record entity specs; new entities are created on their platform."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    try:
        runtime.upsert_entities([EntitySpec.from_dict(e) for e in msg["entities"]])
    except HomeAssistantError as err:
        connection.send_error(msg["id"], websocket_api.ERR_INVALID_FORMAT, str(err))
        return
    connection.send_result(msg["id"], {"entities": len(msg["entities"])})


@websocket_api.websocket_command(
    {vol.Required("type"): "brewpit/states", vol.Required("states"): [STATE_SCHEMA]}
)
@websocket_api.require_admin
@callback
def ws_states(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Apply a batch of states."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    runtime.apply_states(msg["states"])
    connection.send_result(msg["id"])


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/entities/remove",
        vol.Required("unique_ids"): [cv.string],
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_entities_remove(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Remove entities: from the state machine and from the entity registry."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    removed = await async_remove_entities(hass, runtime, msg["unique_ids"])
    connection.send_result(msg["id"], {"removed": removed})


async def async_remove_entities(
    hass: HomeAssistant, runtime: BrewpitRuntime, unique_ids: list[str]
) -> list[str]:
    """Remove entities for real: `async_remove`, then the registry entry."""
    registry = er.async_get(hass)
    live = {
        entity.unique_id: entity
        for platform in async_get_platforms(hass, DOMAIN)
        if platform.config_entry is runtime.entry
        for entity in platform.entities.values()
    }
    removed: list[str] = []
    for uid in unique_ids:
        spec = runtime.specs.get(uid)
        if (entity := live.get(uid)) is not None:
            await entity.async_remove(force_remove=True)
        platform = spec.platform if spec else None
        for domain in [platform] if platform else [str(p) for p in PLATFORMS]:
            if entity_id := registry.async_get_entity_id(domain, DOMAIN, uid):
                registry.async_remove(entity_id)
        if spec is not None or entity is not None:
            removed.append(uid)
    runtime.remove_entities(unique_ids)
    return removed


@websocket_api.websocket_command({vol.Required("type"): "brewpit/commands/subscribe"})
@websocket_api.require_admin
@callback
def ws_commands_subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Open the command channel: entity actions and services are pushed to the hub here."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    unsubscribe = runtime.add_command_subscriber(Subscriber(connection, msg["id"]))
    # Called when the hub unsubscribes or its socket closes: entities become unavailable.
    connection.subscriptions[msg["id"]] = unsubscribe
    connection.send_result(msg["id"])


# --- Commands the panel sends (proxied to the hub's HTTP API) ------------------------------


def _sid(value: Any) -> str:
    return quote(str(value), safe="")


async def _proxy(
    hass: HomeAssistant,
    connection: websocket_api.ActiveConnection,
    msg: Msg,
    method: str,
    path: str,
    *,
    json: Any = None,
    params: dict[str, Any] | None = None,
    shape: Callable[[Any], Any] = lambda r: r,
) -> None:
    """Call the hub and answer the WebSocket message with its result or its problem."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    try:
        result = await runtime.hub.request(method, path, json=json, params=params)
    except HubProblemError as err:
        code = {
            404: websocket_api.ERR_NOT_FOUND,
            400: websocket_api.ERR_INVALID_FORMAT,
            422: websocket_api.ERR_INVALID_FORMAT,
            409: "conflict",
        }.get(err.status, "hub_error")
        connection.send_error(msg["id"], code, err.describe())
        return
    except HubAuthError as err:
        connection.send_error(msg["id"], "hub_auth_failed", str(err))
        return
    except HubConnectionError as err:
        connection.send_error(msg["id"], "hub_unreachable", str(err))
        return
    connection.send_result(msg["id"], shape(result))


def _fields(msg: Msg, *names: str) -> dict[str, Any]:
    return {k: msg[k] for k in names if k in msg}


SESSION_FIELDS = ("name", "started_at", "channels", "notes", "recipe", "og")
SESSION_BODY = {
    vol.Optional("name"): cv.string,
    vol.Optional("started_at"): int,
    vol.Optional("channels"): [dict],
    vol.Optional("notes"): str,
    vol.Optional("recipe"): str,
    vol.Optional("og"): vol.Coerce(float),
}


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/list",
        vol.Optional("kind"): cv.string,
        vol.Optional("status"): cv.string,
        vol.Optional("q"): cv.string,
    }
)
@websocket_api.async_response
async def ws_sessions_list(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """List sessions, newest first."""
    await _proxy(
        hass,
        connection,
        msg,
        "GET",
        "/sessions",
        params=_fields(msg, "kind", "status", "q"),
        shape=lambda r: r if isinstance(r, dict) else {"sessions": r},
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/get",
        vol.Required("session_id"): cv.string,
    }
)
@websocket_api.async_response
async def ws_sessions_get(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Return one session."""
    await _proxy(hass, connection, msg, "GET", f"/sessions/{_sid(msg['session_id'])}")


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/create",
        vol.Required("kind"): vol.In(["cook", "brew"]),
        vol.Required("name"): cv.string,
        **{k: v for k, v in SESSION_BODY.items() if str(k) != "name"},
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_sessions_create(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Start a session."""
    body = {"kind": msg["kind"], **_fields(msg, *SESSION_FIELDS)}
    body.setdefault("channels", [])
    await _proxy(hass, connection, msg, "POST", "/sessions", json=body)


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/update",
        vol.Required("session_id"): cv.string,
        **SESSION_BODY,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_sessions_update(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Change a session's name, notes, channels or targets."""
    await _proxy(
        hass,
        connection,
        msg,
        "PATCH",
        f"/sessions/{_sid(msg['session_id'])}",
        json=_fields(msg, *SESSION_FIELDS),
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/end",
        vol.Required("session_id"): cv.string,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_sessions_end(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """End a session."""
    await _proxy(
        hass, connection, msg, "POST", f"/sessions/{_sid(msg['session_id'])}/end"
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/annotate",
        vol.Required("session_id"): cv.string,
        vol.Required("text"): cv.string,
        vol.Optional("ts"): int,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_sessions_annotate(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Add a timestamped note to a session."""
    await _proxy(
        hass,
        connection,
        msg,
        "POST",
        f"/sessions/{_sid(msg['session_id'])}/annotations",
        json=_fields(msg, "text", "ts"),
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/history",
        vol.Required("session_id"): cv.string,
        vol.Optional("from"): int,
        vol.Optional("to"): int,
        vol.Optional("max_points"): vol.All(int, vol.Range(min=2, max=10_000)),
    }
)
@websocket_api.async_response
async def ws_history(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Return a session's chart data."""
    await _proxy(
        hass,
        connection,
        msg,
        "GET",
        f"/sessions/{_sid(msg['session_id'])}/history",
        params=_fields(msg, "from", "to", "max_points"),
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/sessions/estimates",
        vol.Required("session_id"): cv.string,
    }
)
@websocket_api.async_response
async def ws_sessions_estimates(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Return a session's time to target, stalls and fermentation estimates."""
    await _proxy(
        hass, connection, msg, "GET", f"/sessions/{_sid(msg['session_id'])}/estimates"
    )


@websocket_api.websocket_command({vol.Required("type"): "brewpit/series/list"})
@websocket_api.async_response
async def ws_series_list(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """List every series the hub stores."""
    await _proxy(hass, connection, msg, "GET", "/series")


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/series/history",
        vol.Required("series_id"): int,
        vol.Required("from"): int,
        vol.Required("to"): int,
        vol.Optional("max_points"): vol.All(int, vol.Range(min=2, max=10_000)),
    }
)
@websocket_api.async_response
async def ws_series_history(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Return one series' readings, downsampled to at most `max_points`."""
    await _proxy(
        hass,
        connection,
        msg,
        "GET",
        f"/series/{msg['series_id']}/readings",
        params=_fields(msg, "from", "to", "max_points"),
    )


@websocket_api.websocket_command({vol.Required("type"): "brewpit/live/subscribe"})
@callback
def ws_live_subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: Msg
) -> None:
    """Push states to the panel as the hub publishes them."""
    if (runtime := _runtime_or_error(hass, connection, msg)) is None:
        return
    connection.subscriptions[msg["id"]] = runtime.add_live_subscriber(
        Subscriber(connection, msg["id"])
    )
    connection.send_result(msg["id"])


@callback
def async_register_websocket_commands(hass: HomeAssistant) -> None:
    """Register every Brewpit WebSocket command (once per Home Assistant run)."""
    for handler in (
        ws_hello,
        ws_devices_upsert,
        ws_devices_remove,
        ws_entities_upsert,
        ws_states,
        ws_entities_remove,
        ws_commands_subscribe,
        ws_sessions_list,
        ws_sessions_get,
        ws_sessions_create,
        ws_sessions_update,
        ws_sessions_end,
        ws_sessions_annotate,
        ws_history,
        ws_sessions_estimates,
        ws_series_list,
        ws_series_history,
        ws_live_subscribe,
    ):
        websocket_api.async_register_command(hass, handler)
