"""Exactly-once delivery, for any stream, any drop points, honest or replaying servers."""

from __future__ import annotations

import hashlib
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext import delivery as delivery_module
from interactions_ext import output_text
from interactions_ext import types as t
from interactions_ext.delivery import Delivery
from interactions_ext.errors import StreamInterruptedError
from interactions_ext.events import event_id_of
from interactions_ext.retry import RetryPolicy
from interactions_ext.stream_core import StreamCore

from .hostile import completed, created, delta, sse

# An event is (id or None, content); ids are unique within a stream.
Stream = list[tuple[str | None, int]]


@st.composite
def streams(draw: st.DrawFn) -> Stream:
    size = draw(st.integers(1, 300))
    style = draw(st.sampled_from(["ordered", "opaque"]))
    with_id = draw(st.lists(st.booleans(), min_size=size, max_size=size))
    # Streams open with a named event (interaction.created carries an id) or carry no
    # ids at all: a replay that opens with id-less events cannot be told from an honest
    # resume until it is too late (see interactions_ext.delivery).
    with_id[0] = any(with_id)
    events: Stream = []
    for i, has_id in enumerate(with_id):
        if not has_id:
            events.append((None, i))
        elif style == "ordered":
            events.append((f"evt_{i:05d}", i))
        else:
            events.append((f"{(i * 2654435761) % 2**32:08x}", i))
    return events


def _after(stream: Stream, cursor: str | None) -> Stream:
    if cursor is None:
        return stream
    index = next(i for i, (event_id, _) in enumerate(stream) if event_id == cursor)
    return stream[index + 1 :]


@settings(max_examples=200, deadline=None)
@given(stream=streams(), data=st.data())
def test_every_event_once_in_order(stream: Stream, data: st.DataObject) -> None:
    replays = data.draw(st.booleans(), label="server ignores the cursor")
    delivery = Delivery()
    delivered: Stream = []
    first = True
    for _ in range(len(stream)):  # every connection delivers at least one new event
        if len(delivered) >= len(stream):
            break
        body = stream if (replays or first) else _after(stream, delivery.cursor)
        if not first:
            delivery.new_connection()
        first = False
        # Each body gets past what was delivered before (else no stream could progress).
        again = len(delivered) if (replays or first) else delivery.since_cursor
        cut = data.draw(st.integers(again + 1, len(body)), label="events before the drop")
        for event_id, content in body[:cut]:
            if delivery.is_new(event_id, content):
                delivered.append((event_id, content))
    assert delivered == stream


@st.composite
def _id_styles(draw: st.DrawFn) -> list[str]:
    size = draw(st.integers(3, 40))
    style = draw(st.sampled_from(["ordered", "inside", "letters", "hashes"]))
    if style == "ordered":
        return [f"evt_{i:06d}" for i in range(size)]
    if style == "inside":
        return [f"k{i}x" for i in range(size)]
    if style == "letters":
        return ["".join("abcdefghij"[int(d)] for d in f"{i:03d}") for i in range(size)]
    return [hashlib.sha1(bytes([i])).hexdigest()[:10] for i in range(size)]


@settings(max_examples=200, deadline=None)
@given(ids=_id_styles(), data=st.data())
def test_a_resume_from_a_bare_cursor_delivers_exactly_what_follows_it(
    ids: list[str], data: st.DataObject
) -> None:
    # The stream: the opening event, deltas, the terminal event (with an id or not).
    closing = data.draw(st.sampled_from([None, "end"]), label="terminal id")
    events = [sse(created("v1_x", event_id=ids[0]))]
    events += [sse(delta(0, f"w{i} ", ids[i])) for i in range(1, len(ids))]
    events += [sse(completed("v1_x", closing)), sse("[DONE]")]
    at = data.draw(st.integers(1, len(ids) - 1), label="cursor")
    replays = data.draw(st.booleans(), label="server replays from the start")
    body = b"".join(events if replays else [events[0], *events[at + 1 :]])
    cuts = sorted(data.draw(st.lists(st.integers(0, len(body)), max_size=8), label="chunks"))
    core = StreamCore(policy=RetryPolicy(), interaction_id="v1_x", last_event_id=ids[at])
    got: list[Any] = []
    for start, end in zip([0, *cuts], [*cuts, len(body)], strict=True):
        got += core.feed(body[start:end])
    texts = [e.delta.text for e in got if isinstance(e, t.StepDeltaEvent)]
    assert texts == [f"w{i} " for i in range(at + 1, len(ids))]
    assert isinstance(got[-1], t.InteractionCompletedEvent) and core.error is None


def test_events_held_against_a_bare_cursor_are_bounded() -> None:
    # A replay with opaque ids whose cursor lies beyond what may be held: a typed error
    # with the cursor, not unbounded memory and not a guess.
    ids = [hashlib.sha1(i.to_bytes(2, "big")).hexdigest()[:12] for i in range(5000)]
    body = sse(created("v1_x", event_id=ids[0])) + b"".join(
        sse(delta(0, "w ", event_id)) for event_id in ids[1:]
    )
    core = StreamCore(policy=RetryPolicy(), interaction_id="v1_x", last_event_id=ids[4500])
    assert list(core.feed(body)) == []
    assert isinstance(core.error, StreamInterruptedError)
    assert core.error.last_event_id == ids[4500] and core.error.interaction_id == "v1_x"


def _ids_delivered(core: StreamCore, chunks: list[bytes]) -> list[str | None]:
    return [event_id_of(e) for chunk in chunks for e in core.feed(chunk)]


def _steady_then(tail: list[int]) -> list[bytes]:
    """An opening, 100 ordered deltas (past the stream's first ids), then ``tail``."""
    blocks = [sse(created("v1_x", "evt_00000"))]
    blocks += [sse(delta(0, "a", f"evt_{i:05d}")) for i in range(1, 101)]
    blocks += [sse(delta(0, f"t{n}", f"evt_{n:05d}")) for n in tail]
    return blocks


@given(per_event=st.booleans())
def test_an_id_above_the_cursor_is_not_new_when_a_greater_one_came_before(
    per_event: bool,
) -> None:
    # 150 and then 120 (new, though below the cursor) are delivered; 150 again is not,
    # though it is above the cursor 120: the cursor is not the greatest id any more.
    blocks = _steady_then([150, 120, 150, 151, 120])
    chunks = blocks if per_event else [b"".join(blocks)]
    core = StreamCore(policy=RetryPolicy())
    got = _ids_delivered(core, chunks)
    assert got[-3:] == ["evt_00150", "evt_00120", "evt_00151"]
    assert len(got) == len(set(got)) == 104
    assert output_text(core.accumulator.interaction()) == "a" * 100 + "t150t120t151"


def test_the_id_window_stays_bounded_on_a_long_steady_stream() -> None:
    core = StreamCore(policy=RetryPolicy(), accumulate=False)
    assert len(list(core.feed(sse(created("v1_x", "evt_000000"))))) == 1
    for start in range(1, 30_001, 500):
        chunk = b"".join(sse(delta(0, "a", f"evt_{i:06d}")) for i in range(start, start + 500))
        assert len(list(core.feed(chunk))) == 500
        # The lane's ids wait for the window, but not more than two of its generations.
        assert len(core.delivery._lane_ids) < 2 * delivery_module._WINDOW + 500
    assert core.delivery.lane_count > 29_000  # the lane did carry them
    core.delivery.fold()
    window = core.delivery._recent | core.delivery._older
    assert delivery_module._WINDOW <= len(window) <= 2 * delivery_module._WINDOW
    assert "evt_030000" in window and "evt_000001" not in window


def test_the_payloads_kept_by_the_lane_stay_bounded_in_bytes() -> None:
    # Large events: what the lane keeps for their content hashes is bounded by the bytes
    # read since it last folded, whatever the count of ids allows.
    core = StreamCore(policy=RetryPolicy(), accumulate=False)
    assert len(list(core.feed(sse(created("v1_x", "evt_000000"))))) == 1
    text = "x" * 4000
    with mock.patch.object(delivery_module, "_LANE_BYTES", 200_000):
        for start in range(1, 2_001, 20):
            chunk = b"".join(sse(delta(0, text, f"evt_{i:06d}")) for i in range(start, start + 20))
            assert len(list(core.feed(chunk))) == 20
            assert sum(map(len, core.delivery._lane_data)) <= 200_000 + len(chunk)
    assert core.delivery.lane_count > 1_900
    assert core.last_event_id == "evt_002000"


@pytest.mark.parametrize("progress", [True, False])
def test_events_of_the_fast_lane_refill_the_resume_budget(progress: bool) -> None:
    # Each resume is answered from the start (the server ignores the cursor): the replay is
    # skipped up to the cursor, and what follows it is new, through Delivery's lane. Each
    # event of it moves the cursor, so the next drop starts the resume budget afresh.
    core = StreamCore(policy=RetryPolicy(max_retries=1, initial_backoff=0, max_backoff=0))
    blocks = _steady_then(list(range(101, 401)))
    assert len(_ids_delivered(core, [b"".join(blocks[:101])])) == 101
    for end in (201, 301, 401):
        core.connection_lost()
        if end > 201 and not progress:
            with pytest.raises(StreamInterruptedError, match="gave up after 1 resume attempts"):
                core.plan_resume(None, 0.0)
            return
        assert core.plan_resume(None, 0.0) == 0  # the one attempt the policy allows
        core.new_connection()
        replay = blocks[:end] if progress else blocks[:101]
        delivered = _ids_delivered(core, [b"".join(replay)])
        assert len(delivered) == (100 if progress else 0)
    assert core.delivered == 401 and core.last_event_id == "evt_00400"
