"""Tests for the climate platform: a fermentation chamber on an edge node."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.components.climate import (
    ATTR_CURRENT_TEMPERATURE,
    ATTR_HVAC_ACTION,
    ATTR_HVAC_MODES,
    ATTR_MAX_TEMP,
    ATTR_MIN_TEMP,
    ClimateEntityFeature,
)
from homeassistant.const import (
    ATTR_SUPPORTED_FEATURES,
    ATTR_TEMPERATURE,
    STATE_UNAVAILABLE,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er

from custom_components.brewpit.const import DOMAIN

from .conftest import DEVICE_ID

UID = f"brewpit_{DEVICE_ID}_ferm1_climate"
ENTITY_ID = "climate.smoker_pi_fermenter_1"
CLIMATE = {
    "unique_id": UID,
    "device_id": DEVICE_ID,
    "platform": "climate",
    "key": "ferm1",
    "name": "Fermenter 1",
    "translation_key": "chamber",
    "unit_of_measurement": "°C",
    "options": ["off", "heat", "cool", "heat_cool"],
    "min": -5,
    "max": 40,
    "step": 0.1,
}
ATTRS = {
    "current_temperature": 18.6,
    "target_temperature": 19.0,
    "hvac_action": "cooling",
    "manual_target": 19.0,
    "fault": None,
    "profile": "ale",
    "profile_step": 2,
    "profile_steps": 5,
}


async def _send(client: Any, msg: dict[str, Any]) -> dict[str, Any]:
    await client.send_json_auto_id(msg)
    return await client.receive_json()


@pytest.fixture
async def chamber(hass: HomeAssistant, hub_ws: Any) -> Any:
    """The hub's socket with a chamber announced and its state published."""
    reply = await _send(
        hub_ws, {"type": "brewpit/entities/upsert", "entities": [CLIMATE]}
    )
    assert reply["success"], reply
    await _publish(hub_ws, "heat_cool", ATTRS)
    return hub_ws


async def _publish(
    client: Any, state: str, attributes: dict[str, Any], available: bool = True
) -> None:
    reply = await _send(
        client,
        {
            "type": "brewpit/states",
            "states": [
                {
                    "unique_id": UID,
                    "state": state,
                    "attributes": attributes,
                    "available": available,
                }
            ],
        },
    )
    assert reply["success"], reply


async def test_chamber_state(hass: HomeAssistant, chamber: Any) -> None:
    """The entity shows the mode, temperatures and action the hub published."""
    assert er.async_get(hass).async_get_entity_id("climate", DOMAIN, UID) == ENTITY_ID
    state = hass.states.get(ENTITY_ID)
    assert state.state == "heat_cool"
    assert state.attributes[ATTR_CURRENT_TEMPERATURE] == 18.6
    assert state.attributes[ATTR_TEMPERATURE] == 19.0
    assert state.attributes[ATTR_HVAC_ACTION] == "cooling"
    assert state.attributes[ATTR_HVAC_MODES] == ["off", "heat", "cool", "heat_cool"]
    assert state.attributes[ATTR_MIN_TEMP] == -5
    assert state.attributes[ATTR_MAX_TEMP] == 40
    assert state.attributes["profile"] == "ale"
    assert state.attributes["profile_step"] == 2
    assert state.attributes[ATTR_SUPPORTED_FEATURES] == (
        ClimateEntityFeature.TARGET_TEMPERATURE
        | ClimateEntityFeature.TURN_ON
        | ClimateEntityFeature.TURN_OFF
    )


async def test_set_temperature_sends_command_and_waits_for_the_node(
    hass: HomeAssistant, chamber: Any
) -> None:
    """set_temperature pushes set_temperature; the state moves only when the hub says so."""
    await hass.services.async_call(
        "climate",
        "set_temperature",
        {"entity_id": ENTITY_ID, ATTR_TEMPERATURE: 17.5},
        blocking=True,
    )
    event = await chamber.receive_json()
    assert event["id"] == chamber.commands_id
    assert event["event"] == {
        "type": "set_temperature",
        "unique_id": UID,
        "device_id": DEVICE_ID,
        "key": "ferm1",
        "value": 17.5,
    }
    assert hass.states.get(ENTITY_ID).attributes[ATTR_TEMPERATURE] == 19.0
    await _publish(chamber, "heat_cool", {**ATTRS, "target_temperature": 17.5})
    assert hass.states.get(ENTITY_ID).attributes[ATTR_TEMPERATURE] == 17.5


async def test_set_temperature_with_mode_sends_mode_first(
    hass: HomeAssistant, chamber: Any
) -> None:
    """A set_temperature naming a mode sends the mode, then the target."""
    await hass.services.async_call(
        "climate",
        "set_temperature",
        {"entity_id": ENTITY_ID, ATTR_TEMPERATURE: 12, "hvac_mode": "cool"},
        blocking=True,
    )
    first = (await chamber.receive_json())["event"]
    second = (await chamber.receive_json())["event"]
    assert (first["type"], first["value"]) == ("set_hvac_mode", "cool")
    assert (second["type"], second["value"]) == ("set_temperature", 12.0)


async def test_target_out_of_range_is_refused(
    hass: HomeAssistant, chamber: Any
) -> None:
    """A target beyond the chamber's range never reaches the hub."""
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "climate",
            "set_temperature",
            {"entity_id": ENTITY_ID, ATTR_TEMPERATURE: 80},
            blocking=True,
        )


async def test_hvac_mode_turn_off_and_on(hass: HomeAssistant, chamber: Any) -> None:
    """Mode changes go to the hub; turn_on restores the mode the chamber ran last."""
    await hass.services.async_call(
        "climate",
        "set_hvac_mode",
        {"entity_id": ENTITY_ID, "hvac_mode": "off"},
        blocking=True,
    )
    assert (await chamber.receive_json())["event"]["value"] == "off"
    await _publish(chamber, "cool", ATTRS)
    await _publish(chamber, "off", {**ATTRS, "hvac_action": "off"})
    assert hass.states.get(ENTITY_ID).attributes[ATTR_HVAC_ACTION] == "off"
    await hass.services.async_call(
        "climate", "turn_on", {"entity_id": ENTITY_ID}, blocking=True
    )
    event = (await chamber.receive_json())["event"]
    assert (event["type"], event["value"]) == ("set_hvac_mode", "cool")
    await hass.services.async_call(
        "climate", "turn_off", {"entity_id": ENTITY_ID}, blocking=True
    )
    assert (await chamber.receive_json())["event"]["value"] == "off"


async def test_mode_the_chamber_lacks_is_refused(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Only the announced hvac modes are offered."""
    cool_only = {**CLIMATE, "options": ["off", "cool"]}
    assert (
        await _send(
            hub_ws, {"type": "brewpit/entities/upsert", "entities": [cool_only]}
        )
    )["success"]
    await _publish(hub_ws, "cool", ATTRS)
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "climate",
            "set_hvac_mode",
            {"entity_id": ENTITY_ID, "hvac_mode": "heat"},
            blocking=True,
        )


async def test_fault_makes_the_chamber_unavailable(
    hass: HomeAssistant, chamber: Any
) -> None:
    """The hub marks a chamber in the safe state unavailable."""
    await _publish(
        chamber, "heat_cool", {**ATTRS, "fault": "sensor_failed"}, available=False
    )
    assert hass.states.get(ENTITY_ID).state == STATE_UNAVAILABLE


async def test_climate_without_modes_is_rejected(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A climate announcement needs valid hvac modes."""
    for options in ([], ["off", "dry_ice"]):
        reply = await _send(
            hub_ws,
            {
                "type": "brewpit/entities/upsert",
                "entities": [{**CLIMATE, "options": options}],
            },
        )
        assert not reply["success"]


async def test_unknown_mode_and_action_read_as_unknown(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A mode or action Home Assistant lacks is unknown; turn_on then picks the widest."""
    reply = await _send(
        hub_ws, {"type": "brewpit/entities/upsert", "entities": [CLIMATE]}
    )
    assert reply["success"], reply
    await _publish(hub_ws, "defrost", {**ATTRS, "hvac_action": "dancing"})
    state = hass.states.get(ENTITY_ID)
    assert state.state == "unknown"
    assert state.attributes.get(ATTR_HVAC_ACTION) is None
    await hass.services.async_call(
        "climate", "turn_on", {"entity_id": ENTITY_ID}, blocking=True
    )
    event = (await hub_ws.receive_json())["event"]
    assert (event["type"], event["value"]) == ("set_hvac_mode", "heat_cool")
