"""Hostile servers: replays, id-less streams, [DONE] rules, reused ids. Never a duplicate,
never an endless loop, never a hang."""

from __future__ import annotations

import hashlib
import logging

import pytest

from interactions_ext import RetryPolicy, StreamInterruptedError, output_text
from interactions_ext import types as t
from interactions_ext.events import Event

from .conftest import MakeClient
from .hostile import Answer, HostileServer, completed, created, delta, sse

FAST = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)
ID = "v1_hostile"


def _texts(events: list[Event]) -> list[str]:
    return [
        e.delta.text
        for e in events
        if isinstance(e, t.StepDeltaEvent) and isinstance(e.delta, t.TextDelta)
    ]


def _answer(count: int, ids: list[str | None], *, end: bool = True) -> list[bytes | float]:
    pieces: list[bytes | float] = [sse(created(ID))]
    pieces += [sse(delta(0, f"w{i} ", ids[i])) for i in range(count)]
    if end:
        pieces += [sse(completed(ID, "end")), sse("[DONE]")]
    return pieces


@pytest.mark.parametrize(
    "make_id",
    [lambda i: f"evt_{i:06d}", lambda i: f"{(i * 7919) % 100003:x}-k{i * 31 % 17}"],
    ids=["ordered", "opaque"],
)
def test_a_full_replay_after_thousands_of_events_delivers_nothing_twice(
    hostile: HostileServer, make_client: MakeClient, make_id: object
) -> None:
    total, cut = 5000, 4899
    ids: list[str | None] = [make_id(i) for i in range(total)]  # type: ignore[operator]
    whole = _answer(total, ids)
    # The first body stops after `cut` deltas; every resume replays from the start.
    hostile.play(Answer(whole[: cut + 1]), Answer(whole))
    with (
        make_client(base_url=hostile.base_url, retry_policy=FAST) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    assert _texts(got) == [f"w{i} " for i in range(total)]
    assert stream.reconnects == 1
    assert "last_event_id=" in hostile.received[1]["path"]


def test_id_less_events_from_a_replaying_server_give_up_with_a_typed_error(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    ids: list[str | None] = [None] * 3
    hostile.play(Answer(_answer(3, ids, end=False)))  # every body: the same 3 events, no end
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        stream = client.create("x", model="m", stream=True)
        seen: list[Event] = []
        with pytest.raises(StreamInterruptedError) as info, stream:
            seen.extend(stream)
    assert _texts(seen) == ["w0 ", "w1 ", "w2 "]
    assert stream.reconnects == FAST.max_retries
    assert info.value.interaction_id == ID
    assert len(hostile.received) == 1 + FAST.max_retries


def test_id_less_tail_is_skipped_by_position_after_a_resume(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    ids: list[str | None] = ["a1", None, None, "a4", None]
    whole = _answer(5, ids)
    # Drop after two id-less events; the resume (after a1) sends them again, then the rest.
    tail = [sse(delta(0, f"w{i} ", ids[i])) for i in range(1, 5)] + whole[-2:]
    hostile.play(Answer(whole[:4]), Answer(tail))
    with (
        make_client(base_url=hostile.base_url, retry_policy=FAST) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    assert _texts(got) == [f"w{i} " for i in range(5)]
    assert "last_event_id=a1" in hostile.received[1]["path"]


@pytest.mark.timeout(20)
def test_done_ends_iteration_at_once_and_nothing_after_it_is_read(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    ids: list[str | None] = ["a1", "a2"]
    late = sse(delta(0, "late ", "a3"))
    # After [DONE] the server stalls for a minute, then sends one more event.
    hostile.play(Answer([*_answer(2, ids), 60.0, late]))
    with (
        make_client(base_url=hostile.base_url, retry_policy=FAST) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    assert _texts(got) == ["w0 ", "w1 "]
    assert stream.finished


def test_done_before_a_terminal_event_is_reported(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    ids: list[str | None] = ["a1", "a2"]
    hostile.play(Answer([*_answer(2, ids, end=False), sse("[DONE]")]))
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        stream = client.create("x", model="m", stream=True)
        seen: list[Event] = []
        with pytest.raises(StreamInterruptedError, match=r"\[DONE\]") as info, stream:
            seen.extend(stream)
    assert _texts(seen) == ["w0 ", "w1 "]
    assert info.value.last_event_id == "a2" and info.value.interaction_id == ID


def test_a_reused_id_with_other_content_is_logged_not_delivered(
    hostile: HostileServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    pieces = [
        sse(created(ID)),
        sse(delta(0, "one ", "a1")),
        sse(delta(0, "other ", "a1")),
        sse(delta(0, "two ", "a2")),
        sse(completed(ID, "end")),
        sse("[DONE]"),
    ]
    hostile.play(Answer(pieces))
    with (
        caplog.at_level(logging.WARNING, logger="interactions_ext"),
        make_client(base_url=hostile.base_url, retry_policy=FAST) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    assert _texts(got) == ["one ", "two "]
    assert any("a1 was reused with different content" in r.getMessage() for r in caplog.records)


# Ids of every kind a server may use: ordered numbers, numbers inside text, no digits,
# and hashes (digits in shapes that differ from id to id).
_ID_MAKERS = pytest.mark.parametrize(
    "make_id",
    [
        lambda i: f"evt_{i:06d}",
        lambda i: f"k{i}x",
        lambda i: "abcdefgh"[i] * 3,
        lambda i: hashlib.sha1(bytes([i])).hexdigest()[:10],
    ],
    ids=["ordered", "ordered-inside", "no-digits", "hashes"],
)


@_ID_MAKERS
def test_a_resume_from_a_bare_cursor_skips_a_replay_from_the_start(
    hostile: HostileServer, make_client: MakeClient, make_id: object
) -> None:
    ids: list[str | None] = [make_id(i) for i in range(8)]  # type: ignore[operator]
    hostile.play(Answer(_answer(8, ids)))  # ignores last_event_id: the whole stream
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with client.resume(ID, ids[4]) as rest:
            got = list(rest)
    assert _texts(got) == ["w5 ", "w6 ", "w7 "]
    assert isinstance(got[-1], t.InteractionCompletedEvent)
    (request,) = hostile.received  # one request, and it did send the cursor
    assert f"last_event_id={ids[4]}" in request["path"]


@_ID_MAKERS
@pytest.mark.parametrize("ending", [[sse("[DONE]")], []], ids=["done", "no-done"])
def test_a_resume_from_a_bare_cursor_keeps_what_follows_a_resent_opening_event(
    hostile: HostileServer, make_client: MakeClient, make_id: object, ending: list[bytes]
) -> None:
    # Honours the cursor, but opens every body with the interaction.created it sent first:
    # nothing after the cursor may be taken for a replay, whatever the ids look like.
    ids: list[str | None] = [make_id(i) for i in range(8)]  # type: ignore[operator]
    tail = [sse(delta(0, f"w{i} ", ids[i])) for i in range(5, 8)]
    opening = sse(created(ID, event_id=ids[0]))
    hostile.play(Answer([opening, *tail, sse(completed(ID, "end")), *ending]))
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with client.resume(ID, ids[4]) as rest:
            got = list(rest)
    assert _texts(got) == ["w5 ", "w6 ", "w7 "]
    assert isinstance(got[-1], t.InteractionCompletedEvent)


def test_ids_out_of_order_then_a_full_replay_deliver_each_event_once(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    # Past the stream's first ids the client takes an id above its cursor as new without
    # a lookup; 120 arrives after 150, so 150 again (above the cursor 120) is a repeat.
    # The connection then drops; the resume is answered from the first event.
    steady = [sse(delta(0, f"w{i} ", f"evt_{i:06d}")) for i in range(1, 101)]
    odd = [sse(delta(0, f"w{n} ", f"evt_{n:06d}")) for n in (150, 120, 150)]
    first: list[bytes | float] = [sse(created(ID, "evt_000000")), *steady, *odd]
    replay: list[bytes | float] = [*first, sse(delta(0, "w151 ", "evt_000151"))]
    replay += [sse(completed(ID, "evt_000152")), sse("[DONE]")]
    hostile.play(Answer(first), Answer(replay))
    with (
        make_client(base_url=hostile.base_url, retry_policy=FAST) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    expected = [f"w{i} " for i in (*range(1, 101), 150, 120, 151)]
    assert _texts(got) == expected
    assert output_text(stream.interaction()) == "".join(expected)
    assert "last_event_id=evt_000120" in hostile.received[1]["path"]


def test_a_long_stream_replayed_from_the_start_on_every_resume_refills_the_budget(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    # The policy allows one resume in a row without progress. Every body breaks off after
    # 100 more events and every resume is answered from the first event: past the replay,
    # the new events come through the client's lane (the stream is past its first ids), and
    # each of them moves the cursor, so each drop starts the budget afresh.
    blocks = [sse(created(ID, "evt_000000"))]
    blocks += [sse(delta(0, f"w{i} ", f"evt_{i:06d}")) for i in range(1, 401)]
    bodies: list[list[bytes | float]] = [list(blocks[: 101 + 100 * n]) for n in range(4)]
    bodies[-1] += [sse(completed(ID, "evt_000401")), sse("[DONE]")]
    hostile.play(*(Answer(body) for body in bodies))
    once = RetryPolicy(max_retries=1, initial_backoff=0.0, max_backoff=0.0)
    with (
        make_client(base_url=hostile.base_url, retry_policy=once) as client,
        client.create("x", model="m", stream=True) as stream,
    ):
        got = list(stream)
    assert _texts(got) == [f"w{i} " for i in range(1, 401)]
    assert stream.reconnects == 3
    assert [r["path"].rsplit("=", 1)[-1] for r in hostile.received[1:]] == [
        "evt_000100",
        "evt_000200",
        "evt_000300",
    ]
