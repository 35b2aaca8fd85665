"""Automatic continuation against the emulator's per-request output limit and checkpoints.

Each body runs with ``Client`` and ``AsyncClient``. The reference is the same prompt
answered in one request (no limit): continued answers must equal it, delivered once.
"""

from __future__ import annotations

import pytest

from interactions_ext import (
    Client,
    ContinuationTimeoutError,
    IncompleteInteractionWarning,
    RetryPolicy,
    StreamInterruptedError,
    continuation_hops,
    output_text,
)
from interactions_ext import types as t
from interactions_ext.events import Event, event_id_of, interaction_id_of

from .conftest import LEGACY, Emu, MakeClient

MODEL = "gemini-2.5-flash"
PROMPT = "Tell the long story"
FAST = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)
# 60 words are 20 deltas of 3; a 21-word limit makes hops of 7 + 7 + 6 deltas.
SPLIT = {"answer_words": 60, "output_limit_words": 21, "checkpoint_words": 6}
REVISIONS = [None, LEGACY]
# Where hop two is cut, in events: after its start ("start"), after some output but before
# its first checkpoint ("early"), right after that checkpoint, or one delta past it. The
# current revision adds a status_update after interaction.created.
CUTS = {
    None: {"start": 2, "early": 4, "checkpoint": 6, "past": 7},
    LEGACY: {"start": 1, "early": 3, "checkpoint": 5, "past": 6},
}


def _client(make_client: MakeClient, revision: str | None = None) -> Client:
    return make_client(api_revision=revision, retry_policy=FAST)


def _whole(emu: Emu, client: Client) -> t.Interaction:
    emu.scenario(answer_words=60, output_limit_words=0)
    whole = client.create(PROMPT, model=MODEL)
    emu.scenario(**SPLIT)
    return whole


def _texts(events: list[Event]) -> str:
    return "".join(
        e.delta.text or ""
        for e in events
        if isinstance(e, t.StepDeltaEvent | t.ContentDeltaEvent)
        and isinstance(e.delta, t.TextDelta)
    )


def _creates(emu: Emu) -> list[dict[str, object]]:
    return [r for r in emu.requests() if r["method"] == "POST" and "/_emulator" not in r["path"]]


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize("store", [True, False])
def test_unary_answer_is_whole_and_usage_summed(
    emu: Emu, make_client: MakeClient, revision: str | None, store: bool
) -> None:
    with _client(make_client, revision) as client:
        whole = _whole(emu, client)
        result = client.create(PROMPT, model=MODEL, store=store)
        hops = continuation_hops(result)
        assert len(hops) == 3 and result.id == hops[-1]
        assert result.status == "completed"
        assert output_text(result) == output_text(whole)
        assert isinstance(result.usage, t.Usage) and isinstance(whole.usage, t.Usage)
        assert result.usage.total_output_tokens == whole.usage.total_output_tokens
        if store:
            parts = [client.get(h).usage for h in hops]
            assert result.usage.total_input_tokens == sum(
                u.total_input_tokens for u in parts if isinstance(u, t.Usage)
            )
    assert len(_creates(emu)) == 1 + 3


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize("store", [True, False])
def test_stream_delivers_every_hop_once(
    emu: Emu, make_client: MakeClient, revision: str | None, store: bool
) -> None:
    with _client(make_client, revision) as client:
        whole = _whole(emu, client)
        with client.create(PROMPT, model=MODEL, stream=True, store=store) as stream:
            events = list(stream)
            merged = stream.interaction()
        hops = continuation_hops(merged)
        assert len(hops) == 3
        assert _texts(events) == output_text(whole) == output_text(merged)
        if store:
            reference = [e for h in hops for e in client.get(h, stream=True)]
            assert [(type(e), event_id_of(e)) for e in events] == [
                (type(e), event_id_of(e)) for e in reference
            ]
    assert stream.reconnects == 0


def test_disabled_warns_and_returns_the_first_hop(emu: Emu, make_client: MakeClient) -> None:
    emu.scenario(**SPLIT)
    with _client(make_client) as client, pytest.warns(IncompleteInteractionWarning):
        partial = client.create(PROMPT, model=MODEL, automatic_continuation=False)
    assert partial.status == "requires_continuation" and partial.continuation_token
    assert len(output_text(partial).split()) == 21
    assert len(_creates(emu)) == 1


def _drop_in_hop_two(
    emu: Emu, client: Client, store: bool, after: int
) -> tuple[list[Event], StreamInterruptedError | None]:
    """Stream the answer; cut hop two's connection after ``after`` of its events."""
    events: list[Event] = []
    stream = client.create(PROMPT, model=MODEL, stream=True, store=store)
    try:
        with stream:
            for event in stream:
                events.append(event)
                terminal = isinstance(
                    event, t.InteractionCompletedEvent | t.InteractionCompleteEvent
                )
                if terminal and len(continuation_hops(stream.interaction())) == 1:
                    emu.fault(f"drop_after_events={after}", times=1, match="create")
    except StreamInterruptedError as exc:
        return events, exc
    return events, None


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize(
    ("store", "cut"),
    [(True, "early"), (True, "checkpoint"), (False, "start"), (False, "checkpoint")],
)
def test_a_drop_in_hop_two_is_recovered(
    emu: Emu, make_client: MakeClient, revision: str | None, store: bool, cut: str
) -> None:
    with _client(make_client, revision) as client:
        whole = _whole(emu, client)
        events, error = _drop_in_hop_two(emu, client, store, CUTS[revision][cut])
        assert error is None
        assert _texts(events) == output_text(whole)
        if store:  # resumed by cursor: exactly the events the three hops hold
            hops = dict.fromkeys(i for e in events if (i := interaction_id_of(e)))
            reference = [e for h in hops for e in client.get(h, stream=True)]
            assert [(type(e), event_id_of(e)) for e in events] == [
                (type(e), event_id_of(e)) for e in reference
            ]


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize(("cut", "regenerated"), [("early", 2), ("past", 1)])
def test_unstored_drop_after_new_output_raises_with_a_resumable_token(
    emu: Emu, make_client: MakeClient, revision: str | None, cut: str, regenerated: int
) -> None:
    with _client(make_client, revision) as client:
        whole = _whole(emu, client)
        events, error = _drop_in_hop_two(emu, client, False, CUTS[revision][cut])
        assert error is not None and error.continuation_token
        rest = client.create(
            PROMPT, model=MODEL, store=False, continuation_token=error.continuation_token
        )
    kept = events[:-regenerated]  # what came after the token is generated again
    assert _texts(kept) + output_text(rest) == output_text(whole)


def test_the_timeout_bounds_all_hops(emu: Emu, make_client: MakeClient) -> None:
    with _client(make_client) as client:
        whole = _whole(emu, client)
        emu.scenario(latency_ms=400)  # each hop well inside the timeout, three of them not
        with pytest.raises(ContinuationTimeoutError) as info:
            client.create(PROMPT, model=MODEL, timeout=1.0)
        err = info.value
        assert err.continuation_token and err.interaction_id
        emu.scenario(latency_ms=0)
        rest = client.create(
            model=MODEL,
            continuation_token=err.continuation_token,
            previous_interaction_id=err.interaction_id,
        )
    assert output_text(err.partial) + output_text(rest) == output_text(whole)


def test_the_timeout_bounds_a_stream(emu: Emu, make_client: MakeClient) -> None:
    emu.scenario(**SPLIT, event_delay_ms=60)
    with _client(make_client) as client:
        stream = client.create(PROMPT, model=MODEL, stream=True, timeout=1.0)
        with stream, pytest.raises(ContinuationTimeoutError) as info:
            list(stream)
    assert info.value.continuation_token


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    "kind", [{"agent": "deep-research-pro-preview-12-2025"}, {"model": MODEL, "background": True}]
)
def test_agents_and_background_runs_send_no_hop(
    emu: Emu, make_client: MakeClient, stream: bool, kind: dict[str, object]
) -> None:
    emu.scenario(**SPLIT, clock_speed=10**6)
    with _client(make_client) as client:
        if stream:
            with client.create(PROMPT, stream=True, **kind) as events:
                list(events)
        else:
            client.create(PROMPT, **kind)
    assert len(_creates(emu)) == 1
