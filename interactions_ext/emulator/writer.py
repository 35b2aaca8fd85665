"""Response bodies written piece by piece: SSE streams (with faults) and large JSON resources.

Both yield to the event loop after every flush, so one huge answer never holds up the
other clients.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import msgspec
from starlette.responses import Response, StreamingResponse

from ..sse import encode_event
from .content import Answer
from .errors import Abort
from .faults import Fault
from .store import TEXT_SLOT

__all__ = ["DONE_FRAME", "Abort", "event_frame", "json_response", "sse_response"]

FLUSH_BYTES = 64 * 1024
DONE_FRAME = b"event: done\ndata: [DONE]\n\n"
_MALFORMED = b"data: {this is not json\n\n"  # the event's own `event:` line is kept
_PARTIAL = b'data: {"event_type": "step.del'
_SMALL_ANSWER = 2048  # deltas: below this a resource is encoded in one go
_encode = msgspec.json.Encoder().encode


class _DropAbortLogs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        while exc is not None:
            if isinstance(exc, Abort):
                return False
            if isinstance(exc, BaseExceptionGroup) and any(
                isinstance(e, Abort) for e in exc.exceptions
            ):
                return False
            exc = exc.__cause__ or exc.__context__
        return True


logging.getLogger("uvicorn.error").addFilter(_DropAbortLogs())


def event_frame(event: dict[str, Any]) -> bytes:
    """One SSE block as the API frames it: an ``event:`` line and one ``data:`` line."""
    return encode_event(_encode(event), event=str(event["event_type"]))


class _Budget:
    """``drop_after_bytes``: how much more may be sent before the cut."""

    def __init__(self, limit: int | None) -> None:
        self.left = limit

    def take(self, data: bytes) -> tuple[bytes, bool]:
        """The part of ``data`` to send, and whether to cut right after it."""
        if self.left is None:
            return data, False
        if len(data) >= self.left:
            piece, self.left = data[: max(self.left, 0)], 0
            return piece, True
        self.left -= len(data)
        return data, False


def sse_response(
    frames: AsyncIterator[bytes],
    fault: Fault,
    *,
    delay_ms: int = 0,
    tail: bytes | None = DONE_FRAME,
    cut_at_end: bool = False,
    per_event: bool = False,
    replayed: int = 0,
) -> Response:
    """A ``text/event-stream`` response of ``frames`` then ``tail``, with ``fault`` applied.

    ``cut_at_end`` ends without ``tail`` by cutting the connection (a recorded drop); an
    empty frame sends what is buffered at once (the source is about to wait).
    The first ``replayed`` frames (sent again by a ``replay_from_start`` resume) go out
    as they are: the fault's counts start after them.
    """
    body = _sse_body(frames, fault, delay_ms, tail, cut_at_end, per_event)
    if replayed:
        body = _after_prefix(frames, replayed, body)
    return StreamingResponse(
        body, media_type="text/event-stream", headers={"cache-control": "no-cache"}
    )


async def _after_prefix(
    frames: AsyncIterator[bytes], count: int, rest: AsyncIterator[bytes]
) -> AsyncIterator[bytes]:
    """The first ``count`` of ``frames``, batched and untouched by faults; then ``rest``."""
    buffer = bytearray()
    while count > 0:
        try:
            frame = await anext(frames)
        except StopAsyncIteration:
            break
        count -= 1 if frame else 0  # an empty frame is a wait, not an event
        buffer += frame
        if len(buffer) >= FLUSH_BYTES or (not frame and buffer):
            yield bytes(buffer)
            buffer.clear()
            await asyncio.sleep(0)
    if buffer:
        yield bytes(buffer)
    async for piece in rest:
        yield piece


async def _sse_body(
    frames: AsyncIterator[bytes],
    fault: Fault,
    delay_ms: int,
    tail: bytes | None,
    cut_at_end: bool,
    per_event: bool,
) -> AsyncIterator[bytes]:
    delay = (fault.event_delay_ms or delay_ms) / 1000
    per_event = per_event or fault.affects_stream or delay > 0
    budget, buffer, count = _Budget(fault.drop_after_bytes), bytearray(), 0

    def flush(extra: bytes = b"") -> Iterator[bytes]:
        piece, cut = budget.take(bytes(buffer) + extra)
        buffer.clear()
        if piece:
            yield piece
        if cut:
            raise Abort

    async for frame in frames:
        if not frame:  # the source waits for more: a follower sees what exists by now
            for piece in flush():
                yield piece
            continue
        reason = _stop_reason(fault, count)
        if reason is not None:
            for piece in flush(_PARTIAL if reason == "partial" else b""):
                yield piece
            if reason != "end":
                raise Abort
            return
        if fault.malformed_after_events == count:
            head = frame.split(b"\n", 1)[0]
            frame = (head + b"\n" if head.startswith(b"event:") else b"") + _MALFORMED
        count += 1
        if fault.pause_after_events is not None and count == fault.pause_after_events + 1:
            half = len(frame) // 2
            for piece in flush(frame[:half]):
                yield piece
            await asyncio.sleep(fault.pause_ms / 1000)
            for piece in flush(frame[half:]):
                yield piece
            continue
        buffer += frame
        if per_event or len(buffer) >= FLUSH_BYTES:
            for piece in flush():
                yield piece
            await asyncio.sleep(delay)  # sleep(0) still lets other requests run
    for piece in _ending(fault, count, tail, cut_at_end, flush):
        yield piece


def _stop_reason(fault: Fault, count: int) -> str | None:
    """Why the body stops before event ``count`` (0-based), if it does."""
    if fault.drop_after_events is not None and count >= fault.drop_after_events:
        return "drop"
    if fault.end_after_events is not None and count >= fault.end_after_events:
        return "end"
    return "partial" if fault.partial_line and count >= 1 else None


def _ending(
    fault: Fault, count: int, tail: bytes | None, cut_at_end: bool, flush: Any
) -> Iterator[bytes]:
    if fault.drop_after_events is not None and count >= fault.drop_after_events:
        # The cut falls exactly at the end: still cut before [DONE].
        yield from flush()
        raise Abort
    if fault.end_after_events is not None and count >= fault.end_after_events:
        yield from flush()
        return
    if cut_at_end:
        yield from flush()
        raise Abort
    yield from flush(tail or b"")


def json_response(data: dict[str, Any], answer: Answer | None) -> Response:
    """``data`` as JSON, the answer's text streamed in place of ``TEXT_SLOT``."""
    encoded = _encode(data)
    slot = _encode(TEXT_SLOT)
    if answer is None or slot not in encoded:
        return Response(encoded, media_type="application/json")
    before, after = encoded.split(slot, 1)
    if answer.delta_count() <= _SMALL_ANSWER:
        return Response(before + _encode(answer.text()) + after, media_type="application/json")
    return StreamingResponse(_json_pieces(before, answer, after), media_type="application/json")


async def _json_pieces(before: bytes, answer: Answer, after: bytes) -> AsyncIterator[bytes]:
    buffer = bytearray(before + b'"')
    for chunk in answer.chunks():
        buffer += _encode(chunk)[1:-1]
        if len(buffer) >= FLUSH_BYTES:
            yield bytes(buffer)
            buffer.clear()
            await asyncio.sleep(0)
    yield bytes(buffer) + b'"' + after
