"""The relay over loopback: a thread's answer as SSE from the emulator, resumed by
``Last-Event-ID`` on any replica sharing the store; heartbeats; a clean end; JSON errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest

from interactions_ext import AsyncClient, Client, output_text
from interactions_ext.relay import create_relay
from interactions_ext.sse import ServerSentEvent, SSEDecoder
from interactions_ext.store import SQLiteStore, Store, open_store

from .asgi_server import serve_app
from .conftest import Emu

MODEL = "gemini-2.5-flash"


@contextmanager
def relay_replica(
    emu: Emu, store: Store, client_options: dict[str, Any] | None = None, **options: Any
) -> Iterator[str]:
    """A relay replica on 127.0.0.1:0 in front of the emulator; yields its base URL."""
    options.setdefault("retry", 0.1)
    client = AsyncClient(
        api_key="test-key", base_url=emu.base_url, store=store, **(client_options or {})
    )
    app = create_relay(client, model=MODEL, **options)
    with serve_app(app, on_exit=client.aclose) as url:
        yield url


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = SQLiteStore(tmp_path / "relay.db")
    yield s
    s.close()


@pytest.fixture
def relay(emu: Emu, store: Store) -> Iterator[str]:
    with relay_replica(emu, store) as url:
        yield url


def post(base: str, thread: str, text: Any) -> httpx2.Response:
    return httpx2.post(f"{base}/threads/{thread}/messages", json={"input": text}, timeout=30)


def follow(url: str, last_event_id: str | None = None) -> tuple[httpx2.Response, bytes]:
    headers = {"last-event-id": last_event_id} if last_event_id else {}
    response = httpx2.get(url, headers=headers, timeout=60)
    return response, response.content


def events_of(body: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [e for e in decoder.feed(body) + decoder.close() if e.data_bytes]


def text_of(events: list[ServerSentEvent]) -> str:
    parts = []
    for e in events:
        data = json.loads(e.data) if e.event == "message" else {}
        delta = data.get("delta") or {}
        if data.get("event_type") == "step.delta" and delta.get("type") == "text":
            parts.append(delta["text"])
    return "".join(parts)


def full_answer(emu: Emu, interaction_id: str) -> str:
    with Client(api_key="test-key", base_url=emu.base_url) as client:
        return output_text(client.get(interaction_id))


def test_a_posted_message_is_answered_as_sse_with_an_id_per_event_and_a_clean_end(
    emu: Emu, relay: str
) -> None:
    posted = post(relay, "user-1", "Tell me about rivers")
    assert posted.status_code == 202, posted.text
    turn = posted.json()
    assert turn["thread"] == "user-1" and turn["interaction_id"]
    response, body = follow(relay + turn["events"])
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert body.startswith(b"retry: 100\n\n")
    events = events_of(body)
    *messages, done = events
    for event in messages:
        assert event.event == "message"
        assert event.id == f"{turn['turn']}:{json.loads(event.data)['event_id']}"
    assert json.loads(messages[0].data)["event_type"] == "interaction.created"
    assert done.event == "done" and done.id == f"{turn['turn']}:done"
    assert json.loads(done.data) == {
        "interaction_id": turn["interaction_id"],
        "status": "completed",
    }
    assert text_of(messages) == full_answer(emu, turn["interaction_id"]) != ""


def test_last_event_id_continues_right_after_that_event(relay: str) -> None:
    turn = post(relay, "user-2", "Tell me about lakes").json()
    url = relay + turn["events"]
    everything = events_of(follow(url)[1])
    for k in (0, len(everything) // 2, len(everything) - 2):
        rest = events_of(follow(url, everything[k].id)[1])
        assert [(e.id, e.data) for e in rest] == [(e.id, e.data) for e in everything[k + 1 :]]


def test_a_browser_that_saw_the_end_is_told_to_stop(relay: str) -> None:
    turn = post(relay, "user-3", "Hi").json()
    *_, done = events_of(follow(relay + turn["events"])[1])
    response, body = follow(relay + turn["events"], done.id)
    assert response.status_code == 204 and body == b""  # EventSource does not reconnect


def test_the_thread_url_follows_its_latest_turn(emu: Emu, relay: str) -> None:
    post(relay, "user-4", "My name is Ada")
    second = post(relay, "user-4", "What is my name?").json()
    events = events_of(follow(f"{relay}/threads/user-4/events")[1])
    assert events[-1].id == f"{second['turn']}:done"
    assert "Ada" in text_of(events)  # the conversation was chained through the store


@pytest.fixture(params=["sqlite", "redis"])
def shared_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "redis":
        url: str = request.getfixturevalue("redis_url")
        return url
    return f"sqlite:///{tmp_path / 'shared.db'}"


def test_any_replica_sharing_the_store_continues_a_turn(emu: Emu, shared_store_url: str) -> None:
    with ExitStack() as stack:
        a_store, b_store = open_store(shared_store_url), open_store(shared_store_url)
        stack.callback(a_store.close)
        stack.callback(b_store.close)
        a = stack.enter_context(relay_replica(emu, a_store))
        b = stack.enter_context(relay_replica(emu, b_store))
        posted = post(a, "user-5", "Tell me about the sea")
        assert posted.status_code == 202, posted.text
        turn = posted.json()
        everything = events_of(follow(a + turn["events"])[1])
        middle = everything[len(everything) // 2]
        rest = events_of(follow(b + turn["events"], middle.id)[1])
        assert [e.data for e in rest] == [e.data for e in everything[len(everything) // 2 + 1 :]]
        # b knows the thread too: without a turn it follows the latest one
        latest = events_of(follow(f"{b}/threads/user-5/events")[1])
        assert [e.data for e in latest] == [e.data for e in everything]


def test_several_browsers_follow_one_turn_at_once(relay: str) -> None:
    """Following reads the store and never writes it: no follower displaces another."""
    turn = post(relay, "user-13", "Tell me about wells").json()
    url = relay + turn["events"]
    with httpx2.Client(timeout=60) as http:
        with http.stream("GET", url) as one, http.stream("GET", url) as two:
            first, second = one.read(), two.read()
    assert events_of(first) == events_of(second)
    assert events_of(first)[-1].event == "done"


def test_heartbeats_flow_while_upstream_is_quiet(emu: Emu, store: Store) -> None:
    with relay_replica(emu, store, heartbeat=0.02) as relay:
        turn = post(relay, "user-6", "Hi").json()
        emu.fault("pause_after_events=2,pause_ms=400", match="get")
        response, body = follow(relay + turn["events"])
    assert response.status_code == 200
    assert b"\n\n: heartbeat\n\n" in body
    assert events_of(body)[-1].event == "done"  # comments are not events


def test_no_heartbeat_when_turned_off(emu: Emu, store: Store) -> None:
    with relay_replica(emu, store, heartbeat=None) as relay:
        turn = post(relay, "user-7", "Hi").json()
        emu.fault("pause_after_events=2,pause_ms=200", match="get")
        _, body = follow(relay + turn["events"])
    assert b": heartbeat" not in body and events_of(body)[-1].event == "done"


def _error(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == status and error["message"]
    return error


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        (b'{"input": "hi"', {"content-type": "application/json"}, 400),
        (b'{"text": "hi"}', {"content-type": "application/json"}, 400),
        (b'{"input": "   "}', {"content-type": "application/json"}, 400),
        (b'["hi"]', {"content-type": "application/json"}, 400),
        (b"input=hi", {"content-type": "application/x-www-form-urlencoded"}, 415),
        (b'{"input": "' + b"x" * 70_000 + b'"}', {"content-type": "application/json"}, 413),
        (
            b'{"input": ' + b"[" * 5000 + b"]" * 5000 + b"}",
            {"content-type": "application/json"},
            400,
        ),
    ],
    ids=["bad-json", "no-input", "blank", "not-an-object", "form", "too-large", "too-deep"],
)
def test_a_bad_message_is_refused_as_json(
    relay: str, content: bytes, headers: dict[str, str], status: int
) -> None:
    url = f"{relay}/threads/user-8/messages"
    _error(httpx2.post(url, content=content, headers=headers), status)


def test_the_json_media_type_is_matched_without_regard_to_case(relay: str) -> None:
    headers = {"content-type": "Application/JSON; charset=UTF-8"}
    url = f"{relay}/threads/user-15/messages"
    response = httpx2.post(url, content=b'{"input": "hi"}', headers=headers, timeout=30)
    assert response.status_code == 202, response.text


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/threads/nobody/events", {}, 404),
        ("/threads/user-9/events?turn=abc", {}, 404),
        ("/threads/user-9/events?turn=not-hex", {}, 400),
        ("/threads/user-9/events", {"last-event-id": "evt_1"}, 400),
        ("/threads/-bad/events", {}, 400),
        ("/threads/a%2Fb/events", {}, 404),
        ("/nowhere", {}, 404),
    ],
)
def test_a_stream_that_cannot_start_is_refused_as_json(
    relay: str, path: str, headers: dict[str, str], status: int
) -> None:
    _error(httpx2.get(relay + path, headers=headers), status)


def test_a_wrong_method_is_refused_as_json(relay: str) -> None:
    _error(httpx2.get(f"{relay}/threads/user-9/messages"), 405)


def test_an_upstream_refusal_keeps_its_status_when_the_browser_can_act_on_it(
    emu: Emu, store: Store
) -> None:
    emu.fault("status=429,retry_after=7", match="create")
    with relay_replica(emu, store, client_options={"max_retries": 0}) as relay:
        response = post(relay, "user-10", "hi")
    error = _error(response, 429)
    assert error["upstream_status"] == 429 and response.headers["retry-after"] == "7"


def test_an_upstream_misconfiguration_is_a_bad_gateway(emu: Emu, relay: str) -> None:
    emu.fault("status=403", times=1, match="create")
    error = _error(post(relay, "user-11", "hi"), 502)
    assert error["upstream_status"] == 403 and error["type"] == "PermissionDeniedError"


def test_an_upstream_error_event_ends_the_stream_with_failed(emu: Emu, store: Store) -> None:
    scenario = {"x-emulator-scenario": "error_event"}
    with relay_replica(emu, store, extra_headers=scenario) as relay:
        turn = post(relay, "user-12", "hi").json()
        response, body = follow(relay + turn["events"])
    assert response.status_code == 200
    *messages, failed = events_of(body)
    assert json.loads(messages[-1].data)["event_type"] == "step.stop"
    assert failed.event == "failed" and failed.id == messages[-1].id  # no id of its own
    error = json.loads(failed.data)["error"]
    assert error["type"] == "StreamEventError" and error["code"] == 502
    assert "The model run failed (emulated)." in error["message"]


def test_the_chat_page_is_served_at_the_root(relay: str) -> None:
    response = httpx2.get(relay + "/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "new EventSource(" in response.text and '"done"' in response.text


def test_the_command_serves_the_relay(capsys: pytest.CaptureFixture[str]) -> None:
    from interactions_ext.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["relay", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "--store" in out and "--heartbeat" in out and "--model" in out


def test_a_thread_held_by_another_replica_is_a_conflict(emu: Emu, store: Store) -> None:
    from interactions_ext.conversation import Conversation

    with (
        Client(api_key="test-key", base_url=emu.base_url, store=store) as other,
        relay_replica(emu, store, wait=0) as relay,
    ):
        # Another replica's turn on the thread is still streaming: it holds the thread.
        with Conversation(other, thread="user-14", model=MODEL).stream("Hi") as running:
            next(iter(running))
            error = _error(post(relay, "user-14", "Me too"), 409)
        assert error["type"] == "ThreadConflictError"
        assert error["status"] == "ABORTED"  # google.rpc's name for 409, as the API says it
        assert post(relay, "user-14", "Me too").status_code == 202  # free again
