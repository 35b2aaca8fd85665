"""Durable stream checkpoints against the emulator: what is committed, and when.

The rule under test: an event's cursor is committed when the caller asks for the next
one, so a stream stopped while handling event N and resumed elsewhere delivers N again
and then the rest; nothing is lost, nothing else repeats.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interactions_ext import (
    APIError,
    CheckpointError,
    Client,
    ConfigurationError,
    StoreConflict,
    StoreError,
    StreamEventError,
)
from interactions_ext.store import SQLiteStore, Store

from .conftest import Emu, MakeClient

MODEL = "gemini-2.5-flash"
PROMPT = "Tell me about rivers"
# Three hops: 60 words cut every 21 (whole deltas of three words).
HOPS = "answer_words=60,output_limit_words=21"


@pytest.fixture
def shared() -> Iterator[Store]:
    """One store object for every client of a test (a Store passed in is not closed)."""
    store = SQLiteStore(":memory:")
    yield store
    store.close()


def _key(event: Any) -> tuple[str | None, str, str | None]:
    """What identifies a delivered event across runs: its id, type and text (if any)."""
    delta = getattr(event, "delta", None)
    return (getattr(event, "event_id", None), type(event).__name__, getattr(delta, "text", None))


def _reference(client: Client, scenario: str | None = None) -> list[Any]:
    headers = {"x-emulator-scenario": scenario} if scenario else None
    with client.create(PROMPT, model=MODEL, stream=True, extra_headers=headers) as stream:
        return [_key(e) for e in stream]


def _create(client: Client, name: str, scenario: str | None = None) -> Any:
    headers = {"x-emulator-scenario": scenario} if scenario else None
    return client.create(PROMPT, model=MODEL, stream=True, checkpoint=name, extra_headers=headers)


def _take(stream: Any, count: int) -> list[Any]:
    taken = []
    for event in stream:
        taken.append(_key(event))
        if len(taken) == count:
            break
    return taken


def test_a_stopped_stream_resumes_with_only_the_event_in_hand_again(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    stream = _create(client, "job")
    first = _take(stream, 5)
    stream.close()  # while "handling" event 5: it was not committed
    state = client.get_checkpoint("job")
    assert state is not None and not state.done
    assert state.last_event_id == first[3][0]
    other = make_client(store=shared)
    rest = [_key(e) for e in other.resume_checkpoint("job")]
    assert first + rest[1:] == full
    assert rest[0] == first[-1]
    done = other.get_checkpoint("job")
    assert done is not None and done.done and done.last_event_id == full[-1][0]
    assert done.hops == (state.interaction_id,)


def test_leaving_the_with_block_commits_the_event_in_hand(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    with _create(client, "job") as stream:
        first = _take(stream, 4)
    rest = [_key(e) for e in client.resume_checkpoint("job")]
    assert first + rest == full


def test_an_exception_in_the_with_block_commits_nothing_more(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    first: list[Any] = []
    with pytest.raises(RuntimeError), _create(client, "job") as stream:
        first = _take(stream, 4)
        raise RuntimeError("the handler failed")
    rest = [_key(e) for e in client.resume_checkpoint("job")]
    assert first + rest[1:] == full


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(stop=st.integers(1, 36))
def test_any_stop_across_continuation_hops_resumes_whole(
    _emulator: Any, loop_thread: Any, flavour: str, stop: int
) -> None:
    from interactions_ext import AsyncClient

    from .flavours import SyncFacade

    store = SQLiteStore(":memory:")

    def make() -> Any:
        options = {"api_key": "k", "base_url": _emulator.base_url, "store": store}
        if flavour == "sync":
            return Client(**options)
        return SyncFacade(AsyncClient(**options), loop_thread)

    with make() as client:
        full = _reference(client, HOPS)
        stream = _create(client, "hops", HOPS)
        first = _take(stream, stop)
        stream.close()
    with make() as other:
        rest = [_key(e) for e in other.resume_checkpoint("hops")]
        finished = other.get_checkpoint("hops")
    store.close()
    assert len(full) > 36  # three hops, so the stream always stops before its end
    assert rest[0] == first[-1]  # the event in hand, whatever hop it belongs to
    assert first + rest[1:] == full
    assert finished is not None and finished.done and len(finished.hops) == 3


def test_a_stop_between_hops_opens_the_next_hop_from_the_token(
    make_client: MakeClient, shared: Store, emu: Emu
) -> None:
    client = make_client(store=shared, max_retries=0)
    full = _reference(client, HOPS)
    stream = _create(client, "gap", HOPS)
    first: list[Any] = []
    emu.fault("status=400", times=1, match="create")  # the next hop's create fails
    with pytest.raises(APIError):
        for event in stream:
            first.append(_key(event))
    stream.close()
    state = client.get_checkpoint("gap")
    assert state is not None and not state.done
    assert state.status == "requires_continuation" and state.continuation_token
    assert state.last_event_id == first[-1][0]
    rest = [_key(e) for e in make_client(store=shared).resume_checkpoint("gap")]
    assert first + rest == full
    assert len(client.get_checkpoint("gap").hops) == 3


def test_a_running_checkpoint_name_is_not_taken_twice(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    stream = _create(client, "job")
    _take(stream, 2)
    with pytest.raises(StoreConflict, match="has not finished"):
        _create(client, "job")
    stream.until_done()
    again = _create(client, "job")  # a finished one may be reused
    again.until_done()
    assert client.get_checkpoint("job").done


def test_two_consumers_of_one_checkpoint_cannot_both_advance_it(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    stream = _create(client, "job")
    _take(stream, 3)
    stream.close()
    one = client.resume_checkpoint("job")
    two = make_client(store=shared).resume_checkpoint("job")
    _take(one, 2)
    with pytest.raises(StoreConflict, match="another process"):
        _take(two, 2)
    one.close()
    two.close()


def test_a_finished_checkpoint_replays_without_writing(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    _create(client, "job").until_done()
    version = shared.get("checkpoint:job").version
    assert [_key(e) for e in client.resume_checkpoint("job")] == []
    tail = [_key(e) for e in client.resume_checkpoint("job", last_event_id=full[-4][0])]
    assert tail == full[-3:]
    assert shared.get("checkpoint:job").version == version


def test_an_explicit_last_event_id_picks_the_start(make_client: MakeClient, shared: Store) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    stream = _create(client, "job")
    _take(stream, 10)
    stream.close()
    rest = [_key(e) for e in client.resume_checkpoint("job", last_event_id=full[2][0])]
    assert rest == full[3:]


def test_a_failed_interaction_marks_the_checkpoint_done(
    make_client: MakeClient, shared: Store
) -> None:
    client = make_client(store=shared)
    with pytest.raises(StreamEventError):
        _create(client, "job", "error_event").until_done()
    state = client.get_checkpoint("job")
    assert state is not None and state.done and "StreamEventError" in (state.error or "")


def test_drops_inside_the_stream_still_commit_every_event_once(
    make_client: MakeClient, shared: Store, emu: Emu
) -> None:
    client = make_client(store=shared)
    full = _reference(client)
    emu.fault("drop_after_events=4", times=2, match="any")
    stream = _create(client, "job")
    first = _take(stream, 12)
    stream.close()
    rest = [_key(e) for e in client.resume_checkpoint("job")]
    assert first + rest[1:] == full


def test_a_refused_create_leaves_nothing_to_resume(
    make_client: MakeClient, shared: Store, emu: Emu
) -> None:
    client = make_client(store=shared, max_retries=0)
    emu.fault("status=400", times=1, match="create")
    with pytest.raises(APIError):
        _create(client, "job")
    with pytest.raises(CheckpointError, match="never named"):
        client.resume_checkpoint("job")
    with pytest.raises(CheckpointError, match="no checkpoint"):
        client.resume_checkpoint("nothing")
    assert client.get_checkpoint("nothing") is None
    _create(client, "job").until_done()  # the refused one was marked done


def test_checkpoints_need_a_stored_stream(make_client: MakeClient, shared: Store) -> None:
    client = make_client(store=shared)
    with pytest.raises(ValueError, match="stream=True"):
        client.create(PROMPT, model=MODEL, checkpoint="job")
    with pytest.raises(ConfigurationError, match="store=True"):
        client.create(PROMPT, model=MODEL, stream=True, store=False, checkpoint="job")
    with pytest.raises(ValueError, match="name"):
        client.create(PROMPT, model=MODEL, stream=True, checkpoint="")
    assert shared.get("checkpoint:job") is None


def test_the_client_opens_its_store_lazily_and_closes_it(tmp_path: Any, emu: Emu) -> None:
    url = f"sqlite://{tmp_path / 'lazy.db'}"
    client = Client(api_key="k", base_url=emu.base_url, store=url)
    assert not (tmp_path / "lazy.db").exists()
    _create(client, "job").until_done()
    assert client.get_checkpoint("job").done
    store = client.store
    client.close()
    with pytest.raises(StoreError, match="closed"):
        store.get("x")
