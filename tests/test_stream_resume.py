"""Automatic resumption: every event exactly once, in order, or a clear error."""

from __future__ import annotations

import pytest

from interactions_ext import (
    Client,
    RetryPolicy,
    StreamEventError,
    StreamInterruptedError,
    output_text,
)
from interactions_ext import types as t
from interactions_ext.events import Event, event_id_of

from .conftest import LEGACY, Emu, MakeClient

MODEL = "gemini-2.5-flash"
FAST = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)
REVISIONS = [None, LEGACY]


def _reference(client: Client, interaction_id: str) -> list[Event]:
    with client.get(interaction_id, stream=True) as stream:
        return list(stream)


def _ids(events: list[Event]) -> list[str | None]:
    return [event_id_of(e) for e in events]


def _client(make_client: MakeClient, revision: str | None) -> Client:
    return make_client(api_revision=revision, retry_policy=FAST)


@pytest.mark.parametrize("revision", REVISIONS)
def test_drop_at_every_event_index_is_invisible(
    emu: Emu, make_client: MakeClient, revision: str | None
) -> None:
    emu.scenario(answer_words=12)
    with _client(make_client, revision) as client:
        with client.create("count", model=MODEL, stream=True) as probe:
            total = len(list(probe))
        for cut in range(1, total):
            fault = {"x-emulator-fault": f"drop_after_events={cut}"}
            with client.create("count", model=MODEL, stream=True, extra_headers=fault) as stream:
                got = list(stream)
            assert stream.reconnects == 1, cut
            assert stream.interaction_id
            assert _ids(got) == _ids(_reference(client, stream.interaction_id)), cut
            assert len(set(_ids(got))) == len(got)


@pytest.mark.parametrize("revision", REVISIONS)
def test_drop_mid_event_is_invisible(
    emu: Emu, make_client: MakeClient, revision: str | None
) -> None:
    with _client(make_client, revision) as client:
        for cut in (450, 1001, 2500):  # each inside an event after the first
            fault = {"x-emulator-fault": f"drop_after_bytes={cut}"}
            with client.create("bytes", model=MODEL, stream=True, extra_headers=fault) as stream:
                got = list(stream)
            assert stream.interaction_id
            assert _ids(got) == _ids(_reference(client, stream.interaction_id)), cut


def test_drop_before_the_first_event_cannot_resume(emu: Emu, make_client: MakeClient) -> None:
    with _client(make_client, None) as client:
        fault = {"x-emulator-fault": "drop_after_bytes=40"}
        stream = client.create("early", model=MODEL, stream=True, extra_headers=fault)
        with pytest.raises(StreamInterruptedError) as info, stream:
            list(stream)
        assert info.value.interaction_id is None and info.value.last_event_id is None


def test_clean_eof_without_terminal_event_is_resumed_not_reported_complete(
    emu: Emu, make_client: MakeClient
) -> None:
    with _client(make_client, None) as client:
        fault = {"x-emulator-fault": "end_after_events=3"}
        with client.create("eof", model=MODEL, stream=True, extra_headers=fault) as stream:
            got = list(stream)
        assert stream.reconnects == 1
        assert isinstance(got[-1], t.InteractionCompletedEvent)


def test_unresumable_stream_raises_with_cursor(emu: Emu, make_client: MakeClient) -> None:
    with _client(make_client, None) as client:
        fault = {"x-emulator-fault": "drop_after_events=4"}
        stream = client.create("gone", model=MODEL, stream=True, store=False, extra_headers=fault)
        seen: list[Event] = []
        with pytest.raises(StreamInterruptedError) as info, stream:
            seen.extend(stream)
        assert len(seen) == 4
        assert info.value.interaction_id == stream.interaction_id
        assert info.value.last_event_id == event_id_of(seen[-1])
        assert not stream.finished


def test_interrupted_stream_resumes_later_from_the_cursor(
    emu: Emu, make_client: MakeClient
) -> None:
    with _client(make_client, None) as client:
        emu.fault("drop_after_events=0", times=10, match="get")
        stream = client.create(
            "later",
            model=MODEL,
            stream=True,
            extra_headers={"x-emulator-fault": "drop_after_events=2"},
        )
        first: list[Event] = []
        with pytest.raises(StreamInterruptedError) as info, stream:
            first.extend(stream)
        emu._admin("DELETE", "faults")
        err = info.value
        assert len(first) == 2 and stream.reconnects == FAST.max_retries
        assert err.interaction_id
        with client.resume(err.interaction_id, err.last_event_id) as resumed:
            rest = list(resumed)
        assert _ids(first + rest) == _ids(_reference(client, err.interaction_id))


@pytest.mark.parametrize("stop_after", [1, 5, 9])
def test_stopping_mid_chunk_resumes_from_the_last_event_seen(
    emu: Emu, make_client: MakeClient, stop_after: int
) -> None:
    # The emulator writes many events per chunk; the cursor must follow delivery,
    # not decoding, or the events decoded but never handed over would be skipped.
    with _client(make_client, None) as client:
        stream = client.create("a story", model=MODEL, stream=True, store=True)
        head: list[Event] = []
        for event in stream:
            head.append(event)
            if len(head) == stop_after:
                break
        stream.close()
        assert stream.last_event_id == event_id_of(head[-1])
        assert stream.interaction_id
        with client.resume(stream.interaction_id, stream.last_event_id) as resumed:
            tail = list(resumed)
        assert _ids(head + tail) == _ids(_reference(client, stream.interaction_id))


def test_resuming_after_the_terminal_event_ends_cleanly(emu: Emu, make_client: MakeClient) -> None:
    with _client(make_client, None) as client:
        with client.create("short", model=MODEL, stream=True) as stream:
            events = list(stream)
        assert stream.interaction_id and stream.last_event_id == event_id_of(events[-1])
        with client.resume(stream.interaction_id, stream.last_event_id) as resumed:
            assert list(resumed) == []
        assert resumed.finished and resumed.reconnects == 0


def test_auto_resume_can_be_switched_off(make_client: MakeClient) -> None:
    with make_client(auto_resume=False) as client:
        fault = {"x-emulator-fault": "drop_after_events=2"}
        with (
            pytest.raises(StreamInterruptedError),
            client.create("off", model=MODEL, stream=True, extra_headers=fault) as stream,
        ):
            list(stream)


def test_error_event_raises_after_the_events_before_it(client: Client) -> None:
    seen: list[Event] = []
    with (
        pytest.raises(StreamEventError) as info,
        client.create(
            "fail", model=MODEL, stream=True, extra_headers={"x-emulator-scenario": "error_event"}
        ) as stream,
    ):
        seen.extend(stream)
    assert seen and info.value.interaction_id == stream.interaction_id


@pytest.mark.parametrize("revision", REVISIONS)
def test_until_done_matches_a_plain_get(
    emu: Emu, make_client: MakeClient, revision: str | None
) -> None:
    with _client(make_client, revision) as client:
        with client.create("final", model=MODEL, stream=True) as stream:
            final = stream.until_done()
        stored = client.get(final.id)
        assert final.status == stored.status == "completed"
        assert output_text(final) == output_text(stored) != ""


def test_text_deltas_concatenate_to_the_answer(client: Client) -> None:
    with client.create("poem", model=MODEL, stream=True) as stream:
        text = "".join(stream.text_deltas())
    assert text == output_text(client.get(stream.interaction_id or ""))


def test_accumulate_false_delivers_everything_but_keeps_no_content(
    emu: Emu, make_client: MakeClient
) -> None:
    with _client(make_client, None) as client:
        with client.create("long", model=MODEL, stream=True, accumulate=False) as lean:
            texts = list(lean.text_deltas())
            final = lean.interaction()
        assert texts and final.status == "completed" and final.id == lean.interaction_id
        assert output_text(final) == ""
        with client.resume(lean.interaction_id, None) as full:
            assert "".join(full.text_deltas()) == "".join(texts) == full.text()
