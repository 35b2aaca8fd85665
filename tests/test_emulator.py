"""Every emulator switch, observed from outside with plain httpx2 or our client."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx2
import pytest

from interactions_ext import (
    BadRequestError,
    Client,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
    output_text,
)
from interactions_ext import types as t
from interactions_ext.emulator.content import make_event_id
from interactions_ext.events import InvalidEvent, UnknownDelta, UnknownEvent
from interactions_ext.sse import ServerSentEvent, iter_events

from .conftest import EMU_KEY, LEGACY, Emu, sse_json

MODEL = "gemini-2.5-flash"
AGENT = "deep-research-pro-preview-12-2025"
NO_RETRY = RetryPolicy(max_retries=0)


def _create(http: httpx2.Client, fault: str | None = None, **body: object) -> httpx2.Response:
    headers = {"x-emulator-fault": fault} if fault else {}
    return http.post(
        "/v1beta/interactions",
        json={"model": MODEL, "input": "hello", **body},
        headers=headers,
    )


def _stream_raw(http: httpx2.Client, fault: str) -> tuple[bytes, Exception | None]:
    received = bytearray()
    error: Exception | None = None
    request = http.build_request(
        "POST",
        "/v1beta/interactions",
        json={"model": MODEL, "input": "a story", "stream": True},
        headers={"x-emulator-fault": fault},
    )
    response = http.send(request, stream=True)
    try:
        for chunk in response.iter_raw():
            received += chunk
    except httpx2.TransportError as exc:
        error = exc
    finally:
        response.close()
    return bytes(received), error


def _events(body: bytes) -> list[ServerSentEvent]:
    return list(iter_events([body]))


# --- per-request faults ---------------------------------------------------------------


def test_status_with_retry_after_answers_the_api_error_shape(http: httpx2.Client) -> None:
    response = _create(http, "status=503,retry_after=7")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "7"
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["status"] == "UNAVAILABLE"


@pytest.mark.parametrize("status", [429, 500, 503])
def test_each_error_status_reaches_the_client_as_a_typed_error(emu: Emu, status: int) -> None:
    with Client(api_key="k", base_url=emu.base_url, retry_policy=NO_RETRY) as client:
        fault = {"x-emulator-fault": f"status={status}"}
        with pytest.raises(Exception) as info:
            client.create("x", model=MODEL, extra_headers=fault)
    assert getattr(info.value, "status_code", None) == status


def test_fault_by_query_parameter(http: httpx2.Client) -> None:
    response = http.post(
        "/v1beta/interactions",
        params={"emulator_fault": "status=429,retry_after=1"},
        json={"model": MODEL, "input": "x"},
    )
    assert response.status_code == 429 and response.headers["retry-after"] == "1"


def test_latency_is_observed_as_a_read_timeout(emu: Emu) -> None:
    with (
        httpx2.Client(base_url=emu.base_url, headers=EMU_KEY, timeout=0.2) as slow,
        pytest.raises(httpx2.ReadTimeout),
    ):
        _create(slow, "latency_ms=3000")


def test_drop_after_events_cuts_after_exactly_n_events(http: httpx2.Client) -> None:
    body, error = _stream_raw(http, "drop_after_events=3")
    assert isinstance(error, httpx2.RemoteProtocolError)
    assert len(_events(body)) == 3


def test_drop_after_bytes_cuts_at_that_byte(http: httpx2.Client) -> None:
    body, error = _stream_raw(http, "drop_after_bytes=500")
    assert error is not None
    assert len(body) == 500


def test_end_after_events_closes_cleanly_without_done(http: httpx2.Client) -> None:
    body, error = _stream_raw(http, "end_after_events=4")
    assert error is None
    events = _events(body)
    assert len(events) == 4 and all(e.data_bytes != b"[DONE]" for e in events)


def test_partial_line_ends_mid_line(http: httpx2.Client) -> None:
    body, error = _stream_raw(http, "partial_line=true")
    assert error is not None
    assert not body.endswith(b"\n")


def test_malformed_event_arrives_as_invalid_event_and_the_stream_goes_on(client: Client) -> None:
    clean = list(client.create("x", model=MODEL, stream=True))
    fault = {"x-emulator-fault": "malformed_after_events=2"}
    with client.create("x", model=MODEL, stream=True, extra_headers=fault) as stream:
        events = list(stream)
        assert stream.finished
    assert len(events) == len(clean)
    invalid = events[2]
    assert isinstance(invalid, InvalidEvent) and b"this is not json" in invalid.data
    assert invalid.event_type == type(clean[2]).__struct_config__.tag
    kinds = [type(e) for e in events]
    assert kinds[:2] + kinds[3:] == [type(e) for e in clean[:2] + clean[3:]]
    assert isinstance(events[-1], t.InteractionCompletedEvent)


def test_pause_mid_event_is_observed_as_a_read_timeout(emu: Emu) -> None:
    with httpx2.Client(base_url=emu.base_url, headers=EMU_KEY, timeout=0.3) as slow:
        body, error = _stream_raw(slow, "pause_after_events=2,pause_ms=3000")
    assert isinstance(error, httpx2.ReadTimeout)
    assert len(_events(body)) == 2


def test_event_delay_is_observed_as_a_read_timeout(emu: Emu) -> None:
    with httpx2.Client(base_url=emu.base_url, headers=EMU_KEY, timeout=0.3) as slow:
        body, error = _stream_raw(slow, "event_delay_ms=3000")
    assert isinstance(error, httpx2.ReadTimeout)
    assert 1 <= len(_events(body)) < 5


def test_unknown_fault_is_a_400_naming_the_known_ones(http: httpx2.Client) -> None:
    response = _create(http, "explode=1")
    assert response.status_code == 400
    assert "drop_after_events" in response.json()["error"]["message"]


# --- queued faults ----------------------------------------------------------------------


def test_queued_fault_is_one_shot_for_the_next_n_matching_requests(
    emu: Emu, http: httpx2.Client
) -> None:
    emu.fault("status=503", times=2, match="create")
    assert http.get("/v1beta/interactions/nope").status_code == 404  # get does not match
    assert [_create(http).status_code for _ in range(3)] == [503, 503, 200]


def test_queued_faults_can_be_listed_and_cleared(emu: Emu, http: httpx2.Client) -> None:
    emu.fault("status=500", times=5, match="get")
    pending = emu._admin("GET", "faults")
    assert len(pending) == 1 and "500" in json.dumps(pending)
    emu._admin("DELETE", "faults")
    assert emu._admin("GET", "faults") == []


def test_a_bad_queued_fault_is_refused(emu: Emu) -> None:
    response = httpx2.post(f"{emu.base_url}/_emulator/faults", json={"times": 1})
    assert response.status_code == 400


# --- scenarios --------------------------------------------------------------------------


def test_unknown_event_and_delta_scenarios(client: Client) -> None:
    headers = {"x-emulator-scenario": "unknown_event,unknown_delta"}
    with client.create("x", model=MODEL, stream=True, extra_headers=headers) as stream:
        events = list(stream)
    assert any(isinstance(e, UnknownEvent) for e in events)
    deltas = [getattr(e, "delta", None) for e in events]
    assert any(isinstance(d, UnknownDelta) for d in deltas)


@pytest.mark.parametrize(
    "status", ["failed", "cancelled", "incomplete", "budget_exceeded", "requires_action"]
)
def test_terminal_status_scenario(emu: Emu, client: Client, status: str) -> None:
    emu.scenario(clock_speed=100)
    headers = {"x-emulator-scenario": f"terminal_status={status}"}
    run = client.create("x", model=MODEL, background=True, store=True, extra_headers=headers)
    assert client.wait_for_completion(run.id, timeout=30, poll_interval=0.05).status == status


def test_answer_words_sets_the_answer_length(emu: Emu, client: Client) -> None:
    emu.scenario(answer_words=5)
    short = output_text(client.create("x", model=MODEL))
    emu.scenario(answer_words=400)
    long = output_text(client.create("x", model=MODEL))
    assert len(short.split()) == 5
    assert len(long.split()) == 400


def test_clock_speed_finishes_background_runs_sooner(emu: Emu, client: Client) -> None:
    agent = "deep-research-pro-preview-12-2025"
    slow = client.create("x", agent=agent, background=True)
    assert client.get(slow.id).status in {"queued", "in_progress"}  # 8 s of agent time
    emu.scenario(clock_speed=10**6)
    fast = client.create("x", agent=agent, background=True)
    assert client.get(fast.id).status == "completed"  # 8 microseconds


def test_a_follower_of_a_background_run_gets_its_events_while_it_runs(
    emu: Emu, http: httpx2.Client
) -> None:
    # Long enough to be running after its first event; the cancel ends it.
    emu.scenario(agent_background_seconds=15)
    body = {"agent": AGENT, "input": "R", "background": True, "store": True}
    run_id = http.post("/v1beta/interactions", json=body).json()["id"]
    url = f"/v1beta/interactions/{run_id}"
    with http.stream("GET", url, params={"stream": "true"}) as response:
        sent = (e.data_bytes for e in iter_events(response.iter_raw()))
        events = (json.loads(data) for data in sent if data.startswith(b"{"))
        first = next(events)
        # The first event came while the run was still going: it can still be cancelled.
        cancelled = http.post(f"{url}:cancel")
        assert cancelled.status_code == 200, cancelled.text
        rest = list(events)
    assert first["event_type"] == "interaction.created"
    assert first["event_id"] == make_event_id(0)
    *made, update, end = rest  # what the run made by the cancel, then its closing events
    assert [e["event_id"] for e in made] == [make_event_id(i + 1) for i in range(len(made))]
    assert (update["status"], end["interaction"]["status"]) == ("cancelled", "cancelled")
    emu.scenario(agent_background_seconds=0)
    done = http.post("/v1beta/interactions", json=body).json()["id"]
    whole = http.get(f"/v1beta/interactions/{done}", params={"stream": "true"})
    assert 1 + len(made) < len(sse_json(whole.content)) - 1  # the cancel cut the run short


def test_default_revision_scenario_switches_the_event_names(emu: Emu, client: Client) -> None:
    emu.scenario(default_revision=LEGACY)
    with client.create("x", model=MODEL, stream=True) as stream:
        kinds = {type(e) for e in stream}
    assert t.ContentDeltaEvent in kinds and t.StepDeltaEvent not in kinds


def test_visibility_delay_answers_404_first(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(visibility_delay_gets=2)
    run = _create(http, background=True, store=True).json()
    statuses = [http.get(f"/v1beta/interactions/{run['id']}").status_code for _ in range(3)]
    assert statuses == [404, 404, 200]


def test_api_key_scenario_refuses_other_keys(emu: Emu) -> None:
    emu.scenario(api_key="right")
    with (
        Client(api_key="wrong", base_url=emu.base_url, retry_policy=NO_RETRY) as client,
        pytest.raises(PermissionDeniedError),
    ):
        client.create("x", model=MODEL)
    with Client(api_key="right", base_url=emu.base_url) as client:
        assert client.create("x", model=MODEL).status == "completed"


def test_unknown_scenario_setting_is_refused(emu: Emu) -> None:
    response = httpx2.post(f"{emu.base_url}/_emulator/scenarios", json={"warp": 9})
    assert response.status_code == 400


def test_reset_restores_defaults_and_forgets_interactions(emu: Emu, client: Client) -> None:
    emu.scenario(answer_words=3)
    kept = client.create("x", model=MODEL)
    emu.reset()
    assert len(output_text(client.create("x", model=MODEL)).split()) != 3
    with pytest.raises(NotFoundError):
        client.get(kept.id)


# --- faithfulness -----------------------------------------------------------------------


def test_content_types_and_error_shapes(http: httpx2.Client) -> None:
    created = _create(http)
    assert created.headers["content-type"].startswith("application/json")
    streamed = _create(http, stream=True)
    assert streamed.headers["content-type"].startswith("text/event-stream")
    assert streamed.content.endswith(b"data: [DONE]\n\n")
    missing = http.get("/v1beta/interactions/does-not-exist")
    assert missing.status_code == 404 and missing.json()["error"]["status"] == "NOT_FOUND"
    invalid = _create(http, background=True, store=False)
    assert invalid.status_code == 400 and "store" in invalid.json()["error"]["message"]
    unknown_path = http.get("/v1beta/nothing-here")
    assert unknown_path.status_code == 404 and "error" in unknown_path.json()


def test_store_false_is_not_kept(client: Client) -> None:
    gone = client.create("x", model=MODEL, store=False)
    with pytest.raises(NotFoundError):
        client.get(gone.id)


def test_bad_request_reaches_the_client_with_the_server_message(client: Client) -> None:
    first = client.create("x", model=MODEL)
    stray = {"type": "function_result", "call_id": "call_nobody_made", "result": {}}
    with pytest.raises(BadRequestError, match="call_id"):
        client.create([stray], model=MODEL, previous_interaction_id=first.id)


def test_requests_log_redacts_the_api_key(emu: Emu, http: httpx2.Client) -> None:
    _create(http)
    (logged,) = emu.requests()
    assert logged["headers"]["x-goog-api-key"].startswith("<redacted #")
    assert "emu-test" not in json.dumps(logged)


def test_command_line_serves_with_scenarios() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "interactions_ext.emulator",
            "--port",
            "0",
            "--scenario",
            "answer_words=7",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line
        url = line.rsplit(" ", 1)[-1].strip()
        with Client(api_key="k", base_url=url) as client:
            assert len(output_text(client.create("x", model=MODEL)).split()) == 7
    finally:
        process.terminate()
        process.wait(timeout=10)
