"""Faults on demand: per request (``x-emulator-fault`` header or ``emulator_fault`` query
parameter) or queued for the next N matching requests (``POST /_emulator/faults``)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, fields
from typing import Any

from .settings import parse_pairs, setting, updated

__all__ = ["MATCHES", "Fault", "FaultQueue"]

MATCHES = ("any", "create", "get", "stream", "cancel", "delete")
_COUNT = 10**12
_MS = 600_000
_HEADER_VALUE = re.compile(r"[\x20-\x7e]{1,64}")


@dataclass
class Fault:
    """What to do wrong in one response. Every field is optional."""

    status: int | None = setting(None, 400, 599)
    """An HTTP error status (400-599) answered with the API's error body."""
    retry_after: str | None = setting(None)
    latency_ms: int = setting(0, 0, _MS)
    drop_after_events: int | None = setting(None, 0, _COUNT)
    drop_after_bytes: int | None = setting(None, 0, _COUNT)
    end_after_events: int | None = setting(None, 0, _COUNT)
    pause_after_events: int | None = setting(None, 0, _COUNT)
    pause_ms: int = setting(0, 0, _MS)
    partial_line: bool = setting(False)
    malformed_after_events: int | None = setting(None, 0, _COUNT)
    event_delay_ms: int = setting(0, 0, _MS)
    replay_from_start: bool = setting(False)
    """A resume ignores ``last_event_id``: the stream is sent again from its first event,
    and the other stream faults count only the events after the cursor."""

    @classmethod
    def parse(cls, text: str | None) -> Fault:
        """``"status=503,retry_after=1"`` -> ``Fault``; unknown keys or bad values raise ``ValueError``."""
        return updated(cls(), parse_pairs(text), "fault")

    def check(self) -> None:
        """A ``Retry-After`` value must be a plain header value."""
        if self.retry_after is not None and not _HEADER_VALUE.fullmatch(self.retry_after):
            raise ValueError("fault retry_after must be 1-64 printable ASCII characters")

    def merge(self, other: Fault) -> Fault:
        """``other``'s set fields over this one's."""
        merged = Fault(**{f.name: getattr(self, f.name) for f in fields(self)})
        default = Fault()
        for f in fields(other):
            value = getattr(other, f.name)
            if value != getattr(default, f.name):
                setattr(merged, f.name, value)
        return merged

    @property
    def affects_stream(self) -> bool:
        counts = (
            self.drop_after_events,
            self.drop_after_bytes,
            self.end_after_events,
            self.pause_after_events,
            self.malformed_after_events,
        )
        return any(v is not None for v in counts) or self.partial_line or self.event_delay_ms > 0


@dataclass
class _Queued:
    fault: str = ""
    times: int = setting(1, 1, 1_000_000)
    match: str = "any"

    def check(self) -> None:
        Fault.parse(self.fault)  # bad fault text is refused now, not at the next request
        if self.match not in MATCHES:
            raise ValueError(f"match must be one of {list(MATCHES)}")


class FaultQueue:
    """One-shot faults for the next ``times`` requests that match."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[dict[str, Any]] = []

    def add(self, fault: str, times: int = 1, match: str = "any") -> None:
        """Queue ``fault``; ``ValueError`` (nothing queued) if any part is invalid."""
        self.add_spec({"fault": fault, "times": times, "match": match})

    def add_spec(self, spec: Any) -> None:
        """Queue a ``{"fault": ..., "times": ..., "match": ...}`` object as a whole."""
        if not isinstance(spec, dict) or not isinstance(spec.get("fault"), str):
            raise ValueError('a queued fault is a JSON object with a "fault" string')
        item = updated(_Queued(), spec, "queued fault")
        with self._lock:
            self._items.append({"fault": item.fault, "times": item.times, "match": item.match})

    def take(self, kinds: set[str]) -> Fault:
        """The merged faults for a request of these kinds, consuming one use of each."""
        result = Fault()
        with self._lock:
            for item in self._items:
                if item["times"] > 0 and (item["match"] == "any" or item["match"] in kinds):
                    item["times"] -= 1
                    result = result.merge(Fault.parse(item["fault"]))
            self._items = [i for i in self._items if i["times"] > 0]
        return result

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(i) for i in self._items]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
