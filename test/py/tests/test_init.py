"""Tests for setting up, unloading and removing Brewpit, and for its repair issues."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit import panel
from custom_components.brewpit.const import CONF_SHARE, EVENT_LOADED

from .conftest import (
    DEVICE,
    DEVICE_ID,
    DOMAIN,
    HUB_URL,
    brewpit_device,
    connect_hub,
    mock_hub,
    send,
)

PIT = f"brewpit_{DEVICE_ID}_pit"


async def test_setup_retries_while_the_hub_is_away(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """An unreachable hub is not ready yet (Home Assistant retries), with the reason."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/health", exc=TimeoutError())
    config_entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_RETRY
    assert config_entry.error_reason_translation_key == "setup_unreachable"


async def test_setup_with_a_refused_token_asks_for_a_new_one(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A refused token fails setup and starts the reauthentication flow."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/health", json={"status": "ok"})
    aioclient_mock.get(f"{HUB_URL}/api/v1/devices", status=403)
    config_entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_ERROR
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [f["context"]["source"] for f in flows] == ["reauth"]


async def test_setup_fires_loaded_and_registers_the_panel(
    hass: HomeAssistant, config_entry: MockConfigEntry, hub_mock: AiohttpClientMocker
) -> None:
    """The hub hears `brewpit_loaded`; the panel is in the sidebar for every user."""
    events: list[Any] = []
    hass.bus.async_listen(EVENT_LOADED, events.append)
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    assert events[0].data == {"version": "0.1.0"}
    panels = hass.data["frontend_panels"]
    assert panels["brewpit"].require_admin is False
    assert await hass.config_entries.async_unload(config_entry.entry_id)
    assert "brewpit" not in panels


async def test_panel_for_admins_when_not_shared(
    hass: HomeAssistant, hub_mock: AiohttpClientMocker, config_entry: MockConfigEntry
) -> None:
    """With sharing off, only administrators see the panel."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=DOMAIN,
        data=config_entry.data,
        options={CONF_SHARE: False},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    assert hass.data["frontend_panels"]["brewpit"].require_admin is True


async def test_missing_panel_is_a_repair_issue(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    hub_mock: AiohttpClientMocker,
    tmp_path: Path,
) -> None:
    """Without its module the panel is not registered, and a repair issue says why."""
    config_entry.add_to_hass(hass)
    with patch.object(panel, "FRONTEND_DIR", tmp_path):
        assert await hass.config_entries.async_setup(config_entry.entry_id)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "panel_missing")
    assert issue is not None
    assert issue.translation_placeholders == {
        "path": str(tmp_path / "brewpit-panel.js")
    }
    assert "brewpit" not in hass.data.get("frontend_panels", {})
    # Once the file is back, the next setup clears the issue.
    await hass.config_entries.async_reload(config_entry.entry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, "panel_missing") is None


async def test_devices_deleted_on_the_hub_are_removed_at_setup(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    hass_ws_client: Any,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A device the hub no longer has goes, with its entities, before they are restored."""
    mock_hub(aioclient_mock, [DEVICE_ID])
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await connect_hub(hass, await hass_ws_client(hass))
    assert await hass.config_entries.async_unload(config_entry.entry_id)
    aioclient_mock.clear_requests()
    mock_hub(aioclient_mock, [])
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    assert brewpit_device(hass, DEVICE_ID) is None
    assert er.async_get(hass).async_get_entity_id("sensor", DOMAIN, PIT) is None
    assert config_entry.runtime_data.specs == {}


async def test_remove_config_entry_device(
    hass: HomeAssistant,
    hub_ws: Any,
    loaded_entry: MockConfigEntry,
    hass_ws_client: Any,
) -> None:
    """A device the hub announces cannot be removed by hand; a stale one can."""
    assert await async_setup_component(hass, "config", {})
    registry = dr.async_get(hass)
    device = brewpit_device(hass, DEVICE_ID)
    client = await hass_ws_client(hass)
    remove = {
        "type": "config/device_registry/remove_config_entry",
        "config_entry_id": loaded_entry.entry_id,
        "device_id": device.id,
    }
    assert not (await send(client, remove))["success"]
    stale = registry.async_get_or_create(
        config_entry_id=loaded_entry.entry_id, identifiers={(DOMAIN, "gone")}
    )
    reply = await send(client, {**remove, "device_id": stale.id})
    assert reply["success"], reply
    assert registry.async_get(stale.id) is None


async def test_remove_entry_forgets_announcements(
    hass: HomeAssistant,
    hub_ws: Any,
    loaded_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """Removing the entry deletes what it stored and its repair issues."""
    await hass.async_block_till_done()
    await hass.config_entries.async_remove(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert not [k for k in hass_storage if k.startswith(f"{DOMAIN}.")]


async def test_hub_away_and_back_logs_once_each_and_raises_an_issue(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One warning when the hub goes, one line when it returns; a long absence is an issue."""
    caplog.set_level(logging.INFO, logger="custom_components.brewpit")
    client = await hass_ws_client(hass)
    await connect_hub(hass, client)
    assert not [r for r in caplog.records if "went away" in r.message]
    await client.close()
    await hass.async_block_till_done()
    assert len([r for r in caplog.records if "went away" in r.message]) == 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=16))
    await hass.async_block_till_done()
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "hub_unreachable")
    assert issue is not None
    assert issue.translation_placeholders == {"url": HUB_URL, "minutes": "15"}
    await connect_hub(hass, await hass_ws_client(hass))
    assert len([r for r in caplog.records if "is back" in r.message]) == 1
    assert len([r for r in caplog.records if "went away" in r.message]) == 1
    assert ir.async_get(hass).async_get_issue(DOMAIN, "hub_unreachable") is None


async def test_hub_that_never_connects_is_an_issue(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """Set up but never connected: the issue appears too (the add-on may be stopped)."""
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=16))
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, "hub_unreachable") is not None


async def test_unit_system_change_reaches_a_level_2_hub(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A hub that speaks units hears when Home Assistant's unit system changes."""
    await hass.config.async_update(unit_system="us_customary")
    await hass.async_block_till_done()
    event = await hub_ws.receive_json()
    assert event["event"] == {
        "type": "ha_config",
        "unit_system": "us_customary",
        "temperature_unit": "°F",
        "language": hass.config.language,
    }
    assert hass.config.units is US_CUSTOMARY_SYSTEM


async def test_devices_upsert_links_via_device(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """A hydrometer announced with `via` hangs under its gateway device."""
    reply = await send(
        hub_ws,
        {
            "type": "brewpit/devices/upsert",
            "devices": [
                {
                    "id": "tilt-red",
                    "name": "Tilt red",
                    "kind": "tilt",
                    "via": DEVICE_ID,
                },
                DEVICE,
            ],
        },
    )
    assert reply["success"]
    child = brewpit_device(hass, "tilt-red")
    parent = brewpit_device(hass, DEVICE_ID)
    assert child.via_device_id == parent.id
