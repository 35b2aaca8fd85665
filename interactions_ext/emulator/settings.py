"""Session settings of the emulator: one flat, typed set of switches.

The same names are accepted as ``Emulator(**settings)`` keyword arguments, as
``--scenario key=value`` on the command line, and as JSON keys of
``POST /_emulator/scenarios``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

__all__ = [
    "LEGACY_REVISION",
    "CURRENT_REVISION",
    "TERMINAL_STATUSES",
    "EmulatorSettings",
    "SettingsError",
    "parse_bool",
    "parse_pairs",
]

CURRENT_REVISION = "2026-05-20"
LEGACY_REVISION = "2026-05-07"

TERMINAL_STATUSES = (
    "completed",
    "failed",
    "cancelled",
    "incomplete",
    "budget_exceeded",
    "requires_action",
)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SettingsError(ValueError):
    """A setting name or value was not understood."""


def parse_bool(value: Any) -> bool:
    """Read a boolean from JSON or from ``key=value`` text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SettingsError(f"expected a boolean, got {value!r}")


def parse_pairs(text: str | None) -> dict[str, str]:
    """``"a=1,b,c=x"`` -> ``{"a": "1", "b": "true", "c": "x"}`` (a bare key means true)."""
    result: dict[str, str] = {}
    for item in (text or "").split(","):
        key, sep, value = item.strip().partition("=")
        if key.strip():
            result[key.strip()] = value.strip() if sep else "true"
    return result


def _number(value: Any, kind: type[int] | type[float], name: str) -> float:
    if isinstance(value, bool):
        raise SettingsError(f"{name}: expected a number, got {value!r}")
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{name}: expected a number, got {value!r}") from None
    if number < 0:
        raise SettingsError(f"{name}: must not be negative, got {value!r}")
    return number


@dataclasses.dataclass(slots=True)
class EmulatorSettings:
    """Switches that shape every interaction the emulator serves.

    Durations are on the server's own clock: ``background_seconds`` and
    ``agent_background_seconds`` are divided by ``clock_speed``.
    """

    clock_speed: float = 1.0
    default_revision: str = CURRENT_REVISION
    answer_words: int = 60
    agent_answer_words: int = 320
    background_seconds: float = 3.0
    agent_background_seconds: float = 8.0
    terminal_status: str = "completed"
    visibility_delay_gets: int = 0
    api_key: str | None = None
    bearer_token: str | None = None
    malformed_json: str = ""
    latency_ms: float = 0.0
    event_delay_ms: float = 0.0
    chunk_bytes: int = 65536

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ``SettingsError`` when a value is out of range."""
        if self.clock_speed <= 0:
            raise SettingsError("clock_speed must be greater than 0")
        if self.default_revision not in (CURRENT_REVISION, LEGACY_REVISION):
            raise SettingsError(
                f"default_revision must be {CURRENT_REVISION!r} or {LEGACY_REVISION!r}"
            )
        if self.terminal_status not in TERMINAL_STATUSES:
            raise SettingsError(f"terminal_status must be one of {', '.join(TERMINAL_STATUSES)}")
        if self.malformed_json not in ("", "schema", "syntax"):
            raise SettingsError("malformed_json must be true, false, 'schema' or 'syntax'")
        if self.answer_words < 1 or self.agent_answer_words < 1:
            raise SettingsError("answer_words and agent_answer_words must be at least 1")
        if self.chunk_bytes < 1:
            raise SettingsError("chunk_bytes must be at least 1")

    def updated(self, changes: Mapping[str, Any]) -> EmulatorSettings:
        """A copy with ``changes`` applied; values may be JSON values or ``key=value`` text."""
        known = {f.name for f in dataclasses.fields(self)}
        values = dataclasses.asdict(self)
        for name, raw in changes.items():
            if name not in known:
                raise SettingsError(
                    f"unknown emulator setting {name!r}; known: {', '.join(sorted(known))}"
                )
            values[name] = coerce_setting(name, raw)
        return EmulatorSettings(**values)

    def public(self) -> dict[str, Any]:
        """The settings as JSON, with credentials redacted."""
        values = dataclasses.asdict(self)
        for secret in ("api_key", "bearer_token"):
            if values[secret] is not None:
                values[secret] = "<redacted>"
        return values


def coerce_setting(name: str, raw: Any) -> Any:
    """Convert one setting value (JSON or text) to the field's type."""
    if name in ("clock_speed", "background_seconds", "agent_background_seconds"):
        return _number(raw, float, name)
    if name in ("latency_ms", "event_delay_ms"):
        return _number(raw, float, name)
    if name in ("answer_words", "agent_answer_words", "visibility_delay_gets", "chunk_bytes"):
        return int(_number(raw, int, name))
    if name in ("api_key", "bearer_token"):
        if raw is None or (isinstance(raw, str) and raw.lower() in ("", "none", "null")):
            return None
        return str(raw)
    if name == "malformed_json":
        if isinstance(raw, str) and raw.strip().lower() in ("schema", "syntax"):
            return raw.strip().lower()
        try:
            return "schema" if parse_bool(raw) else ""
        except SettingsError:
            raise SettingsError(
                "malformed_json must be true, false, 'schema' or 'syntax'"
            ) from None
    return str(raw)
