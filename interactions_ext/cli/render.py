"""Rendering a stream of events for a person: the answer on stdout as it arrives, and
on request thought summaries, tool calls and results, and the final usage on stderr.

Both API revisions are read the same way (steps, or the legacy content blocks).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any, Final

import msgspec

from interactions_ext import types as t

from .output import err_console, print_json, write_out

__all__ = ["StreamView", "continued_line", "usage_line"]

_PREVIEW_CHARS: Final = 300
_START = (t.StepStartEvent, t.ContentStartEvent)
_DELTA = (t.StepDeltaEvent, t.ContentDeltaEvent)
_STOP = (t.StepStopEvent, t.ContentStopEvent)
_FINAL = (t.InteractionCompletedEvent, t.InteractionCompleteEvent)
_NAMED = (t.InteractionCreatedEvent, t.InteractionStartEvent)


def _as_dict(obj: Any) -> dict[str, Any]:
    raw = getattr(obj, "raw", None)
    if isinstance(raw, dict):
        return dict(raw)
    value = msgspec.to_builtins(obj)
    return value if isinstance(value, dict) else {}


def _preview(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _PREVIEW_CHARS else text[: _PREVIEW_CHARS - 1] + "…"


def _is_tool(kind: str) -> bool:
    return kind.endswith(("_call", "_result"))


@dataclass
class _Step:
    kind: str
    data: dict[str, Any]
    arguments: list[str] = field(default_factory=list)

    def describe(self) -> tuple[str, str]:
        """The line to show for a finished tool step, and its style."""
        name = self.data.get("name") or self.kind
        if self.kind.endswith("_call"):
            args: Any = self.data.get("arguments")
            if self.arguments:
                joined = "".join(self.arguments)
                try:
                    args = json.loads(joined)
                except ValueError:
                    args = joined
            call_id = self.data.get("id")
            suffix = f"  [{call_id}]" if call_id else ""
            return f"→ {name}({_preview(args if args is not None else {})}){suffix}", "cyan"
        result = self.data.get("result", {k: v for k, v in self.data.items() if k != "type"})
        style = "red" if self.data.get("is_error") else "green"
        return f"← {name}: {_preview(result)}", style


class StreamView:
    """Feeds on events; ``finish()`` closes the answer and shows the usage."""

    def __init__(self, show: frozenset[str] = frozenset(), *, as_json: bool = False) -> None:
        self.show = show
        self.as_json = as_json
        self.status: str | None = None
        self.usage: Any = None
        self.text_chars = 0
        self._steps: dict[int, _Step] = {}
        self._answer_open = False  # stdout ends mid-line
        self._thinking = False  # stderr ends mid-line inside a thought
        self._shared_screen = sys.stdout.isatty() and sys.stderr.isatty()

    def event(self, event: Any) -> None:
        """Render one event."""
        if self.as_json:
            print_json(event, indent=None)
        if isinstance(event, (*_NAMED, *_FINAL)):
            status = getattr(event.interaction, "status", None)
            self.status = str(status) if isinstance(status, str) else self.status
            if isinstance(event, _FINAL) and isinstance(event.interaction.usage, t.Usage):
                self.usage = event.interaction.usage
        elif isinstance(event, t.InteractionStatusUpdateEvent):
            self.status = str(event.status)
        if self.as_json:
            return
        if isinstance(event, _START):
            block = event.step if isinstance(event, t.StepStartEvent) else event.content
            data = _as_dict(block)
            self._steps[event.index] = _Step(str(data.get("type", "")), data)
        elif isinstance(event, _DELTA):
            self._delta(event.index, event.delta)
        elif isinstance(event, _STOP):
            self._stop(event.index)

    def _delta(self, index: int, delta: Any) -> None:
        if isinstance(delta, t.TextDelta):
            self._answer(delta.text or "")
        elif isinstance(delta, t.ThoughtSummaryDelta):
            if "thoughts" in self.show and isinstance(delta.content, t.TextContent):
                self._thought(delta.content.text)
        elif isinstance(delta, t.ArgumentsDelta):
            step = self._steps.setdefault(index, _Step("function_call", {}))
            step.arguments.append(delta.arguments or "")
        elif not isinstance(delta, t.ThoughtSignatureDelta):
            data = _as_dict(delta)
            step = self._steps.setdefault(index, _Step(str(data.get("type", "")), {}))
            step.data.update({k: v for k, v in data.items() if k != "type"})

    def _stop(self, index: int) -> None:
        step = self._steps.pop(index, None)
        if step is None:
            return
        if step.kind == "thought" and self._thinking:
            err_console().file.write("\n")
            err_console().file.flush()
            self._thinking = False
        elif _is_tool(step.kind) and "tools" in self.show:
            line, style = step.describe()
            self._aside(line, style)

    def _answer(self, text: str) -> None:
        if not text:
            return
        self._end_thought()
        write_out(text)
        self.text_chars += len(text)
        self._answer_open = not text.endswith("\n")

    def _thought(self, text: str) -> None:
        from rich.text import Text

        console = err_console()
        if not self._thinking:
            self._break_answer_line()
            console.print(Text("thinking: ", style="dim bold"), end="")
            self._thinking = True
        console.print(Text(text, style="dim italic"), end="")
        console.file.flush()

    def _end_thought(self) -> None:
        if self._thinking:
            err_console().file.write("\n")
            self._thinking = False

    def _break_answer_line(self) -> None:
        # Only when both streams share a screen: a newline on stdout would change the answer.
        if self._answer_open and self._shared_screen:
            err_console().file.write("\n")
            self._answer_open = False

    def _aside(self, line: str, style: str) -> None:
        from rich.text import Text

        self._end_thought()
        self._break_answer_line()
        err_console().print(Text(line, style=style))

    def finish(self, whole: t.Interaction | None = None) -> None:
        """End the answer's last line; show the usage when asked.

        ``whole``: the interaction assembled from every hop; its usage is the sum over
        them, where a hop's own closing event gives only that hop's.
        """
        if whole is not None and isinstance(whole.usage, t.Usage):
            self.usage = whole.usage
        if self.as_json:
            return
        self._end_thought()
        if self._answer_open:
            write_out("\n")
            self._answer_open = False
        if "usage" in self.show and self.usage is not None:
            self._aside(usage_line(self.usage), "dim")


def continued_line(interaction: t.Interaction) -> str | None:
    """``continued automatically: 3 hops (…); usage: …`` when the answer took several requests."""
    from interactions_ext import continuation_hops

    hops = continuation_hops(interaction)
    if len(hops) < 2:
        return None
    line = f"continued automatically: {len(hops)} hops ({', '.join(hops)})"
    if isinstance(interaction.usage, t.Usage):
        line += "; " + usage_line(interaction.usage)
    return line


def usage_line(usage: t.Usage) -> str:
    """``usage: 8 input · 40 output · 48 total tokens`` (the counts the server gave)."""
    labels = (
        ("total_input_tokens", "input"),
        ("total_cached_tokens", "cached"),
        ("total_output_tokens", "output"),
        ("total_thought_tokens", "thought"),
        ("total_tool_use_tokens", "tool use"),
        ("total_tokens", "total"),
    )
    parts = [
        f"{getattr(usage, name)} {label}"
        for name, label in labels
        if isinstance(getattr(usage, name, None), int)
    ]
    return "usage: " + " · ".join(parts) + " tokens" if parts else "usage: none reported"
