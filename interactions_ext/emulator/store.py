"""Interactions kept by the emulator, and how each one evolves on the server's clock."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from .content import EventPlan, Turn, make_event_id

__all__ = ["Record", "Store"]

_counter = itertools.count(1)


def _iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Record:
    """One interaction: its request, its turn, and its timeline."""

    id: str
    body: dict[str, Any]
    turn: Turn
    legacy: bool
    store: bool
    background: bool
    duration: float
    final_status: str
    history: list[str]
    chain_prompt: str
    called: list[str]
    call: dict[str, Any] | None
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
            self.plans[legacy] = EventPlan(self.turn, legacy=legacy, head=self.head)
        return self.plans[legacy]

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
            return self.final_status
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
        if status in ("queued", "in_progress"):
            return []
        base = self.plan(legacy).size
        if status == "failed" or self.turn.error_event:
            events: list[dict[str, Any]] = [
                {
                    "event_type": "error",
                    "error": {"code": "internal", "message": "The model run failed (emulated)."},
                }
            ]
        else:
            final = {
                **self.head(),
                "status": status,
                "updated": self.updated(now),
                "usage": self.usage(),
            }
            update = {
                "event_type": "interaction.status_update",
                "interaction_id": self.id,
                "status": status,
            }
            if legacy:
                events = [
                    update,
                    {
                        "event_type": "interaction.complete",
                        "interaction": {**final, "role": "model", "outputs": []},
                    },
                ]
            else:
                events = ([update] if status != "completed" else []) + [
                    {"event_type": "interaction.completed", "interaction": final}
                ]
        for offset, event in enumerate(events):
            event["event_id"] = make_event_id(base + offset)
        return events

    # -- resource ---------------------------------------------------------------------
    def usage(self) -> dict[str, int]:
        answer = self.turn.answer
        out = answer.words + 4 * len(answer.prefix) if answer is not None else 8
        inp = 8 + 4 * len(self.history)
        thought = 12 if self.turn.thought else 0
        return {
            "total_input_tokens": inp,
            "total_output_tokens": out,
            "total_thought_tokens": thought,
            "total_tokens": inp + out + thought,
        }

    def to_json(self, now: float, legacy: bool) -> dict[str, Any]:
        status = self.status(now)
        if self.turn.error_event and status == "completed":
            status = "failed"
        data: dict[str, Any] = {**self.head(), "status": status, "updated": self.updated(now)}
        for key in (
            "previous_interaction_id",
            "system_instruction",
            "tools",
            "generation_config",
            "agent_config",
            "response_format",
            "response_mime_type",
            "labels",
        ):
            if key in self.body:
                data[key] = self.body[key]
        if status not in ("queued", "in_progress"):
            data["usage"] = self.usage()
        done = status not in ("queued", "in_progress")
        outputs: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = [
            {"type": "user_input", "content": _content(self.body.get("input"))}
        ]
        if done and status != "cancelled":
            if self.turn.thought:
                summary = [{"type": "text", "text": "".join(self.turn.thought)}]
                steps.append({"type": "thought", "summary": summary})
                outputs.append({"type": "thought", "summary": summary})
            if self.turn.answer is not None:
                text = self.turn.answer.text()
                steps.append({"type": "model_output", "content": [{"type": "text", "text": text}]})
                outputs.append({"type": "text", "text": text})
            if self.call is not None:
                steps.append({"type": "function_call", **self.call})
                outputs.append({"type": "function_call", **self.call})
        if legacy:
            data["role"] = "model"
            data["outputs"] = outputs
        else:
            data["steps"] = steps
        return data


def _content(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"type": "text", "text": value}]
    if isinstance(value, dict):
        return (
            [value] if value.get("type") in {"text", "image", "audio", "video", "document"} else []
        )
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
    """In-memory interactions by id."""

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}

    @staticmethod
    def new_id() -> str:
        return f"v1_emu{next(_counter):06d}{int(time.time() * 1000) % 100000:05d}"

    def get(self, interaction_id: str) -> Record | None:
        return self.records.get(interaction_id)

    def put(self, record: Record) -> None:
        self.records[record.id] = record

    def delete(self, interaction_id: str) -> bool:
        return self.records.pop(interaction_id, None) is not None

    def clear(self) -> None:
        self.records.clear()
