"""A stdlib HTTP server that plays scripted answers: what broken servers and proxies do.

Each request pops the next ``Answer`` from the queue (the last one repeats); the body is
written piece by piece, then the socket is closed (HTTP/1.0 framing, no length), so a
script can stop anywhere, stall, or keep the connection open.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """One scripted response: status, headers, body pieces (bytes or a pause in seconds)."""

    pieces: Sequence[bytes | float] = ()
    status: int = 200
    content_type: str = "text/event-stream"
    headers: dict[str, str] = field(default_factory=dict)


def sse(payload: dict[str, Any] | str, *, event_id: str | None = None) -> bytes:
    """One SSE block; ``payload`` is JSON (a dict) or raw ``data`` text."""
    data = payload if isinstance(payload, str) else json.dumps(payload)
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}data: {data}\n\n".encode()


def delta(index: int, text: str, event_id: str | None) -> dict[str, Any]:
    """A current-revision text delta event."""
    event: dict[str, Any] = {
        "event_type": "step.delta",
        "index": 0,
        "delta": {"type": "text", "text": text},
    }
    if event_id is not None:
        event["event_id"] = event_id
    return event


def created(interaction_id: str, event_id: str | None = "e0") -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_type": "interaction.created",
        "interaction": {"id": interaction_id, "status": "in_progress"},
    }
    if event_id is not None:
        event["event_id"] = event_id
    return event


def completed(interaction_id: str, event_id: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_type": "interaction.completed",
        "interaction": {"id": interaction_id, "status": "completed"},
    }
    if event_id is not None:
        event["event_id"] = event_id
    return event


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        answer = self.server.next_answer(self.command, self.path, self.headers, body)
        self.send_response(answer.status)
        self.send_header("content-type", answer.content_type)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            for piece in answer.pieces:
                if isinstance(piece, float | int):
                    time.sleep(piece)
                else:
                    self.wfile.write(piece)
                    self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: list[Answer] = []
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def next_answer(self, method: str, path: str, headers: Any, body: bytes) -> Answer:
        with self._lock:
            self.requests.append(
                {"method": method, "path": path, "headers": dict(headers), "body": body}
            )
            return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


class HostileServer:
    """The running server: queue answers, read what it received."""

    def __init__(self) -> None:
        self._server = _Server()
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def play(self, *answers: Answer) -> None:
        self._server.answers = list(answers)
        self._server.requests.clear()

    @property
    def received(self) -> list[dict[str, Any]]:
        return self._server.requests

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def serve() -> Iterator[HostileServer]:
    server = HostileServer()
    try:
        yield server
    finally:
        server.close()
