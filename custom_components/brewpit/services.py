"""Services: start, end and annotate sessions; set a channel's target."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import voluptuous as vol
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers import entity_registry as er

from .const import (
    ATTR_KIND,
    ATTR_NAME,
    ATTR_NOTES,
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
from .hub import HubError, HubProblemError
from .runtime import BrewpitRuntime, EntitySpec, async_get_runtime

ROLES = {"pit", "meat", "wort", "chamber", "ambient", "gravity"}

START_SESSION_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_KIND): vol.In(["cook", "brew"]),
        vol.Required(ATTR_NAME): cv.string,
        vol.Optional(ATTR_ENTITY_ID, default=[]): cv.entity_ids,
        vol.Optional(ATTR_NOTES): cv.string,
    }
)
END_SESSION_SCHEMA = vol.Schema({vol.Optional(ATTR_SESSION_ID): cv.string})
ANNOTATE_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_SESSION_ID): cv.string,
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


def _spec_for(
    hass: HomeAssistant, runtime: BrewpitRuntime, entity_id: str
) -> EntitySpec:
    """Return the spec behind a Brewpit entity id, or raise a translated validation error."""
    entry = er.async_get(hass).async_get(entity_id)
    spec = (
        runtime.specs.get(entry.unique_id)
        if entry and entry.platform == DOMAIN
        else None
    )
    if spec is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="not_a_brewpit_entity",
            translation_placeholders={"entity_id": entity_id},
        )
    return spec


async def _call(
    runtime: BrewpitRuntime,
    method: str,
    path: str,
    body: Any = None,
    params: dict[str, Any] | None = None,
) -> Any:
    """Call the hub; its problem detail becomes a translated Home Assistant error."""
    try:
        return await runtime.hub.request(method, path, json=body, params=params)
    except HubProblemError as err:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="hub_refused",
            translation_placeholders={"detail": err.describe()},
        ) from err
    except HubError as err:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="hub_unreachable",
            translation_placeholders={"detail": str(err)},
        ) from err


async def _resolve_session(runtime: BrewpitRuntime, session_id: str | None) -> str:
    """Return the given session id, or the only active session's id."""
    if session_id:
        return session_id
    listing = await _call(runtime, "GET", "/sessions", params={"status": "active"})
    sessions = listing.get("sessions", []) if isinstance(listing, dict) else listing
    active = [s for s in sessions if s.get("status") == "active"]
    if len(active) != 1:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="session_ambiguous",
            translation_placeholders={"count": str(len(active))},
        )
    return str(active[0]["id"])


async def _start_session(call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(call.hass)
    channels = []
    for entity_id in call.data[ATTR_ENTITY_ID]:
        spec = _spec_for(call.hass, runtime, entity_id)
        if spec.series_id is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="not_a_series",
                translation_placeholders={"entity_id": entity_id},
            )
        role = spec.role if spec.role in ROLES else "other"
        channels.append({"series_id": spec.series_id, "role": role})
    body: dict[str, Any] = {
        "kind": call.data[ATTR_KIND],
        "name": call.data[ATTR_NAME],
        "channels": channels,
    }
    if ATTR_NOTES in call.data:
        body["notes"] = call.data[ATTR_NOTES]
    session = await _call(runtime, "POST", "/sessions", body)
    return {"session": session}


async def _end_session(call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(call.hass)
    session_id = await _resolve_session(runtime, call.data.get(ATTR_SESSION_ID))
    session = await _call(
        runtime, "POST", f"/sessions/{quote(session_id, safe='')}/end"
    )
    return {"session": session}


async def _annotate(call: ServiceCall) -> None:
    runtime = async_get_runtime(call.hass)
    session_id = await _resolve_session(runtime, call.data.get(ATTR_SESSION_ID))
    body: dict[str, Any] = {"text": call.data[ATTR_TEXT]}
    if ATTR_TS in call.data:
        body["ts"] = int(call.data[ATTR_TS].timestamp() * 1000)
    await _call(
        runtime, "POST", f"/sessions/{quote(session_id, safe='')}/annotations", body
    )


async def _set_target(call: ServiceCall) -> None:
    runtime = async_get_runtime(call.hass)
    for entity_id in call.data[ATTR_ENTITY_ID]:
        spec = _spec_for(call.hass, runtime, entity_id)
        runtime.send_command(
            {
                "type": "set_target",
                "unique_id": spec.unique_id,
                "device_id": spec.device_id,
                "key": spec.key,
                "value": call.data[ATTR_VALUE],
            }
        )


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the Brewpit services."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_START_SESSION,
        _start_session,
        schema=START_SESSION_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_END_SESSION,
        _end_session,
        schema=END_SESSION_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN, SERVICE_ANNOTATE, _annotate, schema=ANNOTATE_SCHEMA
    )
    hass.services.async_register(
        DOMAIN, SERVICE_SET_TARGET, _set_target, schema=SET_TARGET_SCHEMA
    )
