"""HTTP client for the Brewpit hub's admin API."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, TypedDict, Unpack

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


class RequestOptions(TypedDict, total=False):
    """What a hub call carries besides its method and path."""

    json: Any
    """The JSON body."""
    params: Mapping[str, Any] | None
    """Query parameters; None values are left out."""
    auth: bool
    """Send the admin token (default); only /health goes without."""


class BrewpitHub:
    """Calls the hub's HTTP API with the admin token."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        """Keep the session, base URL and admin token."""
        self._session = session
        self.url = url.rstrip("/")
        self._token = token

    async def _open(
        self, method: str, path: str, **options: Unpack[RequestOptions]
    ) -> aiohttp.ClientResponse:
        """Send `API_PREFIX + path`; return the response of a success, body not yet read."""
        auth = options.get("auth", True)
        headers = {"Authorization": f"Bearer {self._token}"} if auth else {}
        params = options.get("params") or {}
        query = {k: str(v) for k, v in params.items() if v is not None}
        try:
            resp = await self._session.request(
                method,
                f"{self.url}{API_PREFIX}{path}",
                json=options.get("json"),
                params=query,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=HUB_TIMEOUT),
            )
        except (aiohttp.ClientError, TimeoutError) as err:
            raise HubConnectionError(
                f"Cannot reach the hub at {self.url}: {err}"
            ) from err
        try:
            await raise_for_problem(resp)
        except HubError:
            resp.release()
            raise
        return resp

    async def request(
        self, method: str, path: str, **options: Unpack[RequestOptions]
    ) -> Any:
        """Call `API_PREFIX + path` and return the decoded JSON answer."""
        async with await self._open(method, path, **options) as resp:
            if resp.status == 204:
                return None
            return await resp.json(content_type=None)

    async def stream(
        self, path: str, params: Mapping[str, str] | None = None
    ) -> aiohttp.ClientResponse:
        """GET `API_PREFIX + path` and return the open response for streaming."""
        return await self._open("GET", path, params=params)

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
