"""Tests for the Brewpit config flow: user, discovery, reauthentication, reconfiguration."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.config_entries import SOURCE_HASSIO, SOURCE_USER, ConfigEntryState
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.hassio import HassioServiceInfo
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import CONF_SHARE

from .conftest import ADMIN, DEVICE_ID, DOMAIN, HUB_URL, mock_hub

ADDON_URL = "http://local-brewpit:8488"


def _discovery(token: str = ADMIN) -> HassioServiceInfo:
    return HassioServiceInfo(
        config={"host": "local-brewpit", "port": 8488, "admin_token": token},
        name="Brewpit hub",
        slug="brewpit",
        uuid="1234",
    )


def _fail(aioclient_mock: AiohttpClientMocker, how: str, url: str = HUB_URL) -> None:
    """Make the hub fail the way the form should report."""
    aioclient_mock.clear_requests()
    if how == "cannot_connect":
        aioclient_mock.get(f"{url}/api/v1/health", exc=TimeoutError())
    elif how == "invalid_auth":
        aioclient_mock.get(f"{url}/api/v1/health", json={"status": "ok"})
        aioclient_mock.get(f"{url}/api/v1/devices", status=401)
    elif how == "not_a_hub":
        aioclient_mock.get(f"{url}/api/v1/health", json={"hello": "world"})
    else:
        aioclient_mock.get(f"{url}/api/v1/health", json={"status": "ok"})
        aioclient_mock.get(f"{url}/api/v1/devices", status=500, json={"title": "Boom"})


@pytest.mark.parametrize(
    ("how", "error"),
    [
        ("cannot_connect", "cannot_connect"),
        ("not_a_hub", "cannot_connect"),
        ("invalid_auth", "invalid_auth"),
        ("unknown", "unknown"),
    ],
)
async def test_user_flow_recovers_from_errors(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker, how: str, error: str
) -> None:
    """Each failure shows its error on the form; fixing it creates the entry."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    _fail(aioclient_mock, how)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: HUB_URL, CONF_TOKEN: "wrong"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": error}
    aioclient_mock.clear_requests()
    mock_hub(aioclient_mock)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: f"{HUB_URL}/", CONF_TOKEN: ADMIN}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {CONF_URL: HUB_URL, CONF_TOKEN: ADMIN}
    # The admin call carried the token.
    assert aioclient_mock.mock_calls[-1][3]["Authorization"] == f"Bearer {ADMIN}"


async def test_second_entry_is_refused(
    hass: HomeAssistant, config_entry: MockConfigEntry
) -> None:
    """One hub per Home Assistant."""
    config_entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_hassio_discovery_recovers_from_an_error(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    """The add-on's discovery asks to confirm; a hub not up yet can be retried."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_HASSIO}, data=_discovery()
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "hassio_confirm"
    _fail(aioclient_mock, "cannot_connect", ADDON_URL)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["errors"] == {"base": "cannot_connect"}
    aioclient_mock.clear_requests()
    mock_hub(aioclient_mock, url=ADDON_URL)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {CONF_URL: ADDON_URL, CONF_TOKEN: ADMIN}


async def test_hassio_discovery_updates_a_configured_hub(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Rediscovering a configured hub updates its address and token, then reloads."""
    mock_hub(aioclient_mock, [DEVICE_ID])
    mock_hub(aioclient_mock, [DEVICE_ID], url=ADDON_URL)
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_HASSIO}, data=_discovery("new-token")
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert config_entry.data == {CONF_URL: ADDON_URL, CONF_TOKEN: "new-token"}
    await hass.async_block_till_done()
    assert config_entry.state is ConfigEntryState.LOADED
    assert config_entry.runtime_data.hub.url == ADDON_URL


async def test_reauth_recovers_from_a_wrong_token(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A refused token starts reauthentication; the right token reloads the entry."""
    _fail(aioclient_mock, "invalid_auth")
    config_entry.add_to_hass(hass)
    await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_ERROR
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == "reauth"
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {CONF_TOKEN: "still-wrong"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "invalid_auth"}
    aioclient_mock.clear_requests()
    mock_hub(aioclient_mock)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_TOKEN: "fresh-token"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert config_entry.data[CONF_TOKEN] == "fresh-token"
    await hass.async_block_till_done()
    assert config_entry.state is ConfigEntryState.LOADED


async def test_reconfigure_recovers_from_an_error(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Reconfigure checks the new address, shows the error, then saves and reloads."""
    new_url = "http://other.test:8488"
    result = await loaded_entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    _fail(aioclient_mock, "cannot_connect", new_url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: new_url, CONF_TOKEN: ADMIN}
    )
    assert result["errors"] == {"base": "cannot_connect"}
    aioclient_mock.clear_requests()
    mock_hub(aioclient_mock, url=new_url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: f"{new_url}/", CONF_TOKEN: "t2"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert loaded_entry.data == {CONF_URL: new_url, CONF_TOKEN: "t2"}


async def test_options_choose_who_reads(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, hub_mock: Any
) -> None:
    """Sharing is on by default; turning it off keeps the panel for admins."""
    assert loaded_entry.runtime_data.shared
    result = await hass.config_entries.options.async_init(loaded_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_SHARE: False}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert loaded_entry.options == {CONF_SHARE: False}
    assert not loaded_entry.runtime_data.shared
