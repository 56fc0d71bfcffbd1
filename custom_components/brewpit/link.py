"""The hub's live link: availability, one log line each way, and the repair issues about it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.event import async_call_later

from .const import (
    DOMAIN,
    ISSUE_HUB_INCOMPATIBLE,
    ISSUE_HUB_UNREACHABLE,
    UNREACHABLE_ISSUE_AFTER,
)
from .contract import API_MAX, API_MIN, api_overlaps

_LOGGER = logging.getLogger(__package__)


class HubLink:
    """Tracks whether the hub holds its command channel, and says so when that changes.

    A hub that goes away is logged once (warning) and its return once (info); a hub that stays
    away longer than `UNREACHABLE_ISSUE_AFTER` raises a repair issue, cleared when it returns.
    """

    def __init__(
        self, hass: HomeAssistant, url: str, on_change: Callable[[], None]
    ) -> None:
        """Start as not connected; `start` arms the unreachable timer."""
        self._hass = hass
        self._url = url
        self._on_change = on_change
        self._connected = False
        self._was_connected = False
        self._timer: CALLBACK_TYPE | None = None

    @property
    def connected(self) -> bool:
        """Whether the hub's command channel is open."""
        return self._connected

    @callback
    def start(self) -> None:
        """Arm the unreachable timer: the hub is expected to connect soon after setup."""
        self._arm()

    @callback
    def stop(self) -> None:
        """Cancel the timer (the entry unloads); the repair issue, if any, stays."""
        if self._timer is not None:
            self._timer()
            self._timer = None

    @callback
    def set_connected(self, connected: bool) -> None:
        """Record a change of the command channel; no-op when nothing changed."""
        if connected == self._connected:
            return
        self._connected = connected
        if connected:
            self.stop()
            ir.async_delete_issue(self._hass, DOMAIN, ISSUE_HUB_UNREACHABLE)
            if self._was_connected:
                _LOGGER.info("The Brewpit hub at %s is back", self._url)
            self._was_connected = True
        else:
            _LOGGER.warning(
                "The Brewpit hub at %s went away; its entities are unavailable until it returns",
                self._url,
            )
            self._arm()
        self._on_change()

    @callback
    def _arm(self) -> None:
        self.stop()
        self._timer = async_call_later(
            self._hass, UNREACHABLE_ISSUE_AFTER, self._unreachable
        )

    @callback
    def _unreachable(self, _now: datetime) -> None:
        self._timer = None
        ir.async_create_issue(
            self._hass,
            DOMAIN,
            ISSUE_HUB_UNREACHABLE,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=ISSUE_HUB_UNREACHABLE,
            translation_placeholders={
                "url": self._url,
                "minutes": str(int(UNREACHABLE_ISSUE_AFTER.total_seconds() // 60)),
            },
        )


@callback
def check_hub_api(
    hass: HomeAssistant, hub_version: str, api: int, api_min: int, version: str
) -> bool:
    """Whether the hub's API levels overlap ours; raises or clears the repair issue."""
    if api_overlaps(api, api_min):
        ir.async_delete_issue(hass, DOMAIN, ISSUE_HUB_INCOMPATIBLE)
        return True
    _LOGGER.error(
        "The Brewpit hub %s speaks API levels %s-%s; this integration (%s) speaks %s-%s",
        hub_version,
        api_min,
        api,
        version,
        API_MIN,
        API_MAX,
    )
    ir.async_create_issue(
        hass,
        DOMAIN,
        ISSUE_HUB_INCOMPATIBLE,
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        # A hub newer than the integration wants the integration updated, and vice versa.
        translation_key="hub_too_new" if api_min > API_MAX else "hub_too_old",
        translation_placeholders={
            "hub_version": hub_version,
            "integration_version": version,
        },
    )
    return False
