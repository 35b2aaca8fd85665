"""Exit codes, and the one place failures become messages (text on stderr, JSON on stdout)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any, Final

import click

__all__ = [
    "API_ERROR",
    "INTERRUPTED",
    "OK",
    "TIMEOUT",
    "USAGE",
    "CommandError",
    "Interrupted",
    "RunNotCompleted",
    "report",
]

OK: Final = 0
"""Success."""
API_ERROR: Final = 1
"""The API answered with an error, could not be reached, or the run did not complete."""
USAGE: Final = 2
"""Bad arguments or configuration (e.g. no API key)."""
TIMEOUT: Final = 3
"""``wait --timeout`` ran out; the interaction is still running."""
INTERRUPTED: Final = 130
"""Ctrl-C (128 + SIGINT), after printing how to pick up where it stopped."""


class CommandError(Exception):
    """A failure the CLI itself detected, with its exit code and extra JSON fields."""

    def __init__(self, message: str, *, code: int = USAGE, **fields: Any) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


class Interrupted(Exception):
    """Ctrl-C, already explained on stderr (``resume`` is the command to carry on)."""

    def __init__(self, resume: str | None = None, **fields: Any) -> None:
        super().__init__("interrupted")
        self.resume = resume
        self.fields = fields


class RunNotCompleted(Exception):
    """The interaction ended ``failed``, ``cancelled``, ``incomplete`` or ``budget_exceeded``.

    Its result was printed already; only the exit code and a line on stderr remain.
    """

    def __init__(self, interaction_id: str, status: str) -> None:
        super().__init__(f"interaction {interaction_id} ended {status}")
        self.interaction_id = interaction_id
        self.status = status


@dataclass
class Failure:
    code: int
    message: str
    fields: dict[str, Any]


def _api_fields(exc: BaseException) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("status_code", "code", "status", "interaction_id", "last_event_id", "request_id"):
        value = getattr(exc, name, None)
        if value is not None:
            out[name] = value
    return out


def classify(exc: BaseException) -> Failure:
    """Exit code, message and JSON fields for an exception that ended a command."""
    from interactions_ext import (
        ConfigurationError,
        InteractionsError,
        WaitTimeoutError,
    )

    if isinstance(exc, CommandError):
        return Failure(exc.code, str(exc), dict(exc.fields))
    if isinstance(exc, Interrupted):
        fields = dict(exc.fields)
        if exc.resume:
            fields["resume"] = exc.resume
        return Failure(INTERRUPTED, "interrupted", fields)
    if isinstance(exc, RunNotCompleted):
        fields = {"interaction_id": exc.interaction_id, "status": exc.status}
        return Failure(API_ERROR, str(exc), fields)
    if isinstance(exc, click.UsageError):
        return Failure(USAGE, exc.format_message(), {})
    if isinstance(exc, WaitTimeoutError):
        return Failure(TIMEOUT, str(exc), {})
    if isinstance(exc, ConfigurationError):
        return Failure(USAGE, str(exc), {})
    if isinstance(exc, InteractionsError):
        return Failure(API_ERROR, str(exc), _api_fields(exc))
    raise exc


def report(exc: BaseException, *, as_json: bool) -> int:
    """Explain a failure; returns the exit code.

    A person reads stderr; with ``--json`` a program also gets
    ``{"error": {"type", "message", "exit_code", ...}}`` on stdout.
    """
    failure = classify(exc)
    if isinstance(exc, click.UsageError):
        exc.show()
    elif not isinstance(exc, Interrupted):
        click.echo(f"interactions: {failure.message}", err=True)
    if as_json:
        error = {
            "type": type(exc).__name__,
            "message": failure.message,
            "exit_code": failure.code,
            **failure.fields,
        }
        print(json.dumps({"error": error}), file=sys.stdout, flush=True)
    return failure.code
