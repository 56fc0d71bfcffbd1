"""Hub events fired on Home Assistant's bus in order and once each, across restarts.

The hub numbers the events of its store (`id`, increasing within a `stream`, the identity of the
hub's event log) and resends what Home Assistant has not acknowledged. The relay fires an event
only when its id is past the last one fired for that stream, and saves that id before it
answers, so a resend after a lost answer or a restart of either side fires nothing twice.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store

from .const import DOMAIN, STORAGE_VERSION


class EventRelay:
    """Fires numbered hub events and remembers the last one fired per stream."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Start with nothing fired; `async_load` restores the last ids."""
        self._hass = hass
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry_id}.events"
        )
        self.stream: str | None = None
        self.last_id = 0

    async def async_load(self) -> None:
        """Restore the stream and last id fired."""
        data = await self._store.async_load() or {}
        self.stream = data.get("stream")
        self.last_id = int(data.get("last_id", 0))

    async def async_remove_storage(self) -> None:
        """Forget what was fired (the entry is being removed)."""
        await self._store.async_remove()

    async def async_fire(self, stream: str, events: list[dict[str, Any]]) -> int:
        """Fire the events not fired yet, oldest first; return the last id fired."""
        if stream != self.stream:
            # A new event log (a fresh hub store): its ids start over.
            self.stream, self.last_id = stream, 0
        fired = False
        for event in sorted(events, key=lambda e: int(e["id"])):
            if event["id"] <= self.last_id:
                continue
            time_fired = event.get("time_fired")
            self._hass.bus.async_fire(
                event["event_type"],
                event["data"],
                time_fired=None if time_fired is None else time_fired / 1000,
            )
            self.last_id = event["id"]
            fired = True
        if fired:
            await self._store.async_save({"stream": stream, "last_id": self.last_id})
        return self.last_id
