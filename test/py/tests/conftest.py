"""Fixtures for the Brewpit integration tests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import DOMAIN

pytest_plugins = "pytest_homeassistant_custom_component"

HUB_URL = "http://hub.test:8488"
ADMIN = "admin-token-0123456789"
DEVICE_ID = "2fa91ab8-51e0-4259-a8e5-4cea75446513"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Load custom_components/ in every test."""


@pytest.fixture
def hub_mock(aioclient_mock: AiohttpClientMocker) -> AiohttpClientMocker:
    """A hub that answers health and the admin check."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/health", json={"status": "ok", "version": "0.1.0"}
    )
    aioclient_mock.get(f"{HUB_URL}/api/v1/devices", json=[])
    return aioclient_mock


@pytest.fixture
def config_entry() -> MockConfigEntry:
    """A Brewpit config entry."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="Brewpit",
        unique_id=DOMAIN,
        data={CONF_URL: HUB_URL, CONF_TOKEN: ADMIN},
    )


@pytest.fixture
async def loaded_entry(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> MockConfigEntry:
    """A set-up Brewpit entry; its HTTP session is the mocked one."""
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


DEVICE = {"id": DEVICE_ID, "name": "smoker-pi", "model": "Edge node", "kind": "edge"}
ENTITIES: list[dict[str, Any]] = [
    {
        "unique_id": f"brewpit_{DEVICE_ID}_pit",
        "device_id": DEVICE_ID,
        "platform": "sensor",
        "key": "pit",
        "name": "Pit",
        "device_class": "temperature",
        "unit_of_measurement": "°C",
        "state_class": "measurement",
        "suggested_display_precision": 1,
        "series_id": 1,
        "role": "pit",
    },
    {
        "unique_id": f"brewpit_{DEVICE_ID}_pit_target",
        "device_id": DEVICE_ID,
        "platform": "number",
        "key": "pit",
        "name": "Pit target",
        "device_class": "temperature",
        "unit_of_measurement": "°C",
        "min": 0,
        "max": 500,
        "step": 0.5,
        "mode": "box",
    },
    {
        "unique_id": f"brewpit_{DEVICE_ID}_connectivity",
        "device_id": DEVICE_ID,
        "platform": "binary_sensor",
        "key": "connectivity",
        "translation_key": "connectivity",
        "device_class": "connectivity",
        "entity_category": "diagnostic",
    },
    {
        "unique_id": f"brewpit_{DEVICE_ID}_recording",
        "device_id": DEVICE_ID,
        "platform": "switch",
        "key": "recording",
        "translation_key": "recording",
        "entity_category": "config",
    },
    {
        "unique_id": f"brewpit_{DEVICE_ID}_start_session",
        "device_id": DEVICE_ID,
        "platform": "button",
        "key": "start_session",
        "translation_key": "start_session",
    },
]

type WsSend = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


@pytest.fixture
async def hub_ws(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
):
    """The hub's WebSocket: subscribed to commands, device and entities announced."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "brewpit/hello", "version": "0.1.0"})
    assert (await client.receive_json())["success"]
    await client.send_json_auto_id({"type": "brewpit/commands/subscribe"})
    sub = await client.receive_json()
    assert sub["success"]
    client.commands_id = sub["id"]
    await client.send_json_auto_id(
        {"type": "brewpit/devices/upsert", "devices": [DEVICE]}
    )
    assert (await client.receive_json())["success"]
    await client.send_json_auto_id(
        {"type": "brewpit/entities/upsert", "entities": ENTITIES}
    )
    assert (await client.receive_json())["success"]
    await hass.async_block_till_done()
    return client
