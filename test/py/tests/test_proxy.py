"""Tests for the panel's commands: one table of hub calls behind one handler."""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.brewpit.const import CONF_SHARE
from custom_components.brewpit.proxy import ADMIN_CALLS, HUB_CALLS

from .conftest import DOMAIN, HUB_URL, send
from .test_authz import COMMANDS

# Each command of the table with a message and the hub call it must become.
CASES: list[tuple[dict[str, Any], str, str, Any]] = [
    (
        {"type": "brewpit/sessions/list", "kind": "cook", "status": "active"},
        "GET",
        "/sessions?kind=cook&status=active",
        None,
    ),
    (
        {"type": "brewpit/sessions/get", "session_id": "a/b"},
        "GET",
        "/sessions/a%2Fb",
        None,
    ),
    (
        {"type": "brewpit/history", "session_id": "s1", "from": 1, "max_points": 50},
        "GET",
        "/sessions/s1/history?from=1&max_points=50",
        None,
    ),
    (
        {"type": "brewpit/chart", "session_id": "s1", "to": 9, "max_points": 50},
        "GET",
        "/sessions/s1/chart?to=9&max_points=50",
        None,
    ),
    (
        {"type": "brewpit/sessions/estimates", "session_id": "s1"},
        "GET",
        "/sessions/s1/estimates",
        None,
    ),
    ({"type": "brewpit/series/list"}, "GET", "/series", None),
    (
        {"type": "brewpit/series/history", "series_id": 3, "from": 1, "to": 2},
        "GET",
        "/series/3/readings?from=1&to=2",
        None,
    ),
    (
        {"type": "brewpit/sessions/create", "kind": "cook", "name": "Brisket"},
        "POST",
        "/sessions",
        {"kind": "cook", "name": "Brisket", "channels": []},
    ),
    (
        {"type": "brewpit/sessions/update", "session_id": "s1", "notes": "Oak"},
        "PATCH",
        "/sessions/s1",
        {"notes": "Oak"},
    ),
    (
        {"type": "brewpit/sessions/end", "session_id": "s1"},
        "POST",
        "/sessions/s1/end",
        None,
    ),
    (
        {"type": "brewpit/sessions/annotate", "session_id": "s1", "text": "Wrapped"},
        "POST",
        "/sessions/s1/annotations",
        {"text": "Wrapped"},
    ),
    ({"type": "brewpit/sources/list"}, "GET", "/sources/ha", None),
    (
        {
            "type": "brewpit/sources/follow",
            "entity_id": "sensor.meater_probe",
            "unit": "°F",
            "explicit": True,
        },
        "POST",
        "/sources/ha",
        {"entity_id": "sensor.meater_probe", "unit": "°F", "explicit": True},
    ),
    (
        {"type": "brewpit/sources/unfollow", "entity_id": "sensor.meater_probe"},
        "DELETE",
        "/sources/ha/sensor.meater_probe",
        None,
    ),
    (
        {"type": "brewpit/sessions/delete", "session_id": "s1"},
        "DELETE",
        "/sessions/s1",
        None,
    ),
    ({"type": "brewpit/nodes/list"}, "GET", "/devices", None),
    ({"type": "brewpit/nodes/pairing"}, "POST", "/pairings", None),
    (
        {"type": "brewpit/nodes/rename", "device_id": "d1", "name": "Smoker"},
        "PATCH",
        "/devices/d1",
        {"name": "Smoker"},
    ),
    (
        {"type": "brewpit/nodes/rotate_token", "device_id": "d1"},
        "POST",
        "/devices/d1/token",
        None,
    ),
    (
        {"type": "brewpit/nodes/remove", "device_id": "d1"},
        "DELETE",
        "/devices/d1",
        None,
    ),
    ({"type": "brewpit/hydrometers/list"}, "GET", "/compat/devices", None),
    ({"type": "brewpit/hydrometers/gateways"}, "GET", "/compat/tokens", None),
    (
        {"type": "brewpit/hydrometers/gateway_create", "name": "Cellar"},
        "POST",
        "/compat/tokens",
        {"name": "Cellar"},
    ),
    (
        {"type": "brewpit/hydrometers/gateway_delete", "gateway_id": "g1"},
        "DELETE",
        "/compat/tokens/g1",
        None,
    ),
    (
        {"type": "brewpit/hydrometers/calibration", "device_id": "d1"},
        "GET",
        "/devices/d1/calibration",
        None,
    ),
    (
        {
            "type": "brewpit/hydrometers/calibrate",
            "device_id": "d1",
            "points": [{"raw": 30, "actual": 1.05}],
        },
        "PUT",
        "/devices/d1/calibration",
        {"points": [{"raw": 30, "actual": 1.05}]},
    ),
    (
        {
            "type": "brewpit/chambers/command",
            "device_id": "d1",
            "command": "stop_profile",
            "params": {"chamber": "ferm1"},
        },
        "POST",
        "/devices/d1/commands",
        {"type": "stop_profile", "params": {"chamber": "ferm1"}},
    ),
    ({"type": "brewpit/alerts/rules"}, "GET", "/alerts/rules", None),
    (
        {
            "type": "brewpit/alerts/rule_create",
            "kind": "above",
            "params": {"value": 90},
        },
        "POST",
        "/alerts/rules",
        {"kind": "above", "params": {"value": 90}},
    ),
    (
        {"type": "brewpit/alerts/rule_delete", "rule_id": 3},
        "DELETE",
        "/alerts/rules/3",
        None,
    ),
]


def test_every_table_row_has_a_case() -> None:
    """The cases below cover the whole table."""
    table = (*HUB_CALLS, *ADMIN_CALLS)
    assert sorted(c[0]["type"] for c in CASES) == sorted(c.type for c in table)


@pytest.mark.parametrize(("msg", "method", "path", "body"), CASES)
async def test_command_becomes_its_hub_call(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    msg: dict[str, Any],
    method: str,
    path: str,
    body: Any,
) -> None:
    """The message's fields land in the path, the query or the body, with the token."""
    aioclient_mock.clear_requests()
    aioclient_mock.request(method, f"{HUB_URL}/api/v1{path}", json={"ok": True})
    reply = await send(await hass_ws_client(hass), msg)
    assert reply["success"], reply
    assert reply["result"] == {"ok": True}
    assert len(aioclient_mock.mock_calls) == 1
    got_method, url, got_body, headers = aioclient_mock.mock_calls[0]
    assert (got_method.upper(), str(url)) == (method, f"{HUB_URL}/api/v1{path}")
    assert got_body == body
    assert headers["Authorization"].startswith("Bearer ")


async def test_session_list_array_is_wrapped(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The hub's bare array becomes `{sessions: [...]}` for the panel."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/sessions", json=[{"id": "s1"}])
    reply = await send(await hass_ws_client(hass), {"type": "brewpit/sessions/list"})
    assert reply["result"] == {"sessions": [{"id": "s1"}]}


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (
            {"status": 404, "json": {"title": "Not found", "detail": "No 'x'"}},
            "not_found",
        ),
        ({"status": 422, "json": {"title": "Bad", "errors": []}}, "invalid_format"),
        ({"status": 409, "json": {"title": "Conflict"}}, "conflict"),
        ({"status": 500, "text": "boom"}, "hub_error"),
        ({"status": 401}, "hub_auth_failed"),
        ({"exc": TimeoutError()}, "hub_unreachable"),
    ],
)
async def test_hub_failures_become_ws_errors(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
    answer: dict[str, Any],
    code: str,
) -> None:
    """A hub problem, a refused token and an unreachable hub each have their code."""
    aioclient_mock.get(f"{HUB_URL}/api/v1/sessions/x", **answer)
    reply = await send(
        await hass_ws_client(hass), {"type": "brewpit/sessions/get", "session_id": "x"}
    )
    assert not reply["success"]
    assert reply["error"]["code"] == code


async def test_problem_detail_is_the_message(
    hass: HomeAssistant,
    hass_ws_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The hub's problem title, detail and field errors reach the panel."""
    aioclient_mock.post(
        f"{HUB_URL}/api/v1/sessions",
        status=422,
        json={
            "title": "Invalid",
            "detail": "bad body",
            "errors": [{"path": "/name", "message": "too long"}],
        },
    )
    reply = await send(
        await hass_ws_client(hass),
        {"type": "brewpit/sessions/create", "kind": "cook", "name": "x" * 3},
    )
    assert reply["error"]["message"] == "Invalid: bad body (/name: too long)"


async def test_commands_answer_not_loaded_without_an_entry(
    hass: HomeAssistant, hass_ws_client: Any, loaded_entry: MockConfigEntry
) -> None:
    """After unloading, every command says Brewpit is not set up."""
    await hass.config_entries.async_unload(loaded_entry.entry_id)
    client = await hass_ws_client(hass)
    for command, (_, fields) in COMMANDS.items():
        reply = await send(client, {"type": command, **fields})
        assert reply["error"]["code"] == "not_loaded", command


async def test_reads_for_admins_only_when_not_shared(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    hass_client: Any,
    config_entry: MockConfigEntry,
    hub_mock: AiohttpClientMocker,
) -> None:
    """With sharing off, a user who is not an admin cannot read; an admin still can."""
    entry = MockConfigEntry(
        domain=config_entry.domain,
        unique_id=config_entry.unique_id,
        data=config_entry.data,
        options={CONF_SHARE: False},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    hub_mock.get(f"{HUB_URL}/api/v1/series", json=[])
    user = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await send(user, {"type": "brewpit/series/list"})
    assert reply["error"]["code"] == "unauthorized"
    reply = await send(user, {"type": "brewpit/live/subscribe"})
    assert reply["error"]["code"] == "unauthorized"
    admin = await hass_ws_client(hass)
    assert (await send(admin, {"type": "brewpit/series/list"}))["success"]
    client = await hass_client(hass_read_only_access_token)
    resp = await client.get(f"/api/{DOMAIN}/sessions/s1/export.csv")
    assert resp.status == 401


async def test_export_streams_the_hubs_csv_and_its_errors(
    hass: HomeAssistant,
    hass_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """The CSV arrives as the hub wrote it; a hub problem keeps its status, else 502."""
    api = f"{HUB_URL}/api/v1/sessions"
    aioclient_mock.get(
        f"{api}/s1/export.csv",
        text="ts,pit\n1,100\n",
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    aioclient_mock.get(
        f"{api}/nope/export.csv", status=404, json={"title": "Not found"}
    )
    aioclient_mock.get(f"{api}/down/export.csv", exc=TimeoutError())
    aioclient_mock.get(f"{api}/bad/export.csv", status=500, text="boom")
    client = await hass_client()
    resp = await client.get(f"/api/{DOMAIN}/sessions/s1/export.csv")
    assert resp.status == 200
    assert await resp.text() == "ts,pit\n1,100\n"
    assert (
        resp.headers["Content-Disposition"] == 'attachment; filename="brewpit-s1.csv"'
    )
    for sid, status in (("nope", 404), ("down", 502), ("bad", 502)):
        resp = await client.get(f"/api/{DOMAIN}/sessions/{sid}/export.csv")
        assert resp.status == status, sid
    await hass.config_entries.async_unload(loaded_entry.entry_id)
    resp = await client.get(f"/api/{DOMAIN}/sessions/s1/export.csv")
    assert resp.status == 503


async def test_export_passes_the_users_time_zone_and_range_on(
    hass: HomeAssistant,
    hass_client: Any,
    loaded_entry: MockConfigEntry,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """`tz`, `from` and `to` reach the hub as the panel sent them; other parameters do not."""
    aioclient_mock.get(
        f"{HUB_URL}/api/v1/sessions/s1/export.csv", text="ts,pit\n", params=None
    )
    client = await hass_client()
    resp = await client.get(
        f"/api/{DOMAIN}/sessions/s1/export.csv",
        params={"tz": "America/Chicago", "from": "5", "to": "9", "token": "x"},
    )
    assert resp.status == 200
    _, url, _, _ = aioclient_mock.mock_calls[-1]
    assert dict(url.query) == {"tz": "America/Chicago", "from": "5", "to": "9"}
