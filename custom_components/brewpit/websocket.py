"""WebSocket commands the hub sends: its channel into Home Assistant (admin only)."""

from __future__ import annotations

from typing import Any

import homeassistant.helpers.config_validation as cv
import probatio as vol
from homeassistant.components import websocket_api
from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM

from .contract import (
    API_MAX,
    API_MIN,
    DEVICE_SCHEMA,
    ENTITY_SCHEMA,
    EVENT_SCHEMA,
    STATE_SCHEMA,
)
from .link import check_hub_api
from .models import DeviceSpec, EntitySpec, Subscriber
from .proxy import PROXY_HANDLERS, ws_hub_info, ws_live_subscribe
from .runtime import runtime_or_error

type Msg = dict[str, Any]
type Connection = websocket_api.ActiveConnection


def ha_config(hass: HomeAssistant) -> dict[str, Any]:
    """What the hub needs of Home Assistant's settings to speak the user's units."""
    us = hass.config.units is US_CUSTOMARY_SYSTEM
    return {
        "unit_system": "us_customary" if us else "metric",
        "temperature_unit": hass.config.units.temperature_unit,
        "language": hass.config.language,
    }


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/hello",
        vol.Required("version"): cv.string,
        vol.Optional("api", default=API_MIN): vol.All(int, vol.Range(min=1)),
        vol.Optional("api_min"): vol.All(int, vol.Range(min=1)),
    }
)
@websocket_api.require_admin
@callback
def ws_hello(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Greet the hub: agree on an API level, report versions and the user's units."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    api: int = msg["api"]
    api_min = int(msg.get("api_min") or api)
    runtime.hub_version = msg["version"]
    if not check_hub_api(
        hass, msg["version"], api, api_min, runtime.integration_version
    ):
        connection.send_error(
            msg["id"],
            "incompatible",
            f"The hub speaks API {api_min}-{api}, the integration {API_MIN}-{API_MAX}",
        )
        return
    runtime.hub_api = min(api, API_MAX)
    connection.send_result(
        msg["id"],
        {
            "integration_version": runtime.integration_version,
            "ha_version": HA_VERSION,
            "api": runtime.hub_api,
            "api_min": API_MIN,
            "api_max": API_MAX,
            "events": {
                "stream": runtime.events.stream,
                "last_id": runtime.events.last_id,
            },
            **ha_config(hass),
        },
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/devices/upsert",
        vol.Required("devices"): [DEVICE_SCHEMA],
    }
)
@websocket_api.require_admin
@callback
def ws_devices_upsert(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Create or update one Home Assistant device per hub device."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    runtime.upsert_devices([DeviceSpec.from_dict(d) for d in msg["devices"]])
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
    hass: HomeAssistant, connection: Connection, msg: Msg
) -> None:
    """Remove devices the hub deleted, with all their entities."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    removed = await runtime.async_remove_devices(msg["device_ids"])
    connection.send_result(msg["id"], {"removed": len(removed)})


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/entities/upsert",
        vol.Required("entities"): [ENTITY_SCHEMA],
    }
)
@websocket_api.require_admin
@callback
def ws_entities_upsert(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Record entity specs; new entities are created on their platform."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
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
def ws_states(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Apply a batch of states."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
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
    hass: HomeAssistant, connection: Connection, msg: Msg
) -> None:
    """Remove entities: from the state machine and from the entity registry."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    removed = await runtime.async_remove_entities(msg["unique_ids"])
    connection.send_result(msg["id"], {"removed": removed})


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/announced",
        vol.Required("device_ids"): [cv.string],
        vol.Optional("unique_ids"): [cv.string],
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_announced(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """End of a full announcement: remove every device and entity the hub did not name."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    devices, entities = await runtime.async_keep_only(
        msg["device_ids"], msg.get("unique_ids")
    )
    connection.send_result(
        msg["id"], {"removed_devices": devices, "removed_entities": entities}
    )


@websocket_api.websocket_command(
    {
        vol.Required("type"): "brewpit/events/fire",
        vol.Required("stream"): vol.All(cv.string, vol.Length(min=1, max=64)),
        vol.Required("events"): vol.All([EVENT_SCHEMA], vol.Length(max=1000)),
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_events_fire(hass: HomeAssistant, connection: Connection, msg: Msg) -> None:
    """Fire the hub's numbered events in order, each once; answer the last id fired."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    last_id = await runtime.events.async_fire(msg["stream"], msg["events"])
    connection.send_result(msg["id"], {"last_id": last_id})


@websocket_api.websocket_command({vol.Required("type"): "brewpit/commands/subscribe"})
@websocket_api.require_admin
@callback
def ws_commands_subscribe(
    hass: HomeAssistant, connection: Connection, msg: Msg
) -> None:
    """Open the command channel: entity actions and services are pushed to the hub here."""
    if (runtime := runtime_or_error(hass, connection, msg)) is None:
        return
    unsubscribe = runtime.add_command_subscriber(Subscriber(connection, msg["id"]))
    # Called when the hub unsubscribes or its socket closes: entities become unavailable.
    connection.subscriptions[msg["id"]] = unsubscribe
    connection.send_result(msg["id"])


HUB_HANDLERS = (
    ws_hello,
    ws_devices_upsert,
    ws_devices_remove,
    ws_entities_upsert,
    ws_states,
    ws_entities_remove,
    ws_announced,
    ws_events_fire,
    ws_commands_subscribe,
)


@callback
def async_register_websocket_commands(hass: HomeAssistant) -> None:
    """Register every Brewpit WebSocket command (once per Home Assistant run)."""
    for handler in (*HUB_HANDLERS, *PROXY_HANDLERS, ws_hub_info, ws_live_subscribe):
        websocket_api.async_register_command(hass, handler)
