"""The per-chunk hot path against the stream core it replaced, over random streams.

``tests/reference/`` keeps the stream core, delivery and accumulator as they were
before the hot path; both are driven with the same bytes, chunkings, reconnections
and partial reads, and must agree after every step: the events delivered (and their
``raw()``), the cursor, the interaction id, the end-of-stream state and error, the
resume budget, and the interaction and function calls folded so far.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Iterator
from typing import Any
from unittest import mock

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext import delivery as fast_delivery
from interactions_ext.delivery import Delivery
from interactions_ext.errors import InteractionsError
from interactions_ext.events import raw
from interactions_ext.retry import RetryPolicy
from interactions_ext.stream_core import StreamCore

from .reference import delivery as reference_delivery
from .reference.delivery import Delivery as ReferenceDelivery
from .reference.stream_core import StreamCore as ReferenceCore

POLICY = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6)


def _usage(draw: st.DrawFn) -> dict[str, Any]:
    return {"total_tokens": draw(st.integers(0, 99))}


_KINDS = [
    *["text"] * 6,
    *["content_text"] * 4,
    *["image", "step_start", "content_start", "other_fields"] * 2,
    "created",
    "start",
    "status",
    "thought",
    "signature",
    "arguments",
    "annotation",
    "unknown_delta",
    "bad_delta",
    "step_stop",
    "content_other",
    "content_stop",
    "completed",
    "complete",
    "error",
    "unknown_event",
    "malformed",
    "no_type",
]


@st.composite
def payloads(draw: st.DrawFn, index: int) -> Any:
    """One event payload: every kind the core and the accumulator tell apart, and worse."""
    interaction = {"id": draw(st.sampled_from(["v1_a", "v1_b", ""])), "status": "in_progress"}
    # Mostly one step, text deltas often, and what reshapes a step's content between
    # them: the fast path for consecutive text deltas must notice every such change.
    step = draw(st.sampled_from([0, 0, 0, 1, 2]))
    kind = draw(st.sampled_from(_KINDS))
    if kind == "created":
        return {"event_type": "interaction.created", "interaction": interaction}
    if kind == "start":
        return {"event_type": "interaction.start", "interaction": interaction}
    if kind == "status":
        event = {"event_type": "interaction.status_update", "status": "in_progress"}
        if draw(st.booleans()):
            event["interaction_id"] = interaction["id"]
        if draw(st.booleans()):
            event["usage"] = _usage(draw)
        return event
    if kind == "step_start":
        body = draw(
            st.sampled_from(
                [
                    {"type": "model_output", "content": []},
                    {"type": "model_output", "content": [{"type": "text", "text": "Hel"}]},
                    {"type": "thought", "summary": []},
                    {"type": "function_call", "id": "c1", "name": "f", "arguments": {}},
                    {"type": "some_new_step", "x": 1},
                ]
            )
        )
        return {"event_type": "step.start", "index": step, "step": body}
    deltas = {
        "text": lambda: {"type": "text", "text": draw(_TEXT)},
        "thought": lambda: {
            "type": "thought_summary",
            "content": draw(
                st.sampled_from([{"type": "text", "text": "hm"}, {"type": "image", "data": "AA=="}])
            ),
        },
        "signature": lambda: {"type": "thought_signature", "signature": "sig"},
        "arguments": lambda: {
            "type": "arguments_delta",
            "arguments": draw(st.sampled_from(['{"a": ', "1}", "oops", ""])),
        },
        "annotation": lambda: {
            "type": "text_annotation_delta",
            "annotations": [{"type": "url_citation", "url": "https://e.x"}],
        },
        "image": lambda: {"type": "image", "data": "AA==", "mime_type": "image/png"},
        "unknown_delta": lambda: {"type": "brand_new_delta", "y": [1]},
        # Folded field by field into the step.
        "other_fields": lambda: {"type": "function_result", "call_id": "c1", "result": "ok"},
        "bad_delta": lambda: {"type": "text", "text": 5},
    }
    if kind in deltas:
        return {"event_type": "step.delta", "index": step, "delta": deltas[kind]()}
    if kind == "step_stop":
        event = {"event_type": "step.stop", "index": step}
        if draw(st.booleans()):
            event["usage"] = _usage(draw)
        return event
    if kind == "content_start":
        event = {"event_type": "content.start", "index": step}
        if draw(st.booleans()):
            event["content"] = {"type": "text", "text": draw(_TEXT)}
        return event
    if kind == "content_text":
        return {
            "event_type": "content.delta",
            "index": step,
            "delta": {"type": "text", "text": draw(_TEXT)},
        }
    if kind == "content_other":
        return {
            "event_type": "content.delta",
            "index": step,
            "delta": {"type": "thought_signature", "signature": "s"},
        }
    if kind == "content_stop":
        return {"event_type": "content.stop", "index": step}
    if kind in ("completed", "complete"):
        name = "interaction.completed" if kind == "completed" else "interaction.complete"
        done = {**interaction, "status": "completed", "usage": _usage(draw)}
        return {"event_type": name, "interaction": done}
    if kind == "error":
        if draw(st.booleans()):
            return {"event_type": "error"}
        return {"event_type": "error", "error": {"code": "boom", "message": "broken"}}
    if kind == "unknown_event":
        return {"event_type": "interaction.future", "index": index}
    if kind == "malformed":
        return b'{"event_type": "step.delta", "ind'
    return {"index": index}


@st.composite
def streams(draw: st.DrawFn) -> list[bytes]:
    """SSE frames of one interaction: random events, ids in JSON and/or ``id:`` lines."""
    count = draw(st.integers(1, 40))
    style = draw(st.sampled_from(["ordered", "opaque", "none", "mixed", "sse"]))
    frames: list[bytes] = []
    ids: list[str] = []
    for i in range(count):
        payload = draw(payloads(i))
        event_id: str | None = None
        if style != "none" and draw(st.integers(0, 9)) > (5 if style == "mixed" else 0):
            if ids and draw(st.integers(0, 9)) == 0:
                event_id = draw(st.sampled_from(ids))  # reused: replayed or clashing
            elif style == "opaque":
                event_id = f"{(i * 2654435761) % 2**32:08x}"
            else:
                event_id = f"evt_{i:05d}"
            ids.append(event_id)
        sse_id = None
        if isinstance(payload, dict) and event_id is not None:
            in_sse = style == "sse" or draw(st.integers(0, 9)) == 0
            if in_sse:
                sse_id = event_id
                if draw(st.booleans()):
                    event_id = None
            if event_id is not None:
                payload["event_id"] = event_id
        elif style == "sse" and draw(st.booleans()):
            sse_id = f"s{i}"
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        head = b"" if sse_id is None else b"id: " + sse_id.encode() + b"\n"
        if draw(st.booleans()):
            name = payload.get("event_type") if isinstance(payload, dict) else None
            head += b"event: " + str(name or "x").encode() + b"\n"
        frames.append(head + b"data: " + data + b"\n\n")
    if draw(st.booleans()):
        frames.append(b"event: done\ndata: [DONE]\n\n")
    return frames


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in itertools.pairwise([0, *points, len(data)])]


def _outcome(fn: Any) -> Any:
    """What a call returns, or the error it raises (type and message)."""
    try:
        return ("ok", fn())
    except (InteractionsError, ValueError) as exc:
        return ("raised", type(exc).__name__, str(exc))


def _state(core: Any) -> Any:
    acc = core.accumulator
    return (
        core.last_event_id,
        core.interaction_id,
        core.terminal_seen,
        core.finished,
        core.reconnects,
        core.attempt,
        core.delivery.since_cursor,
        None if core.error is None else (type(core.error).__name__, str(core.error)),
        acc.legacy,
        _outcome(lambda: msgspec.to_builtins(acc.interaction())),
        _outcome(lambda: [(c.id, c.name, c.arguments) for c in acc.function_calls()]),
    )


def _window(delivery: Any) -> Any:
    """The ids a delivery remembers, with their content hashes, in delivery order (the
    fast one's lane folded first, as its next lookup would)."""
    if isinstance(delivery, Delivery):
        delivery.fold()
    return [list(ids.items()) for ids in (delivery._first_ids, delivery._older, delivery._recent)]


def _take(core: Any, chunk: bytes, limit: int | None) -> Any:
    """Feed one chunk and read up to ``limit`` events (None: all), then drop the rest.

    A consumer that stops mid-chunk closes the stream; one that reads nothing of a
    chunk never makes the core see it (``feed`` is lazy), so ``limit`` is at least 1.
    """
    events = core.feed(chunk)
    try:
        taken = list(itertools.islice(events, limit))
    except InteractionsError as exc:
        return ("raised", type(exc).__name__, str(exc))
    finally:
        events.close()
    return ("ok", [(type(e).__name__, e, _outcome(lambda e=e: raw(e))) for e in taken])


@contextlib.contextmanager
def _small_windows(window: int, first: int) -> Iterator[None]:
    """Both deliveries with a small id window, so forgetting old ids happens in a test."""
    with contextlib.ExitStack() as stack:
        for module in (fast_delivery, reference_delivery):
            stack.enter_context(mock.patch.object(module, "_WINDOW", window))
            stack.enter_context(mock.patch.object(module, "_FIRST", first))
        yield


@settings(max_examples=300, deadline=None)
@given(
    frames=streams(),
    data=st.data(),
    strict=st.booleans(),
    accumulate=st.booleans(),
    window=st.sampled_from([(4096, 64), (3, 2)]),
)
def test_the_hot_path_delivers_what_the_reference_core_does(
    frames: list[bytes], data: st.DataObject, strict: bool, accumulate: bool, window: Any
) -> None:
    cores = [
        cls(policy=POLICY, strict=strict, accumulate=accumulate)
        for cls in (StreamCore, ReferenceCore)
    ]
    connections = data.draw(st.integers(1, 3), label="connections")
    with _small_windows(*window):
        for number in range(connections):
            if number:
                for core in cores:
                    core.new_connection()
            start = data.draw(st.integers(0, len(frames) - 1), label="body starts at frame")
            end = data.draw(st.integers(start + 1, len(frames)), label="body ends at frame")
            body = b"".join(frames[start:end])
            cuts = data.draw(st.lists(st.integers(0, 10**6), max_size=12), label="cuts")
            for chunk in _chunks(body, cuts):
                limit = data.draw(st.none() | st.integers(1, 3), label="events read")
                results = [_take(core, chunk, limit) for core in cores]
                assert results[0] == results[1]
                assert _state(cores[0]) == _state(cores[1])
            assert _window(cores[0].delivery) == _window(cores[1].delivery)
            how = data.draw(st.sampled_from(["end", "lost", "resume"]), label="then")
            for core in cores:
                if how == "end":
                    core.end_of_body()
                elif how == "lost":
                    core.connection_lost()
            if how == "resume":
                outcomes = [_outcome(lambda c=c: c.plan_resume(None, 0.0)) for c in cores]
                assert outcomes[0] == outcomes[1]
            assert _state(cores[0]) == _state(cores[1])


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(
        st.tuples(
            st.none() | st.integers(0, 30).map(lambda i: f"evt_{i:03d}"),
            st.integers(0, 3),
            st.booleans(),
        ),
        max_size=80,
    ),
    resumes=st.sets(st.integers(0, 80), max_size=6),
    window=st.sampled_from([(4096, 64), (4, 2), (1, 1)]),
)
def test_delivery_fast_path_decides_what_the_reference_does(
    events: list[tuple[str | None, int, bool]], resumes: set[int], window: Any
) -> None:
    with _small_windows(*window):
        deliveries = [Delivery(), ReferenceDelivery()]
        for i, (event_id, content, opening) in enumerate(events):
            if i in resumes:
                for delivery in deliveries:
                    delivery.new_connection()
            decisions = [d.is_new(event_id, content, opening) for d in deliveries]
            assert decisions[0] == decisions[1]
            fast, reference = deliveries
            assert (fast.cursor, fast.since_cursor) == (reference.cursor, reference.since_cursor)
            assert list(fast._recent.items()) == list(reference._recent.items())


@settings(max_examples=200, deadline=None)
@given(
    steady=st.integers(0, 60),
    chunks=st.lists(
        st.tuples(st.integers(1, 40), st.integers(0, 1000), st.integers(0, 200)), max_size=12
    ),
    window=st.sampled_from([(4, 2), (3, 1), (1, 1)]),
)
def test_ids_through_the_lane_leave_the_window_that_is_new_leaves(
    steady: int, chunks: list[tuple[int, int, int]], window: Any
) -> None:
    # Ids delivered through the lane wait there until a lookup: skipped generations and
    # all, the window they fold into must be the one delivering each through is_new makes.
    with _small_windows(*window), mock.patch.object(fast_delivery, "_LANE_BYTES", 2000):
        fast, reference = Delivery(), ReferenceDelivery()
        ids = (f"evt_{i:05d}" for i in itertools.count())
        for _ in range(steady):
            event_id = next(ids)
            assert fast.is_new(event_id, 0) and reference.is_new(event_id, 0)
        laned = 0
        # A chunk: how many events, the bytes it is said to hold, how large its payloads are.
        for count, size, pad in chunks:
            lane = fast.lane(size)
            for _ in range(count):
                event_id = next(ids)
                payload = event_id.encode() + b"x" * pad
                if lane is None:
                    assert fast.is_new(event_id, hash(payload))
                    lane = fast.lane()
                else:
                    lane[0].append(event_id)
                    lane[1].append(payload)
                    laned += 1
                assert reference.is_new(event_id, hash(payload))
            assert len(fast._lane_ids) < 2 * fast_delivery._WINDOW + count  # bounded
            assert sum(map(len, fast._lane_data)) <= 2000 + size + count * (9 + pad)
            assert (fast.cursor, fast.lane_count) == (reference.cursor, laned)
        assert _window(fast) == _window(reference)
        assert fast.top == reference.cursor
