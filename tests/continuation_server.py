"""A stdlib HTTP server that plays a continuation-capable Interactions API.

Independent of the emulator: it answers ``words`` words in hops of ``hop_words``
(the per-request output limit), hands out a ``continuation_token`` at each hop end
and, every ``checkpoint_every`` words, on ``interaction.status_update``. It checks hop
bodies as the real service does (with ``store`` on: the token belongs to
``previous_interaction_id`` and there is no input; with ``store=False``: the input is
resent), keeps stored interactions for GET resumption, and cannot fetch unstored
ones. Faults are set per request number: ``cut`` (body ends early, cleanly or by a
broken chunk), ``stall`` (stops sending), ``status`` (an HTTP error answer).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

LEGACY = "2026-05-07"


@dataclass
class Fault:
    """What goes wrong with one request: cut after ``after`` events (or an error event
    there), stall, or a status."""

    after: int | None = None
    broken: bool = True  # True: an unfinished chunk (a transport error); False: a clean EOF
    stall: float = 0.0
    status: int | None = None
    error: bool = False  # at the cut: an ``error`` event and [DONE] instead


@dataclass
class Record:
    id: str
    body: dict[str, Any]
    events: list[dict[str, Any]]
    interaction: dict[str, Any]
    stored: bool


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: dict[str, Any] | None


@dataclass
class Play:
    """The server's behaviour and what it saw."""

    words: int = 9
    hop_words: int = 3
    checkpoint_every: int = 0
    status: str = "completed"  # how the last hop ends
    end_token: bool = True  # whether a requires_continuation hop carries its token
    last_token: bool = False  # whether the last hop carries one too (whatever its status)
    latency: float = 0.0  # seconds before each create answers
    faults: dict[int, Fault] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    records: dict[str, Record] = field(default_factory=dict)
    tokens: dict[str, tuple[str, int]] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def creates(self) -> list[dict[str, Any]]:
        return [r.body or {} for r in self.requests if r.method == "POST"]

    def token(self, owner: str, offset: int) -> str:
        token = base64.urlsafe_b64encode(f"{owner}@{offset}".encode()).decode()
        self.tokens[token] = (owner, offset)
        return token

    def text(self, start: int = 0, end: int | None = None) -> str:
        return "".join(f"w{i} " for i in range(start, self.words if end is None else end))


def _usage(words: int) -> dict[str, Any]:
    return {
        "total_input_tokens": 4,
        "total_output_tokens": words,
        "total_tokens": 4 + words,
        "output_tokens_by_modality": [{"modality": "text", "tokens": words}],
        "grounding_tool_count": [{"type": "google_search", "count": 1}],
    }


class _Hop:
    """One create: which words it answers and the events that say so."""

    def __init__(self, play: Play, body: dict[str, Any], legacy: bool) -> None:
        self.play, self.body, self.legacy = play, body, legacy
        with play.lock:
            self.id = f"int_{len(play.records) + 1}"
        self.start = self._start_offset()
        self.end = min(play.words, self.start + play.hop_words)
        last = self.end >= play.words
        self.status = play.status if last else "requires_continuation"
        wants = play.end_token if not last else play.last_token
        self.final_token = play.token(self.id, self.end) if wants else None

    def _start_offset(self) -> int:
        token = self.body.get("continuation_token")
        stored = self.body.get("store") is not False
        if token is None:
            if self.body.get("input") is None:
                raise _Invalid("input is required")
            return 0
        if token not in self.play.tokens:
            raise _Invalid("unknown continuation_token")
        owner, offset = self.play.tokens[token]
        if stored:
            if self.body.get("previous_interaction_id") != owner:
                raise _Invalid("continuation_token does not belong to previous_interaction_id")
            if "input" in self.body:
                raise _Invalid("a stored continuation sends no input")
        if not stored and self.body.get("input") is None:
            raise _Invalid("store=false continuations resend the input")
        return offset

    def _who(self) -> dict[str, Any]:
        return {k: self.body[k] for k in ("model", "agent") if k in self.body}

    def interaction(self) -> dict[str, Any]:
        text = self.play.text(self.start, self.end)
        result: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            **self._who(),
            "usage": _usage(self.end - self.start),
        }
        if self.legacy:
            result["outputs"] = [{"type": "text", "text": text}]
        else:
            steps: list[dict[str, Any]] = []
            if self.body.get("input") is not None:
                steps.append({"type": "user_input", "content": [{"type": "text", "text": "in"}]})
            steps.append({"type": "model_output", "content": [{"type": "text", "text": text}]})
            result["steps"] = steps
        if self.final_token:
            result["continuation_token"] = self.final_token
        return result

    def events(self) -> list[dict[str, Any]]:
        legacy = self.legacy
        head = {"id": self.id, "status": "in_progress", **self._who()}
        out: list[dict[str, Any]] = [
            {
                "event_type": "interaction.start" if legacy else "interaction.created",
                "interaction": head,
            }
        ]
        if legacy:
            out.append(
                {"event_type": "content.start", "index": 0, "content": {"type": "text", "text": ""}}
            )
        else:
            out.append({"event_type": "step.start", "index": 0, "step": {"type": "model_output"}})
        every = self.play.checkpoint_every
        for i in range(self.start, self.end):
            kind = "content.delta" if legacy else "step.delta"
            out.append(
                {"event_type": kind, "index": 0, "delta": {"type": "text", "text": f"w{i} "}}
            )
            done = i + 1
            if every and (done - self.start) % every == 0 and done < self.end:
                out.append(
                    {
                        "event_type": "interaction.status_update",
                        "interaction_id": self.id,
                        "status": "in_progress",
                        "continuation_token": self.play.token(self.id, done),
                    }
                )
        out.append({"event_type": "content.stop" if legacy else "step.stop", "index": 0})
        final = self.interaction()
        if not legacy:
            final.pop("steps", None)
        out.append(
            {
                "event_type": "interaction.complete" if legacy else "interaction.completed",
                "interaction": final,
            }
        )
        for n, event in enumerate(out, start=1):
            event["event_id"] = str(n)  # restarts in every hop, as ids are per interaction
        return out


class _Invalid(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    play: Play

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout under test)

    def _record(self, body: dict[str, Any] | None) -> tuple[int, Request]:
        url = urlsplit(self.path)
        request = Request(
            self.command, url.path, parse_qs(url.query), dict(self.headers.items()), body
        )
        with self.play.lock:
            self.play.requests.append(request)
            return len(self.play.requests) - 1, request

    def _json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        body = json.loads(raw or b"{}")
        number, _ = self._record(body)
        fault = self.play.faults.get(number, Fault())
        if self.play.latency:
            time.sleep(self.play.latency)
        if fault.status is not None:
            self._json(fault.status, {"error": {"code": fault.status, "message": "injected"}})
            return
        try:
            hop = _Hop(self.play, body, self.headers.get("Api-Revision") == LEGACY)
        except _Invalid as exc:
            self._json(400, {"error": {"code": "invalid_request", "message": str(exc)}})
            return
        events = hop.events()
        record = Record(hop.id, body, events, hop.interaction(), body.get("store") is not False)
        with self.play.lock:
            self.play.records[hop.id] = record
        if body.get("stream"):
            self._stream(events, fault)
            return
        if fault.stall:
            self.play.stop.wait(fault.stall)
        self._json(200, record.interaction)

    def do_GET(self) -> None:
        number, request = self._record(None)
        fault = self.play.faults.get(number, Fault())
        record = self.play.records.get(request.path.rsplit("/", 1)[-1])
        if record is None or not record.stored:
            self._json(404, {"error": {"code": "not_found", "message": "no such interaction"}})
            return
        if fault.status is not None:
            self._json(fault.status, {"error": {"code": fault.status, "message": "injected"}})
            return
        if request.query.get("stream") != ["true"]:
            self._json(200, record.interaction)
            return
        after = request.query.get("last_event_id", ["0"])[0]
        self._stream([e for e in record.events if int(e["event_id"]) > int(after)], fault)

    def _stream(self, events: list[dict[str, Any]], fault: Fault) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        for n, event in enumerate(events):
            if fault.after is not None and n >= fault.after:
                if fault.stall:
                    self.play.stop.wait(fault.stall)
                if fault.error:
                    failed = {"event_type": "error", "error": {"code": 500, "message": "failed"}}
                    self._chunk(f"event: error\ndata: {json.dumps(failed)}\n\n".encode())
                    self._chunk(b"event: done\ndata: [DONE]\n\n")
                    break
                if fault.broken:
                    self.wfile.write(b"5\r\nda")  # an unfinished chunk, then the socket closes
                    self.wfile.flush()
                    self.close_connection = True
                    return
                break
            self._chunk(f"event: {event['event_type']}\ndata: {json.dumps(event)}\n\n".encode())
        else:
            self._chunk(b"event: done\ndata: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.close_connection = True

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def serve(play: Play) -> Iterator[str]:
    """Run a server for ``play`` on 127.0.0.1:0; yields its base URL."""
    handler = type("Handler", (_Handler,), {"play": play})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        play.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
