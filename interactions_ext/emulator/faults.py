"""Faults on demand: per request (``x-emulator-fault`` header or ``emulator_fault`` query
parameter) or queued for the next N matching requests (``POST /_emulator/faults``)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields
from typing import Any

from .settings import assign, parse_pairs

__all__ = ["MATCHES", "Fault", "FaultQueue"]

MATCHES = ("any", "create", "get", "stream", "cancel", "delete")


@dataclass
class Fault:
    """What to do wrong in one response. Every field is optional."""

    status: int | None = None
    retry_after: str | None = None
    latency_ms: int = 0
    drop_after_events: int | None = None
    drop_after_bytes: int | None = None
    end_after_events: int | None = None
    pause_after_events: int | None = None
    pause_ms: int = 0
    partial_line: bool = False
    malformed_after_events: int | None = None
    event_delay_ms: int = 0

    @classmethod
    def parse(cls, text: str | None) -> Fault:
        """``"status=503,retry_after=1"`` -> ``Fault``; unknown keys are an error."""
        fault = cls()
        assign(fault, parse_pairs(text), "fault")
        return fault

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
        return (
            any(
                v is not None and v is not False
                for v in (
                    self.drop_after_events,
                    self.drop_after_bytes,
                    self.end_after_events,
                    self.pause_after_events,
                    self.malformed_after_events,
                )
            )
            or self.partial_line
            or self.event_delay_ms > 0
        )


class FaultQueue:
    """One-shot faults for the next ``times`` requests that match."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[dict[str, Any]] = []

    def add(self, fault: str, times: int = 1, match: str = "any") -> None:
        Fault.parse(fault)  # reject bad text now, not at the next request
        if match not in MATCHES:
            raise ValueError(f"match must be one of {MATCHES}")
        with self._lock:
            self._items.append({"fault": fault, "times": int(times), "match": match})

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
