"""Tests for the entity platforms, what the hub may announce, and what survives a restart."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.hub import (
    BrewpitHub,
    HubConnectionError,
    HubProblemError,
)

from .conftest import DEVICE, DEVICE_ID, DOMAIN, HUB_URL, entity, send

MODE = entity(
    "mode",
    "select",
    "mode",
    name="Mode",
    options=["auto", "manual"],
    entity_category="config",
)


async def _command(
    hass: HomeAssistant, hub_ws: Any, domain: str, service: str, **data: Any
) -> dict[str, Any]:
    await hass.services.async_call(domain, service, data, blocking=True)
    event: dict[str, Any] = (await hub_ws.receive_json())["event"]
    return event


async def test_button_switch_and_select_send_commands(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Each platform's action is one command on the hub's channel; the state follows."""
    assert (
        await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [MODE]})
    )["success"]
    await hass.async_block_till_done()
    press = await _command(
        hass, hub_ws, "button", "press", entity_id="button.smoker_pi_start_session"
    )
    assert (press["type"], press["key"]) == ("press", "start_session")
    for service, value in (("turn_off", False), ("turn_on", True)):
        event = await _command(
            hass, hub_ws, "switch", service, entity_id="switch.smoker_pi_recording"
        )
        assert (event["type"], event["value"]) == ("set_switch", value)
        assert hass.states.get("switch.smoker_pi_recording").state == (
            "on" if value else "off"
        )
    event = await _command(
        hass,
        hub_ws,
        "select",
        "select_option",
        entity_id="select.smoker_pi_mode",
        option="manual",
    )
    assert (event["type"], event["option"]) == ("select_option", "manual")
    state = hass.states.get("select.smoker_pi_mode")
    assert state.state == "manual"
    assert state.attributes["options"] == ["auto", "manual"]


async def test_unknown_states_are_unknown(hass: HomeAssistant, hub_ws: Any) -> None:
    """Before the hub publishes anything, switch and select are unknown, not off."""
    assert (
        await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [MODE]})
    )["success"]
    await hass.async_block_till_done()
    assert hass.states.get("select.smoker_pi_mode").state == "unknown"
    assert hass.states.get("switch.smoker_pi_recording").state == "unknown"
    # A state for an entity that was never announced changes nothing.
    reply = await send(
        hub_ws,
        {"type": "brewpit/states", "states": [{"unique_id": "ghost", "state": 1}]},
    )
    assert reply["success"]
    assert hass.states.get("sensor.ghost") is None


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (entity("a", "sensor", "a", state_class="sometimes"), "state_class"),
        (
            entity("a", "switch", "a", name="A", state_class="measurement"),
            "state_class",
        ),
        (entity("a", "number", "a", name="A", mode="dial"), "mode"),
        (entity("a", "select", "a", name="A"), "options"),
        (entity("a", "button", "a"), "name or translation_key"),
        (entity("a", "climate", "a", name="A", options=["warp"]), "hvac modes"),
        (entity("a", "sensor", "a", translation_key="Has Spaces"), "translation_key"),
        (entity("a", "light", "a", name="A"), "platform"),
    ],
)
async def test_invalid_announcements_are_refused(
    hass: HomeAssistant, hub_ws: Any, spec: dict[str, Any], message: str
) -> None:
    """An entity the integration cannot make is refused, naming what is wrong."""
    reply = await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [spec]})
    assert not reply["success"]
    assert message in reply["error"]["message"]


async def test_announcements_survive_a_restart(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    config_entry: MockConfigEntry,
    hub_mock: AiohttpClientMocker,
) -> None:
    """What the hub announced before is restored at setup, unavailable until it connects."""
    hass_storage[f"{DOMAIN}.{config_entry.entry_id}"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.{config_entry.entry_id}",
        "data": {
            "devices": [DEVICE | {"retired": "field"}],
            "entities": [
                entity(
                    "pit_target",
                    "number",
                    "pit",
                    translation_key="target",
                    translation_placeholders={"channel": "Pit"},
                )
            ],
        },
    }
    hass_storage[f"{DOMAIN}.{config_entry.entry_id}.events"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.{config_entry.entry_id}.events",
        "data": {"stream": "db1", "last_id": 41},
    }
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    runtime = config_entry.runtime_data
    assert runtime.devices[DEVICE_ID].name == "smoker-pi"
    assert (runtime.events.stream, runtime.events.last_id) == ("db1", 41)
    state = hass.states.get("number.smoker_pi_pit_target")
    assert state.state == STATE_UNAVAILABLE
    assert state.name == "smoker-pi Pit target"


async def test_hub_client_answers(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    """No content is None; a device list that is no list, or a status without a body, is an error."""
    from homeassistant.helpers.aiohttp_client import async_get_clientsession

    hub = BrewpitHub(async_get_clientsession(hass), f"{HUB_URL}/", "t")
    aioclient_mock.delete(f"{HUB_URL}/api/v1/x", status=204)
    assert await hub.request("DELETE", "/x") is None
    aioclient_mock.get(f"{HUB_URL}/api/v1/health", json={"status": "ok"})
    aioclient_mock.get(f"{HUB_URL}/api/v1/devices", json={"devices": []})
    with pytest.raises(HubConnectionError):
        await hub.validate()
    aioclient_mock.get(f"{HUB_URL}/api/v1/odd", status=599, text="?")
    with pytest.raises(HubProblemError) as err:
        await hub.request("GET", "/odd")
    assert err.value.describe() == "HTTP 599"
