"""Tests for the WebSocket commands the hub and the panel use."""

from __future__ import annotations

from typing import Any

from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import DOMAIN

from .conftest import DEVICE_ID, HUB_URL

PIT = f"brewpit_{DEVICE_ID}_pit"


async def _send(client: Any, msg: dict[str, Any]) -> dict[str, Any]:
    await client.send_json_auto_id(msg)
    return await client.receive_json()


async def test_hello_reports_versions(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
) -> None:
    """hello answers with the integration and Home Assistant versions."""
    client = await hass_ws_client(hass)
    reply = await _send(client, {"type": "brewpit/hello", "version": "0.1.0"})
    assert reply["success"]
    assert reply["result"]["integration_version"] == "0.1.0"
    assert reply["result"]["ha_version"]


async def test_announced_entities_and_states(hass: HomeAssistant, hub_ws: Any) -> None:
    """Entities get one device, device classes, categories, and the published states."""
    ent_reg = er.async_get(hass)
    entity_id = ent_reg.async_get_entity_id("sensor", DOMAIN, PIT)
    assert entity_id == "sensor.smoker_pi_pit"
    entry = ent_reg.async_get(entity_id)
    device = dr.async_get(hass).async_get(entry.device_id)
    assert device.identifiers == {(DOMAIN, DEVICE_ID)}
    assert device.name == "smoker-pi"
    conn_id = ent_reg.async_get_entity_id(
        "binary_sensor", DOMAIN, f"brewpit_{DEVICE_ID}_connectivity"
    )
    assert ent_reg.async_get(conn_id).entity_category == er.EntityCategory.DIAGNOSTIC

    # No reading yet: known entity, unknown state.
    assert hass.states.get(entity_id).state == STATE_UNKNOWN
    reply = await _send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [
                {"unique_id": PIT, "state": 107.5, "series_id": 1, "ts": 1},
                {"unique_id": f"brewpit_{DEVICE_ID}_connectivity", "state": True},
            ],
        },
    )
    assert reply["success"]
    state = hass.states.get(entity_id)
    assert state.state == "107.5"
    assert state.attributes["unit_of_measurement"] == "°C"
    assert state.attributes["device_class"] == "temperature"
    assert state.attributes["state_class"] == "measurement"
    assert hass.states.get(conn_id).state == "on"


async def test_flagged_reading_is_never_a_value(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """An unplugged probe is unavailable; a spike is unknown with its status."""
    await _send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [{"unique_id": PIT, "state": None, "available": False}],
        },
    )
    assert hass.states.get("sensor.smoker_pi_pit").state == STATE_UNAVAILABLE
    await _send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [
                {"unique_id": PIT, "state": None, "attributes": {"status": "spike"}}
            ],
        },
    )
    state = hass.states.get("sensor.smoker_pi_pit")
    assert state.state == STATE_UNKNOWN
    assert state.attributes["status"] == "spike"


async def test_number_sends_command_to_hub(hass: HomeAssistant, hub_ws: Any) -> None:
    """Setting a target pushes a set_value command on the hub's subscription."""
    await hass.services.async_call(
        "number",
        "set_value",
        {"entity_id": "number.smoker_pi_pit_target", "value": 95},
        blocking=True,
    )
    event = await hub_ws.receive_json()
    assert event["id"] == hub_ws.commands_id
    assert event["type"] == "event"
    assert event["event"] == {
        "type": "set_value",
        "unique_id": f"brewpit_{DEVICE_ID}_pit_target",
        "device_id": DEVICE_ID,
        "key": "pit",
        "value": 95.0,
    }
    assert hass.states.get("number.smoker_pi_pit_target").state == "95.0"


async def test_set_target_service(hass: HomeAssistant, hub_ws: Any) -> None:
    """brewpit.set_target on a sensor sends that channel's target."""
    await hass.services.async_call(
        DOMAIN,
        "set_target",
        {"entity_id": "sensor.smoker_pi_pit", "value": 110},
        blocking=True,
    )
    event = await hub_ws.receive_json()
    assert event["event"]["type"] == "set_target"
    assert event["event"]["key"] == "pit"
    assert event["event"]["value"] == 110.0


async def test_hub_disconnect_makes_entities_unavailable(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """When the hub's socket closes, every Brewpit entity becomes unavailable."""
    await _send(
        hub_ws, {"type": "brewpit/states", "states": [{"unique_id": PIT, "state": 100}]}
    )
    assert hass.states.get("sensor.smoker_pi_pit").state == "100"
    await hub_ws.close()
    await hass.async_block_till_done()
    for entity_id in (
        "sensor.smoker_pi_pit",
        "number.smoker_pi_pit_target",
        "switch.smoker_pi_recording",
    ):
        assert hass.states.get(entity_id).state == STATE_UNAVAILABLE


async def test_entities_remove_really_removes(hass: HomeAssistant, hub_ws: Any) -> None:
    """Removed entities leave both the state machine and the entity registry."""
    reply = await _send(
        hub_ws, {"type": "brewpit/entities/remove", "unique_ids": [PIT]}
    )
    assert reply["result"] == {"removed": [PIT]}
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smoker_pi_pit") is None
    assert er.async_get(hass).async_get_entity_id("sensor", DOMAIN, PIT) is None


async def test_entities_upsert_rejects_bad_device_class(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """An invalid device class is refused, naming the field."""
    bad = {
        "unique_id": "brewpit_x_y",
        "device_id": DEVICE_ID,
        "platform": "sensor",
        "key": "y",
        "device_class": "warp_drive",
    }
    reply = await _send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [bad]})
    assert not reply["success"]
    assert "warp_drive" in reply["error"]["message"]


async def test_hub_commands_need_admin(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    loaded_entry,
) -> None:
    """Only an admin (the hub) may announce entities."""
    client = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await _send(client, {"type": "brewpit/states", "states": []})
    assert reply["error"]["code"] == "unauthorized"


async def test_entities_survive_reload(
    hass: HomeAssistant, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """After a reload, announced entities come back (unavailable until the hub returns)."""
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smoker_pi_pit").state == STATE_UNAVAILABLE


async def test_panel_session_list_proxies_to_hub(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Any logged-in user can list sessions; the hub's array is wrapped."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/sessions", json=[{"id": "s1", "status": "active"}]
    )
    client = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await _send(client, {"type": "brewpit/sessions/list", "status": "active"})
    assert reply["result"] == {"sessions": [{"id": "s1", "status": "active"}]}
    assert str(aioclient_mock.mock_calls[-1][1]).endswith(
        "/api/v1/sessions?status=active"
    )


async def test_panel_session_estimates_proxies_to_hub(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Any logged-in user can read a session's estimates, passed through as the hub says."""
    estimates = {
        "session_id": "s 1",
        "kind": "cook",
        "as_of": 5,
        "channels": [{"series_id": 2, "status": "ok", "eta": 9, "stall": None}],
        "brew": [],
    }
    aioclient_mock.get(f"{HUB_URL}/api/v1/sessions/s%201/estimates", json=estimates)
    client = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await _send(
        client, {"type": "brewpit/sessions/estimates", "session_id": "s 1"}
    )
    assert reply["result"] == estimates
    missing = await _send(client, {"type": "brewpit/sessions/estimates"})
    assert missing["error"]["code"] == "invalid_format"


async def test_panel_hub_problem_becomes_ws_error(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The hub's problem detail is the WebSocket error's message."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/sessions/nope",
        status=404,
        json={"title": "Not found", "status": 404, "detail": "No session 'nope'"},
    )
    client = await hass_ws_client(hass)
    reply = await _send(client, {"type": "brewpit/sessions/get", "session_id": "nope"})
    assert reply["error"] == {
        "code": "not_found",
        "message": "Not found: No session 'nope'",
    }


async def test_panel_create_needs_admin(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    loaded_entry,
) -> None:
    """Creating a session is an admin action."""
    client = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await _send(
        client, {"type": "brewpit/sessions/create", "kind": "cook", "name": "Brisket"}
    )
    assert reply["error"]["code"] == "unauthorized"


async def test_live_subscription_forwards_states(
    hass: HomeAssistant, hass_ws_client: Any, hub_ws: Any
) -> None:
    """The panel's live subscription receives the states the hub publishes."""
    panel = await hass_ws_client(hass)
    sub = await _send(panel, {"type": "brewpit/live/subscribe"})
    assert sub["success"]
    await _send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [{"unique_id": PIT, "state": 99.5, "series_id": 1, "ts": 5}],
        },
    )
    event = await panel.receive_json()
    assert event["event"] == {
        "states": [{"unique_id": PIT, "state": 99.5, "series_id": 1, "ts": 5}]
    }


async def test_timestamp_sensor_takes_an_iso_state(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A time-to-target sensor gets the hub's ISO string as a timestamp state."""
    eta = f"brewpit_session_s1_{DEVICE_ID}_eta"
    reply = await _send(
        hub_ws,
        {
            "type": "brewpit/entities/upsert",
            "entities": [
                {
                    "unique_id": eta,
                    "device_id": DEVICE_ID,
                    "platform": "sensor",
                    "key": "session_s1_eta",
                    "name": "Brisket time to target",
                    "device_class": "timestamp",
                }
            ],
        },
    )
    assert reply["success"]
    entity_id = er.async_get(hass).async_get_entity_id("sensor", DOMAIN, eta)
    reply = await _send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [{"unique_id": eta, "state": "2026-11-22T14:00:00.000Z"}],
        },
    )
    assert reply["success"]
    state = hass.states.get(entity_id)
    assert state.state == "2026-11-22T14:00:00+00:00"
    assert state.attributes["device_class"] == "timestamp"
