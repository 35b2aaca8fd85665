"""``wait``: follow a run to its end with a live progress line.

A worker thread follows the interaction's event stream (the end arrives as an event,
at once) and falls back to polling every ``poll_interval`` seconds when the backend
will not stream it. The main thread only draws: the line ticks every second whatever
the network does, the deadline is exact, and Ctrl-C is handled at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from interactions_ext import TERMINAL_STATUSES, InteractionsError, NotFoundError

from .output import err_console

if TYPE_CHECKING:
    from rich.live import Live
    from rich.text import Text

    from interactions_ext import Client
    from interactions_ext.types import Interaction

__all__ = ["RETURNING", "Watch", "clock", "watch_until_done"]

RETURNING: Final = TERMINAL_STATUSES | {"requires_action"}
"""Statuses that end a wait."""

_FRAME_SECONDS: Final = 0.25
_SPINNER: Final = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_ASCII_SPINNER: Final = "|/-\\"


def clock(seconds: float) -> str:
    """``7s``, ``1m05s``, ``2h03m10s``."""
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s"


@dataclass
class Watch:
    """What the worker learned so far; the main thread only reads it."""

    interaction_id: str
    status: str = "waiting"
    mode: str = "events"
    final: Interaction | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


def _status_of(event: Any) -> str | None:
    status = getattr(event, "status", None)
    if status is None:
        status = getattr(getattr(event, "interaction", None), "status", None)
    return str(status) if isinstance(status, str) else None


def _follow_events(client: Client, watch: Watch) -> None:
    """Statuses from the event stream until it ends; any failure means: poll instead."""
    try:
        with client.get(watch.interaction_id, stream=True, accumulate=False) as events:
            for event in events:
                status = _status_of(event)
                if status is not None:
                    watch.status = status
    except InteractionsError:
        watch.mode = "polling"


def _follow(client: Client, watch: Watch, poll_interval: float) -> None:
    try:
        try:
            first = client.get(watch.interaction_id)
        except NotFoundError:
            first = None  # maybe not visible yet: polling allows for that
            watch.mode = "polling"
        if first is not None:
            watch.status = str(first.status)
            if watch.status in RETURNING:
                watch.final = first
                return
            _follow_events(client, watch)

        def seen(interaction: Interaction) -> None:
            watch.status = str(interaction.status)

        # After the stream this returns at the first get; without it, it polls.
        watch.final = client.wait_for_completion(
            watch.interaction_id,
            poll_interval=poll_interval,
            max_poll_interval=poll_interval,
            on_status=seen,
        )
        watch.status = str(watch.final.status)
    except BaseException as exc:  # handed to the main thread, which raises it
        watch.error = exc
    finally:
        watch.done.set()


class _Line:
    """The progress line: live on a terminal, one line per status change otherwise."""

    def __init__(self, watch: Watch, started: float) -> None:
        self.watch = watch
        self.started = started
        self.console = err_console()
        self.live: Live | None = None
        self._printed: str | None = None
        encoding = (self.console.encoding or "").lower()
        self._frames = _SPINNER if encoding.startswith("utf") else _ASCII_SPINNER

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def text(self, ending: str | None = None) -> Text:
        from rich.text import Text

        w = self.watch
        line = Text()
        if ending is None:
            frame = self._frames[int(self.elapsed() / _FRAME_SECONDS) % len(self._frames)]
            line.append(f"{frame} ", style="cyan")
            line.append(w.status, style="bold")
            line.append(f"  {clock(self.elapsed())}")
        else:
            mark, style = _ENDINGS.get(ending, ("■", "yellow"))
            line.append(f"{mark} ", style=style)
            line.append(w.status, style=f"bold {style}")
            line.append(f"  {'in ' if ending == 'done' else ''}{clock(self.elapsed())}")
        line.append(f"  {w.interaction_id}", style="dim")
        if w.mode == "polling":
            line.append("  (polling)", style="dim")
        if ending not in (None, "done"):
            line.append(f"  {ending}", style="yellow")
        return line

    def tick(self) -> None:
        if self.live is not None:
            self.live.update(self.text(), refresh=True)
        elif self.watch.status not in (self._printed, "waiting") and not self.watch.done.is_set():
            self._printed = self.watch.status
            self._plain(f"({clock(self.elapsed())})")

    def end(self, ending: str) -> None:
        if self.live is not None:
            # Drawn by Live on its way out, which also ends the line and shows the cursor.
            self.live.update(self.text(ending))
        else:
            label = "in " if ending == "done" else ""
            extra = "" if ending == "done" else f" {ending}"
            self._plain(f"({label}{clock(self.elapsed())}){extra}")

    def _plain(self, suffix: str) -> None:
        self.console.file.write(f"{self.watch.interaction_id}: {self.watch.status} {suffix}\n")
        self.console.file.flush()


def _ending_of(status: str) -> str:
    return "done" if status in ("completed", "requires_action") else "done-badly"


_ENDINGS: Final = {
    "done": ("✓", "green"),
    "done-badly": ("✗", "red"),
    "interrupted": ("■", "yellow"),
    "timed out": ("■", "yellow"),
    "error": ("✗", "red"),
}


@contextmanager
def _drawn(line: _Line) -> Iterator[_Line]:
    if not line.console.is_terminal:
        yield line
        return
    from rich.live import Live

    # Live hides the cursor while it draws and shows it again on the way out, even on Ctrl-C.
    with Live(
        line.text(),
        console=line.console,
        auto_refresh=False,
        transient=False,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as live:
        line.live = live
        try:
            yield line
        except KeyboardInterrupt:
            line.end("interrupted")
            raise


def watch_until_done(
    client: Client, interaction_id: str, *, timeout: float | None, poll_interval: float
) -> tuple[Interaction | None, Watch]:
    """Follow the run to its end; ``(None, watch)`` when ``timeout`` ran out first.

    Raises what the worker raised (an ``InteractionsError``), and ``KeyboardInterrupt``.
    """
    started = time.monotonic()
    watch = Watch(interaction_id)
    worker = threading.Thread(
        target=_follow, args=(client, watch, poll_interval), name="wait", daemon=True
    )
    worker.start()
    line = _Line(watch, started)
    with _drawn(line):
        line.tick()
        while not watch.done.wait(_FRAME_SECONDS):
            if timeout is not None and line.elapsed() >= timeout:
                line.end("timed out")
                return None, watch
            line.tick()
        line.end(_ending_of(watch.status) if watch.error is None else "error")
    if watch.error is not None:
        raise watch.error
    return watch.final, watch
