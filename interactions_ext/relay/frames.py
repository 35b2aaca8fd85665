"""What the relay writes to a browser: SSE blocks, and the ids that name a place in a turn.

I/O-free. An id is ``<turn>:<upstream event_id>``: the turn says which answer a
reconnecting browser was following, the rest is the cursor to resume upstream from.
The end of a turn has its own id, ``<turn>:done``, so that a browser that reconnects
after the end is told to stop (HTTP 204) instead of being sent the answer again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import msgspec

from ..sse import encode_event

__all__ = [
    "DONE_CURSOR",
    "Place",
    "comment",
    "done_frame",
    "event_frame",
    "failed_frame",
    "retry_frame",
]

DONE_CURSOR = "done"
_TURN = re.compile(r"[0-9a-f]{1,64}")
_encode = msgspec.json.Encoder().encode


@dataclass(frozen=True)
class Place:
    """Where a browser is in a thread: the turn it follows and the last event it has."""

    turn: str
    cursor: str | None = None

    @property
    def finished(self) -> bool:
        """The browser has already seen the turn's end."""
        return self.cursor == DONE_CURSOR

    def event_id(self, cursor: str) -> str:
        return f"{self.turn}:{cursor}"

    @classmethod
    def parse(cls, last_event_id: str | None) -> Place | None:
        """The place a ``Last-Event-ID`` names; None when it is absent or not one of ours."""
        if not last_event_id:
            return None
        turn, sep, cursor = last_event_id.partition(":")
        if not sep or not cursor or not _TURN.fullmatch(turn):
            return None
        return cls(turn, cursor)


def event_frame(event_id: str | None, data: Any) -> bytes:
    """A default (``message``) event: the upstream event's JSON, with the relay's id."""
    return encode_event(_encode(data), id=event_id)


def done_frame(event_id: str, data: Any) -> bytes:
    """The turn's last event (``event: done``): the page closes its EventSource on it."""
    return encode_event(_encode(data), event="done", id=event_id)


def failed_frame(data: Any) -> bytes:
    """The stream cannot go on (``event: failed``, JSON ``{"error": ...}``); no id, so a
    reconnect starts again after the last event the browser has."""
    return encode_event(_encode(data), event="failed")


def comment(text: str = "heartbeat") -> bytes:
    """A comment block: keeps idle proxies from closing the connection; never dispatched."""
    if "\n" in text or "\r" in text:
        raise ValueError("an SSE comment cannot contain a line break")
    return b": " + text.encode() + b"\n\n"


def retry_frame(seconds: float) -> bytes:
    """How long a browser waits before it reconnects (the ``retry:`` field, in ms)."""
    return b"retry: " + str(max(0, round(seconds * 1000))).encode() + b"\n\n"
