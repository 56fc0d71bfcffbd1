"""HTTP views: the CSV export of a session, behind Home Assistant's authentication."""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import quote

from aiohttp import web
from homeassistant.components.http import KEY_HASS, KEY_HASS_USER, HomeAssistantView
from homeassistant.exceptions import HomeAssistantError

from .hub import HubAuthError, HubConnectionError, HubProblemError
from .proxy import Access, check_access
from .runtime import async_get_runtime

# The export's own query (the user's time zone, a range) passes through; nothing else does.
EXPORT_QUERY = ("tz", "from", "to")


def _export_query(request: web.Request) -> dict[str, str]:
    """The export query parameters the hub understands, as the browser sent them."""
    return {k: request.query[k] for k in EXPORT_QUERY if k in request.query}


class SessionExportView(HomeAssistantView):
    """`GET /api/brewpit/sessions/{session_id}/export.csv`: the hub's CSV, streamed."""

    url = "/api/brewpit/sessions/{session_id}/export.csv"
    name = "api:brewpit:session_export"

    async def get(self, request: web.Request, session_id: str) -> web.StreamResponse:
        """Stream the hub's export (a shared read, like the panel's history)."""
        hass = request.app[KEY_HASS]
        try:
            runtime = async_get_runtime(hass)
        except HomeAssistantError as err:
            return self.json_message(str(err), HTTPStatus.SERVICE_UNAVAILABLE)
        check_access(runtime, Access.SHARED, request[KEY_HASS_USER].is_admin)
        try:
            upstream = await runtime.hub.stream(
                f"/sessions/{quote(session_id, safe='')}/export.csv",
                params=_export_query(request),
            )
        except HubProblemError as err:
            status = err.status if err.status < 500 else HTTPStatus.BAD_GATEWAY
            return self.json_message(err.describe(), status)
        except (HubAuthError, HubConnectionError) as err:
            return self.json_message(str(err), HTTPStatus.BAD_GATEWAY)
        async with upstream:
            response = web.StreamResponse(
                headers={
                    "Content-Type": upstream.headers.get("Content-Type", "text/csv"),
                    "Content-Disposition": upstream.headers.get(
                        "Content-Disposition",
                        f'attachment; filename="brewpit-{session_id}.csv"',
                    ),
                }
            )
            await response.prepare(request)
            async for chunk in upstream.content.iter_chunked(64 * 1024):
                await response.write(chunk)
            await response.write_eof()
            return response
