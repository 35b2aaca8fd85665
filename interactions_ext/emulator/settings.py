"""Session-wide emulator settings (scenarios), per-request scenarios, and their strict parsing.

Every value is checked against its field's type and range before anything is applied:
an update either succeeds as a whole or changes nothing.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ..redaction import REDACTED

__all__ = [
    "CURRENT_REVISION",
    "LEGACY_REVISION",
    "TERMINAL",
    "EmulatorSettings",
    "RequestScenario",
    "parse_pairs",
    "updated",
]

CURRENT_REVISION = "2026-05-20"
LEGACY_REVISION = "2026-05-07"
REVISIONS = (CURRENT_REVISION, LEGACY_REVISION)
TERMINAL = ("completed", "failed", "cancelled", "incomplete", "budget_exceeded", "requires_action")
_MS_MAX = 600_000  # ten minutes: longer than any client timeout worth emulating
_INT_TEXT = re.compile(r"[+-]?[0-9]{1,18}")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class _Checked(Protocol):
    def check(self) -> None: ...


T = TypeVar("T", bound=_Checked)


def setting(default: Any, low: float | None = None, high: float | None = None, **meta: Any) -> Any:
    """A dataclass field with the range/choices ``updated`` checks."""
    return field(default=default, metadata={"low": low, "high": high, **meta})


@dataclass
class EmulatorSettings:
    """What the emulator does by default; change at run time with ``POST /_emulator/scenarios``."""

    clock_speed: float = setting(1.0, 1e-6, 1e12)
    """Background runs advance this many times faster than real time."""
    default_revision: str = setting(CURRENT_REVISION, choices=REVISIONS)
    """Revision served when a request has no ``Api-Revision`` header."""
    answer_words: int = setting(60, 0, 10**12)
    """Words in a model's answer (agents write ten times as many); at most ``max_answer_words``."""
    background_seconds: float = setting(3.0, 0, 1e7)
    """How long a background model run takes (before clock_speed)."""
    agent_background_seconds: float = setting(8.0, 0, 1e7)
    """How long a background agent run takes (before clock_speed)."""
    terminal_status: str = setting("completed", choices=TERMINAL)
    """How background runs end."""
    visibility_delay_gets: int = setting(0, 0, 10_000)
    """A new background interaction answers 404 to this many GETs first."""
    api_key: str | None = setting(None, secret=True)
    """When set, only this API key is accepted (others get 403)."""
    bearer_token: str | None = setting(None, secret=True)
    """When set, only this bearer token is accepted (others get 403)."""
    malformed_json: bool = setting(False)
    """Structured-output answers that do not match their schema."""
    latency_ms: int = setting(0, 0, _MS_MAX)
    """Delay before every answer."""
    event_delay_ms: int = setting(0, 0, _MS_MAX)
    """Delay between stream events (a slow stream)."""
    delta_bytes: int = setting(0, 0, 1 << 40)
    """Bulk answers: when > 0, every generated text delta is about this many bytes; at most
    ``max_delta_bytes``."""
    output_limit_words: int = setting(0, 0, 10**12)
    """Per-request output limit: a longer model answer ends each request with
    ``requires_continuation`` and a ``continuation_token`` (0: no limit)."""
    checkpoint_words: int = setting(0, 0, 10**12)
    """Model streams carry a checkpoint ``continuation_token`` on an
    ``interaction.status_update`` every this many words (0: none)."""
    max_answer_words: int = setting(10_000_000, 1, 10**9)
    """Cap on ``answer_words`` (and agents' ten-fold answers): above it a request gets 400."""
    max_delta_bytes: int = setting(1 << 20, 1, 1 << 30)
    """Cap on ``delta_bytes``: above it a request gets 400."""
    max_body_bytes: int = setting(20 << 20, 1024, 1 << 30)
    """Largest request body accepted; larger ones get 413."""
    max_interactions: int = setting(10_000, 1, 10**7)
    """Stored interactions kept; the oldest are forgotten beyond this."""

    def update(self, values: Any) -> None:
        """Apply ``values`` (JSON object or ``key=value`` pairs) as a whole, or raise ``ValueError``."""
        new = updated(self, values, "emulator setting")
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(new, f.name))

    def check(self) -> None:
        """Rules that span fields."""
        if self.answer_words > self.max_answer_words:
            raise ValueError(f"answer_words is above max_answer_words ({self.max_answer_words})")
        if self.delta_bytes > self.max_delta_bytes:
            raise ValueError(f"delta_bytes is above max_delta_bytes ({self.max_delta_bytes})")

    def to_dict(self) -> dict[str, Any]:
        """The settings as JSON, with credentials shown only as set or not."""
        data = dataclasses.asdict(self)
        for f in dataclasses.fields(self):
            if f.metadata.get("secret") and data[f.name] is not None:
                data[f.name] = REDACTED
        return data


@dataclass
class RequestScenario:
    """What one create request asks for in its ``x-emulator-scenario`` header."""

    unknown_event: bool = setting(False)
    unknown_delta: bool = setting(False)
    error_event: bool = setting(False)
    every_step: bool = setting(False)
    unknown_field: bool = setting(False)
    terminal_status: str | None = setting(None, choices=TERMINAL)
    answer_words: int | None = setting(None, 0, 10**12)
    delta_bytes: int | None = setting(None, 0, 1 << 40)
    output_limit_words: int | None = setting(None, 0, 10**12)
    checkpoint_words: int | None = setting(None, 0, 10**12)

    @classmethod
    def parse(cls, text: str | None, settings: EmulatorSettings) -> RequestScenario:
        """The header's scenario with the session's values filled in; ``ValueError`` if bad."""
        scenario = updated(cls(), parse_pairs(text), "scenario")
        for name in ("answer_words", "delta_bytes", "output_limit_words", "checkpoint_words"):
            if getattr(scenario, name) is None:
                setattr(scenario, name, getattr(settings, name))
        if (scenario.answer_words or 0) > settings.max_answer_words:
            raise ValueError(
                f"answer_words={scenario.answer_words} is above the emulator's cap "
                f"max_answer_words={settings.max_answer_words}"
            )
        if (scenario.delta_bytes or 0) > settings.max_delta_bytes:
            raise ValueError(
                f"delta_bytes={scenario.delta_bytes} is above the emulator's cap "
                f"max_delta_bytes={settings.max_delta_bytes}"
            )
        return scenario

    def check(self) -> None:
        """No rule spans fields here."""


def updated(target: T, values: Any, kind: str) -> T:
    """A copy of dataclass ``target`` with ``values`` applied; ``ValueError`` names the first bad one.

    Each value is read as its field's annotation says (bool, float, int, else text) and checked
    against the field's range and choices, then the copy's ``check()`` runs: nothing is applied
    unless everything is valid.
    """
    if not isinstance(values, Mapping):
        raise ValueError(f"{kind}s must be a JSON object of name: value")
    fields = {f.name: f for f in dataclasses.fields(target)}  # type: ignore[arg-type]
    changes: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in fields:
            raise ValueError(f"unknown {kind} {key!r}; known: {sorted(fields)}")
        try:
            changes[key] = _checked(raw, fields[key])
        except ValueError as exc:
            raise ValueError(f"{kind} {key}: {exc}") from None
    new = dataclasses.replace(target, **changes)  # type: ignore[type-var]
    new.check()
    return new


def _checked(raw: Any, f: dataclasses.Field[Any]) -> Any:
    annotation = str(f.type)
    if raw is None and "None" in annotation:
        return None
    value = _coerce(raw, annotation)
    low, high = f.metadata.get("low"), f.metadata.get("high")
    if low is not None and value < low:
        raise ValueError(f"{value!r} is below the minimum {low}")
    if high is not None and value > high:
        raise ValueError(f"{value!r} is above the maximum {high}")
    choices = f.metadata.get("choices")
    if choices is not None and value not in choices:
        raise ValueError(f"{value!r} is not one of {list(choices)}")
    return value


def _coerce(raw: Any, annotation: str) -> Any:
    if "bool" in annotation:
        return _as_bool(raw)
    if "float" in annotation:
        return _as_float(raw)
    if "int" in annotation:
        return _as_int(raw)
    if not isinstance(raw, str):
        raise ValueError(f"expected a string, got {type(raw).__name__}")
    return raw


def _as_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower() if isinstance(raw, str | int) else None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected a boolean, got {raw!r}")


def _as_float(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ValueError(f"expected a number, got {raw!r}")
    try:
        value = float(raw)
    except (ValueError, OverflowError):
        raise ValueError(f"expected a number, got {raw!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {raw!r}")
    return value


def _as_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"expected an integer, got {raw!r}")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and _INT_TEXT.fullmatch(raw.strip()):
        return int(raw.strip())
    raise ValueError(f"expected an integer, got {raw!r}")


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
