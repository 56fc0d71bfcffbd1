"""Who may do what: every Brewpit command, service and view, as an admin and as a plain user.

Writes and everything the hub sends need an administrator; reads of sessions, history and
series are shared with every user on purpose (docs/integration.md, "Who may do what").
"""

from __future__ import annotations

from typing import Any

import pytest
from homeassistant.auth.models import User
from homeassistant.components import websocket_api
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from .conftest import DEVICE_ID, DOMAIN, HUB_URL, send

ADMIN, SHARED = "admin", "shared"

# Every WebSocket command: who may call it, and a valid message.
COMMANDS: dict[str, tuple[str, dict[str, Any]]] = {
    "brewpit/hello": (ADMIN, {"version": "0.2.0"}),
    "brewpit/devices/upsert": (ADMIN, {"devices": []}),
    "brewpit/devices/remove": (ADMIN, {"device_ids": []}),
    "brewpit/entities/upsert": (ADMIN, {"entities": []}),
    "brewpit/entities/remove": (ADMIN, {"unique_ids": []}),
    "brewpit/states": (ADMIN, {"states": []}),
    "brewpit/announced": (ADMIN, {"device_ids": [DEVICE_ID]}),
    "brewpit/events/fire": (ADMIN, {"stream": "s", "events": []}),
    "brewpit/commands/subscribe": (ADMIN, {}),
    "brewpit/sessions/create": (ADMIN, {"kind": "cook", "name": "Brisket"}),
    "brewpit/sessions/update": (ADMIN, {"session_id": "s1", "name": "Ribs"}),
    "brewpit/sessions/end": (ADMIN, {"session_id": "s1"}),
    "brewpit/sessions/annotate": (ADMIN, {"session_id": "s1", "text": "Wrapped"}),
    "brewpit/sessions/delete": (ADMIN, {"session_id": "s1"}),
    "brewpit/nodes/list": (ADMIN, {}),
    "brewpit/nodes/pairing": (ADMIN, {}),
    "brewpit/nodes/rename": (ADMIN, {"device_id": DEVICE_ID, "name": "Smoker"}),
    "brewpit/nodes/rotate_token": (ADMIN, {"device_id": DEVICE_ID}),
    "brewpit/nodes/remove": (ADMIN, {"device_id": DEVICE_ID}),
    "brewpit/hub/info": (ADMIN, {}),
    "brewpit/hydrometers/list": (ADMIN, {}),
    "brewpit/hydrometers/gateways": (ADMIN, {}),
    "brewpit/hydrometers/gateway_create": (ADMIN, {"name": "Cellar"}),
    "brewpit/hydrometers/gateway_delete": (ADMIN, {"gateway_id": "g1"}),
    "brewpit/hydrometers/calibration": (ADMIN, {"device_id": DEVICE_ID}),
    "brewpit/hydrometers/calibrate": (
        ADMIN,
        {"device_id": DEVICE_ID, "points": [{"raw": 30, "actual": 1.05}]},
    ),
    "brewpit/chambers/command": (
        ADMIN,
        {"device_id": DEVICE_ID, "command": "stop_profile", "params": {"chamber": "f"}},
    ),
    "brewpit/alerts/rules": (ADMIN, {}),
    "brewpit/alerts/rule_create": (ADMIN, {"kind": "above", "params": {"value": 90}}),
    "brewpit/alerts/rule_delete": (ADMIN, {"rule_id": 3}),
    "brewpit/sessions/list": (SHARED, {}),
    "brewpit/sessions/get": (SHARED, {"session_id": "s1"}),
    "brewpit/history": (SHARED, {"session_id": "s1"}),
    "brewpit/chart": (SHARED, {"session_id": "s1"}),
    "brewpit/sessions/estimates": (SHARED, {"session_id": "s1"}),
    "brewpit/series/list": (SHARED, {}),
    "brewpit/series/history": (SHARED, {"series_id": 1, "from": 0, "to": 1}),
    "brewpit/live/subscribe": (SHARED, {}),
    "brewpit/sources/list": (SHARED, {}),
    "brewpit/sources/follow": (ADMIN, {"entity_id": "sensor.meater_probe"}),
    "brewpit/sources/unfollow": (ADMIN, {"entity_id": "sensor.meater_probe"}),
}

# Every service: a valid call. All of them change the hub, so all are admin only.
SERVICES: dict[str, dict[str, Any]] = {
    "start_session": {"kind": "cook", "name": "Brisket"},
    "end_session": {"session_id": "s1"},
    "annotate": {"session_id": "s1", "text": "Wrapped"},
    "set_target": {"entity_id": "sensor.smoker_pi_pit", "value": 100},
}


@pytest.fixture
def hub_answers(aioclient_mock: AiohttpClientMocker) -> None:
    """The hub answers every call the table makes."""
    api = f"{HUB_URL}/api/v1"
    aioclient_mock.post(f"{api}/sessions", json={"id": "s1"})
    aioclient_mock.get(f"{api}/sessions", json=[])
    for method in ("get", "patch"):
        getattr(aioclient_mock, method)(f"{api}/sessions/s1", json={"id": "s1"})
    aioclient_mock.post(f"{api}/sessions/s1/end", json={"id": "s1"})
    aioclient_mock.post(f"{api}/sessions/s1/annotations", json={"id": 1})
    aioclient_mock.get(f"{api}/sessions/s1/history", json={"series": []})
    aioclient_mock.get(f"{api}/sessions/s1/chart", json={"series": []})
    aioclient_mock.get(f"{api}/sessions/s1/estimates", json={"channels": []})
    aioclient_mock.get(f"{api}/sessions/s1/export.csv", text="ts,pit\n")
    aioclient_mock.delete(f"{api}/sessions/s1", status=204)
    aioclient_mock.get(f"{api}/series", json=[])
    dev = f"{api}/devices/{DEVICE_ID}"
    aioclient_mock.get(f"{api}/devices", json=[])
    aioclient_mock.post(f"{api}/pairings", json={"code": "ABC-123", "expires_at": 1})
    aioclient_mock.patch(dev, json={"id": DEVICE_ID})
    aioclient_mock.post(f"{dev}/token", json={"device_id": DEVICE_ID, "token": "t"})
    aioclient_mock.delete(dev, status=204)
    aioclient_mock.post(f"{dev}/commands", json={"id": "c1"})
    aioclient_mock.get(f"{dev}/calibration", json={})
    aioclient_mock.put(f"{dev}/calibration", json={})
    aioclient_mock.get(f"{api}/compat/devices", json=[])
    aioclient_mock.get(f"{api}/compat/tokens", json=[])
    aioclient_mock.post(f"{api}/compat/tokens", json={"id": "g1"})
    aioclient_mock.delete(f"{api}/compat/tokens/g1", status=204)
    aioclient_mock.get(f"{api}/alerts/rules", json=[])
    aioclient_mock.post(f"{api}/alerts/rules", json={"id": 3})
    aioclient_mock.delete(f"{api}/alerts/rules/3", status=204)
    aioclient_mock.get(f"{api}/series/1/readings", json={"points": []})
    aioclient_mock.get(f"{api}/sources/ha", json=[])
    aioclient_mock.post(f"{api}/sources/ha", json={"series_id": 1})
    aioclient_mock.delete(f"{api}/sources/ha/sensor.meater_probe", json={})


async def test_matrix_names_every_command_and_service(
    hass: HomeAssistant, loaded_entry: Any
) -> None:
    """A new command or service cannot slip in without its row in this matrix."""
    registered = {
        command
        for command in hass.data[websocket_api.DOMAIN]
        if command.startswith(f"{DOMAIN}/")
    }
    assert registered == set(COMMANDS)
    assert set(hass.services.async_services_for_domain(DOMAIN)) == set(SERVICES)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("as_admin", [True, False], ids=["admin", "user"])
async def test_command_access(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    hub_ws: Any,
    hub_answers: None,
    command: str,
    as_admin: bool,
) -> None:
    """Admins may call every command; a plain user only the shared reads."""
    access, fields = COMMANDS[command]
    token = None if as_admin else hass_read_only_access_token
    client = await hass_ws_client(hass, token) if token else await hass_ws_client(hass)
    reply = await send(client, {"type": command, **fields})
    if as_admin or access == SHARED:
        assert reply["success"], reply
    else:
        assert reply["error"]["code"] == "unauthorized", reply


@pytest.mark.parametrize("service", sorted(SERVICES))
@pytest.mark.parametrize("as_admin", [True, False], ids=["admin", "user"])
async def test_service_access(
    hass: HomeAssistant,
    admin_user: User,
    plain_user: User,
    hub_ws: Any,
    hub_answers: None,
    service: str,
    as_admin: bool,
) -> None:
    """Every Brewpit service is an admin service; automations (no user) may call them."""
    user = admin_user if as_admin else plain_user
    call = hass.services.async_call(
        DOMAIN,
        service,
        SERVICES[service],
        blocking=True,
        context=Context(user_id=user.id),
        return_response=service in ("start_session", "end_session"),
    )
    if as_admin:
        await call
    else:
        with pytest.raises(Unauthorized):
            await call


async def test_service_without_user_is_allowed(
    hass: HomeAssistant, hub_ws: Any
) -> None:
    """An automation's call carries no user and is allowed."""
    await hass.services.async_call(
        DOMAIN,
        "set_target",
        {"entity_id": "sensor.smoker_pi_pit", "value": 90},
        blocking=True,
    )
    assert (await hub_ws.receive_json())["event"]["value"] == 90


@pytest.mark.parametrize("as_admin", [True, False], ids=["admin", "user"])
async def test_export_view_is_a_shared_read(
    hass: HomeAssistant,
    hass_client: Any,
    hass_read_only_access_token: str,
    hub_ws: Any,
    hub_answers: None,
    as_admin: bool,
) -> None:
    """The CSV export is shared like the history it is made of."""
    client = (
        await hass_client()
        if as_admin
        else await hass_client(hass_read_only_access_token)
    )
    resp = await client.get(f"/api/{DOMAIN}/sessions/s1/export.csv")
    assert resp.status == 200
    assert await resp.text() == "ts,pit\n"
