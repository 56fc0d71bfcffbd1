"""Tests for the WebSocket commands the hub and the panel use."""

from __future__ import annotations

from typing import Any

from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.brewpit.const import DOMAIN

from .conftest import DEVICE, DEVICE_ID, brewpit_device, entity, send

PIT = f"brewpit_{DEVICE_ID}_pit"


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
    reply = await send(
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
    await send(
        hub_ws,
        {
            "type": "brewpit/states",
            "states": [{"unique_id": PIT, "state": None, "available": False}],
        },
    )
    assert hass.states.get("sensor.smoker_pi_pit").state == STATE_UNAVAILABLE
    await send(
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


async def set_pit_target(hass: HomeAssistant, hub_ws: Any, value: float) -> Any:
    """Call brewpit.set_target on the pit sensor; return the message the hub receives."""
    await hass.services.async_call(
        DOMAIN,
        "set_target",
        {"entity_id": "sensor.smoker_pi_pit", "value": value},
        blocking=True,
    )
    return await hub_ws.receive_json()


async def test_set_target_service(hass: HomeAssistant, hub_ws: Any) -> None:
    """brewpit.set_target on a sensor sends that channel's target."""
    event = await set_pit_target(hass, hub_ws, 110)
    assert event["event"]["type"] == "set_target"
    assert event["event"]["key"] == "pit"
    assert event["event"]["value"] == 110.0


async def test_hub_disconnect_makes_entities_unavailable(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """When the hub's socket closes, every Brewpit entity becomes unavailable."""
    await send(
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


async def test_resubscribing_never_flaps_the_entities(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A hub re-announcing opens a new command channel, then closes the old one.

    A command in between goes out once, on the new channel, and nothing makes the entities
    unavailable.
    """
    await send(
        hub_ws, {"type": "brewpit/states", "states": [{"unique_id": PIT, "state": 100}]}
    )
    seen: list[str] = []
    hass.bus.async_listen(
        "state_changed",
        lambda e: (
            seen.append(e.data["new_state"].state)
            if e.data["entity_id"] == "sensor.smoker_pi_pit"
            else None
        ),
    )
    old = hub_ws.commands_id
    new = (await send(hub_ws, {"type": "brewpit/commands/subscribe"}))["id"]
    event = await set_pit_target(hass, hub_ws, 110)
    assert event["id"] == new
    assert event["event"]["value"] == 110.0
    # The next message the hub gets is the answer to its own, not the command again.
    assert (await send(hub_ws, {"type": "ping"}))["type"] == "pong"

    reply = await send(hub_ws, {"type": "unsubscribe_events", "subscription": old})
    assert reply["success"], reply
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smoker_pi_pit").state == "100"
    assert STATE_UNAVAILABLE not in seen


async def test_entities_remove_really_removes(hass: HomeAssistant, hub_ws: Any) -> None:
    """Removed entities leave both the state machine and the entity registry."""
    reply = await send(hub_ws, {"type": "brewpit/entities/remove", "unique_ids": [PIT]})
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
    reply = await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [bad]})
    assert not reply["success"]
    assert "warp_drive" in reply["error"]["message"]


async def test_entities_survive_reload(
    hass: HomeAssistant, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """After a reload, announced entities come back (unavailable until the hub returns)."""
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smoker_pi_pit").state == STATE_UNAVAILABLE


async def test_live_subscription_forwards_states(
    hass: HomeAssistant, hass_ws_client: Any, hub_ws: Any
) -> None:
    """The panel's live subscription receives the states the hub publishes."""
    panel = await hass_ws_client(hass)
    sub = await send(panel, {"type": "brewpit/live/subscribe"})
    assert sub["success"]
    await send(
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
    reply = await send(
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
    reply = await send(
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


async def test_devices_remove_takes_the_entities(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A device the hub deleted leaves with all its entities."""
    reply = await send(
        hub_ws, {"type": "brewpit/devices/remove", "device_ids": [DEVICE_ID]}
    )
    assert reply["result"] == {"removed": 1}
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smoker_pi_pit") is None
    assert brewpit_device(hass, DEVICE_ID) is None


async def test_entities_of_an_unknown_device_are_refused(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Entities must follow their device's announcement."""
    bad = entity("z", "sensor", "z", name="Z") | {"device_id": "nobody"}
    reply = await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [bad]})
    assert reply["error"]["code"] == "invalid_format"
    assert "nobody" in reply["error"]["message"]


async def test_changed_announcement_renames_the_entity(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A channel renamed on the hub renames its target number (placeholders re-read)."""
    state = hass.states.get("number.smoker_pi_pit_target")
    assert state.name == "smoker-pi Pit target"
    renamed = entity(
        "pit_target",
        "number",
        "pit",
        translation_key="target",
        translation_placeholders={"channel": "Firebox"},
        device_class="temperature",
        unit_of_measurement="°C",
    )
    assert (
        await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [renamed]})
    )["success"]
    await hass.async_block_till_done()
    assert (
        hass.states.get("number.smoker_pi_pit_target").name
        == "smoker-pi Firebox target"
    )


async def test_level_1_names_and_icons_still_work(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Today's hub sends English names and icons: names are kept, icons come from icons.json."""
    old = entity(
        "meat1_target",
        "number",
        "meat1",
        name="Brisket target",
        icon="mdi:target",
        device_class="temperature",
        unit_of_measurement="°C",
    )
    assert (await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": [old]}))[
        "success"
    ]
    await hass.async_block_till_done()
    state = hass.states.get("number.smoker_pi_brisket_target")
    assert state.name == "smoker-pi Brisket target"
    assert "icon" not in state.attributes


async def test_rarely_needed_entities_start_disabled(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """Raw gravity and signal strength are registered disabled; gravity is enabled."""
    await send(hub_ws, {"type": "brewpit/devices/upsert", "devices": [DEVICE]})
    specs = [
        entity("gravity", "sensor", "gravity", translation_key="gravity", series_id=7),
        entity(
            "gravity_raw",
            "sensor",
            "gravity_raw",
            translation_key="gravity_raw",
            series_id=8,
        ),
        entity(
            "rssi",
            "sensor",
            "rssi",
            translation_key="rssi",
            device_class="signal_strength",
            unit_of_measurement="dBm",
        ),
    ]
    assert (await send(hub_ws, {"type": "brewpit/entities/upsert", "entities": specs}))[
        "success"
    ]
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    enabled = {
        key: registry.async_get(
            registry.async_get_entity_id("sensor", DOMAIN, f"brewpit_{DEVICE_ID}_{key}")
        ).disabled_by
        is None
        for key in ("gravity", "gravity_raw", "rssi")
    }
    assert enabled == {"gravity": True, "gravity_raw": False, "rssi": False}
