"""Tests for the session services and diagnostics."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import DOMAIN

from .conftest import ADMIN, HUB_URL


async def test_start_session_sends_series_of_sensors(
    hass: HomeAssistant, hub_ws: Any, aioclient_mock: AiohttpClientMocker
) -> None:
    """start_session turns sensors into the hub's series with roles."""
    aioclient_mock.post(
        f"{HUB_URL}/api/v1/sessions", json={"id": "s1", "status": "active"}
    )
    result = await hass.services.async_call(
        DOMAIN,
        "start_session",
        {"kind": "cook", "name": "Brisket", "entity_id": ["sensor.smoker_pi_pit"]},
        blocking=True,
        return_response=True,
    )
    assert result == {"session": {"id": "s1", "status": "active"}}
    body = aioclient_mock.mock_calls[-1][2]
    assert body == {
        "kind": "cook",
        "name": "Brisket",
        "channels": [{"series_id": 1, "role": "pit"}],
    }


async def test_end_session_without_id_ends_the_active_one(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Without an id, end_session ends the only active session."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/sessions", json=[{"id": "s1", "status": "active"}]
    )
    aioclient_mock.post(
        f"{HUB_URL}/api/v1/sessions/s1/end", json={"id": "s1", "status": "ended"}
    )
    await hass.services.async_call(DOMAIN, "end_session", {}, blocking=True)
    assert str(aioclient_mock.mock_calls[-1][1]) == f"{HUB_URL}/api/v1/sessions/s1/end"


async def test_end_session_ambiguous(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Two active sessions and no id: a validation error, nothing ended."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/sessions",
        json=[{"id": "a", "status": "active"}, {"id": "b", "status": "active"}],
    )
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(DOMAIN, "end_session", {}, blocking=True)


async def test_hub_refusal_is_a_translated_error(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The hub's problem detail reaches the user."""
    aioclient_mock.post(
        f"{HUB_URL}/api/v1/sessions/x/annotations",
        status=422,
        json={"title": "Unprocessable", "status": 422, "detail": "session ended"},
    )
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "annotate", {"session_id": "x", "text": "Wrapped"}, blocking=True
        )
    assert err.value.translation_key == "hub_refused"
    assert "session ended" in err.value.translation_placeholders["detail"]


async def test_diagnostics_redact_token(
    hass: HomeAssistant, hass_client: Any, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """Diagnostics never contain the admin token or the hub URL."""
    diag = await get_diagnostics_for_config_entry(hass, hass_client, loaded_entry)
    text = str(diag)
    assert ADMIN not in text
    assert HUB_URL not in text
    assert diag["hub"]["connected"] is True
    assert len(diag["entities"]) == 5


async def test_unload_removes_everything(
    hass: HomeAssistant, hub_ws: Any, loaded_entry: MockConfigEntry
) -> None:
    """Unloading closes the command channel and leaves the entities unavailable."""
    runtime = loaded_entry.runtime_data
    assert runtime.command_subscribers
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert runtime.command_subscribers == []
    assert hass.states.get("sensor.smoker_pi_pit").state == "unavailable"
