"""Serving a cassette: recorded exchanges answer the requests that match them.

A request matches an exchange with the same method, path, query (credentials aside) and
body (JSON compared by value). Several matches are served in recording order, the last
one again once they run out. A streamed GET that matches nothing exactly is served from
the interaction's recorded events (every recorded stream of it, merged by ``event_id``),
after ``last_event_id``: a resume can start anywhere in a recorded stream.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..cassette import Exchange, canonical_body, canonical_query, load_cassettes
from .errors import ApiError
from .faults import Fault
from .model import InvalidRequest
from .writer import sse_response

__all__ = ["ReplayLibrary"]

_Key = tuple[str, str, tuple[tuple[str, str], ...], str | None]
_LINE = re.compile(rb"\r\n|\r|\n")
_NOT_REPLAYED = frozenset(
    {"content-length", "transfer-encoding", "connection", "keep-alive", "date", "server"}
)


def _frame_data(frame: bytes) -> bytes | None:
    """The ``data`` of one SSE block (its ``data:`` lines joined), or None without any."""
    values = [
        line[5:].removeprefix(b" ") for line in _LINE.split(frame) if line.startswith(b"data:")
    ]
    return b"\n".join(values) if values else None


def _frame_event(frame: bytes) -> dict[str, Any] | None:
    data = _frame_data(frame)
    if data is None or data == b"[DONE]":
        return None
    try:
        event = json.loads(data)
    except (ValueError, RecursionError):
        return None
    return event if isinstance(event, dict) else None


def _is_done(frame: bytes) -> bool:
    return _frame_data(frame) == b"[DONE]"


def _stream_owner(exchange: Exchange) -> str | None:
    """The interaction a recorded stream belongs to: from its path, else its first events."""
    if exchange.interaction_id:
        return exchange.interaction_id
    for frame in (exchange.frames or ())[:8]:
        event = _frame_event(frame) or {}
        inner = event.get("interaction")
        found = inner.get("id") if isinstance(inner, dict) else event.get("interaction_id")
        if isinstance(found, str):
            return found
    return None


@dataclass
class _Timeline:
    """An interaction's recorded events, merged across its recorded streams."""

    frames: list[tuple[str | None, bytes]] = field(default_factory=list)
    tail: bytes | None = None
    cut: bool = False

    def add(self, exchange: Exchange) -> None:
        seen = {event_id for event_id, _ in self.frames if event_id}
        fresh = not self.frames
        for frame in exchange.frames or ():
            if _is_done(frame):
                self.tail = frame
                continue
            event_id = (_frame_event(frame) or {}).get("event_id")
            if isinstance(event_id, str):
                fresh = event_id not in seen
                seen.add(event_id)
            if fresh:
                self.frames.append((event_id if isinstance(event_id, str) else None, frame))
        self.cut = self.tail is None and exchange.error is not None

    def after(self, last_event_id: str | None) -> list[bytes]:
        if not last_event_id:
            return [frame for _, frame in self.frames]
        for index, (event_id, _) in enumerate(self.frames):
            if event_id == last_event_id:
                return [frame for _, frame in self.frames[index + 1 :]]
        raise InvalidRequest(f"Unknown last_event_id {last_event_id[:64]!r} in the cassette.")


async def _iterate(frames: Iterable[bytes]) -> AsyncIterator[bytes]:
    for frame in frames:
        yield frame


def _stream_response(
    frames: list[bytes], fault: Fault, tail: bytes | None, cut: bool, replayed: int = 0
) -> Response:
    return sse_response(
        _iterate(frames), fault, tail=tail, cut_at_end=cut, per_event=True, replayed=replayed
    )


def _respond(exchange: Exchange, fault: Fault) -> Response:
    if exchange.frames is not None and exchange.status < 300:
        frames = list(exchange.frames)
        tail = frames.pop() if frames and _is_done(frames[-1]) else None
        return _stream_response(frames, fault, tail, exchange.error is not None and tail is None)
    headers = {k: v for k, v in exchange.headers.items() if k not in _NOT_REPLAYED}
    return Response(exchange.content, status_code=exchange.status, headers=headers)


class ReplayLibrary:
    """The exchanges of one or more cassettes, ready to answer requests."""

    def __init__(self, exchanges: list[Exchange]) -> None:
        self.exchanges = exchanges
        self._by_key: dict[_Key, list[Exchange]] = {}
        self._timelines: dict[str, _Timeline] = {}
        for exchange in exchanges:
            key = (exchange.method, exchange.path, exchange.query, exchange.body)
            self._by_key.setdefault(key, []).append(exchange)
            owner = _stream_owner(exchange) if exchange.frames is not None else None
            if owner is not None and exchange.status < 300:
                self._timelines.setdefault(owner, _Timeline()).add(exchange)
        self._served: dict[_Key, int] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ReplayLibrary:
        """A library of every exchange under ``path`` (a cassette file or a directory)."""
        return cls(load_cassettes(path))

    def rewind(self) -> None:
        """Serve every exchange from the first again."""
        with self._lock:
            self._served.clear()

    def _next(self, key: _Key) -> Exchange | None:
        matches = self._by_key.get(key)
        if not matches:
            return None
        with self._lock:
            index = self._served.get(key, 0)
            self._served[key] = index + 1
        return matches[min(index, len(matches) - 1)]

    def _key(self, request: Request, body: str | None) -> _Key:
        query = canonical_query(request.url.query)
        return (request.method, request.url.path, query, body)

    def create(self, request: Request, body: dict[str, Any], fault: Fault) -> Response:
        canonical = canonical_body(json.dumps(body).encode())
        exchange = self._next(self._key(request, canonical))
        if exchange is None:
            raise self._miss(request, "no recorded create has this body")
        return _respond(exchange, fault)

    def get(self, request: Request, interaction_id: str, fault: Fault) -> Response:
        exchange = self._next(self._key(request, None))
        if exchange is not None:
            return _respond(exchange, fault)
        if request.query_params.get("stream", "false").lower() == "true":
            timeline = self._timelines.get(interaction_id)
            if timeline is not None:
                frames = timeline.after(request.query_params.get("last_event_id"))
                if not fault.replay_from_start:
                    return _stream_response(frames, fault, timeline.tail, timeline.cut)
                whole = timeline.after(None)
                replayed = len(whole) - len(frames)
                return _stream_response(whole, fault, timeline.tail, timeline.cut, replayed)
        else:
            resource = self._resource(interaction_id)
            if resource is not None:
                return _respond(resource, fault)
        raise self._miss(request, "the cassette has no such request for this interaction")

    def other(self, request: Request, interaction_id: str, fault: Fault) -> Response:
        """Cancel and delete: served only as recorded."""
        exchange = self._next(self._key(request, None))
        if exchange is None:
            raise self._miss(request, f"no recorded {request.method} for {interaction_id}")
        return _respond(exchange, fault)

    def _resource(self, interaction_id: str) -> Exchange | None:
        """The latest recorded JSON interaction with this id (for a GET never recorded)."""
        found = None
        for exchange in self.exchanges:
            if exchange.frames is None and exchange.status == 200:
                try:
                    value = json.loads(exchange.content)
                except (ValueError, RecursionError):
                    continue
                if isinstance(value, dict) and value.get("id") == interaction_id:
                    found = exchange
        return found

    @staticmethod
    def _miss(request: Request, why: str) -> ApiError:
        message = (
            f"Replay: no recorded exchange matches {request.method} {request.url.path} ({why})."
        )
        return ApiError(404, message, headers={"x-emulator-replay": "miss"})
