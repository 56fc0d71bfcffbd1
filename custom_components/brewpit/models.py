"""What the hub announces, as the integration keeps it: devices, entity specs, states."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from homeassistant.components.websocket_api import ActiveConnection, messages

from .contract import DISABLED_BY_DEFAULT, LEGACY_SESSION_UID


@dataclass(frozen=True, slots=True, kw_only=True)
class DeviceSpec:
    """One Home Assistant device as the hub announced it (an edge node or hydrometer)."""

    id: str
    name: str
    model: str | None = None
    sw_version: str | None = None
    kind: str = "edge"
    via: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeviceSpec:
        """Build from a validated WebSocket or storage dict."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def as_dict(self) -> dict[str, Any]:
        """Return the spec for storage and diagnostics."""
        return asdict(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySpec:
    """One entity as the hub announced it; the platform builds its description from this."""

    unique_id: str
    device_id: str
    platform: str
    key: str
    name: str | None = None
    translation_key: str | None = None
    translation_placeholders: tuple[tuple[str, str], ...] | None = None
    device_class: str | None = None
    unit_of_measurement: str | None = None
    state_class: str | None = None
    entity_category: str | None = None
    suggested_display_precision: int | None = None
    options: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    mode: str | None = None
    series_id: int | None = None
    role: str | None = None
    channel: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpec:
        """Build from a validated WebSocket or storage dict (unknown keys are dropped)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if known.get("options") is not None:
            known["options"] = tuple(known["options"])
        if (placeholders := known.get("translation_placeholders")) is not None:
            known["translation_placeholders"] = tuple(sorted(placeholders.items()))
        return cls(**known)

    def as_dict(self) -> dict[str, Any]:
        """Return the spec without unset fields, for storage and diagnostics."""
        out = {k: v for k, v in asdict(self).items() if v is not None}
        if self.options is not None:
            out["options"] = list(self.options)
        if self.translation_placeholders is not None:
            out["translation_placeholders"] = self.placeholders
        return out

    @property
    def placeholders(self) -> dict[str, str]:
        """The translation placeholders as a dict."""
        return dict(self.translation_placeholders or ())

    @property
    def channel_key(self) -> str | None:
        """The channel this entity is about: announced, or the key of a reading or target."""
        if self.channel:
            return self.channel
        if self.series_id is not None or self.platform == "number":
            return self.key
        return None

    @property
    def legacy_session_id(self) -> str | None:
        """The session of a per-session entity of API level 1, else None."""
        match = LEGACY_SESSION_UID.match(self.unique_id)
        return match.group(1) if match else None

    @property
    def enabled_default(self) -> bool:
        """Whether the entity is enabled when first registered."""
        return (
            self.translation_key not in DISABLED_BY_DEFAULT
            and self.device_class != "signal_strength"
        )


@dataclass(slots=True)
class StateItem:
    """The last state the hub published for one entity."""

    state: Any
    attributes: dict[str, Any] = field(default_factory=dict)
    available: bool = True


@dataclass(slots=True, eq=False)
class Subscriber:
    """A WebSocket subscription: a connection and the id of its subscribe message."""

    connection: ActiveConnection
    msg_id: int

    def push(self, payload: dict[str, Any]) -> None:
        """Send one event message on the subscription."""
        self.connection.send_message(messages.event_message(self.msg_id, payload))
