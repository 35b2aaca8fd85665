"""Where output goes: results on stdout, everything for the person on stderr.

stdout carries only what a script would capture (the answer, or JSON with ``--json``);
ids, progress, hints and decorations go to stderr, styled when it is a terminal.
"""

from __future__ import annotations

import functools
import json
import sys
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from rich.console import Console

    from interactions_ext.types import Interaction

__all__ = [
    "dumps",
    "err_console",
    "note",
    "print_answer",
    "print_json",
    "print_summary",
    "write_out",
]


@functools.cache
def err_console() -> Console:
    """The styled stderr (rich is imported only when something is shown)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def note(message: str, style: str = "dim") -> None:
    """One line for the person on stderr (plain text: never read as markup)."""
    from rich.text import Text

    err_console().print(Text(message, style=style))


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """JSON text of a model, an event or plain data."""
    return json.dumps(msgspec.to_builtins(obj), indent=indent, sort_keys=indent is not None)


def print_json(obj: Any, *, indent: int | None = 2) -> None:
    print(dumps(obj, indent=indent), flush=True)


def write_out(text: str) -> None:
    """Answer text on stdout, as it arrives."""
    sys.stdout.write(text)
    sys.stdout.flush()


def print_answer(interaction: Interaction, *, as_json: bool) -> None:
    """The interaction as a result: its answer text (or JSON) on stdout."""
    from interactions_ext import output_text

    if as_json:
        print_json(interaction)
        return
    text = output_text(interaction)
    if text:
        write_out(text if text.endswith("\n") else text + "\n")


def print_summary(interaction: Interaction, *, as_json: bool) -> None:
    """The interaction as a record: id, status, model or agent, then its answer."""
    from interactions_ext import output_text

    if as_json:
        print_json(interaction)
        return
    lines = [f"id: {interaction.id}", f"status: {interaction.status}"]
    for name in ("model", "agent", "previous_interaction_id", "created", "updated"):
        value = getattr(interaction, name, None)
        if isinstance(value, str):
            lines.append(f"{name}: {value}")
    text = output_text(interaction)
    print("\n".join(lines) + (f"\n\n{text}" if text else ""), flush=True)
