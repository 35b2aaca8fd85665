"""Record a session to cassettes, replay it through the emulator, and get the same typed
results, including resumes into the middle of a recorded stream."""

from __future__ import annotations

import gzip
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx2
import msgspec
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from interactions_ext import AsyncClient, Client, IncompleteInteractionWarning, output_text
from interactions_ext import types as t
from interactions_ext.cassette import (
    AsyncRecordingTransport,
    RecordingTransport,
    load_cassettes,
    split_frames,
)
from interactions_ext.emulator import Emulator
from interactions_ext.events import UnknownDelta, UnknownEvent
from interactions_ext.sse import iter_events

from .conftest import LEGACY, Emu

MODEL = "gemini-2.5-flash"
SECRET = "live-secret-key-0123456789"
CASSETTES = Path(__file__).parent / "cassettes"
SPEC = yaml.safe_load(
    (Path(__file__).parents[1] / "spec" / "interactions.openapi.yaml").read_text()
)
EVENT = Draft202012Validator(
    {"$ref": "urn:spec#/components/schemas/StreamEvent"},
    registry=Registry().with_resource(
        "urn:spec", Resource(contents=SPEC, specification=DRAFT202012)
    ),
)


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value)


def _recording_client(base_url: str, path: Path) -> Client:
    transport = RecordingTransport(httpx2.HTTPTransport(), path)
    http = httpx2.Client(transport=transport, headers={"x-goog-api-key": SECRET}, timeout=30)
    return Client(api_key=SECRET, base_url=base_url, http_client=http)


def _session(client: Client) -> dict[str, Any]:
    """What an application does; everything it got back, as plain data."""
    unary = client.create("Hello there", model=MODEL)
    with client.create("A story", model=MODEL, stream=True) as stream:
        story = list(stream)
    drop = {"x-emulator-fault": "drop_after_events=4"}
    with client.create("A dropped story", model=MODEL, stream=True, extra_headers=drop) as stream:
        dropped = list(stream)  # resumed by itself: the resume is part of the recording
    first = client.create("My name is Ada", model=MODEL)
    second = client.create("What is my name?", model=MODEL, previous_interaction_id=first.id)
    return {
        "unary": _plain(unary),
        "story": _plain(story),
        "dropped": _plain(dropped),
        "chain": [_plain(first), _plain(second)],
        "fetched": _plain(client.get(unary.id)),
    }


@pytest.fixture
def recorded(emu: Emu, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    with _recording_client(emu.base_url, tmp_path / "cassettes") as client:
        return tmp_path / "cassettes", _session(client)


def test_a_recording_has_one_file_per_interaction_and_no_credentials(
    recorded: tuple[Path, dict[str, Any]],
) -> None:
    path, session = recorded
    files = sorted(p.name for p in path.iterdir())
    ids = {session["unary"]["id"], session["story"][0]["interaction"]["id"]}
    ids |= {session["dropped"][0]["interaction"]["id"], *(i["id"] for i in session["chain"])}
    assert files == sorted(f"{i}.ndjson" for i in ids)
    text = "".join(p.read_text() for p in path.iterdir())
    assert SECRET not in text and "<redacted>" in text
    exchanges = load_cassettes(path)
    assert len(exchanges) == 7  # five creates, one resume, one get
    assert all(e.source and e.time for e in exchanges)


def test_a_recorded_session_replays_to_the_same_typed_results(
    recorded: tuple[Path, dict[str, Any]],
) -> None:
    path, session = recorded
    with Emulator(replay=path) as replay, Client(api_key="other", base_url=replay.base_url) as c:
        assert _session(c) == session


def test_a_resume_into_the_middle_of_a_recorded_stream(
    recorded: tuple[Path, dict[str, Any]],
) -> None:
    path, session = recorded
    with Emulator(replay=path) as replay, Client(api_key="k", base_url=replay.base_url) as c:
        for name in ("story", "dropped"):
            events = session[name]
            interaction_id = events[0]["interaction"]["id"]
            for k in (1, len(events) // 2, len(events) - 2):
                with c.resume(interaction_id, events[k]["event_id"]) as stream:
                    assert _plain(list(stream)) == events[k + 1 :]


def test_a_drop_while_replaying_resumes_from_the_recording(
    recorded: tuple[Path, dict[str, Any]],
) -> None:
    path, session = recorded
    with Emulator(replay=path) as replay, Client(api_key="k", base_url=replay.base_url) as c:
        cut = {"x-emulator-fault": "drop_after_events=3"}
        with c.create("A story", model=MODEL, stream=True, extra_headers=cut) as stream:
            assert _plain(list(stream)) == session["story"]
        calls = [(r["method"], r["query"]) for r in replay.state.requests]
        assert calls[-1][0] == "GET" and "last_event_id=" in calls[-1][1]


async def test_the_async_recorder_and_replay(emu: Emu, tmp_path: Path) -> None:
    transport = AsyncRecordingTransport(httpx2.AsyncHTTPTransport(), tmp_path)
    http = httpx2.AsyncClient(transport=transport, headers={"x-goog-api-key": SECRET})
    async with AsyncClient(api_key=SECRET, base_url=emu.base_url, http_client=http) as client:
        stream = await client.create("An async story", model=MODEL, stream=True)
        live = [e async for e in stream]
    assert SECRET not in "".join(p.read_text() for p in tmp_path.iterdir())
    with Emulator(replay=tmp_path) as replay:
        async with AsyncClient(api_key="k", base_url=replay.base_url) as client:
            stream = await client.create("An async story", model=MODEL, stream=True)
            assert _plain([e async for e in stream]) == _plain(live)


def test_a_request_the_cassette_does_not_hold_is_a_clear_404(
    recorded: tuple[Path, dict[str, Any]],
) -> None:
    with Emulator(replay=recorded[0]) as replay:
        response = httpx2.post(
            f"{replay.base_url}/v1beta/interactions",
            json={"model": MODEL, "input": "never recorded"},
            headers={"x-goog-api-key": "k"},
        )
    assert response.status_code == 404
    assert response.headers["x-emulator-replay"] == "miss"
    assert "Replay" in response.json()["error"]["message"]


def test_repeated_requests_are_served_in_recording_order_then_the_last_again(
    emu: Emu, tmp_path: Path
) -> None:
    with _recording_client(emu.base_url, tmp_path) as client:
        run = client.create("slow", model=MODEL, background=True)
        before = client.get(run.id).status
        client.cancel(run.id)
        after = client.get(run.id).status
    assert before in ("queued", "in_progress") and after == "cancelled"
    with Emulator(replay=tmp_path) as replay, Client(api_key="k", base_url=replay.base_url) as c:
        first = c.get(run.id).status
        assert c.cancel(run.id).status == "cancelled"
        assert [first, c.get(run.id).status, c.get(run.id).status] == [before, after, after]


# --- hand-written cassettes (from the API's documented examples) --------------------------


@pytest.fixture(scope="module")
def library() -> Iterator[Emulator]:
    with Emulator(replay=CASSETTES) as emulator:
        yield emulator


@pytest.fixture
def replayed(library: Emulator) -> Iterator[Client]:
    library.state.reset()
    with Client(api_key="k", base_url=library.base_url) as client:
        yield client


@pytest.mark.parametrize("path", sorted(CASSETTES.iterdir()), ids=lambda p: p.name)
def test_every_shipped_cassette_conforms_to_the_spec(path: Path) -> None:
    for exchange in load_cassettes(path):
        for frame in exchange.frames or ():
            for sse in iter_events([frame]):
                if sse.data_bytes != b"[DONE]":
                    event = json.loads(sse.data_bytes)
                    errors = sorted(EVENT.iter_errors(event), key=str)
                    assert not errors, f"{exchange.source}: {errors[0].message}"


def test_the_joke_stream_replays_and_resumes_anywhere(replayed: Client) -> None:
    with replayed.create("Tell me a joke", model=MODEL, stream=True) as stream:
        events = list(stream)
    assert not any(isinstance(e, UnknownEvent) for e in events)
    text = "Why did the developer go broke? Because he used up all his cache."
    assert output_text(stream.interaction()) == text
    interaction_id = events[0].interaction.id
    with replayed.resume(interaction_id, "joke-e5") as rest:
        assert [e.event_id for e in rest] == ["joke-e6", "joke-e7", "joke-e8"]
    assert output_text(replayed.get(interaction_id)) == text


def test_the_legacy_stream_keeps_its_framing_byte_for_byte(library: Emulator) -> None:
    (exchange,) = load_cassettes(CASSETTES / "legacy-poem-stream.ndjson")
    body = {"model": MODEL, "input": "A two-line poem", "stream": True}
    response = httpx2.post(
        f"{library.base_url}/v1beta/interactions", json=body, headers={"x-goog-api-key": "k"}
    )
    assert response.content == exchange.content
    assert b"\r\n\r\n: keep-alive\r\n" in response.content


def test_the_legacy_stream_decodes_to_typed_events(library: Emulator) -> None:
    client = Client(api_key="k", base_url=library.base_url, api_revision=LEGACY)
    with client, client.create("A two-line poem", model=MODEL, stream=True) as stream:
        events = list(stream)
        final = stream.interaction()
    assert sum(isinstance(e, t.ContentDeltaEvent) for e in events) == 2
    assert not any(isinstance(getattr(e, "delta", None), UnknownDelta) for e in events)
    assert output_text(final) == "Roses are red, streams are resumable."


def test_the_function_call_cassette_drives_a_tool_loop(replayed: Client) -> None:
    (exchange,) = load_cassettes(CASSETTES / "weather-call.ndjson")
    tools = json.loads(exchange.body.removeprefix("json:"))["tools"]  # type: ignore[union-attr]
    call = replayed.create("What is the weather in Paris?", model=MODEL, tools=tools)
    assert call.status == "requires_action"
    step = call.steps[-1]
    assert isinstance(step, t.FunctionCallStep) and step.arguments == {"city": "Paris"}
    result = {
        "type": "function_result",
        "call_id": step.id,
        "name": "get_weather",
        "result": {"temperature_c": 18, "sky": "clear"},
    }
    answer = replayed.create([result], model=MODEL, previous_interaction_id=call.id, tools=tools)
    assert output_text(answer) == "It is 18 °C and clear in Paris."


def test_the_continuation_cassette_replays_both_hops(library: Emulator, replayed: Client) -> None:
    first_hop = replayed.create(
        "Write the whole saga", model="gemini-2.5-pro", stream=True, automatic_continuation=False
    )
    with first_hop as stream, pytest.warns(IncompleteInteractionWarning):
        first = list(stream)
    tokens = [
        e.continuation_token or None for e in first if isinstance(e, t.InteractionStatusUpdateEvent)
    ]
    assert tokens == [None, "saga-checkpoint-1", "saga-token-hop-2"]
    hop = {
        "model": "gemini-2.5-pro",
        "stream": True,
        "previous_interaction_id": first[0].interaction.id,
        "continuation_token": "saga-token-hop-2",
    }
    second = httpx2.post(
        f"{library.base_url}/v1beta/interactions", json=hop, headers={"x-goog-api-key": "k"}
    )
    texts = [
        json.loads(e.data_bytes)["delta"]["text"]
        for e in iter_events([second.content])
        if b'"step.delta"' in e.data_bytes
    ]
    assert texts == [" Chapter three: the town slept.", " The end."]


@pytest.mark.interactions_replay("cassettes/joke-stream.ndjson")
def test_the_pytest_marker_replays_a_cassette(interactions_emulator: Any) -> None:
    client = interactions_emulator.client
    with client.create("Tell me a joke", model=MODEL, stream=True) as stream:
        assert "cache" in "".join(stream.text_deltas())


def test_the_fixture_can_switch_to_a_cassette(interactions_emulator: Any) -> None:
    client = interactions_emulator.client
    assert client.create("Hello", model=MODEL).status == "completed"  # the model
    interactions_emulator.replay(CASSETTES)
    assert output_text(client.get("v1_ChdqT2tlLXN0cmVhbS0wMDAx")).endswith("cache.")


def test_the_command_line_replays_a_directory() -> None:
    command = [
        sys.executable,
        "-m",
        "interactions_ext.emulator",
        "--port",
        "0",
        "--replay",
        str(CASSETTES),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().rsplit(" ", 1)[-1].strip()
        client = Client(api_key="k", base_url=url)
        with client, client.create("Tell me a joke", model=MODEL, stream=True) as stream:
            assert "cache" in "".join(stream.text_deltas())
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_malformed_cassette_is_refused_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ndjson"
    bad.write_text(
        '{"request": {"method": "GET", "path": "/x"}, "response": {"status": 200}}\n{oops\n'
    )
    with pytest.raises(ValueError, match=r"bad.ndjson:2"):
        load_cassettes(bad)
    result = subprocess.run(
        [sys.executable, "-m", "interactions_ext.emulator", "--replay", str(bad)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "bad.ndjson:2" in result.stderr


# --- recording details, against a server written here ----------------------------------

_SSE = b'event: step.delta\r\ndata: {"event_type": "step.delta", "index": 0}\r\n\r\n: ping\n\n'


class _Gzipped(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.headers.get("accept-encoding", ""))
        body = gzip.compress(_SSE)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-encoding", "gzip")
        self.send_header("set-cookie", "SID=server-secret")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_the_recorder_asks_for_identity_and_decodes_gzip(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Gzipped)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1beta/interactions/abc"
        transport = RecordingTransport(httpx2.HTTPTransport(), tmp_path / "one.ndjson")
        with httpx2.Client(transport=transport) as http_client:
            received = http_client.get(url, params={"stream": "true", "key": "query-secret"})
            assert received.content == _SSE  # the caller still gets what the server sent
    finally:
        server.shutdown()
    assert _Gzipped.seen == ["identity"]
    text = (tmp_path / "one.ndjson").read_text()
    assert "query-secret" not in text and "server-secret" not in text
    (exchange,) = load_cassettes(tmp_path / "one.ndjson")
    assert exchange.frames == tuple(split_frames(_SSE)) and len(exchange.frames) == 2
    assert "content-encoding" not in exchange.headers


_LINES = st.lists(
    st.tuples(
        st.sampled_from([b"", b"data: x", b"event: y", b": c", b"data: \xc3\xa9"]),
        st.sampled_from([b"\n", b"\r\n", b"\r"]),
    ),
    max_size=20,
)


@given(lines=_LINES, tail=st.sampled_from([b"", b"data: unfinished"]))
def test_split_frames_keeps_every_byte_and_cuts_after_blank_lines(
    lines: list[tuple[bytes, bytes]], tail: bytes
) -> None:
    data = b"".join(text + end for text, end in lines) + tail
    frames = split_frames(data)
    assert b"".join(frames) == data
    for frame in frames[:-1]:
        assert frame.endswith(
            (b"\n\n", b"\r\n\r\n", b"\r\r", b"\n\r\n", b"\r\n\n", b"\n\r", b"\r\n\r", b"\r\r\n")
        )
