"""Tests for the Brewpit config flow."""

from __future__ import annotations

from homeassistant.config_entries import SOURCE_HASSIO, SOURCE_USER
from homeassistant.const import CONF_TOKEN, CONF_URL
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.hassio import HassioServiceInfo
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import DOMAIN

from .conftest import ADMIN, HUB_URL


async def test_user_flow_creates_entry(
    hass: HomeAssistant, hub_mock: AiohttpClientMocker
) -> None:
    """A reachable hub that accepts the token creates the entry."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: f"{HUB_URL}/", CONF_TOKEN: ADMIN}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {CONF_URL: HUB_URL, CONF_TOKEN: ADMIN}
    # The admin call carried the token.
    assert hub_mock.mock_calls[-1][3]["Authorization"] == f"Bearer {ADMIN}"


async def test_user_flow_invalid_auth(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    """A refused token is reported as invalid_auth."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/health", json={"status": "ok"})
    aioclient_mock.get(f"{HUB_URL}/api/v1/devices", status=401)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: HUB_URL, CONF_TOKEN: "wrong"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "invalid_auth"}


async def test_user_flow_cannot_connect(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    """An unreachable hub is reported as cannot_connect."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/health", exc=TimeoutError())
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: HUB_URL, CONF_TOKEN: ADMIN}
    )
    assert result["errors"] == {"base": "cannot_connect"}


async def test_single_entry(hass: HomeAssistant, config_entry: MockConfigEntry) -> None:
    """A second entry is refused."""
    config_entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] in ("already_configured", "single_instance_allowed")


async def test_hassio_discovery(
    hass: HomeAssistant, aioclient_mock: AiohttpClientMocker
) -> None:
    """The add-on's discovery creates the entry after confirmation."""
    url = "http://local-brewpit:8488"
    aioclient_mock.get(f"{url}/api/v1/health", json={"status": "ok"})
    aioclient_mock.get(f"{url}/api/v1/devices", json=[])
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_HASSIO},
        data=HassioServiceInfo(
            config={"host": "local-brewpit", "port": 8488, "admin_token": ADMIN},
            name="Brewpit hub",
            slug="brewpit",
            uuid="1234",
        ),
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "hassio_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {CONF_URL: url, CONF_TOKEN: ADMIN}
