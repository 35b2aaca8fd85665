"""Session-wide emulator settings (scenarios) and their parsing from text."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CURRENT_REVISION",
    "LEGACY_REVISION",
    "EmulatorSettings",
    "assign",
    "parse_pairs",
]

CURRENT_REVISION = "2026-05-20"
LEGACY_REVISION = "2026-05-07"
TERMINAL = ("completed", "failed", "cancelled", "incomplete", "budget_exceeded", "requires_action")


@dataclass
class EmulatorSettings:
    """What the emulator does by default; change at run time with ``POST /_emulator/scenarios``."""

    clock_speed: float = 1.0
    """Background runs advance this many times faster than real time."""
    default_revision: str = CURRENT_REVISION
    """Revision served when a request has no ``Api-Revision`` header."""
    answer_words: int = 60
    """Words in a model's answer (agents write ten times as many)."""
    background_seconds: float = 3.0
    """How long a background model run takes (before clock_speed)."""
    agent_background_seconds: float = 8.0
    """How long a background agent run takes (before clock_speed)."""
    terminal_status: str = "completed"
    """How background runs end: completed, failed, cancelled, incomplete, budget_exceeded,
    requires_action."""
    visibility_delay_gets: int = 0
    """A new background interaction answers 404 to this many GETs first."""
    api_key: str | None = None
    """When set, only this API key is accepted (others get 403)."""
    bearer_token: str | None = None
    """When set, only this bearer token is accepted (others get 403)."""
    malformed_json: bool = False
    """Structured-output answers that do not match their schema."""
    latency_ms: int = 0
    """Delay before every answer."""
    event_delay_ms: int = 0
    """Delay between stream events (a slow stream)."""
    delta_bytes: int = 0
    """Bulk answers: when > 0, every generated text delta is about this many bytes (the
    answer's first words repeated), so a stream of a gibibyte is quick to serve (e.g.
    ``answer_words=200000,delta_bytes=16384``); 0 keeps three words per delta."""

    def update(self, values: Mapping[str, Any]) -> None:
        """Merge ``values`` (from JSON or ``key=value`` text), checking names and types."""
        assign(self, values, "emulator setting")
        if self.terminal_status not in TERMINAL:
            raise ValueError(f"terminal_status must be one of {TERMINAL}")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def assign(target: Any, values: Mapping[str, Any], kind: str) -> None:
    """Set ``target``'s dataclass fields from JSON values or ``key=value`` text.

    Each value is read as its field's annotation says (bool, float, int, else text);
    an unknown name raises ``ValueError`` listing the known ones.
    """
    fields = {f.name: str(f.type) for f in dataclasses.fields(target)}
    for key, raw in values.items():
        if key not in fields:
            raise ValueError(f"unknown {kind} {key!r}; known: {sorted(fields)}")
        setattr(target, key, _coerce(raw, fields[key]))


def _coerce(raw: Any, annotation: str) -> Any:
    if raw is None:
        return None
    if "bool" in annotation:
        return raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes", "on"}
    if "float" in annotation:
        return float(raw)
    if "int" in annotation:
        return int(raw)
    return str(raw)


def parse_pairs(text: str | None) -> dict[str, str]:
    """``"a=1,b,c=x"`` -> ``{"a": "1", "b": "true", "c": "x"}``."""
    result: dict[str, str] = {}
    for item in (text or "").split(","):
        item = item.strip()
        if not item:
            continue
        key, sep, value = item.partition("=")
        result[key.strip()] = value.strip() if sep else "true"
    return result
