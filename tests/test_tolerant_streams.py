"""Nothing lost, nothing fatal: bad events, unknown fields, ids only in ``id:`` lines.

The servers here are stdlib ``http.server``s on 127.0.0.1:0 playing what the real API
(or a proxy in front of it) may do; the clients are ours, both flavours, over real HTTP.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import msgspec
import pytest

from interactions_ext import InvalidEvent, RetryPolicy, StreamDecodeError, raw
from interactions_ext import types as t
from interactions_ext.events import UnknownContent, UnknownStep, decode, decode_interaction
from interactions_ext.retry import RetryPolicy as _Policy
from interactions_ext.sse import ServerSentEvent
from interactions_ext.stream_core import StreamCore

from .conftest import MakeClient

MODEL = "gemini-2.5-flash"
FAST = RetryPolicy(max_retries=3, initial_backoff=0.01, max_backoff=0.02)

Frame = bytes


def frame(payload: Any, *, sse_id: str | None = None, name: str | None = None) -> Frame:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    head = b"" if sse_id is None else b"id: " + sse_id.encode() + b"\n"
    if name is not None:
        head += b"event: " + name.encode() + b"\n"
    return head + b"data: " + data + b"\n\n"


def created(event_id: str | None = "e1", **extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_type": "interaction.created",
        "interaction": {"id": "v1_t", "status": "in_progress", "model": MODEL},
        **extra,
    }
    if event_id:
        event["event_id"] = event_id
    return event


def text_delta(text: str, event_id: str | None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_type": "step.delta",
        "index": 0,
        "delta": {"type": "text", "text": text},
    }
    if event_id:
        event["event_id"] = event_id
    return event


def completed(event_id: str | None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_type": "interaction.completed",
        "interaction": {"id": "v1_t", "status": "completed"},
    }
    if event_id:
        event["event_id"] = event_id
    return event


class Script:
    """What the server answers: one list of frames per connection, then it closes."""

    def __init__(self, *bodies: list[Frame], resource: bytes = b"") -> None:
        self.bodies = list(bodies)
        self.resource = resource
        self.requests: list[tuple[str, str]] = []


@pytest.fixture
def serve() -> Iterator[Callable[[Script], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(script: Script) -> str:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                script.requests.append((self.command, self.path))
                query = parse_qs(urlsplit(self.path).query)
                if self.command == "GET" and query.get("stream") != ["true"]:
                    self._send(b"application/json", script.resource)
                    return
                body = b"".join(script.bodies.pop(0)) if script.bodies else b""
                self._send(b"text/event-stream", body)

            def _send(self, kind: bytes, body: bytes) -> None:
                self.send_response(200)
                self.send_header("content-type", kind.decode())
                self.send_header("content-length", str(len(body)))
                self.send_header("connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                self._answer()

            def do_GET(self) -> None:
                self._answer()

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_malformed_event_in_the_middle_is_delivered_as_invalid_and_the_rest_follows(
    make_client: MakeClient, serve: Callable[[Script], str]
) -> None:
    script = Script(
        [
            frame(created("e1"), name="interaction.created"),
            frame(text_delta("Hel", "e2"), name="step.delta"),
            frame(b'{"event_type": "step.delta", "index": 0, "delta": {"type', name="step.delta"),
            frame({"event_type": "step.delta", "index": "one", "event_id": "e4"}),
            frame(text_delta("lo", "e5"), name="step.delta"),
            frame(completed("e6"), name="interaction.completed"),
            b"data: [DONE]\n\n",
        ]
    )
    with (
        make_client(base_url=serve(script), retry_policy=FAST) as client,
        client.create("hi", model=MODEL, stream=True) as stream,
    ):
        events = list(stream)
        assert stream.finished
        assert stream.last_event_id == "e6"
    kinds = [type(e).__name__ for e in events]
    assert kinds == [
        "InteractionCreatedEvent",
        "StepDeltaEvent",
        "InvalidEvent",
        "InvalidEvent",
        "StepDeltaEvent",
        "InteractionCompletedEvent",
    ]
    bad_json, off_schema = events[2], events[3]
    assert isinstance(bad_json, InvalidEvent) and isinstance(off_schema, InvalidEvent)
    assert bad_json.event_type == "step.delta" and bad_json.data.startswith(b'{"event_type"')
    assert (off_schema.event_id, off_schema.event_type) == ("e4", "step.delta")
    assert "index" in off_schema.error
    assert stream.interaction().status == "completed"
    assert [("POST" in m) for m, _ in script.requests] == [True]


def test_strict_streams_raise_at_the_bad_event_after_delivering_the_ones_before() -> None:
    body = frame(created("e1")) + frame(b"{oops") + frame(completed("e3"))
    core = StreamCore(policy=_Policy(), strict=True)
    delivered = []
    with pytest.raises(StreamDecodeError) as info:
        for event in core.feed(body):
            delivered.append(event)
    assert [type(e) for e in delivered] == [t.InteractionCreatedEvent]
    assert info.value.data == b"{oops"


def test_ids_only_in_id_lines_are_the_cursor_and_resume_without_duplicates(
    make_client: MakeClient, serve: Callable[[Script], str]
) -> None:
    first = [
        frame(created(None), sse_id="1"),
        frame(text_delta("a", None), sse_id="2"),
        frame(text_delta("b", None), sse_id="3"),
    ]
    # The resumed body replays the event the cursor names (as some servers do), then the rest.
    second = [
        frame(text_delta("b", None), sse_id="3"),
        frame(text_delta("c", None), sse_id="4"),
        frame(completed(None), sse_id="5"),
    ]
    script = Script(first, second)
    with (
        make_client(base_url=serve(script), retry_policy=FAST) as client,
        client.create("hi", model=MODEL, stream=True) as stream,
    ):
        events = list(stream)
        assert stream.last_event_id == "5"
        assert stream.reconnects == 1
    texts = [e.delta.text for e in events if isinstance(e, t.StepDeltaEvent)]
    assert texts == ["a", "b", "c"]
    assert isinstance(events[-1], t.InteractionCompletedEvent)
    method, path = script.requests[1]
    assert method == "GET" and "/interactions/v1_t" in path
    assert parse_qs(urlsplit(path).query)["last_event_id"] == ["3"]


def _core_ids(body: bytes) -> list[str | None]:
    core = StreamCore(policy=_Policy())
    return [core.last_event_id for _ in core.feed(body)]


def test_the_json_event_id_wins_over_a_disagreeing_sse_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = frame(created("j1"), sse_id="s1") + frame(text_delta("x", None), sse_id="s2")
    with caplog.at_level(logging.DEBUG, logger="interactions_ext.events"):
        assert _core_ids(body) == ["j1", "s2"]
    assert any("s1" in r.getMessage() and "j1" in r.getMessage() for r in caplog.records)


def test_an_sse_id_carried_over_from_an_earlier_message_names_no_new_event() -> None:
    # WHATWG: the last event id persists over messages without an id: line; those
    # messages are new events, not duplicates of the one that set it.
    body = (
        frame(created(None), sse_id="1")
        + frame(text_delta("a", None))
        + frame(text_delta("b", None))
        + frame(completed(None), sse_id="2")
    )
    core = StreamCore(policy=_Policy())
    events = list(core.feed(body))
    assert len(events) == 4
    assert core.last_event_id == "2"


UNKNOWN_EVENT = {
    "event_type": "step.start",
    "index": 0,
    "event_id": "e2",
    "shard": {"region": "eu", "n": 3},
    "metadata": {"total_usage": {"total_tokens": 5, "future_tokens": 1}, "trace": "abc"},
    "step": {
        "type": "model_output",
        "content": [{"type": "text", "text": "hi", "tone": "warm"}],
        "latency_ms": 12,
    },
}


def test_raw_returns_unknown_fields_of_a_streamed_event_at_top_level_and_nested(
    make_client: MakeClient, serve: Callable[[Script], str]
) -> None:
    script = Script([frame(created("e1")), frame(UNKNOWN_EVENT), frame(completed("e3"))])
    with (
        make_client(base_url=serve(script), retry_policy=FAST) as client,
        client.create("hi", model=MODEL, stream=True) as stream,
    ):
        events = list(stream)
    start = events[1]
    assert isinstance(start, t.StepStartEvent) and isinstance(start.step, t.ModelOutputStep)
    assert raw(start) == UNKNOWN_EVENT
    assert raw(start)["step"]["content"][0]["tone"] == "warm"
    assert raw(start)["metadata"]["total_usage"]["future_tokens"] == 1
    assert raw(events[0])["interaction"]["model"] == MODEL


INTERACTION = {
    "id": "v1_t",
    "status": "completed",
    "object": "interaction",
    "billing": {"tier": "gold"},
    "usage": {"total_tokens": 9, "future_tokens": 2},
    "steps": [
        {"type": "user_input", "content": [{"type": "text", "text": "hi"}]},
        {
            "type": "model_output",
            "content": [{"type": "text", "text": "hello", "tone": "warm"}],
            "latency_ms": 12,
        },
    ],
}


def test_raw_returns_unknown_fields_of_an_interaction_at_top_level_and_nested(
    make_client: MakeClient, serve: Callable[[Script], str]
) -> None:
    script = Script(resource=json.dumps(INTERACTION).encode())
    with make_client(base_url=serve(script), retry_policy=FAST) as client:
        interaction = client.get("v1_t")
    assert isinstance(interaction, t.Interaction) and interaction.status == "completed"
    assert raw(interaction) == INTERACTION
    assert raw(interaction)["steps"][1]["content"][0]["tone"] == "warm"
    assert raw(interaction)["usage"]["future_tokens"] == 2
    copy = raw(interaction)
    copy["billing"]["tier"] = "changed"
    assert raw(interaction)["billing"]["tier"] == "gold"


def test_raw_of_an_object_built_locally_says_so() -> None:
    with pytest.raises(ValueError, match="built locally"):
        raw(t.TextDelta(text="x"))
    decoded = decode_interaction(json.dumps(INTERACTION).encode())
    with pytest.raises(ValueError, match="nested"):
        raw(decoded.steps[0])  # type: ignore[index]


def test_raw_of_unknown_and_invalid_events() -> None:
    new = {"event_type": "interaction.paused", "why": "lunch"}
    unknown = decode(ServerSentEvent(data_bytes=json.dumps(new).encode()))
    assert raw(unknown) == new
    invalid = decode(ServerSentEvent(data_bytes=b'{"event_type": "error", "error": 5}'))
    assert isinstance(invalid, InvalidEvent)
    assert raw(invalid) == {"event_type": "error", "error": 5}
    broken = decode(ServerSentEvent(data_bytes=b"{nope"))
    assert isinstance(broken, InvalidEvent) and broken.data == b"{nope"
    with pytest.raises(StreamDecodeError):
        raw(broken)


def test_an_interaction_with_an_invalid_known_step_keeps_it_as_unknown_step() -> None:
    body = dict(INTERACTION)
    bad_call = {"type": "function_call", "id": "c1", "arguments": "not an object"}
    body["steps"] = [*INTERACTION["steps"], bad_call]
    body["tools"] = [{"type": "google_search", "search_types": 5}]
    payload = json.dumps(body).encode()
    interaction = decode_interaction(payload)
    assert isinstance(interaction.steps, list)
    step = interaction.steps[2]
    assert isinstance(step, UnknownStep) and step.type == "function_call"
    assert step.raw == bad_call
    assert isinstance(interaction.tools, list) and isinstance(interaction.tools[0], UnknownContent)
    assert isinstance(interaction.steps[1], t.ModelOutputStep)
    with pytest.raises(StreamDecodeError, match="does not match the schema"):
        decode_interaction(payload, strict=True)


def test_an_error_event_without_an_error_object_still_ends_the_stream_typed() -> None:
    core = StreamCore(policy=_Policy())
    events = list(core.feed(frame(created("e1")) + frame({"event_type": "error"})))
    assert [type(e) for e in events] == [t.InteractionCreatedEvent]
    assert core.error is not None and "failed" in str(core.error)


def test_enum_values_the_spec_does_not_list_decode_as_strings() -> None:
    payload = {
        "event_type": "step.start",
        "index": 0,
        "step": {
            "type": "google_search_call",
            "id": "g1",
            "search_type": "quantum_search",
            "arguments": {"queries": ["q"]},
        },
    }
    event = decode(ServerSentEvent(data_bytes=msgspec.json.encode(payload)), strict=True)
    assert isinstance(event, t.StepStartEvent) and isinstance(event.step, t.GoogleSearchCallStep)
    assert event.step.search_type == "quantum_search"


def test_a_strict_client_raises_where_a_tolerant_one_delivers_invalid_event(
    make_client: Any,
) -> None:
    from interactions_ext import InvalidEvent, StreamDecodeError

    from .hostile import Answer, completed, created, serve, sse

    for server in serve():
        bad = sse({"event_type": "step.delta", "index": "not-an-int", "delta": {"type": "text"}})
        body = [sse(created("v1_s")), bad, sse(completed("v1_s", "end")), sse("[DONE]")]
        server.play(Answer(body))
        with make_client(base_url=server.base_url) as tolerant:
            events = list(tolerant.create("x", model="m", stream=True))
        assert any(isinstance(e, InvalidEvent) for e in events)
        with make_client(base_url=server.base_url, strict=True) as strict:
            stream = strict.create("x", model="m", stream=True)
            with pytest.raises(StreamDecodeError), stream:
                list(stream)
