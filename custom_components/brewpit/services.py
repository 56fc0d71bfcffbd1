"""Services (admin only): start, end and annotate sessions; set a channel's target."""

from __future__ import annotations

from typing import Any

import probatio as vol
from homeassistant.const import ATTR_DEVICE_ID, ATTR_ENTITY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.service import async_register_admin_service

from .const import (
    ATTR_KIND,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_SESSION,
    ATTR_SESSION_ID,
    ATTR_TEXT,
    ATTR_TS,
    ATTR_VALUE,
    DOMAIN,
    SERVICE_ANNOTATE,
    SERVICE_END_SESSION,
    SERVICE_SET_TARGET,
    SERVICE_START_SESSION,
)
from .contract import channel_role
from .resolve import (
    channel_target,
    hub_call,
    invalid,
    resolve_session,
    session_path,
    source_entity,
    spec_for,
)
from .runtime import async_get_runtime

# How a call names its session: none of these means the only active session.
SESSION_PICK = {
    vol.Optional(ATTR_DEVICE_ID): cv.string,
    vol.Optional(ATTR_ENTITY_ID): cv.entity_id,
    vol.Optional(ATTR_SESSION): vol.All(cv.string, vol.Length(min=1, max=120)),
    vol.Optional(ATTR_SESSION_ID): cv.string,
}

START_SESSION_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_KIND): vol.In(["cook", "brew"]),
        vol.Required(ATTR_NAME): cv.string,
        vol.Optional(ATTR_ENTITY_ID, default=[]): cv.entity_ids,
        vol.Optional(ATTR_NOTES): cv.string,
    }
)
END_SESSION_SCHEMA = vol.Schema(SESSION_PICK)
ANNOTATE_SCHEMA = vol.Schema(
    {
        **SESSION_PICK,
        vol.Required(ATTR_TEXT): vol.All(cv.string, vol.Length(min=1, max=500)),
        vol.Optional(ATTR_TS): cv.datetime,
    }
)
SET_TARGET_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_ENTITY_ID): cv.entity_ids,
        vol.Required(ATTR_VALUE): vol.Coerce(float),
    }
)


async def _start_session(call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(call.hass)
    # Resolve every entity first: one bad entity id starts nothing and follows nothing.
    picks: list[dict[str, Any]] = []
    for entity_id in call.data[ATTR_ENTITY_ID]:
        entry = er.async_get(call.hass).async_get(entity_id)
        if entry is not None and entry.platform == DOMAIN:
            spec = spec_for(call.hass, runtime, entity_id)
            if spec.series_id is None:
                raise invalid("not_a_series", entity_id=entity_id)
            picks.append({"series_id": spec.series_id, "role": channel_role(spec.role)})
        else:
            # Any numeric Home Assistant sensor: the hub follows it as a source.
            picks.append({"follow": source_entity(call.hass, entity_id)})
    channels: list[dict[str, Any]] = []
    for pick in picks:
        if (follow := pick.get("follow")) is not None:
            followed = await hub_call(runtime, "POST", "/sources/ha", follow)
            pick = {
                "series_id": followed["series_id"],
                "role": channel_role(followed.get("role")),
            }
        channels.append(pick)
    body: dict[str, Any] = {
        "kind": call.data[ATTR_KIND],
        "name": call.data[ATTR_NAME],
        "channels": channels,
    }
    if ATTR_NOTES in call.data:
        body["notes"] = call.data[ATTR_NOTES]
    session = await hub_call(runtime, "POST", "/sessions", body)
    return {"session": session}


async def _end_session(call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(call.hass)
    session_id = await resolve_session(
        call.hass, runtime, dict(call.data), active_only=True
    )
    session = await hub_call(runtime, "POST", session_path(session_id, "/end"))
    return {"session": session}


async def _annotate(call: ServiceCall) -> None:
    runtime = async_get_runtime(call.hass)
    session_id = await resolve_session(
        call.hass, runtime, dict(call.data), active_only=False
    )
    body: dict[str, Any] = {"text": call.data[ATTR_TEXT]}
    if ATTR_TS in call.data:
        body["ts"] = int(call.data[ATTR_TS].timestamp() * 1000)
    await hub_call(runtime, "POST", session_path(session_id, "/annotations"), body)


async def _set_target(call: ServiceCall) -> None:
    runtime = async_get_runtime(call.hass)
    # Resolve every entity first: one bad entity id sends nothing.
    commands = [
        channel_target(call.hass, runtime, entity_id, call.data[ATTR_VALUE])
        for entity_id in call.data[ATTR_ENTITY_ID]
    ]
    for command in commands:
        runtime.send_command(command)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the Brewpit services; each changes the hub, so each is admin only."""
    async_register_admin_service(
        hass,
        DOMAIN,
        SERVICE_START_SESSION,
        _start_session,
        schema=START_SESSION_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    async_register_admin_service(
        hass,
        DOMAIN,
        SERVICE_END_SESSION,
        _end_session,
        schema=END_SESSION_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    async_register_admin_service(
        hass, DOMAIN, SERVICE_ANNOTATE, _annotate, schema=ANNOTATE_SCHEMA
    )
    async_register_admin_service(
        hass, DOMAIN, SERVICE_SET_TARGET, _set_target, schema=SET_TARGET_SCHEMA
    )
