"""Faults on demand, for one response at a time.

A fault comes from the ``x-emulator-fault`` header (or the ``emulator_fault`` query
parameter) of a request, or from the queue filled by ``POST /_emulator/faults`` and
consumed by the next matching requests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .settings import SettingsError, parse_bool, parse_pairs

__all__ = ["MATCHES", "Fault", "FaultQueue", "QueuedFault"]

MATCHES = ("any", "create", "get", "stream", "cancel", "delete")

_INT_KEYS = (
    "status",
    "drop_after_events",
    "drop_after_bytes",
    "end_after_events",
    "pause_after_events",
    "malformed_after_events",
)
_FLOAT_KEYS = ("latency_ms", "pause_ms", "event_delay_ms")
_DEFAULT_PARTIAL_LINE_AFTER = 2


@dataclasses.dataclass(frozen=True, slots=True)
class Fault:
    """What to do wrong in one response; ``None`` means "not this one"."""

    status: int | None = None
    retry_after: str | None = None
    error_shape: str | None = None
    latency_ms: float | None = None
    drop_after_events: int | None = None
    drop_after_bytes: int | None = None
    end_after_events: int | None = None
    pause_after_events: int | None = None
    pause_ms: float | None = None
    partial_line: int | None = None
    malformed_after_events: int | None = None
    event_delay_ms: float | None = None

    @classmethod
    def parse(cls, spec: str | Mapping[str, Any] | None) -> Fault:
        """``"status=503,retry_after=2"`` (or the same as a JSON object) -> ``Fault``."""
        pairs: Mapping[str, Any] = parse_pairs(spec) if isinstance(spec, str) or spec is None else spec
        values: dict[str, Any] = {}
        for key, raw in pairs.items():
            values[key] = _coerce(key, raw)
        return cls(**values)

    def merged(self, over: Fault) -> Fault:
        """This fault with the keys that ``over`` sets replacing its own."""
        changes = {
            f.name: getattr(over, f.name)
            for f in dataclasses.fields(over)
            if getattr(over, f.name) is not None
        }
        return dataclasses.replace(self, **changes)

    @property
    def shapes_stream(self) -> bool:
        """Whether the fault needs event-by-event control of a stream body."""
        return any(
            value is not None
            for value in (
                self.drop_after_events,
                self.end_after_events,
                self.pause_after_events,
                self.partial_line,
                self.malformed_after_events,
            )
        )

    def text(self) -> str:
        """The fault as ``key=value,...`` text."""
        return ",".join(
            f"{f.name}={getattr(self, f.name)}"
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is not None
        )


def _coerce(key: str, raw: Any) -> Any:
    try:
        if key in _INT_KEYS:
            if isinstance(raw, bool):
                raise ValueError
            value = int(raw)
            if value < 0:
                raise ValueError
            if key == "status" and not 400 <= value <= 599:
                raise SettingsError(f"status must be an HTTP error code (400-599), got {raw!r}")
            return value
        if key in _FLOAT_KEYS:
            if isinstance(raw, bool):
                raise ValueError
            number = float(raw)
            if number < 0:
                raise ValueError
            return number
    except (TypeError, ValueError):
        raise SettingsError(f"fault {key}: expected a non-negative number, got {raw!r}") from None
    if key == "retry_after":
        return str(raw)
    if key == "error_shape":
        shape = str(raw)
        if shape not in ("rpc", "string"):
            raise SettingsError("fault error_shape must be 'rpc' or 'string'")
        return shape
    if key == "partial_line":
        if isinstance(raw, str) and raw.strip().isdigit():
            return int(raw)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        return _DEFAULT_PARTIAL_LINE_AFTER if parse_bool(raw) else None
    known = sorted(f.name for f in dataclasses.fields(Fault))
    raise SettingsError(f"unknown emulator fault {key!r}; known: {', '.join(known)}")


@dataclasses.dataclass(slots=True)
class QueuedFault:
    """A fault waiting for the next ``times`` requests that ``match``."""

    fault: Fault
    times: int
    match: str

    def to_json(self) -> dict[str, Any]:
        return {"fault": self.fault.text(), "times": self.times, "match": self.match}


class FaultQueue:
    """One-shot faults, consumed in the order they were queued."""

    def __init__(self) -> None:
        self._items: list[QueuedFault] = []

    def add(self, spec: str | Mapping[str, Any], times: Any = 1, match: Any = "any") -> QueuedFault:
        """Queue ``spec`` for ``times`` requests of kind ``match``; bad input raises."""
        fault = Fault.parse(spec)
        if isinstance(times, bool) or not isinstance(times, int | str):
            raise SettingsError("times must be a positive integer")
        try:
            count = int(times)
        except ValueError:
            raise SettingsError("times must be a positive integer") from None
        if count < 1:
            raise SettingsError("times must be a positive integer")
        if match not in MATCHES:
            raise SettingsError(f"match must be one of {', '.join(MATCHES)}")
        item = QueuedFault(fault, count, str(match))
        self._items.append(item)
        return item

    def take(self, kinds: frozenset[str]) -> Fault | None:
        """Consume one use of the oldest queued fault whose ``match`` fits ``kinds``."""
        for item in self._items:
            if item.match == "any" or item.match in kinds:
                item.times -= 1
                if item.times <= 0:
                    self._items.remove(item)
                return item.fault
        return None

    def pending(self) -> list[dict[str, Any]]:
        """The queue as JSON."""
        return [item.to_json() for item in self._items]

    def clear(self) -> None:
        """Forget every queued fault."""
        self._items.clear()
