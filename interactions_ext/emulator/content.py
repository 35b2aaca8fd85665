"""What the emulated model says: deterministic answers and their event sequences.

An interaction's events are a function of their index, so a stream of millions of
events costs no memory, and resuming after ``event_id`` N replays exactly N+1...
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["WORDS", "Answer", "EventPlan", "Turn", "event_index", "make_event_id"]

WORDS = [
    "river",
    "light",
    "stone",
    "quiet",
    "morning",
    "code",
    "garden",
    "signal",
    "thread",
    "window",
    "lantern",
    "ember",
    "harbor",
    "circuit",
    "meadow",
    "echo",
    "compass",
    "silver",
    "orbit",
    "willow",
    "canyon",
    "spark",
    "anchor",
    "prism",
    "python",
    "serpent",
    "coil",
    "logic",
    "branch",
    "leaf",
    "patient",
    "ocean",
    "tide",
    "wander",
    "bright",
    "distant",
    "hollow",
    "summer",
    "winter",
    "autumn",
    "spring",
    "ancient",
    "curious",
    "gentle",
    "swift",
    "steady",
    "golden",
]
_WORDS_PER_DELTA = 3
_ID_PREFIX = "evt_"


def make_event_id(index: int) -> str:
    """Event ids sort in stream order and carry their index."""
    return f"{_ID_PREFIX}{index:09d}"


def event_index(event_id: str) -> int | None:
    """Index of an event id made by ``make_event_id``; None if it is not one."""
    if not event_id.startswith(_ID_PREFIX):
        return None
    digits = event_id[len(_ID_PREFIX) :]
    return int(digits) if digits.isdigit() else None


def seed_of(text: str) -> int:
    """A stable seed (not Python's randomised ``hash``)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def word(seed: int, j: int) -> str:
    return WORDS[(seed * 2654435761 + j * 40503 + (j * j) % 97) % len(WORDS)]


@functools.lru_cache(maxsize=16)
def _bulk_text(seed: int, size: int) -> str:
    """About ``size`` bytes of the answer's words, built once: bulk deltas cost no CPU."""
    text = "".join(f"{word(seed, j)} " for j in range(64))
    return (text * (size // len(text) + 1))[:size]


@dataclass
class Answer:
    """The model's text: fixed leading chunks, then ``words`` generated words."""

    prefix: list[str] = field(default_factory=list)
    words: int = 0
    seed: int = 0
    delta_bytes: int = 0
    """When > 0, every generated delta is the same filler of about this size (bulk)."""

    def delta_count(self) -> int:
        return len(self.prefix) + -(-self.words // _WORDS_PER_DELTA)

    def delta(self, i: int) -> str:
        if i < len(self.prefix):
            return self.prefix[i]
        if self.delta_bytes > 0:
            return _bulk_text(self.seed, self.delta_bytes)
        start = (i - len(self.prefix)) * _WORDS_PER_DELTA
        stop = min(self.words, start + _WORDS_PER_DELTA)
        parts = []
        for j in range(start, stop):
            w = word(self.seed, j)
            parts.append(w.capitalize() if j % 12 == 0 else w)
            parts.append(".\n" if j % 12 == 11 else " ")
        return "".join(parts)

    def text(self) -> str:
        return "".join(self.delta(i) for i in range(self.delta_count()))


@dataclass
class Turn:
    """Everything the model produces for one interaction."""

    answer: Answer | None
    thought: list[str] = field(default_factory=list)
    function_call: dict[str, Any] | None = None
    unknown_event: bool = False
    unknown_delta: bool = False
    error_event: bool = False


Event = dict[str, Any]


class EventPlan:
    """The body events of a turn (everything but the final event), by index."""

    def __init__(self, turn: Turn, *, legacy: bool, head: Callable[[], dict[str, Any]]) -> None:
        self.turn = turn
        self.legacy = legacy
        self._head = head
        self._segments: list[tuple[int, Callable[[int], Event]]] = []
        self._build()
        self.size = sum(n for n, _ in self._segments)

    def _add(self, count: int, fn: Callable[[int], Event]) -> None:
        if count > 0:
            self._segments.append((count, fn))

    def _build(self) -> None:
        turn, legacy = self.turn, self.legacy
        start = "interaction.start" if legacy else "interaction.created"
        self._add(1, lambda _: {"event_type": start, "interaction": self._head()})
        if not legacy:
            self._add(
                1,
                lambda _: {
                    "event_type": "interaction.status_update",
                    "interaction_id": self._head()["id"],
                    "status": "in_progress",
                },
            )
        if turn.unknown_event:
            self._add(
                1,
                lambda _: {
                    "event_type": "interaction.future_event",
                    "detail": {"note": "an event type from a later revision"},
                },
            )
        index = 0
        if turn.thought:
            self._block(
                index,
                {"type": "thought", "summary": []},
                [self._thought_delta(t) for t in turn.thought],
            )
            index += 1
        if turn.answer is not None:
            answer = turn.answer
            leading = [{"type": "hologram", "frames": 3}] if turn.unknown_delta else []
            self._block_lazy(
                index,
                {"type": "model_output", "content": []}
                if not legacy
                else {"type": "text", "text": ""},
                leading,
                answer.delta_count(),
                lambda i: {"type": "text", "text": answer.delta(i)},
            )
            index += 1
        if turn.function_call is not None:
            call = turn.function_call
            args = json.dumps(call["arguments"], sort_keys=True)
            if legacy:
                self._block(
                    index,
                    {
                        "type": "function_call",
                        "id": call["id"],
                        "name": call["name"],
                        "arguments": {},
                    },
                    [
                        {
                            "type": "function_call",
                            "id": call["id"],
                            "name": call["name"],
                            "arguments": call["arguments"],
                        }
                    ],
                )
            else:
                size = max(1, len(args) // 3)
                fragments = [args[i : i + size] for i in range(0, len(args), size)]
                self._block(
                    index,
                    {
                        "type": "function_call",
                        "id": call["id"],
                        "name": call["name"],
                        "arguments": {},
                    },
                    [{"type": "arguments_delta", "arguments": f} for f in fragments],
                )

    def _thought_delta(self, text: str) -> dict[str, Any]:
        return {"type": "thought_summary", "content": {"type": "text", "text": text}}

    def _block(self, index: int, shell: dict[str, Any], deltas: list[dict[str, Any]]) -> None:
        self._block_lazy(index, shell, deltas, 0, lambda i: {})

    def _block_lazy(
        self,
        index: int,
        shell: dict[str, Any],
        leading: list[dict[str, Any]],
        count: int,
        delta: Callable[[int], dict[str, Any]],
    ) -> None:
        legacy = self.legacy
        kind = "content" if legacy else "step"
        shell_key = "content" if legacy else "step"
        self._add(1, lambda _: {"event_type": f"{kind}.start", "index": index, shell_key: shell})
        self._add(
            len(leading),
            lambda i: {"event_type": f"{kind}.delta", "index": index, "delta": leading[i]},
        )
        self._add(
            count, lambda i: {"event_type": f"{kind}.delta", "index": index, "delta": delta(i)}
        )
        self._add(1, lambda _: {"event_type": f"{kind}.stop", "index": index})

    def event(self, i: int) -> Event:
        """Body event ``i`` (0-based), with its ``event_id``."""
        base = i
        for count, fn in self._segments:
            if i < count:
                event = fn(i)
                event["event_id"] = make_event_id(base)
                return event
            i -= count
        raise IndexError(base)
