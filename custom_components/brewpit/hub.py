"""HTTP client for the Brewpit hub's admin API."""

from __future__ import annotations

import asyncio
from http import HTTPStatus
from typing import Any

import aiohttp

from .const import HUB_TIMEOUT

API_PREFIX = "/api/v1"


class HubError(Exception):
    """Base class of errors talking to the hub."""


class HubConnectionError(HubError):
    """The hub could not be reached."""


class HubAuthError(HubError):
    """The hub refused the admin token."""


class HubProblemError(HubError):
    """The hub answered with an RFC 9457 problem."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        """Keep the status and the problem body."""
        self.status = status
        self.problem = problem
        super().__init__(self.describe())

    def describe(self) -> str:
        """Return the problem as one line: title, detail and invalid fields."""
        title = str(self.problem.get("title") or f"HTTP {self.status}")
        detail = self.problem.get("detail")
        text = f"{title}: {detail}" if detail else title
        errors = self.problem.get("errors") or []
        fields = "; ".join(
            f"{e.get('path')}: {e.get('message')}"
            for e in errors
            if isinstance(e, dict)
        )
        return f"{text} ({fields})" if fields else text


class BrewpitHub:
    """Calls the hub's HTTP API with the admin token."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        """Keep the session, base URL and admin token."""
        self._session = session
        self.url = url.rstrip("/")
        self._token = token

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> aiohttp.ClientResponse:
        """Send one request and return the response (body not yet read)."""
        headers = {"Authorization": f"Bearer {self._token}"} if auth else {}
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        try:
            return await self._session.request(
                method,
                f"{self.url}{path}",
                json=json,
                params=query,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=HUB_TIMEOUT),
            )
        except (aiohttp.ClientError, TimeoutError, asyncio.CancelledError) as err:
            if isinstance(err, asyncio.CancelledError):
                raise
            raise HubConnectionError(
                f"Cannot reach the hub at {self.url}: {err}"
            ) from err

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Any:
        """Call `API_PREFIX + path` and return the decoded JSON answer."""
        resp = await self._send(
            method, f"{API_PREFIX}{path}", json=json, params=params, auth=auth
        )
        async with resp:
            await raise_for_problem(resp)
            if resp.status == 204:
                return None
            return await resp.json(content_type=None)

    async def stream(self, path: str) -> aiohttp.ClientResponse:
        """GET `API_PREFIX + path` and return the open response for streaming."""
        resp = await self._send("GET", f"{API_PREFIX}{path}")
        try:
            await raise_for_problem(resp)
        except HubError:
            resp.release()
            raise
        return resp

    async def validate(self) -> list[str]:
        """Check the hub answers and accepts the token; return the ids of its devices."""
        health = await self.request("GET", "/health", auth=False)
        if not isinstance(health, dict) or health.get("status") != "ok":
            raise HubConnectionError(f"{self.url} is not a Brewpit hub")
        devices = await self.request("GET", "/devices")
        if not isinstance(devices, list):
            raise HubConnectionError(f"{self.url} answered no device list")
        return [str(d["id"]) for d in devices if isinstance(d, dict) and "id" in d]


async def raise_for_problem(resp: aiohttp.ClientResponse) -> None:
    """Raise the matching HubError for a 4xx/5xx answer."""
    if resp.status < 400:
        return
    if resp.status in (401, 403):
        raise HubAuthError(f"The hub refused the admin token (HTTP {resp.status})")
    try:
        body = await resp.json(content_type=None)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {"title": _status_phrase(resp.status), "status": resp.status}
    raise HubProblemError(resp.status, body)


def _status_phrase(status: int) -> str:
    """`HTTP 502 Bad Gateway` for an answer without a problem body."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
