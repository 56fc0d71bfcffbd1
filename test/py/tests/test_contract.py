"""Tests for hub API levels: the handshake, full announcements and numbered events."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import pytest
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers import issue_registry as ir
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.brewpit.const import DOMAIN

from .conftest import DEVICE_ID, OTHER_DEVICE_ID, brewpit_device, entity, send

PIT = f"brewpit_{DEVICE_ID}_pit"


async def test_hello_agrees_on_a_level_and_reports_units(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
) -> None:
    """hello answers versions, the API level both speak, the user's units and events."""
    client = await hass_ws_client(hass)
    reply = await send(
        client, {"type": "brewpit/hello", "version": "0.2.0", "api": 5, "api_min": 1}
    )
    assert reply["success"]
    result = reply["result"]
    assert result["integration_version"] == "0.1.0"
    assert result["ha_version"]
    assert (result["api"], result["api_min"], result["api_max"]) == (2, 1, 2)
    assert result["temperature_unit"] == "°C"
    assert result["unit_system"] == "metric"
    assert result["events"] == {"stream": None, "last_id": 0}
    assert loaded_entry.runtime_data.hub_api == 2


async def test_hub_without_api_level_is_level_1(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
) -> None:
    """Today's hub sends no level: it is served at level 1, with no repair issue."""
    client = await hass_ws_client(hass)
    reply = await send(client, {"type": "brewpit/hello", "version": "0.1.0"})
    assert reply["result"]["api"] == 1
    assert ir.async_get(hass).async_get_issue(DOMAIN, "hub_incompatible") is None


@pytest.mark.parametrize(
    ("api", "api_min", "translation_key"),
    [(9, 3, "hub_too_new"), (0, 0, "hub_too_old")],
)
async def test_incompatible_hub_is_refused_with_a_repair_issue(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    api: int,
    api_min: int,
    translation_key: str,
) -> None:
    """No shared level: hello fails and a repair issue names what to update."""
    client = await hass_ws_client(hass)
    msg = {"type": "brewpit/hello", "version": "9.0.0", "api": max(api, 1)}
    if api == 0:
        # A hub too old for this integration: simulated by raising the floor.
        with (
            patch("custom_components.brewpit.link.API_MIN", 5),
            patch("custom_components.brewpit.contract.API_MIN", 5),
        ):
            reply = await send(client, msg)
    else:
        reply = await send(client, {**msg, "api_min": api_min})
    assert reply["error"]["code"] == "incompatible"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "hub_incompatible")
    assert issue.translation_key == translation_key
    assert issue.translation_placeholders == {
        "hub_version": "9.0.0",
        "integration_version": "0.1.0",
    }
    # A compatible hub clears it.
    assert (await send(client, {"type": "brewpit/hello", "version": "0.2.0"}))[
        "success"
    ]
    assert ir.async_get(hass).async_get_issue(DOMAIN, "hub_incompatible") is None


async def test_announced_removes_what_the_hub_no_longer_has(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """After a full announcement, devices and entities it did not name are removed."""
    other = {"id": OTHER_DEVICE_ID, "name": "fermenter-pi"}
    await send(hub_ws, {"type": "brewpit/devices/upsert", "devices": [other]})
    legacy = "brewpit_session_8d7c2a4e-2c1f-4d8e-9f7a-1b2c3d4e5f60_problem"
    reply = await send(
        hub_ws,
        {
            "type": "brewpit/entities/upsert",
            "entities": [
                entity("x", "sensor", "x", name="X") | {"device_id": OTHER_DEVICE_ID},
                entity("y", "binary_sensor", "y", name="Brisket problem")
                | {"unique_id": legacy},
            ],
        },
    )
    assert reply["success"], reply
    await hass.async_block_till_done()
    keep = [PIT, f"brewpit_{DEVICE_ID}_connectivity"]
    reply = await send(
        hub_ws,
        {"type": "brewpit/announced", "device_ids": [DEVICE_ID], "unique_ids": keep},
    )
    assert reply["result"]["removed_devices"] == [OTHER_DEVICE_ID]
    assert legacy in reply["result"]["removed_entities"]
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    assert registry.async_get_entity_id("binary_sensor", DOMAIN, legacy) is None
    assert (
        registry.async_get_entity_id("switch", DOMAIN, f"brewpit_{DEVICE_ID}_recording")
        is None
    )
    assert registry.async_get_entity_id("sensor", DOMAIN, PIT) is not None
    assert brewpit_device(hass, OTHER_DEVICE_ID) is None


async def test_events_fire_in_order_once_each(
    hass: HomeAssistant, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """Numbered events fire in id order, a resend fires nothing twice, across a reload."""
    fired: list[Any] = []

    # A callback runs in the event loop, in the order the events were fired. A plain function
    # (`fired.append`) would be run on the executor, where two events may land in either order.
    @callback
    def record(event: Event) -> None:
        fired.append(event)

    hass.bus.async_listen("brewpit_alert", record)
    events = [
        {
            "id": 2,
            "event_type": "brewpit_alert",
            "data": {"n": 2},
            "time_fired": 1_763_800_000_000,
        },
        {"id": 1, "event_type": "brewpit_alert", "data": {"n": 1}},
    ]
    reply = await send(
        hub_ws, {"type": "brewpit/events/fire", "stream": "db1", "events": events}
    )
    assert reply["result"] == {"last_id": 2}
    await hass.async_block_till_done()
    assert [e.data["n"] for e in fired] == [1, 2]
    assert fired[1].time_fired_timestamp == 1_763_800_000
    assert await hass.config_entries.async_reload(loaded_entry.entry_id)
    client = hub_ws
    third = {"id": 3, "event_type": "brewpit_alert", "data": {"n": 3}}
    reply = await send(
        client,
        {"type": "brewpit/events/fire", "stream": "db1", "events": [*events, third]},
    )
    assert reply["result"] == {"last_id": 3}
    await hass.async_block_till_done()
    assert [e.data["n"] for e in fired] == [1, 2, 3]
    # A new event log (a fresh hub store) starts its ids over.
    reply = await send(
        client, {"type": "brewpit/events/fire", "stream": "db2", "events": [events[1]]}
    )
    assert reply["result"] == {"last_id": 1}
    await hass.async_block_till_done()
    assert len(fired) == 4


async def test_events_must_be_brewpit_events(hass: HomeAssistant, hub_ws: Any) -> None:
    """The hub cannot fire other integrations' events through Brewpit."""
    reply = await send(
        hub_ws,
        {
            "type": "brewpit/events/fire",
            "stream": "db1",
            "events": [{"id": 1, "event_type": "homeassistant_stop", "data": {}}],
        },
    )
    assert reply["error"]["code"] == "invalid_format"
