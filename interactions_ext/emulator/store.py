"""Interactions kept by the emulator, and how each one evolves on the server's clock."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from . import showcase
from .content import FUTURE_FIELD, EventPlan, Turn, stamp
from .continuation import Continuation

__all__ = ["TEXT_SLOT", "Record", "Store"]

_counter = itertools.count(1)
# Stands for the answer's text in a resource: the writer streams the text in its place,
# so a huge answer is never built as one string.
TEXT_SLOT = f"\x00answer-{uuid.uuid4().hex}\x00"
_ECHOED = (
    "previous_interaction_id",
    "system_instruction",
    "tools",
    "generation_config",
    "agent_config",
    "response_format",
    "response_mime_type",
    "labels",
)
_RUNNING = ("queued", "in_progress")
_MEDIA = frozenset({"text", "image", "audio", "video", "document"})


def _iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Record:
    """One interaction: its request, its turn, and its timeline."""

    id: str
    body: dict[str, Any]
    turn: Turn
    store: bool
    background: bool
    duration: float
    final_status: str
    history: list[str]
    chain_prompt: str
    called: list[str]
    call: dict[str, Any] | None
    continuation: Continuation | None = None
    """How the answer is split into hops; None for agents, background runs and tool calls."""
    wall_start: float = field(default_factory=time.time)
    started: float = field(default_factory=time.monotonic)
    cancelled_at: float | None = None
    cancelled_events: int = 0
    hidden_gets: int = 0
    plans: dict[bool, EventPlan] = field(default_factory=dict)
    history_prompt: str = ""
    results: list[dict[str, Any]] = field(default_factory=list)

    def plan(self, legacy: bool) -> EventPlan:
        """The body events in one revision (built once, then reused)."""
        if legacy not in self.plans:
            every = self.continuation.every if self.continuation is not None else 0
            self.plans[legacy] = EventPlan(
                self.turn,
                legacy=legacy,
                head=self.head,
                checkpoint=self.token_at,
                checkpoint_every=every,
                input_tokens=self.input_tokens(),
            )
        return self.plans[legacy]

    def token_at(self, position: int) -> str:
        """The continuation token this interaction issues for answer delta ``position``."""
        assert self.continuation is not None
        return self.continuation.token(self.id, position)

    def continuation_token(self) -> str | None:
        """The token for the next hop, when this one stops before the answer's end."""
        answer = self.turn.answer
        if self.final_status != "requires_continuation" or answer is None:
            return None
        return self.token_at(answer.end())

    def head(self) -> dict[str, Any]:
        """The partial interaction carried by the first event."""
        who = (
            {"agent": self.body["agent"]}
            if "agent" in self.body
            else {"model": self.body.get("model")}
        )
        created = _iso(self.wall_start)
        return {
            "id": self.id,
            "object": "interaction",
            "status": "in_progress",
            **who,
            "created": created,
            "updated": created,
        }

    def updated(self, now: float) -> str:
        """When the interaction last changed: its end, its cancellation, or now."""
        if self.cancelled_at is not None:
            return _iso(self.wall_start + (self.cancelled_at - self.started))
        if self.progress(now) >= 1.0:
            return _iso(self.wall_start + self.duration)
        return _iso(self.wall_start + (now - self.started))

    # -- timeline ---------------------------------------------------------------------
    def progress(self, now: float) -> float:
        if self.duration <= 0:
            return 1.0
        return min(1.0, (now - self.started) / self.duration)

    def status(self, now: float) -> str:
        if self.cancelled_at is not None:
            return "cancelled"
        p = self.progress(now)
        if p >= 1.0:
            return "failed" if self.turn.error_event else self.final_status
        return "queued" if p < 0.1 else "in_progress"

    def cancel(self, now: float, legacy: bool) -> None:
        self.cancelled_events = self.available(now, legacy)
        self.cancelled_at = now

    def available(self, now: float, legacy: bool) -> int:
        """How many body events exist by ``now``."""
        size = self.plan(legacy).size
        if self.cancelled_at is not None:
            return min(self.cancelled_events, size)
        p = self.progress(now)
        # Queued runs have produced nothing yet; the first event appears when they start.
        return size if p >= 1.0 else int(size * max(0.0, p - 0.1) / 0.9)

    def final_events(self, now: float, legacy: bool) -> list[dict[str, Any]]:
        """The closing events, once the run has ended (empty before)."""
        status = self.status(now)
        if status in _RUNNING:
            return []
        if status == "failed":
            message = "The model run failed (emulated)."
            events: list[dict[str, Any]] = [
                {"event_type": "error", "error": {"code": "internal", "message": message}}
            ]
        else:
            events = self._closing(status, now, legacy)
        base, usage = self.plan(legacy).size, self.usage()
        for offset, event in enumerate(events):
            stamp(event, base + offset, dict(usage), self.turn.unknown_field)
        return events

    def _closing(self, status: str, now: float, legacy: bool) -> list[dict[str, Any]]:
        token = {"continuation_token": t} if (t := self.continuation_token()) else {}
        final = {**self.head(), "status": status, "updated": self.updated(now)}
        final.update(usage=self.usage(), **token)
        update = {
            "event_type": "interaction.status_update",
            "interaction_id": self.id,
            "status": status,
            **token,
        }
        if legacy:
            snapshot = {**final, "role": "model", "outputs": []}
            return [update, {"event_type": "interaction.complete", "interaction": snapshot}]
        first = [update] if status != "completed" else []
        return [*first, {"event_type": "interaction.completed", "interaction": final}]

    # -- resource ---------------------------------------------------------------------
    def input_tokens(self) -> int:
        return 8 + 4 * len(self.history)

    def usage(self) -> dict[str, int]:
        answer = self.turn.answer
        out = answer.output_tokens() if answer is not None else 8
        inp = self.input_tokens()
        thought = 12 if self.turn.thought else 0
        return {
            "total_input_tokens": inp,
            "total_output_tokens": out,
            "total_thought_tokens": thought,
            "total_tokens": inp + out + thought,
        }

    def to_json(self, now: float, legacy: bool) -> dict[str, Any]:
        """The resource; the answer's text is ``TEXT_SLOT`` (see the writer)."""
        status = self.status(now)
        data: dict[str, Any] = {**self.head(), "status": status, "updated": self.updated(now)}
        data.update({k: self.body[k] for k in _ECHOED if k in self.body})
        if status not in _RUNNING:
            data["usage"] = self.usage()
        token = self.continuation_token() if status == "requires_continuation" else None
        if token:
            data["continuation_token"] = token
        outputs = self._outputs(legacy) if status not in (*_RUNNING, "cancelled") else []
        if self.turn.unknown_field:
            data[FUTURE_FIELD] = {"added_in": "a later revision"}
            outputs = [{**o, FUTURE_FIELD: True} for o in outputs[:1]] + outputs[1:]
        if legacy:
            data["role"] = "model"
            data["outputs"] = outputs
        else:
            given = self.body.get("input")
            # A stored continuation hop sends no input, so it has no user_input step.
            steps = (
                [{"type": "user_input", "content": _content(given)}] if given is not None else []
            )
            data["steps"] = steps + outputs
        return data

    def _outputs(self, legacy: bool) -> list[dict[str, Any]]:
        """The output steps (legacy: outputs), in the order the stream sends their blocks."""
        steps: list[dict[str, Any]] = []
        if self.turn.thought:
            summary = [{"type": "text", "text": "".join(self.turn.thought)}]
            steps.append({"type": "thought", "summary": summary})
        if self.turn.every_step:
            steps += [block.whole for block in showcase.blocks(legacy)]
        if self.turn.answer is not None:
            text = {"type": "text", "text": TEXT_SLOT}
            steps.append(text if legacy else {"type": "model_output", "content": [text]})
        if self.call is not None:
            steps.append({"type": "function_call", **self.call})
        return steps


def _content(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"type": "text", "text": value}]
    if isinstance(value, dict):
        kind = value.get("type")
        return [value] if isinstance(kind, str) and kind in _MEDIA else []
    if isinstance(value, list):
        blocks: list[dict[str, Any]] = []
        for item in value:
            if isinstance(item, dict) and item.get("type") == "user_input":
                blocks.extend(_content(item.get("content")))
            else:
                blocks.extend(_content(item))
        return blocks
    return []


class Store:
    """In-memory interactions by id, the oldest forgotten beyond a cap."""

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return f"v1_emu{next(_counter):06d}{int(time.time() * 1000) % 100000:05d}"

    def get(self, interaction_id: str) -> Record | None:
        return self.records.get(interaction_id)

    def put(self, record: Record, cap: int) -> None:
        with self._lock:
            self.records[record.id] = record
            while len(self.records) > cap:
                del self.records[next(iter(self.records))]

    def delete(self, interaction_id: str) -> bool:
        with self._lock:
            return self.records.pop(interaction_id, None) is not None

    def clear(self) -> None:
        with self._lock:
            self.records.clear()
