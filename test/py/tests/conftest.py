"""Fixtures for the Brewpit integration tests.

Nothing here imports the integration at module level: coverage starts in `pytest_configure`,
before the test modules import it, so its module-level lines are measured too. The (empty)
`custom_components` namespace is imported first, so that Home Assistant's loader finds this
repository's integrations rather than the test plugin's own `custom_components` folder.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from homeassistant.auth.models import User
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

import custom_components  # noqa: F401  (see below)

from .translation_checks import check_translations  # noqa: F401  (autouse fixture)

pytest_plugins = "pytest_homeassistant_custom_component"

DOMAIN = "brewpit"
COVERAGE_FLOOR = 95
HUB_URL = "http://hub.test:8488"
ADMIN = "admin-token-0123456789"
DEVICE_ID = "2fa91ab8-51e0-4259-a8e5-4cea75446513"
OTHER_DEVICE_ID = "5d1c0f3e-9a57-4a8e-8a0e-7f3b2c1d0e9f"


def pytest_configure(config: pytest.Config) -> None:
    """Measure the integration's coverage in every run; a full run needs COVERAGE_FLOOR %.

    `npm run test:py` runs pytest without coverage options; this turns pytest-cov on with
    the same options `--cov=custom_components/brewpit --cov-report=term-missing` would, and
    adds `--cov-fail-under` when the whole suite runs (not one file or `-k`).
    """
    if config.pluginmanager.has_plugin("_cov") or config.getoption("no_cov"):
        return
    from pytest_cov.plugin import CovPlugin

    options = config.option
    options.cov_source = ["custom_components/brewpit"]
    options.cov_report = {"term-missing": "skip-covered"}
    options.cov_branch = True
    whole = config.args_source is pytest.Config.ArgsSource.TESTPATHS
    if whole and not options.keyword:
        options.cov_fail_under = COVERAGE_FLOOR
    config.pluginmanager.register(CovPlugin(options, config.pluginmanager), "_cov")


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Load custom_components/ in every test."""


def mock_hub(
    aioclient_mock: AiohttpClientMocker,
    devices: list[str] | None = None,
    url: str = HUB_URL,
) -> AiohttpClientMocker:
    """A hub that answers health and the admin device list."""
    aioclient_mock.get(
        f"{url}/api/v1/health", json={"status": "ok", "version": "0.2.0"}
    )
    aioclient_mock.get(
        f"{url}/api/v1/devices",
        json=[{"id": d, "name": d} for d in (devices or [])],
    )
    return aioclient_mock


@pytest.fixture
def hub_mock(aioclient_mock: AiohttpClientMocker) -> AiohttpClientMocker:
    """A hub that answers health and the admin check (with the test device)."""
    return mock_hub(aioclient_mock, [DEVICE_ID])


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
    hub_mock: AiohttpClientMocker,
) -> MockConfigEntry:
    """A set-up Brewpit entry; its HTTP session is the mocked one."""
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


DEVICE = {"id": DEVICE_ID, "name": "smoker-pi", "model": "Edge node", "kind": "edge"}


def entity(uid_suffix: str, platform: str, key: str, **fields: Any) -> dict[str, Any]:
    """An announced entity of the test device."""
    return {
        "unique_id": f"brewpit_{DEVICE_ID}_{uid_suffix}",
        "device_id": DEVICE_ID,
        "platform": platform,
        "key": key,
        **fields,
    }


ENTITIES: list[dict[str, Any]] = [
    entity(
        "pit",
        "sensor",
        "pit",
        name="Pit",
        device_class="temperature",
        unit_of_measurement="°C",
        state_class="measurement",
        suggested_display_precision=1,
        series_id=1,
        role="pit",
    ),
    entity(
        "pit_target",
        "number",
        "pit",
        translation_key="target",
        translation_placeholders={"channel": "Pit"},
        device_class="temperature",
        unit_of_measurement="°C",
        min=0,
        max=500,
        step=0.5,
        mode="box",
    ),
    entity(
        "connectivity",
        "binary_sensor",
        "connectivity",
        translation_key="connectivity",
        device_class="connectivity",
        entity_category="diagnostic",
    ),
    entity(
        "recording",
        "switch",
        "recording",
        translation_key="recording",
        entity_category="config",
    ),
    entity("start_session", "button", "start_session", translation_key="start_session"),
]

type WsClient = Any
type WsSend = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


async def send(client: WsClient, msg: dict[str, Any]) -> dict[str, Any]:
    """Send one WebSocket message and return the answer."""
    await client.send_json_auto_id(msg)
    reply: dict[str, Any] = await client.receive_json()
    return reply


async def connect_hub(hass: HomeAssistant, client: WsClient, **hello: Any) -> None:
    """What the hub does on connect: hello, command channel, device and entities."""
    reply = await send(client, {"type": "brewpit/hello", "version": "0.2.0", **hello})
    assert reply["success"], reply
    await client.send_json_auto_id({"type": "brewpit/commands/subscribe"})
    sub = await client.receive_json()
    assert sub["success"]
    client.commands_id = sub["id"]
    assert (
        await send(client, {"type": "brewpit/devices/upsert", "devices": [DEVICE]})
    )["success"]
    reply = await send(
        client, {"type": "brewpit/entities/upsert", "entities": ENTITIES}
    )
    assert reply["success"], reply
    await hass.async_block_till_done()


@pytest.fixture
async def hub_ws(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
) -> WsClient:
    """The hub's WebSocket: subscribed to commands, device and entities announced."""
    client = await hass_ws_client(hass)
    await connect_hub(hass, client, api=2)
    return client


@pytest.fixture
def admin_user(hass_admin_user: User) -> User:
    """An administrator of Home Assistant."""
    return hass_admin_user


@pytest.fixture
def plain_user(hass_read_only_user: User) -> User:
    """A Home Assistant user who is not an administrator."""
    assert not hass_read_only_user.is_admin
    return hass_read_only_user


def brewpit_device(hass: HomeAssistant, hub_id: str) -> dr.DeviceEntry | None:
    """The Home Assistant device of a hub device, if there is one."""
    [entry] = hass.config_entries.async_entries(DOMAIN)
    return dr.async_get(hass).async_get_device_by_identifier(
        (DOMAIN, hub_id), entry.entry_id
    )
