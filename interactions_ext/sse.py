"""Incremental Server-Sent Events decoder (WHATWG "event stream interpretation").

Bytes in, ``ServerSentEvent``s out, no I/O. Lines may end in ``\\n``, ``\\r\\n`` or a
bare ``\\r``, including a ``\\r`` that ends one chunk and a ``\\n`` that starts the
next. Field values are decoded only once complete, so UTF-8 split across chunks is
safe. The common block (``event:`` + one ``data:`` + blank line, ``\\n`` endings) takes
a fast path; everything else goes through the general line parser.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from itertools import repeat
from operator import itemgetter
from typing import Final, cast

from .errors import SSEFrameTooLargeError

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_events", "iter_events"]

_BOM: Final = b"\xef\xbb\xbf"
DEFAULT_MAX_BYTES: Final = 8 << 20
_MAX_NAMES: Final = 256  # distinct event names remembered per decoder
_AFTER_DATA_PREFIX: Final = itemgetter(slice(6, None))  # b"data: Y" -> b"Y"


class ServerSentEvent:
    """One dispatched event: its type, raw data bytes, last event id and retry."""

    __slots__ = ("data_bytes", "event", "id", "retry")

    def __init__(
        self,
        event: str = "message",
        data_bytes: bytes = b"",
        id: str | None = None,
        retry: int | None = None,
    ) -> None:
        self.event = event
        self.data_bytes = data_bytes
        self.id = id
        self.retry = retry

    @property
    def data(self) -> str:
        """The data as text (invalid UTF-8 replaced)."""
        return self.data_bytes.decode("utf-8", "replace")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data_bytes, self.id, self.retry) == (
            other.event,
            other.data_bytes,
            other.id,
            other.retry,
        )

    def __hash__(self) -> int:
        return hash((self.event, self.data_bytes, self.id, self.retry))

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Feed byte chunks, get complete events; ``close()`` at end of stream."""

    def __init__(
        self,
        *,
        max_line_bytes: int = DEFAULT_MAX_BYTES,
        max_event_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._max_line = max_line_bytes
        self._max_event = max_event_bytes
        self._buffer = b""
        self._started = False
        self._pending_cr = False  # the previous chunk ended in \r: a \n next is part of it
        self._event = ""
        self._data: list[bytes] = []
        self._data_size = 0
        self._retry: int | None = None
        self._last_id: str | None = None
        self._names: dict[bytes, str] = {}

    @property
    def last_event_id(self) -> str | None:
        """The last event id set by the stream (persists across events)."""
        return self._last_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events it completes."""
        if not chunk:
            return []
        if self._pending_cr:
            self._pending_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        buffer = self._buffer + chunk if self._buffer else chunk
        if not self._started:
            if len(buffer) < 3 and _BOM.startswith(buffer):
                self._buffer = buffer
                return []
            self._started = True
            if buffer.startswith(_BOM):
                buffer = buffer[3:]
        out: list[ServerSentEvent] = []
        rest = self._general(buffer, out) if b"\r" in buffer else self._fast(buffer, out)
        if len(rest) > self._max_line:
            raise SSEFrameTooLargeError(
                f"SSE line longer than {self._max_line} bytes", event=self._event, data=rest
            )
        self._buffer = rest
        return out

    def close(self) -> list[ServerSentEvent]:
        """End of stream: an event without its blank line is discarded."""
        self._buffer = b""
        self._event, self._data, self._data_size, self._retry = "", [], 0, None
        return []

    def _fast(self, buffer: bytes, out: list[ServerSentEvent]) -> bytes:
        """``\\n``-only input: whole event blocks at a time, then the lines of a partial one."""
        start = 0
        if self._data or self._event or self._retry is not None:
            # An event begun in an earlier chunk: finish it line by line first.
            start = self._finish_event(buffer, out)
            if start < 0:
                return self._lines(buffer, 0, out)
        cut = buffer.rfind(b"\n\n", start)
        if cut >= 0:
            self._blocks(buffer[start:cut], out)
            start = cut + 2
        return self._lines(buffer, start, out)

    def _finish_event(self, buffer: bytes, out: list[ServerSentEvent]) -> int:
        """Feed the lines up to the first blank one; the offset after it, or -1 if none."""
        if buffer[:1] == b"\n":
            self._dispatch(out)
            return 1
        blank = buffer.find(b"\n\n")
        if blank < 0:
            return -1
        for line in buffer[:blank].split(b"\n"):
            self._field(line)
        self._dispatch(out)
        return blank + 2

    def _lines(self, buffer: bytes, start: int, out: list[ServerSentEvent]) -> bytes:
        """Feed the complete lines from ``start`` on; return the partial last line."""
        end = buffer.rfind(b"\n", start)
        if end < 0:
            return buffer[start:] if start else buffer
        self._feed_lines(buffer[start:end].split(b"\n"), out)
        return buffer[end + 1 :]

    def _blocks(self, segment: bytes, out: list[ServerSentEvent]) -> None:
        """Complete events separated by blank lines, starting with clean state."""
        # A segment within both size limits cannot break either.
        if (
            len(segment) <= self._max_line
            and len(segment) < self._max_event
            and self._usual_blocks(segment, out)
        ):
            return
        self._any_blocks(segment.split(b"\n\n"), out)

    def _usual_blocks(self, segment: bytes, out: list[ServerSentEvent]) -> bool:
        """The whole segment at C speed when every block is ``event: X`` + ``data: Y``.

        Then its lines repeat (event line, data line, blank line), so checking every
        third line of each kind proves the shape without a Python loop per event.
        False, with nothing done, for any other segment.
        """
        lines = segment.split(b"\n")
        if len(lines) % 3 != 2 or any(lines[2::3]):
            return False
        heads = lines[0::3]
        names = self._names
        events = list(map(names.get, heads))
        if None in events:
            for head in heads:
                if head not in names:
                    if head[:7] != b"event: ":
                        return False
                    self._name(head)
            events = list(map(names.get, heads))
            if None in events:  # more distinct names than the decoder remembers
                return False
        # Event lines start "event: " and blank lines are empty, so every "\ndata: " in
        # the segment starts a data line: one per block means all of them have it.
        count = len(heads)
        if segment.count(b"\ndata: ") != count:
            return False
        out.extend(
            map(
                ServerSentEvent,
                cast("list[str]", events),  # no None left: checked above
                map(_AFTER_DATA_PREFIX, lines[1::3]),
                repeat(self._last_id, count),
                repeat(None, count),
            )
        )
        return True

    def _any_blocks(self, blocks: list[bytes], out: list[ServerSentEvent]) -> None:
        """Blocks of any shape: the usual ones directly, the rest through the line parser."""
        # A block no longer than both limits cannot break either; longer ones take the
        # line parser, which raises with the right details.
        limit = min(self._max_line, self._max_event - 1)
        names = self._names
        append = out.append
        for block in blocks:
            head, sep, data = block.partition(b"\ndata: ")
            if sep and data.find(b"\n") < 0 and len(block) <= limit:
                event = names.get(head)
                if event is None and head[:7] == b"event: " and head.find(b"\n") < 0:
                    event = self._name(head)
                if event is not None:
                    append(ServerSentEvent(event, data, self._last_id, None))
                    continue
            elif block[:6] == b"data: " and block.find(b"\n") < 0 and len(block) <= limit:
                append(ServerSentEvent("message", block[6:], self._last_id, None))
                continue
            self._feed_lines(block.split(b"\n"), out)
            self._dispatch(out)

    def _feed_lines(self, lines: list[bytes], out: list[ServerSentEvent]) -> None:
        """Complete lines, one at a time: a field, or a blank line that dispatches."""
        for line in lines:
            if line:
                self._field(line)
            else:
                self._dispatch(out)

    def _name(self, head: bytes) -> str:
        """The event type of an ``event: X`` line, remembered (streams use a handful)."""
        name = head[7:].decode("utf-8", "replace") or "message"
        if len(self._names) < _MAX_NAMES:
            self._names[head] = name
        return name

    def _general(self, buffer: bytes, out: list[ServerSentEvent]) -> bytes:
        pos = 0
        size = len(buffer)
        while pos < size:
            cr = buffer.find(b"\r", pos)
            lf = buffer.find(b"\n", pos)
            if cr < 0 and lf < 0:
                break
            if cr < 0 or (0 <= lf < cr):
                line, pos = buffer[pos:lf], lf + 1
            elif cr == size - 1:
                # A \r at the very end: the line is complete; a \n may follow next chunk.
                line, pos = buffer[pos:cr], size
                self._pending_cr = True
            else:
                line = buffer[pos:cr]
                pos = cr + 2 if buffer[cr + 1 : cr + 2] == b"\n" else cr + 1
            if line:
                self._field(line)
            else:
                self._dispatch(out)
        return buffer[pos:]

    def _field(self, line: bytes) -> None:
        if len(line) > self._max_line:
            raise SSEFrameTooLargeError(
                f"SSE line longer than {self._max_line} bytes", event=self._event, data=line
            )
        colon = line.find(b":")
        if colon == 0:
            return  # comment
        if colon < 0:
            name, value = line, b""
        else:
            name = line[:colon]
            value = line[colon + 1 :]
            if value[:1] == b" ":
                value = value[1:]
        if name == b"data":
            self._data.append(value)
            self._data_size += len(value) + 1
            if self._data_size > self._max_event:
                raise SSEFrameTooLargeError(
                    f"SSE event larger than {self._max_event} bytes",
                    event=self._event,
                    data=b"\n".join(self._data),
                )
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
        elif name == b"id" and b"\x00" not in value:
            self._last_id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():
            self._retry = int(value)

    def _dispatch(self, out: list[ServerSentEvent]) -> None:
        data = self._data
        if data:
            out.append(
                ServerSentEvent(
                    self._event or "message",
                    data[0] if len(data) == 1 else b"\n".join(data),
                    self._last_id,
                    self._retry,
                )
            )
            self._data = []
            self._data_size = 0
        self._event = ""
        self._retry = None


def iter_events(
    chunks: Iterable[bytes],
    *,
    max_line_bytes: int = DEFAULT_MAX_BYTES,
    max_event_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[ServerSentEvent]:
    """Events of a sequence of byte chunks."""
    decoder = SSEDecoder(max_line_bytes=max_line_bytes, max_event_bytes=max_event_bytes)
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.close()


async def aiter_events(
    chunks: AsyncIterable[bytes],
    *,
    max_line_bytes: int = DEFAULT_MAX_BYTES,
    max_event_bytes: int = DEFAULT_MAX_BYTES,
) -> AsyncIterator[ServerSentEvent]:
    """Events of an async sequence of byte chunks."""
    decoder = SSEDecoder(max_line_bytes=max_line_bytes, max_event_bytes=max_event_bytes)
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.close():
        yield event
