"""Which session or channel a service call means: by device, by entity or by name."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_DEVICE_ID,
    ATTR_ENTITY_ID,
    ATTR_FRIENDLY_NAME,
    ATTR_UNIT_OF_MEASUREMENT,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.util.unit_conversion import TemperatureConverter

from .const import ATTR_SESSION, ATTR_SESSION_ID, DOMAIN
from .hub import HubError, HubProblemError
from .models import EntitySpec
from .runtime import BrewpitRuntime


def invalid(key: str, **placeholders: str) -> ServiceValidationError:
    """A translated error about what the caller asked for."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders or None,
    )


async def hub_call(
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


def session_path(session_id: str, tail: str = "") -> str:
    """The hub path of a session (and of something under it)."""
    return f"/sessions/{quote(session_id, safe='')}{tail}"


def spec_for(
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
        raise invalid("not_a_brewpit_entity", entity_id=entity_id)
    return spec


# Domains whose entities may hold a number; anything else is no thermometer or hydrometer.
NUMERIC_DOMAINS = ("sensor", "number", "input_number")


def source_entity(hass: HomeAssistant, entity_id: str) -> dict[str, Any]:
    """What the hub needs to follow a numeric Home Assistant sensor, or a validation error.

    A sensor counts when its state is a number, or when it is unavailable or unknown now but
    has a unit or a state class (a probe that is not plugged in yet).
    """
    state = hass.states.get(entity_id)
    if state is None or state.domain not in NUMERIC_DOMAINS:
        raise invalid("not_a_numeric_sensor", entity_id=entity_id)
    attrs = state.attributes
    unit = attrs.get(ATTR_UNIT_OF_MEASUREMENT)
    if state.state in (STATE_UNAVAILABLE, STATE_UNKNOWN):
        numeric = unit is not None or attrs.get("state_class") is not None
    else:
        try:
            float(state.state)
            numeric = True
        except ValueError:
            numeric = False
    if not numeric:
        raise invalid("not_a_numeric_sensor", entity_id=entity_id)
    body: dict[str, Any] = {"entity_id": entity_id, "explicit": False}
    if isinstance(name := attrs.get(ATTR_FRIENDLY_NAME), str) and name:
        body["name"] = name[:64]
    if isinstance(device_class := attrs.get(ATTR_DEVICE_CLASS), str):
        body["device_class"] = device_class
    if isinstance(unit, str):
        body["unit"] = unit
    return body


def hub_device_id(hass: HomeAssistant, device_id: str) -> str:
    """The hub's id of a Home Assistant device of Brewpit."""
    device = dr.async_get(hass).async_get(device_id)
    for domain, ident in device.identifiers if device else ():
        if domain == DOMAIN:
            return ident
    raise invalid("not_a_brewpit_device", device_id=device_id)


async def _sessions(runtime: BrewpitRuntime, **params: str) -> list[dict[str, Any]]:
    listing = await hub_call(
        runtime, "GET", "/sessions", params={"summary": "false", **params}
    )
    rows = listing.get("sessions", []) if isinstance(listing, dict) else listing
    return [s for s in rows if isinstance(s, dict)]


def _on_devices(
    runtime: BrewpitRuntime, sessions: list[dict[str, Any]], devices: set[str]
) -> list[dict[str, Any]]:
    """The sessions with a channel on one of the devices."""
    series_device = {
        s.series_id: s.device_id
        for s in runtime.specs.values()
        if s.series_id is not None
    }
    return [
        s
        for s in sessions
        if any(
            series_device.get(c.get("series_id")) in devices
            for c in s.get("channels") or []
        )
    ]


async def resolve_session(
    hass: HomeAssistant,
    runtime: BrewpitRuntime,
    data: dict[str, Any],
    *,
    active_only: bool,
) -> str:
    """The session a call names: its id, a Brewpit entity or device, a name, else the only
    active one. A device or entity means the active session on that device."""
    if session_id := data.get(ATTR_SESSION_ID):
        return str(session_id)
    devices: set[str] = set()
    if entity_id := data.get(ATTR_ENTITY_ID):
        spec = spec_for(hass, runtime, entity_id)
        if legacy := spec.legacy_session_id:
            return legacy
        devices.add(spec.device_id)
    if device_id := data.get(ATTR_DEVICE_ID):
        devices.add(hub_device_id(hass, device_id))
    name = data.get(ATTR_SESSION)
    if name is None or devices:
        found = await _sessions(runtime, status="active")
    else:
        found = await _sessions(runtime, q=name)
    if devices:
        found = _on_devices(runtime, found, devices)
    if name is not None:
        found = [
            s for s in found if str(s.get("name", "")).casefold() == name.casefold()
        ]
    active = [s for s in found if s.get("status") == "active"]
    if active_only or len(active) == 1:
        found = active
    if len(found) != 1:
        raise invalid(
            "session_not_found" if not found else "session_ambiguous",
            count=str(len(found)),
        )
    return str(found[0]["id"])


def channel_target(
    hass: HomeAssistant, runtime: BrewpitRuntime, entity_id: str, value: float
) -> dict[str, Any]:
    """The `set_target` command for the channel an entity is about, in the hub's unit.

    The value is in the unit the entity shows (the user's unit system for temperatures);
    the hub speaks SI, so a temperature is converted to the channel's own unit.
    """
    spec = spec_for(hass, runtime, entity_id)
    if (channel := spec.channel_key) is None:
        raise invalid("not_a_channel", entity_id=entity_id)
    native = next(
        (
            s.unit_of_measurement
            for s in runtime.specs.values()
            if s.device_id == spec.device_id
            and s.series_id is not None
            and s.key == channel
        ),
        spec.unit_of_measurement,
    )
    if native in TemperatureConverter.VALID_UNITS:
        state = hass.states.get(entity_id)
        shown = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT) if state else None
        if shown not in TemperatureConverter.VALID_UNITS:
            shown = hass.config.units.temperature_unit
        value = TemperatureConverter.convert(value, shown, native)
    return {
        "type": "set_target",
        "unique_id": spec.unique_id,
        "device_id": spec.device_id,
        "key": channel,
        "value": round(value, 3),
    }
