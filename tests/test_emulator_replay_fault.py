"""The ``replay_from_start`` fault: a server that ignores ``last_event_id`` on every resume.

What the emulator sends under it (plain httpx2 and the SSE JSON), and that the client
still delivers every event exactly once: automatic resumes, ``client.resume`` from a
cursor, and resumes into a recorded cassette stream.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interactions_ext import Client, RetryPolicy
from interactions_ext.emulator import Emulator
from interactions_ext.emulator.content import make_event_id
from interactions_ext.errors import StreamInterruptedError
from interactions_ext.events import event_id_of

from .conftest import EMU_KEY, Emu, MakeClient, sse_json

MODEL = "gemini-2.5-flash"
REPLAY = {"x-emulator-fault": "replay_from_start=true"}
FAST = RetryPolicy(max_retries=6, initial_backoff=0.0, max_backoff=0.01)
CASSETTES = Path(__file__).parent / "cassettes"


def _stored(http: httpx2.Client, words: int = 30) -> str:
    body = {"model": MODEL, "input": "count"}
    headers = {"x-emulator-scenario": f"answer_words={words}"}
    interaction_id: str = http.post("/v1beta/interactions", json=body, headers=headers).json()["id"]
    return interaction_id


def _resumed_ids(http: httpx2.Client, interaction_id: str, last: str, fault: str) -> list[Any]:
    body = bytearray()
    params = {"stream": "true", "last_event_id": last}
    headers = {"x-emulator-fault": fault}
    try:
        with http.stream(
            "GET", f"/v1beta/interactions/{interaction_id}", params=params, headers=headers
        ) as response:
            for chunk in response.iter_raw():
                body += chunk
    except httpx2.TransportError:
        pass  # a drop fault: what arrived before the cut is what counts
    return [event.get("event_id") for event in sse_json(bytes(body))]


# --- what the emulator sends ---------------------------------------------------------


def test_a_resume_is_answered_from_the_first_event(http: httpx2.Client) -> None:
    interaction_id = _stored(http)
    honest = _resumed_ids(http, interaction_id, make_event_id(6), "latency_ms=0")
    replayed = _resumed_ids(http, interaction_id, make_event_id(6), "replay_from_start=true")
    assert honest[0] == make_event_id(7)
    assert replayed == [make_event_id(i) for i in range(7)] + honest


def test_the_other_faults_count_only_the_events_after_the_cursor(http: httpx2.Client) -> None:
    interaction_id = _stored(http)
    fault = "replay_from_start=true,drop_after_events=3"
    got = _resumed_ids(http, interaction_id, make_event_id(9), fault)
    assert got == [make_event_id(i) for i in range(13)]  # 10 again, then 3 new, then the cut


def test_a_bad_cursor_is_still_refused(http: httpx2.Client) -> None:
    interaction_id = _stored(http)
    response = http.get(
        f"/v1beta/interactions/{interaction_id}",
        params={"stream": "true", "last_event_id": "evt_x"},
        headers=REPLAY,
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_request"


@pytest.mark.parametrize("value", ["maybe", "2", ""])
def test_the_fault_is_validated_like_the_others(emu: Emu, http: httpx2.Client, value: str) -> None:
    fault = f"replay_from_start={value}" if value else "replay_from_start=,status=503"
    response = http.post(
        "/v1beta/interactions",
        json={"model": MODEL, "input": "x"},
        headers={"x-emulator-fault": fault},
    )
    assert response.status_code == 400
    assert "replay_from_start" in response.json()["error"]["message"]
    queued = httpx2.post(f"{emu.base_url}/_emulator/faults", json={"fault": fault})
    assert queued.status_code == 400
    assert emu._admin("GET", "faults") == []


# --- the client still delivers everything once ---------------------------------------


def test_client_resume_from_a_cursor_delivers_nothing_twice(
    make_client: MakeClient, revision: str | None
) -> None:
    client = make_client(api_revision=revision)
    headers = {"x-emulator-scenario": "answer_words=30"}
    with client.create("count", model=MODEL, stream=True, extra_headers=headers) as stream:
        reference = [event_id_of(e) for e in stream]
    interaction_id = stream.interaction_id
    assert interaction_id
    for cut in (0, 1, 5, len(reference) - 2):
        cursor = reference[cut]
        assert cursor is not None
        with client.resume(interaction_id, cursor, extra_headers=REPLAY) as rest:
            assert [event_id_of(e) for e in rest] == reference[cut + 1 :], cut


def test_automatic_resumes_from_a_replaying_server_deliver_everything_once(
    emu: Emu, make_client: MakeClient, revision: str | None
) -> None:
    client = make_client(api_revision=revision, retry_policy=FAST)
    emu.fault("replay_from_start=true", times=1000, match="stream")
    emu.fault("drop_after_events=4", times=5, match="stream")
    headers = {"x-emulator-scenario": "answer_words=60"}
    with client.create("count", model=MODEL, stream=True, extra_headers=headers) as stream:
        ids = [event_id_of(e) for e in stream]
    assert stream.reconnects == 5
    assert ids == [make_event_id(i) for i in range(len(ids))]


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    words=st.integers(1, 150),
    cuts=st.lists(st.integers(1, 30), min_size=1, max_size=4),
    by_hand=st.booleans(),
)
def test_any_sequence_of_drops_against_a_replaying_server_is_exactly_once(
    emu: Emu, words: int, cuts: list[int], by_hand: bool
) -> None:
    emu.reset()
    emu.fault("replay_from_start=true", times=1000, match="stream")
    for cut in cuts:
        emu.fault(f"drop_after_events={cut}", times=1, match="stream")
    headers = {"x-emulator-scenario": f"answer_words={words}"}
    with Client(api_key="k", base_url=emu.base_url, retry_policy=FAST) as client:
        ids = _deliver(client, headers, auto_resume=not by_hand)
    assert ids == [make_event_id(i) for i in range(len(ids))]
    assert len(ids) == 5 + -(-words // 3)


def _deliver(client: Client, headers: dict[str, str], *, auto_resume: bool) -> list[str | None]:
    """Every event of one stream, resuming by hand from each error's cursor when asked to."""
    ids: list[str | None] = []
    stream = client.create(
        "count", model=MODEL, stream=True, extra_headers=headers, auto_resume=auto_resume
    )
    for _ in range(20):
        try:
            with stream:
                for event in stream:
                    ids.append(event_id_of(event))
            return ids
        except StreamInterruptedError as exc:
            assert exc.interaction_id and exc.last_event_id == ids[-1]
            stream = client.resume(exc.interaction_id, exc.last_event_id, auto_resume=False)
    raise AssertionError("the stream never finished")


def test_a_resume_into_a_recorded_stream_replays_from_its_start() -> None:
    with Emulator(replay=CASSETTES) as emu, Client(api_key="k", base_url=emu.base_url) as client:
        with client.create("Tell me a joke", model=MODEL, stream=True) as stream:
            recorded = [e.event_id for e in stream]
        interaction_id = stream.interaction_id
        assert interaction_id
        sent = _wire_ids(emu.base_url, interaction_id, "joke-e5")
        assert sent == recorded  # the whole recording, from its first event
        with client.resume(interaction_id, "joke-e5", extra_headers=REPLAY) as rest:
            assert [e.event_id for e in rest] == ["joke-e6", "joke-e7", "joke-e8"]


def _wire_ids(base_url: str, interaction_id: str, last: str) -> list[Any]:
    response = httpx2.get(
        f"{base_url}/v1beta/interactions/{interaction_id}",
        params={"stream": "true", "last_event_id": last},
        headers={**EMU_KEY, **REPLAY},
    )
    return [event["event_id"] for event in sse_json(response.content)]
