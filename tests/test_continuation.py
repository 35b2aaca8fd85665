"""Automatic continuation over real HTTP: long answers arrive whole and exactly once.

The server is ``continuation_server`` (stdlib, independent of the emulator), run on
127.0.0.1:0; each test body runs against both ``Client`` and ``AsyncClient``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import httpx2
import msgspec
import pytest

from interactions_ext import (
    BadRequestError,
    Client,
    ContinuationTimeoutError,
    IncompleteInteractionWarning,
    InternalServerError,
    RetryPolicy,
    StreamEventError,
    StreamInterruptedError,
    continuation_hops,
    output_text,
)
from interactions_ext import types as t
from interactions_ext.events import Event

from .conftest import MakeClient
from .continuation_server import LEGACY, Fault, Play, serve

MODEL = "gemini-2.5-flash"
FAST = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)
REVISIONS = [None, LEGACY]


@pytest.fixture
def play() -> Play:
    return Play()


@pytest.fixture
def server(play: Play) -> Iterator[str]:
    yield from serve(play)


@pytest.fixture
def connect(make_client: MakeClient, server: str) -> MakeClient:
    def make(**options: object) -> Client:
        options.setdefault("retry_policy", FAST)
        return make_client(base_url=server, **options)

    return make


def _texts(events: list[Event]) -> str:
    return "".join(
        e.delta.text or ""
        for e in events
        if isinstance(e, t.StepDeltaEvent | t.ContentDeltaEvent)
        and isinstance(e.delta, t.TextDelta)
    )


def _type(event: Event) -> str:
    tag: str = type(event).__struct_config__.tag
    return tag


# --- unary -----------------------------------------------------------------------------


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize("store", [True, False])
def test_unary_three_hops_return_one_whole_answer(
    connect: MakeClient, play: Play, revision: str | None, store: bool
) -> None:
    with connect(api_revision=revision) as client:
        result = client.create("tell", model=MODEL, store=store)
    assert output_text(result) == play.text()
    assert result.status == "completed"
    assert result.continuation_token is msgspec.UNSET
    assert continuation_hops(result) == ("int_1", "int_2", "int_3")
    assert result.id == "int_3"
    bodies = play.creates()
    assert "continuation_token" not in bodies[0]
    assert all(
        set(b) - set(bodies[0]) <= {"continuation_token", "previous_interaction_id"} for b in bodies
    )
    for body, owner in zip(bodies[1:], ("int_1", "int_2"), strict=True):
        assert body["continuation_token"] == play.records[owner].interaction["continuation_token"]
        if store:
            assert "input" not in body and body["previous_interaction_id"] == owner
        else:
            assert body["input"] == "tell" and body["store"] is False
            assert "previous_interaction_id" not in body
    if revision is None:
        steps = result.steps
        assert isinstance(steps, list)
        assert sum(isinstance(s, t.UserInputStep) for s in steps) == 1


def test_unary_usage_is_the_sum_of_the_hops(connect: MakeClient, play: Play) -> None:
    play.words, play.hop_words = 10, 4
    with connect() as client:
        usage = client.create("tell", model=MODEL).usage
    assert isinstance(usage, t.Usage)
    assert usage.total_output_tokens == 10
    assert usage.total_input_tokens == 12  # every hop prefills (and bills) the input again
    assert usage.total_tokens == 22
    assert usage.output_tokens_by_modality == [t.ModalityTokens(modality="text", tokens=10)]
    assert usage.grounding_tool_count == [t.GroundingToolCount(type="google_search", count=3)]


def test_disabled_returns_the_partial_answer_and_warns(connect: MakeClient, play: Play) -> None:
    with (
        connect() as client,
        pytest.warns(IncompleteInteractionWarning, match="continuation_token"),
    ):
        partial = client.create("tell", model=MODEL, automatic_continuation=False)
    assert len(play.creates()) == 1
    assert partial.status == "requires_continuation"
    assert isinstance(partial.continuation_token, str) and partial.continuation_token
    assert output_text(partial) == play.text(0, 3)
    assert continuation_hops(partial) == ("int_1",)


def test_caller_continues_with_its_token_and_no_input(connect: MakeClient, play: Play) -> None:
    with connect() as client:
        with pytest.warns(IncompleteInteractionWarning):
            first = client.create("tell", model=MODEL, automatic_continuation=False)
        with warnings.catch_warnings():
            warnings.simplefilter("error", IncompleteInteractionWarning)
            # Driving hops by hand: no warning for the still-incomplete second hop.
            second = client.create(
                model=MODEL,
                continuation_token=str(first.continuation_token),
                previous_interaction_id=first.id,
                automatic_continuation=False,
            )
        assert second.status == "requires_continuation"
        rest = client.create(
            model=MODEL,
            continuation_token=str(second.continuation_token),
            previous_interaction_id=second.id,
        )
    assert output_text(first) + output_text(second) + output_text(rest) == play.text()
    assert continuation_hops(rest) == ("int_3",)
    assert "input" not in play.creates()[1]


def test_stops_on_a_missing_token(connect: MakeClient, play: Play) -> None:
    play.end_token = False
    with connect() as client:
        result = client.create("tell", model=MODEL)
    assert result.status == "requires_continuation"
    assert len(play.creates()) == 1


@pytest.mark.parametrize("stream", [False, True])
def test_requires_action_is_not_continued(connect: MakeClient, play: Play, stream: bool) -> None:
    play.status, play.last_token = "requires_action", True
    play.hop_words = play.words  # one hop, ending with a token the client must not follow
    with connect() as client:
        if stream:
            with client.create("tell", model=MODEL, stream=True) as events:
                list(events)
                status = events.interaction().status
        else:
            status = client.create("tell", model=MODEL).status
    assert status == "requires_action"
    assert len(play.creates()) == 1


def test_transient_503_on_hop_two_retries_only_that_hop(connect: MakeClient, play: Play) -> None:
    play.faults[1] = Fault(status=503)
    with connect() as client:
        result = client.create("tell", model=MODEL)
    assert output_text(result) == play.text()
    bodies = play.creates()
    assert len(bodies) == 4
    assert bodies[1] == bodies[2]  # the same hop again, not the answer from the start


def test_a_failed_hop_raises_with_the_token_and_the_partial_answer(
    connect: MakeClient, play: Play
) -> None:
    play.faults[2] = Fault(status=500)
    with connect() as client:
        with pytest.raises(InternalServerError) as info:
            client.create("tell", model=MODEL)
        err = info.value
        assert err.continuation_token == play.records["int_2"].interaction["continuation_token"]
        assert err.interaction_id == "int_2"
        assert output_text(err.partial) == play.text(0, 6)
        rest = client.create(
            model=MODEL,
            continuation_token=err.continuation_token,
            previous_interaction_id=err.interaction_id,
        )
    assert output_text(err.partial) + output_text(rest) == play.text()


def test_store_false_failure_names_no_interaction(connect: MakeClient, play: Play) -> None:
    play.faults[1] = Fault(status=500)
    with connect() as client, pytest.raises(InternalServerError) as info:
        client.create("tell", model=MODEL, store=False)
    assert info.value.continuation_token and info.value.interaction_id is None


def test_a_first_hop_failure_has_nothing_to_continue(connect: MakeClient, play: Play) -> None:
    play.faults[0] = Fault(status=400)
    with connect() as client, pytest.raises(BadRequestError) as info:
        client.create("tell", model=MODEL)
    assert info.value.continuation_token is None and info.value.partial is None


def test_timeout_bounds_the_whole_call_not_each_hop(connect: MakeClient, play: Play) -> None:
    play.words, play.hop_words, play.latency = 12, 2, 0.3  # each hop well inside the timeout
    with connect() as client, pytest.raises(ContinuationTimeoutError) as info:
        client.create("tell", model=MODEL, timeout=1.0)
    err = info.value
    done = len(play.creates()) - 1
    assert 1 <= done < 6
    assert err.partial is not None and err.continuation_token
    assert output_text(err.partial).startswith(play.text(0, 2))
    assert err.interaction_id == err.partial.id


def test_timeout_during_a_stalled_hop(connect: MakeClient, play: Play) -> None:
    play.faults[1] = Fault(stall=30)
    with connect() as client, pytest.raises(ContinuationTimeoutError) as info:
        client.create("tell", model=MODEL, timeout=1.0)
    err = info.value
    assert err.continuation_token == play.records["int_1"].interaction["continuation_token"]
    assert err.interaction_id == "int_1"
    assert output_text(err.partial) == play.text(0, 3)


# --- streaming -------------------------------------------------------------------------


def _reference(play: Play) -> list[str]:
    """Event types of every hop, in order, as the server sent them."""
    return [e["event_type"] for r in play.records.values() for e in r.events]


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize("store", [True, False])
def test_stream_spans_the_hops_exactly_once(
    connect: MakeClient, play: Play, revision: str | None, store: bool
) -> None:
    with (
        connect(api_revision=revision) as client,
        client.create("tell", model=MODEL, stream=True, store=store) as stream,
    ):
        events = list(stream)
        whole = stream.interaction()
    assert _texts(events) == play.text()
    assert [_type(e) for e in events] == _reference(play)
    assert len(events) == sum(len(r.events) for r in play.records.values())
    assert output_text(whole) == play.text()
    assert whole.status == "completed"
    assert continuation_hops(whole) == ("int_1", "int_2", "int_3")
    assert isinstance(whole.usage, t.Usage) and whole.usage.total_output_tokens == 9
    assert stream.reconnects == 0
    for body in play.creates()[1:]:
        assert body["stream"] is True and ("input" in body) is not store


def test_text_deltas_and_until_done_see_the_whole_answer(connect: MakeClient, play: Play) -> None:
    with connect() as client:
        with client.create("tell", model=MODEL, stream=True) as first:
            text = "".join(first.text_deltas())
        with client.create("tell", model=MODEL, stream=True) as second:
            done = second.until_done()
    assert text == play.text() == output_text(done)


def test_stream_disabled_warns_at_the_end(connect: MakeClient, play: Play) -> None:
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True, automatic_continuation=False)
        with stream, pytest.warns(IncompleteInteractionWarning):
            events = list(stream)
    assert _texts(events) == play.text(0, 3)
    assert stream.interaction().status == "requires_continuation"
    assert stream.interaction().continuation_token
    assert len(play.creates()) == 1


def test_closing_in_hop_two_sends_nothing_more(connect: MakeClient, play: Play) -> None:
    with connect() as client, client.create("tell", model=MODEL, stream=True) as stream:
        for event in stream:
            if isinstance(event, t.StepDeltaEvent) and stream.interaction_id == "int_2":
                break
    assert len(play.creates()) == 2


def test_terminal_snapshot_without_token_ends_the_answer(connect: MakeClient, play: Play) -> None:
    play.checkpoint_every, play.end_token = 1, False
    with connect() as client, client.create("tell", model=MODEL, stream=True) as stream:
        list(stream)
    assert len(play.creates()) == 1  # the mid-hop checkpoints are not a reason to continue


@pytest.mark.parametrize("broken", [True, False])
@pytest.mark.parametrize("revision", REVISIONS)
def test_stored_drop_in_hop_two_after_a_checkpoint_resumes_by_cursor(
    connect: MakeClient, play: Play, broken: bool, revision: str | None
) -> None:
    play.checkpoint_every = 1
    play.faults[1] = Fault(after=5, broken=broken)
    with (
        connect(api_revision=revision) as client,
        client.create("tell", model=MODEL, stream=True) as stream,
    ):
        events = list(stream)
    assert _texts(events) == play.text()
    assert [_type(e) for e in events] == _reference(play)
    gets = [r for r in play.requests if r.method == "GET"]
    assert len(gets) == 1 and gets[0].query["last_event_id"] == ["5"]
    assert stream.reconnects == 1


@pytest.mark.parametrize("broken", [True, False])
def test_stored_drop_in_hop_two_before_its_first_event_resends_the_hop(
    connect: MakeClient, play: Play, broken: bool
) -> None:
    play.faults[1] = Fault(after=0, broken=broken)
    with connect() as client, client.create("tell", model=MODEL, stream=True) as stream:
        events = list(stream)
    assert _texts(events) == play.text()
    bodies = play.creates()
    assert len(bodies) == 4 and bodies[1] == bodies[2]
    assert bodies[2]["previous_interaction_id"] == "int_1"


@pytest.mark.parametrize("broken", [True, False])
@pytest.mark.parametrize("revision", REVISIONS)
def test_unstored_drop_right_after_a_checkpoint_continues_from_it(
    connect: MakeClient, play: Play, broken: bool, revision: str | None
) -> None:
    play.checkpoint_every = 1
    # Hop two: created, start, delta w3, checkpoint@4 -- cut here, nothing after it seen.
    play.faults[1] = Fault(after=4, broken=broken)
    with (
        connect(api_revision=revision) as client,
        client.create("tell", model=MODEL, stream=True, store=False) as stream,
    ):
        events = list(stream)
        whole = stream.interaction()
    assert _texts(events) == play.text()
    assert output_text(whole) == play.text()
    assert stream.reconnects == 1
    assert not [r for r in play.requests if r.method == "GET"]
    resent = play.creates()[2]
    assert resent["continuation_token"] == play.token("int_2", 4)
    assert resent["input"] == "tell"


def test_unstored_drop_after_output_past_the_checkpoint_raises_with_it(
    connect: MakeClient, play: Play
) -> None:
    play.checkpoint_every = 2
    # Hop two: created, start, w3, w4, checkpoint@5, w5 -- cut: w5 came after the checkpoint.
    play.faults[1] = Fault(after=6)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True, store=False)
        seen: list[Event] = []
        with stream, pytest.raises(StreamInterruptedError) as info:
            seen.extend(stream)
        err = info.value
        assert err.continuation_token == play.token("int_2", 5)
        assert _texts(seen) == play.text(0, 6)
        rest = client.create(
            "tell", model=MODEL, store=False, continuation_token=err.continuation_token
        )
    # Continuing from the checkpoint generates w5 again: the caller knows where it stood.
    assert output_text(rest) == play.text(5)
    assert len(play.creates()) == 2 + 2


def test_unstored_drop_before_any_checkpoint_cannot_continue(
    connect: MakeClient, play: Play
) -> None:
    play.faults[0] = Fault(after=3)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True, store=False)
        with stream, pytest.raises(StreamInterruptedError) as info:
            list(stream)
    assert info.value.continuation_token is None
    assert info.value.interaction_id == "int_1" and info.value.last_event_id == "3"
    assert len(play.requests) == 1


def test_unstored_drop_with_continuation_off_carries_the_checkpoint(
    connect: MakeClient, play: Play
) -> None:
    play.checkpoint_every = 1
    play.faults[0] = Fault(after=4)
    with connect() as client:
        stream = client.create(
            "tell", model=MODEL, stream=True, store=False, automatic_continuation=False
        )
        with stream, pytest.raises(StreamInterruptedError) as info:
            list(stream)
    assert info.value.continuation_token == play.token("int_1", 1)
    assert len(play.creates()) == 1


def test_reconnects_without_progress_are_bounded(connect: MakeClient, play: Play) -> None:
    for n in range(1, 20):
        play.faults[n] = Fault(after=0)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True)
        with stream, pytest.raises(StreamInterruptedError) as info:
            list(stream)
    assert info.value.continuation_token == play.records["int_1"].interaction["continuation_token"]
    assert len(play.creates()) == 2 + FAST.max_retries


def test_checkpoint_progress_resets_the_bound(connect: MakeClient, play: Play) -> None:
    play.words, play.hop_words, play.checkpoint_every = 12, 12, 1
    # Every request is cut right after its first checkpoint (created, start, delta, checkpoint).
    for n in range(8):
        play.faults[n] = Fault(after=4)
    with (
        connect() as client,
        client.create("tell", model=MODEL, stream=True, store=False) as stream,
    ):
        events = list(stream)
    assert _texts(events) == play.text()
    assert stream.reconnects == 8 > FAST.max_retries


def test_a_failed_stream_hop_raises_with_the_token(connect: MakeClient, play: Play) -> None:
    play.faults[1] = Fault(status=500)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True)
        seen: list[Event] = []
        with stream, pytest.raises(InternalServerError) as info:
            seen.extend(stream)
        err = info.value
        assert err.continuation_token == play.records["int_1"].interaction["continuation_token"]
        assert err.interaction_id == "int_1"
        assert output_text(stream.interaction()) == _texts(seen) == play.text(0, 3)
        rest = client.create(
            model=MODEL,
            continuation_token=err.continuation_token,
            previous_interaction_id=err.interaction_id,
        )
    assert _texts(seen) + output_text(rest) == play.text()


def test_an_error_event_after_a_checkpoint_is_raised_not_resumed(
    connect: MakeClient, play: Play
) -> None:
    play.checkpoint_every = 1
    play.faults[1] = Fault(after=4, error=True)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True, store=False)
        with stream, pytest.raises(StreamEventError):
            list(stream)
    assert len(play.requests) == 2


def test_a_caller_token_is_resent_after_a_drop_before_any_event(
    connect: MakeClient, play: Play
) -> None:
    with connect() as client:
        with pytest.warns(IncompleteInteractionWarning):
            first = client.create("tell", model=MODEL, automatic_continuation=False)
        play.faults[1] = Fault(after=0)
        token = str(first.continuation_token)
        with client.create(
            model=MODEL, stream=True, continuation_token=token, previous_interaction_id=first.id
        ) as stream:
            events = list(stream)
    assert output_text(first) + _texts(events) == play.text()
    bodies = play.creates()
    assert bodies[1] == bodies[2] and bodies[1]["continuation_token"] == token


def test_a_request_timeout_object_applies_to_each_hop(connect: MakeClient, play: Play) -> None:
    play.words, play.hop_words, play.latency = 8, 2, 0.3  # four hops: more than a second
    with connect() as client:
        result = client.create("tell", model=MODEL, timeout=httpx2.Timeout(1.0))
    assert output_text(result) == play.text()


def test_stream_timeout_carries_the_token(connect: MakeClient, play: Play) -> None:
    play.faults[1] = Fault(after=2, stall=30)
    with connect() as client:
        stream = client.create("tell", model=MODEL, stream=True, timeout=1.0)
        seen: list[Event] = []
        with stream, pytest.raises(ContinuationTimeoutError) as info:
            seen.extend(stream)
    err = info.value
    assert err.continuation_token == play.records["int_1"].interaction["continuation_token"]
    assert err.interaction_id == "int_1"
    assert _texts(seen) == play.text(0, 3)


# --- what never continues ----------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"background": True, "automatic_continuation": False},
        {"background": True, "automatic_continuation": True},
        {"background": True, "automatic_continuation": False, "stream": True},
    ],
)
def test_background_combinations_are_rejected(
    connect: MakeClient, play: Play, options: dict
) -> None:
    with connect() as client, pytest.raises(ValueError, match="background"):
        client.create("tell", model=MODEL, **options)
    assert not play.requests


def test_agents_reject_automatic_continuation(connect: MakeClient, play: Play) -> None:
    with connect() as client, pytest.raises(ValueError, match="agents"):
        client.create(
            "tell", agent="deep-research-pro-preview-12-2025", automatic_continuation=True
        )


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("kind", ["background", "agent"])
def test_server_managed_runs_send_no_hop_and_no_warning(
    connect: MakeClient, play: Play, stream: bool, kind: str
) -> None:
    options: dict = (
        {"model": MODEL, "background": True}
        if kind == "background"
        else {"agent": "deep-research-pro-preview-12-2025"}
    )
    with connect() as client, warnings.catch_warnings():
        warnings.simplefilter("error", IncompleteInteractionWarning)
        if stream:
            with client.create("tell", stream=True, **options) as events:
                list(events)
                status = events.interaction().status
        else:
            status = client.create("tell", **options).status
    assert status == "requires_continuation"
    assert len(play.creates()) == 1


def test_wait_for_completion_returns_on_requires_continuation(
    connect: MakeClient, play: Play
) -> None:
    with connect() as client:
        with pytest.warns(IncompleteInteractionWarning):
            first = client.create("tell", model=MODEL, automatic_continuation=False)
        waited = client.wait_for_completion(first.id, timeout=5)
    assert waited.status == "requires_continuation" and waited.continuation_token
