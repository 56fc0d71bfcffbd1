"""WebSocket commands of the panel: a table of hub HTTP calls served by one handler.

Who may call what (docs/integration.md, "Who may do what"): writes need an admin; reads of
sessions, history and series are shared with every Home Assistant user on purpose (read-only
sharing of a cook or brew), unless the entry's "share with users" option is off.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import homeassistant.helpers.config_validation as cv
import probatio as vol
from homeassistant.components import websocket_api
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import Unauthorized

from .hub import HubAuthError, HubConnectionError, HubProblemError
from .models import Subscriber
from .runtime import BrewpitRuntime, runtime_or_error

type Msg = dict[str, Any]
type Connection = websocket_api.ActiveConnection
type Fields = dict[str | vol.Marker, Any]


class Access(StrEnum):
    """Who may call a command."""

    ADMIN = "admin"
    """Administrators only (every write)."""
    SHARED = "shared"
    """Every Home Assistant user while the entry shares with users, else administrators."""


@callback
def check_access(
    runtime: BrewpitRuntime, access: Access, is_admin: bool, **perm: Any
) -> None:
    """Raise Unauthorized when a user may not make a call of this access level."""
    if not is_admin and (access is Access.ADMIN or not runtime.shared):
        raise Unauthorized(**perm)


@dataclass(frozen=True, slots=True, kw_only=True)
class HubCall:
    """One panel command: its message fields and the hub HTTP call it becomes."""

    type: str
    method: str
    path: str
    """Path under /api/v1; `{field}` is the message's field, URL-quoted."""
    access: Access
    fields: Fields = field(default_factory=dict)
    query: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    body_defaults: Mapping[str, Any] = field(default_factory=dict)
    renames: Mapping[str, str] = field(default_factory=dict)
    """Message field → body field, where the hub's name is taken (`type` is the message's)."""
    shape: Callable[[Any], Any] | None = None

    def url_path(self, msg: Msg) -> str:
        """The path with the message's fields filled in."""
        names = [f for _, f, _, _ in string.Formatter().parse(self.path) if f]
        return self.path.format(**{n: quote(str(msg[n]), safe="") for n in names})

    def pick(self, msg: Msg, names: tuple[str, ...]) -> dict[str, Any]:
        """The listed fields the message has, under the hub's names."""
        return {self.renames.get(k, k): msg[k] for k in names if k in msg}


SESSION_FIELDS = ("name", "started_at", "channels", "notes", "recipe", "og")
SESSION_BODY: Fields = {
    vol.Optional("name"): cv.string,
    vol.Optional("started_at"): int,
    vol.Optional("channels"): [dict],
    vol.Optional("notes"): str,
    vol.Optional("recipe"): str,
    vol.Optional("og"): vol.Coerce(float),
}
SESSION_ID: Fields = {vol.Required("session_id"): cv.string}
MAX_POINTS: Fields = {
    vol.Optional("max_points"): vol.All(int, vol.Range(min=2, max=10_000))
}

RANGE = ("from", "to", "max_points")


def read(
    type_: str,
    path: str,
    fields: Fields | None = None,
    query: tuple[str, ...] = (),
    shape: Callable[[Any], Any] | None = None,
) -> HubCall:
    """A shared read: GET `path`, the query from the message."""
    return HubCall(
        type=type_,
        method="GET",
        path=path,
        access=Access.SHARED,
        fields=fields or {},
        query=query,
        shape=shape,
    )


def admin_read(type_: str, path: str, fields: Fields | None = None) -> HubCall:
    """A read only administrators may make (devices, gateways, calibrations, alert rules)."""
    return HubCall(
        type=type_, method="GET", path=path, access=Access.ADMIN, fields=fields or {}
    )


def write(
    type_: str,
    method: str,
    path: str,
    fields: Fields,
    body: tuple[str, ...] = (),
    defaults: Mapping[str, Any] | None = None,
    renames: Mapping[str, str] | None = None,
) -> HubCall:
    """An admin call that changes the hub; the body from the message."""
    return HubCall(
        type=type_,
        method=method,
        path=path,
        access=Access.ADMIN,
        fields=fields,
        body=body,
        body_defaults=defaults or {},
        renames=renames or {},
    )


HUB_CALLS: tuple[HubCall, ...] = (
    read(
        "brewpit/sessions/list",
        "/sessions",
        {vol.Optional(k): cv.string for k in ("kind", "status", "q")},
        ("kind", "status", "q"),
        shape=lambda r: r if isinstance(r, dict) else {"sessions": r},
    ),
    read("brewpit/sessions/get", "/sessions/{session_id}", SESSION_ID),
    read(
        "brewpit/history",
        "/sessions/{session_id}/history",
        {
            **SESSION_ID,
            vol.Optional("from"): int,
            vol.Optional("to"): int,
            **MAX_POINTS,
        },
        RANGE,
    ),
    read(
        "brewpit/chart",
        "/sessions/{session_id}/chart",
        {
            **SESSION_ID,
            vol.Optional("from"): int,
            vol.Optional("to"): int,
            **MAX_POINTS,
        },
        RANGE,
    ),
    read("brewpit/sessions/estimates", "/sessions/{session_id}/estimates", SESSION_ID),
    read("brewpit/series/list", "/series"),
    read(
        "brewpit/series/history",
        "/series/{series_id}/readings",
        {vol.Required(k): int for k in ("series_id", "from", "to")} | MAX_POINTS,
        RANGE,
    ),
    write(
        "brewpit/sessions/create",
        "POST",
        "/sessions",
        {
            vol.Required("kind"): vol.In(["cook", "brew"]),
            vol.Required("name"): cv.string,
            **{k: v for k, v in SESSION_BODY.items() if str(k) != "name"},
        },
        body=("kind", *SESSION_FIELDS),
        defaults={"channels": []},
    ),
    write(
        "brewpit/sessions/update",
        "PATCH",
        "/sessions/{session_id}",
        {**SESSION_ID, **SESSION_BODY},
        body=SESSION_FIELDS,
    ),
    write("brewpit/sessions/end", "POST", "/sessions/{session_id}/end", SESSION_ID),
    # Home Assistant entities the hub follows as a source (the panel's allow-list).
    read("brewpit/sources/list", "/sources/ha"),
    write(
        "brewpit/sources/follow",
        "POST",
        "/sources/ha",
        {
            vol.Required("entity_id"): cv.entity_id,
            vol.Optional("name"): cv.string,
            vol.Optional("device_class"): vol.Any(None, cv.string),
            vol.Optional("unit"): vol.Any(None, cv.string),
            vol.Optional("explicit"): bool,
        },
        body=("entity_id", "name", "device_class", "unit", "explicit"),
    ),
    write(
        "brewpit/sources/unfollow",
        "DELETE",
        "/sources/ha/{entity_id}",
        {vol.Required("entity_id"): cv.entity_id},
    ),
    write("brewpit/sessions/delete", "DELETE", "/sessions/{session_id}", SESSION_ID),
    write(
        "brewpit/sessions/annotate",
        "POST",
        "/sessions/{session_id}/annotations",
        {**SESSION_ID, vol.Required("text"): cv.string, vol.Optional("ts"): int},
        body=("text", "ts"),
    ),
)

DEVICE_ID: Fields = {vol.Required("device_id"): cv.string}

# The Devices, Hydrometers and Alerts pages of the panel (admin only: they show tokens, codes
# and what a user's hardware is called, and every button on them changes the hub).
ADMIN_CALLS: tuple[HubCall, ...] = (
    admin_read("brewpit/nodes/list", "/devices"),
    write("brewpit/nodes/pairing", "POST", "/pairings", {}),
    write(
        "brewpit/nodes/rename",
        "PATCH",
        "/devices/{device_id}",
        {**DEVICE_ID, vol.Required("name"): cv.string},
        body=("name",),
    ),
    write(
        "brewpit/nodes/rotate_token", "POST", "/devices/{device_id}/token", DEVICE_ID
    ),
    write("brewpit/nodes/remove", "DELETE", "/devices/{device_id}", DEVICE_ID),
    admin_read("brewpit/hydrometers/list", "/compat/devices"),
    admin_read("brewpit/hydrometers/gateways", "/compat/tokens"),
    write(
        "brewpit/hydrometers/gateway_create",
        "POST",
        "/compat/tokens",
        {vol.Optional("name"): cv.string, vol.Optional("tz"): cv.string},
        body=("name", "tz"),
        defaults={},
    ),
    write(
        "brewpit/hydrometers/gateway_delete",
        "DELETE",
        "/compat/tokens/{gateway_id}",
        {vol.Required("gateway_id"): cv.string},
    ),
    admin_read(
        "brewpit/hydrometers/calibration", "/devices/{device_id}/calibration", DEVICE_ID
    ),
    write(
        "brewpit/hydrometers/calibrate",
        "PUT",
        "/devices/{device_id}/calibration",
        {
            **DEVICE_ID,
            vol.Optional("input"): vol.In(["angle", "gravity"]),
            vol.Required("points"): [dict],
            vol.Optional("degree"): vol.All(int, vol.Range(min=1, max=3)),
        },
        body=("input", "points", "degree"),
    ),
    write(
        "brewpit/chambers/command",
        "POST",
        "/devices/{device_id}/commands",
        {
            **DEVICE_ID,
            vol.Required("command"): vol.In(
                ["start_profile", "stop_profile", "set_mode", "set_target"]
            ),
            vol.Required("params"): dict,
        },
        body=("command", "params"),
        renames={"command": "type"},
    ),
    admin_read("brewpit/alerts/rules", "/alerts/rules"),
    write(
        "brewpit/alerts/rule_create",
        "POST",
        "/alerts/rules",
        {
            vol.Required("kind"): cv.string,
            vol.Optional("name"): cv.string,
            vol.Optional("session_id"): cv.string,
            vol.Optional("series_id"): int,
            vol.Optional("role"): cv.string,
            vol.Optional("device_id"): cv.string,
            vol.Optional("params"): dict,
        },
        body=("kind", "name", "session_id", "series_id", "role", "device_id", "params"),
    ),
    write(
        "brewpit/alerts/rule_delete",
        "DELETE",
        "/alerts/rules/{rule_id}",
        {vol.Required("rule_id"): vol.Any(int, cv.string)},
    ),
)

PROBLEM_CODES = {
    400: websocket_api.ERR_INVALID_FORMAT,
    404: websocket_api.ERR_NOT_FOUND,
    409: "conflict",
    422: websocket_api.ERR_INVALID_FORMAT,
}


async def _forward(
    call: HubCall, hass: HomeAssistant, connection: Connection, msg: Msg
) -> None:
    """Check access, call the hub, and answer with its result or its problem."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    check_access(runtime, call.access, connection.user.is_admin)
    body = {**call.body_defaults, **call.pick(msg, call.body)} if call.body else None
    try:
        result = await runtime.hub.request(
            call.method,
            call.url_path(msg),
            json=body,
            params=call.pick(msg, call.query),
        )
    except HubProblemError as err:
        code = PROBLEM_CODES.get(err.status, "hub_error")
        connection.send_error(msg["id"], code, err.describe())
        return
    except HubAuthError as err:
        connection.send_error(msg["id"], "hub_auth_failed", str(err))
        return
    except HubConnectionError as err:
        connection.send_error(msg["id"], "hub_unreachable", str(err))
        return
    connection.send_result(msg["id"], call.shape(result) if call.shape else result)


def _handler(call: HubCall) -> websocket_api.const.WebSocketCommandHandler:
    """The registered command for one table row."""

    async def handle(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
        await _forward(call, hass, connection, msg)

    handler = websocket_api.async_response(handle)
    if call.access is Access.ADMIN:
        handler = websocket_api.require_admin(handler)
    schema: Fields = {vol.Required("type"): call.type, **call.fields}
    return websocket_api.websocket_command(schema)(handler)


PROXY_HANDLERS = tuple(_handler(call) for call in (*HUB_CALLS, *ADMIN_CALLS))


@websocket_api.websocket_command({vol.Required("type"): "brewpit/hub/info"})
@websocket_api.require_admin
@callback
def ws_hub_info(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """The hub's address as this entry reaches it, for the commands the Devices page shows."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    connection.send_result(
        msg["id"], {"url": runtime.hub.url, "version": runtime.hub_version}
    )


@websocket_api.websocket_command({vol.Required("type"): "brewpit/live/subscribe"})
@callback
def ws_live_subscribe(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Push states to the panel as the hub publishes them (a shared read)."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    check_access(runtime, Access.SHARED, connection.user.is_admin)
    connection.subscriptions[msg["id"]] = runtime.add_live_subscriber(
        Subscriber(connection, msg["id"])
    )
    connection.send_result(msg["id"])
