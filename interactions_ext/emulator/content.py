"""What the emulated model says: deterministic answers and their event sequences.

An interaction's events are a function of their index, so a stream of millions of
events costs no memory, and resuming after ``event_id`` N replays exactly N+1...
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import showcase

__all__ = [
    "FUTURE_FIELD",
    "WORDS",
    "Answer",
    "EventPlan",
    "Turn",
    "event_index",
    "make_event_id",
    "stamp",
]

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
# ASCII digits only, and few enough to be an index: "evt_²" or 5000 digits are not ids.
_EVENT_ID = re.compile(r"evt_([0-9]{1,15})")


def make_event_id(index: int) -> str:
    """Event ids sort in stream order and carry their index."""
    return f"{_ID_PREFIX}{index:09d}"


def event_index(event_id: str) -> int | None:
    """Index of an event id made by ``make_event_id``; None if it is not one."""
    match = _EVENT_ID.fullmatch(event_id)
    return int(match.group(1)) if match else None


FUTURE_FIELD = "future_field"
"""A field no revision defines, as a later API revision might add one (``unknown_field``)."""
_FUTURE_VALUE = {"added_in": "a later revision", "nested": {"depth": 2}}
_NESTED = ("interaction", "step", "content")


def stamp(event: dict[str, Any], index: int, usage: dict[str, int], future: bool) -> None:
    """Give ``event`` its id and the ``metadata`` every streamed event carries.

    ``future`` adds ``FUTURE_FIELD`` at the top level and inside the event's interaction,
    step or content, so apps can test that such fields reach them (``raw()``).
    """
    event["event_id"] = make_event_id(index)
    event["metadata"] = {"total_usage": usage}
    if future:
        event[FUTURE_FIELD] = dict(_FUTURE_VALUE)
        for key in _NESTED:
            inner = event.get(key)
            if isinstance(inner, dict):
                event[key] = {**inner, FUTURE_FIELD: dict(_FUTURE_VALUE)}


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
    """The model's text: fixed leading chunks, then ``words`` generated words.

    ``start``/``stop`` select the deltas one request serves (a continuation hop); the
    defaults select the whole answer.
    """

    prefix: list[str] = field(default_factory=list)
    words: int = 0
    seed: int = 0
    delta_bytes: int = 0
    """When > 0, every generated delta is the same filler of about this size (bulk)."""
    start: int = 0
    stop: int | None = None

    def total_deltas(self) -> int:
        """Deltas in the whole answer, whatever the window."""
        return len(self.prefix) + -(-self.words // _WORDS_PER_DELTA)

    def end(self) -> int:
        """Index (in the whole answer) just after this window's last delta."""
        total = self.total_deltas()
        return total if self.stop is None else min(self.stop, total)

    def window(self, start: int, stop: int | None) -> Answer:
        """The same answer, serving only deltas ``start`` to ``stop``."""
        return dataclasses.replace(self, start=start, stop=stop)

    def delta_count(self) -> int:
        return max(0, self.end() - self.start)

    def delta(self, i: int) -> str:
        """Delta ``i`` of this window."""
        return self._delta(self.start + i)

    def _delta(self, i: int) -> str:
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

    def chunks(self) -> Iterator[str]:
        """The window's text, delta by delta (never built whole)."""
        for i in range(self.delta_count()):
            yield self.delta(i)

    def text(self) -> str:
        return "".join(self.chunks())

    def output_tokens(self) -> int:
        """Emulated output tokens of the window: a word each, four per leading chunk."""
        fixed = len(self.prefix)
        lead = max(0, min(fixed, self.end()) - self.start)
        first = max(self.start, fixed) - fixed
        last = max(self.end(), fixed) - fixed
        words = max(0, min(self.words, last * _WORDS_PER_DELTA) - first * _WORDS_PER_DELTA)
        return 4 * lead + words


@dataclass
class Turn:
    """Everything the model produces for one interaction."""

    answer: Answer | None
    thought: list[str] = field(default_factory=list)
    function_call: dict[str, Any] | None = None
    unknown_event: bool = False
    unknown_delta: bool = False
    error_event: bool = False
    every_step: bool = False
    """Stream one block of every step and delta type before the answer (``showcase.py``)."""
    unknown_field: bool = False
    """Every event, its step or interaction, and the resource carry ``FUTURE_FIELD``."""


Event = dict[str, Any]


class EventPlan:
    """The body events of a turn (everything but the final events), by index.

    ``checkpoint`` (absolute answer position -> token), with ``checkpoint_every`` > 0, puts an
    ``interaction.status_update`` carrying a continuation token after every that many deltas.
    Every event carries ``metadata.total_usage``: ``input_tokens`` and the output tokens of
    the answer text sent so far.
    """

    def __init__(
        self,
        turn: Turn,
        *,
        legacy: bool,
        head: Callable[[], dict[str, Any]],
        checkpoint: Callable[[int], str] | None = None,
        checkpoint_every: int = 0,
        input_tokens: int = 0,
    ) -> None:
        self.turn = turn
        self.legacy = legacy
        self._head = head
        self._checkpoint = checkpoint
        self._every = checkpoint_every if checkpoint is not None else 0
        self._input_tokens = input_tokens
        self._kind = "content" if legacy else "step"
        self._segments: list[tuple[int, Callable[[int], Event]]] = []
        self.size = 0
        # (first event, events, output tokens once event k of them is sent) of the answer text
        self._metered: tuple[int, int, Callable[[int], int]] | None = None
        self._opening()
        index = 0
        if turn.thought:
            self._thought(index)
            index += 1
        if turn.every_step:
            for block in showcase.blocks(self.legacy):
                self._block(index, block.shell, len(block.deltas), block.deltas.__getitem__)
                index += 1
        if turn.answer is not None:
            self._answer(index, turn.answer)
            index += 1
        if turn.function_call is not None:
            self._function_call(index, turn.function_call)

    def _add(self, count: int, fn: Callable[[int], Event]) -> None:
        if count > 0:
            self._segments.append((count, fn))
            self.size += count

    def _status(self, extra: dict[str, Any]) -> Event:
        return {
            "event_type": "interaction.status_update",
            "interaction_id": self._head()["id"],
            "status": "in_progress",
            **extra,
        }

    def _opening(self) -> None:
        start = "interaction.start" if self.legacy else "interaction.created"
        self._add(1, lambda _: {"event_type": start, "interaction": self._head()})
        if not self.legacy:
            self._add(1, lambda _: self._status({}))
        if self.turn.unknown_event:
            future = {"note": "an event type from a later revision"}
            self._add(1, lambda _: {"event_type": "interaction.future_event", "detail": future})

    def _thought(self, index: int) -> None:
        deltas = [
            {"type": "thought_summary", "content": {"type": "text", "text": t}}
            for t in self.turn.thought
        ]
        self._block(index, {"type": "thought", "summary": []}, len(deltas), deltas.__getitem__)

    def _answer(self, index: int, answer: Answer) -> None:
        shell = (
            {"type": "text", "text": ""} if self.legacy else {"type": "model_output", "content": []}
        )
        leading = [{"type": "hologram", "frames": 3}] if self.turn.unknown_delta else []
        count, every = answer.delta_count(), self._every
        checkpoints = (count - 1) // every if every and count else 0

        def item(i: int) -> dict[str, Any]:
            if i < len(leading):
                return leading[i]
            group, rest = divmod(i - len(leading), every + 1) if every else (0, i - len(leading))
            if every and rest == every:
                return {"checkpoint": answer.start + (group + 1) * every}
            return {"type": "text", "text": answer.delta(group * every + rest)}

        def tokens(k: int) -> int:
            sent = k + 1 - len(leading)  # items after the leading ones, checkpoints included
            if every:
                groups, rest = divmod(max(sent, 0), every + 1)
                sent = groups * every + min(rest, every)
            stop = answer.start + min(max(sent, 0), count)
            return answer.window(answer.start, stop).output_tokens()

        total = len(leading) + count + checkpoints
        self._block(index, shell, total, item)
        if total:
            self._metered = (self.size - 1 - total, total, tokens)

    def _function_call(self, index: int, call: dict[str, Any]) -> None:
        shell = {"type": "function_call", "id": call["id"], "name": call["name"], "arguments": {}}
        if self.legacy:
            deltas = [{**shell, "arguments": call["arguments"]}]
        else:
            args = json.dumps(call["arguments"], sort_keys=True)
            size = max(1, len(args) // 3)
            deltas = [
                {"type": "arguments_delta", "arguments": args[i : i + size]}
                for i in range(0, len(args), size)
            ]
        self._block(index, shell, len(deltas), deltas.__getitem__)

    def _block(
        self, index: int, shell: dict[str, Any], count: int, item: Callable[[int], dict[str, Any]]
    ) -> None:
        kind, key = self._kind, self._kind

        def delta(i: int) -> Event:
            value = item(i)
            if "checkpoint" in value and self._checkpoint is not None:
                return self._status({"continuation_token": self._checkpoint(value["checkpoint"])})
            return {"event_type": f"{kind}.delta", "index": index, "delta": value}

        self._add(1, lambda _: {"event_type": f"{kind}.start", "index": index, key: shell})
        self._add(count, delta)
        self._add(1, lambda _: {"event_type": f"{kind}.stop", "index": index})

    def usage_at(self, i: int) -> dict[str, int]:
        """``metadata.total_usage`` of body event ``i``: the input and the text sent so far."""
        out = 0
        if self._metered is not None and i >= self._metered[0]:
            first, count, tokens = self._metered
            out = tokens(min(i - first, count - 1))
        inp = self._input_tokens
        return {"total_input_tokens": inp, "total_output_tokens": out, "total_tokens": inp + out}

    def event(self, i: int) -> Event:
        """Body event ``i`` (0-based), with its ``event_id`` and ``metadata``."""
        base = i
        for count, fn in self._segments:
            if i < count:
                event = fn(i)
                stamp(event, base, self.usage_at(base), self.turn.unknown_field)
                return event
            i -= count
        raise IndexError(base)
