"""Tests for the services: sessions picked by device, entity or name; targets in the user's unit."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from .conftest import (
    ADMIN,
    DEVICE_ID,
    DOMAIN,
    HUB_URL,
    OTHER_DEVICE_ID,
    brewpit_device,
    entity,
    send,
)

API = f"{HUB_URL}/api/v1"
LEGACY_SID = "8d7c2a4e-2c1f-4d8e-9f7a-1b2c3d4e5f60"


def _session(
    sid: str, name: str, series: int, status: str = "active"
) -> dict[str, Any]:
    return {
        "id": sid,
        "name": name,
        "status": status,
        "channels": [{"series_id": series, "role": "meat"}],
    }


@pytest.fixture
async def two_devices(hass: HomeAssistant, hub_ws: Any) -> Any:
    """A second device with a probe (series 2) next to the smoker's pit (series 1)."""
    await send(
        hub_ws,
        {
            "type": "brewpit/devices/upsert",
            "devices": [{"id": OTHER_DEVICE_ID, "name": "kettle-pi"}],
        },
    )
    probe = entity(
        "meat1", "sensor", "meat1", name="Meat 1", series_id=2, role="meat"
    ) | {
        "unique_id": f"brewpit_{OTHER_DEVICE_ID}_meat1",
        "device_id": OTHER_DEVICE_ID,
    }
    legacy = entity(
        "eta", "sensor", "eta", name="Brisket time to target", device_class="timestamp"
    ) | {
        "unique_id": f"brewpit_session_{LEGACY_SID}_2_eta",
        "device_id": OTHER_DEVICE_ID,
    }
    reply = await send(
        hub_ws, {"type": "brewpit/entities/upsert", "entities": [probe, legacy]}
    )
    assert reply["success"], reply
    await hass.async_block_till_done()
    return hub_ws


@pytest.fixture
def active(aioclient_mock: AiohttpClientMocker) -> AiohttpClientMocker:
    """Two active sessions, one per device; ending or annotating either works."""
    aioclient_mock.get(
        f"{API}/sessions",
        json=[_session("s1", "Pork butt", 1), _session("s2", "Brisket", 2)],
    )
    for sid in ("s1", "s2", LEGACY_SID):
        aioclient_mock.post(
            f"{API}/sessions/{sid}/end", json={"id": sid, "status": "ended"}
        )
        aioclient_mock.post(f"{API}/sessions/{sid}/annotations", json={"id": 1})
    return aioclient_mock


def _last_url(aioclient_mock: AiohttpClientMocker) -> str:
    return str(aioclient_mock.mock_calls[-1][1])


async def test_start_session_sends_series_with_protocol_roles(
    hass: HomeAssistant, hub_ws: Any, aioclient_mock: AiohttpClientMocker
) -> None:
    """start_session turns sensors into the hub's series with their roles."""
    aioclient_mock.post(f"{API}/sessions", json={"id": "s1", "status": "active"})
    result = await hass.services.async_call(
        DOMAIN,
        "start_session",
        {
            "kind": "cook",
            "name": "Brisket",
            "entity_id": ["sensor.smoker_pi_pit"],
            "notes": "Oak",
        },
        blocking=True,
        return_response=True,
    )
    assert result == {"session": {"id": "s1", "status": "active"}}
    assert aioclient_mock.mock_calls[-1][2] == {
        "kind": "cook",
        "name": "Brisket",
        "channels": [{"series_id": 1, "role": "pit"}],
        "notes": "Oak",
    }


async def test_start_session_refuses_what_is_no_reading(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Only reading sensors can take part; anything else is a validation error."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "start_session",
            {"kind": "cook", "name": "X", "entity_id": ["number.smoker_pi_pit_target"]},
            blocking=True,
        )
    assert err.value.translation_key == "not_a_series"
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "start_session",
            {"kind": "cook", "name": "X", "entity_id": ["sun.sun"]},
            blocking=True,
        )
    assert err.value.translation_key == "not_a_numeric_sensor"


async def test_start_session_follows_any_numeric_sensor(
    hass: HomeAssistant, hub_ws: Any, aioclient_mock: AiohttpClientMocker
) -> None:
    """A thermometer Home Assistant already reads is followed by the hub, then takes part."""
    hass.states.async_set(
        "sensor.meater_probe_internal",
        "151.3",
        {
            "unit_of_measurement": "°F",
            "device_class": "temperature",
            "friendly_name": "MEATER Internal",
        },
    )
    aioclient_mock.post(
        f"{API}/sources/ha", json={"series_id": 7, "role": "meat", "unit": "°C"}
    )
    aioclient_mock.post(f"{API}/sessions", json={"id": "s1", "status": "active"})
    await hass.services.async_call(
        DOMAIN,
        "start_session",
        {
            "kind": "cook",
            "name": "Brisket",
            "entity_id": ["sensor.smoker_pi_pit", "sensor.meater_probe_internal"],
        },
        blocking=True,
        return_response=True,
    )
    follow, start = aioclient_mock.mock_calls[-2], aioclient_mock.mock_calls[-1]
    assert str(follow[1]).endswith("/sources/ha")
    assert follow[2] == {
        "entity_id": "sensor.meater_probe_internal",
        "explicit": False,
        "name": "MEATER Internal",
        "device_class": "temperature",
        "unit": "°F",
    }
    assert start[2]["channels"] == [
        {"series_id": 1, "role": "pit"},
        {"series_id": 7, "role": "meat"},
    ]


async def test_start_session_refuses_a_sensor_without_numbers(
    hass: HomeAssistant, hub_ws: Any, aioclient_mock: AiohttpClientMocker
) -> None:
    """A text sensor is refused before anything is followed or started."""
    hass.states.async_set(
        "sensor.meater_probe_internal", "151", {"unit_of_measurement": "°F"}
    )
    hass.states.async_set("sensor.grill_mode", "smoking")
    calls = len(aioclient_mock.mock_calls)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "start_session",
            {
                "kind": "cook",
                "name": "X",
                "entity_id": ["sensor.meater_probe_internal", "sensor.grill_mode"],
            },
            blocking=True,
        )
    assert err.value.translation_key == "not_a_numeric_sensor"
    assert len(aioclient_mock.mock_calls) == calls


@pytest.mark.parametrize(
    ("pick", "ended"),
    [
        ({"entity_id": "sensor.smoker_pi_pit"}, "s1"),
        ({"entity_id": "sensor.kettle_pi_meat_1"}, "s2"),
        ({"session": "brisket"}, "s2"),
        ({"session_id": "s1"}, "s1"),
        ({"entity_id": "sensor.kettle_pi_brisket_time_to_target"}, LEGACY_SID),
    ],
)
async def test_end_session_by_entity_name_or_id(
    hass: HomeAssistant,
    two_devices: Any,
    active: AiohttpClientMocker,
    pick: dict[str, Any],
    ended: str,
) -> None:
    """An entity means its device's active session; a name matches regardless of case."""
    result = await hass.services.async_call(
        DOMAIN, "end_session", pick, blocking=True, return_response=True
    )
    assert result == {"session": {"id": ended, "status": "ended"}}
    assert _last_url(active) == f"{API}/sessions/{ended}/end"


async def test_end_session_by_device(
    hass: HomeAssistant, two_devices: Any, active: AiohttpClientMocker
) -> None:
    """A Brewpit device means its active session."""
    device = brewpit_device(hass, OTHER_DEVICE_ID)
    await hass.services.async_call(
        DOMAIN, "end_session", {"device_id": device.id}, blocking=True
    )
    assert _last_url(active) == f"{API}/sessions/s2/end"


async def test_end_session_refuses_a_foreign_device(
    hass: HomeAssistant,
    two_devices: Any,
    active: AiohttpClientMocker,
    config_entry: MockConfigEntry,
) -> None:
    """A device of another integration is a validation error, nothing is ended."""
    other = MockConfigEntry(domain="demo")
    other.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("demo", "x")}
    )
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "end_session", {"device_id": device.id}, blocking=True
        )
    assert err.value.translation_key == "not_a_brewpit_device"


@pytest.mark.parametrize(
    ("pick", "key"),
    [({}, "session_ambiguous"), ({"session": "Ribs"}, "session_not_found")],
)
async def test_end_session_needs_exactly_one(
    hass: HomeAssistant,
    two_devices: Any,
    active: AiohttpClientMocker,
    pick: dict[str, Any],
    key: str,
) -> None:
    """Two active sessions and no pick, or a name nobody has: a validation error."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(DOMAIN, "end_session", pick, blocking=True)
    assert err.value.translation_key == key
    assert not any(str(c[1]).endswith("/end") for c in active.mock_calls)


async def test_end_session_without_pick_ends_the_only_active_one(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """With one active session, no pick is needed."""
    aioclient_mock.get(
        f"{API}/sessions", json={"sessions": [_session("s1", "Ribs", 1)]}
    )
    aioclient_mock.post(f"{API}/sessions/s1/end", json={"id": "s1"})
    await hass.services.async_call(DOMAIN, "end_session", {}, blocking=True)
    assert _last_url(aioclient_mock) == f"{API}/sessions/s1/end"
    assert "status=active" in str(aioclient_mock.mock_calls[-2][1])


async def test_annotate_an_ended_session_by_name(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A note may go to an ended session named by its name, at a given time."""
    aioclient_mock.get(
        f"{API}/sessions", json=[_session("old", "Stout", 1, status="ended")]
    )
    aioclient_mock.post(f"{API}/sessions/old/annotations", json={"id": 3})
    await hass.services.async_call(
        DOMAIN,
        "annotate",
        {"session": "Stout", "text": "Kegged", "ts": "2026-11-01T12:00:00+00:00"},
        blocking=True,
    )
    assert aioclient_mock.mock_calls[-1][2] == {
        "text": "Kegged",
        "ts": 1_793_534_400_000,
    }
    assert "q=Stout" in str(aioclient_mock.mock_calls[-2][1])


async def test_hub_refusal_is_a_translated_error(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The hub's problem detail reaches the user."""
    aioclient_mock.post(
        f"{API}/sessions/x/annotations",
        status=422,
        json={"title": "Unprocessable", "status": 422, "detail": "session ended"},
    )
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "annotate", {"session_id": "x", "text": "Wrapped"}, blocking=True
        )
    assert err.value.translation_key == "hub_refused"
    assert "session ended" in err.value.translation_placeholders["detail"]


async def test_unreachable_hub_is_a_translated_error(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A hub that does not answer is said so."""
    aioclient_mock.post(f"{API}/sessions/x/end", exc=TimeoutError())
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "end_session", {"session_id": "x"}, blocking=True
        )
    assert err.value.translation_key == "hub_unreachable"


async def test_set_target_in_fahrenheit_reaches_the_hub_in_celsius(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A °F user sets 203 °F on a probe; the hub gets 95 °C for that channel."""
    await hass.config.async_update(unit_system="us_customary")
    await hass.async_block_till_done()
    assert (await hub_ws.receive_json())["event"]["type"] == "ha_config"
    # Both entities show the user's unit once they write their next state.
    states = [
        {"unique_id": f"brewpit_{DEVICE_ID}_pit", "state": 100},
        {"unique_id": f"brewpit_{DEVICE_ID}_pit_target", "state": 90},
    ]
    assert (await send(hub_ws, {"type": "brewpit/states", "states": states}))["success"]
    assert (
        hass.states.get("sensor.smoker_pi_pit").attributes["unit_of_measurement"]
        == "°F"
    )
    for entity_id in ("sensor.smoker_pi_pit", "number.smoker_pi_pit_target"):
        await hass.services.async_call(
            DOMAIN, "set_target", {"entity_id": entity_id, "value": 203}, blocking=True
        )
        event = (await hub_ws.receive_json())["event"]
        assert event == {
            "type": "set_target",
            "unique_id": event["unique_id"],
            "device_id": DEVICE_ID,
            "key": "pit",
            "value": 95.0,
        }


async def test_set_target_on_a_per_channel_entity(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A session entity that names its channel targets that channel."""
    eta = entity(
        "pit_time_to_target",
        "sensor",
        "pit_time_to_target",
        translation_key="time_to_target",
        translation_placeholders={"channel": "Pit"},
        device_class="timestamp",
        channel="pit",
    )
    assert (await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [eta]}))[
        "success"
    ]
    await hass.async_block_till_done()
    await hass.services.async_call(
        DOMAIN,
        "set_target",
        {"entity_id": "sensor.smoker_pi_pit_time_to_target", "value": 110},
        blocking=True,
    )
    assert (await hub_ws.receive_json())["event"]["key"] == "pit"


async def test_set_target_refuses_an_entity_of_no_channel(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A switch is about no channel: a validation error, nothing sent."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "set_target",
            {
                "entity_id": ["sensor.smoker_pi_pit", "switch.smoker_pi_recording"],
                "value": 1,
            },
            blocking=True,
        )
    assert err.value.translation_key == "not_a_channel"


async def test_set_target_needs_the_hub(hass: HomeAssistant, hub_ws: Any) -> None:
    """With the hub away the command cannot go out: a translated error."""
    await hub_ws.close()
    await hass.async_block_till_done()
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN,
            "set_target",
            {"entity_id": "sensor.smoker_pi_pit", "value": 1},
            blocking=True,
        )
    assert err.value.translation_key == "hub_not_connected"


async def test_services_need_a_loaded_entry(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """After unloading, the services say Brewpit is not set up."""
    await hass.config_entries.async_unload(loaded_entry.entry_id)
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "end_session", {"session_id": "s"}, blocking=True
        )
    assert err.value.translation_key == "not_loaded"


async def test_diagnostics_redact_token(
    hass: HomeAssistant, hass_client: Any, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """Diagnostics never contain the admin token or the hub URL."""
    diag = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    text = str(diag)
    assert ADMIN not in text
    assert HUB_URL not in text
    assert diag["hub"]["connected"] is True
    assert diag["hub"]["api"] == 2
    assert len(diag["entities"]) == 5
    assert diag["devices"][0]["id"] == DEVICE_ID


async def test_start_session_follows_a_probe_not_plugged_in_yet(
    hass: HomeAssistant, hub_ws: Any, aioclient_mock: AiohttpClientMocker
) -> None:
    """An unavailable sensor with a state class is a probe waiting for its plug."""
    hass.states.async_set(
        "sensor.ibt_4xs_probe_2", "unavailable", {"state_class": "measurement"}
    )
    hass.states.async_set("sensor.ibt_4xs_mode", "unknown")
    aioclient_mock.post(f"{API}/sources/ha", json={"series_id": 9})
    aioclient_mock.post(f"{API}/sessions", json={"id": "s1", "status": "active"})
    await hass.services.async_call(
        DOMAIN,
        "start_session",
        {"kind": "cook", "name": "Ribs", "entity_id": ["sensor.ibt_4xs_probe_2"]},
        blocking=True,
    )
    follow, start = aioclient_mock.mock_calls[-2], aioclient_mock.mock_calls[-1]
    assert follow[2] == {"entity_id": "sensor.ibt_4xs_probe_2", "explicit": False}
    assert start[2]["channels"] == [{"series_id": 9, "role": "other"}]
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "start_session",
            {"kind": "cook", "name": "X", "entity_id": ["sensor.ibt_4xs_mode"]},
            blocking=True,
        )
    assert err.value.translation_key == "not_a_numeric_sensor"
