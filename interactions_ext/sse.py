"""Incremental Server-Sent Events decoder (WHATWG "event stream interpretation").

Bytes in, ``ServerSentEvent``s out, no I/O. Lines may end in ``\\n``, ``\\r\\n`` or a
bare ``\\r``, including a ``\\r`` that ends one chunk and a ``\\n`` that starts the
next. Field values are decoded only once complete, so UTF-8 split across chunks is
safe.

Work is linear in the input whatever the chunking: each chunk is scanned on its own,
and the bytes after a chunk's last blank line are kept as a list of pieces, joined
once when the block (or, in blocks over 64 KiB, the line) they begin is complete. The
usual blocks (``data:`` with optional ``event:``/``id:`` lines, ``\\n`` endings) are
framed whole without a Python step per line; everything else goes through the
general line parser.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import itemgetter
from typing import Final, cast

import msgspec

from .errors import SSEFrameTooLargeError

__all__ = ["SSEDecoder", "ServerSentEvent", "encode_event", "iter_events"]

_BOM: Final = b"\xef\xbb\xbf"
DEFAULT_MAX_BYTES: Final = 8 << 20
_MAX_NAMES: Final = 256  # distinct event names remembered per decoder
_AFTER_DATA_PREFIX: Final = itemgetter(slice(6, None))  # b"data: Y" -> b"Y"
_DATA_FIRST: Final = b"data: "
_DATA_AFTER: Final = b"data:!"  # the first bytes above every b"data: ..." line
_CR: Final = 13
_LF: Final = 10


class ServerSentEvent(msgspec.Struct, frozen=True, gc=False):
    """One dispatched event: its type, raw data bytes, last event id and retry.

    A C-level struct: built per event on the hot path, so its construction must be
    cheap; it holds only strings, bytes and ints, so the garbage collector skips it.
    """

    event: str = "message"
    data_bytes: bytes = b""
    id: str | None = None
    retry: int | None = None

    @property
    def data(self) -> str:
        """The data as text (invalid UTF-8 replaced)."""
        return self.data_bytes.decode("utf-8", "replace")

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Feed byte chunks, get complete events; ``close()`` at end of stream."""

    __slots__ = (
        "_cr",
        "_data",
        "_data_size",
        "_event",
        "_held_lines",
        "_hold_limit",
        "_last_id",
        "_limit",
        "_max_event",
        "_max_line",
        "_names",
        "_retry",
        "_started",
        "_tail",
        "_tail_size",
    )

    def __init__(
        self,
        *,
        max_line_bytes: int = DEFAULT_MAX_BYTES,
        max_event_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._max_line = max_line_bytes
        self._max_event = max_event_bytes
        # A block no longer than this cannot break either limit, so fast paths may
        # take it without the line parser's checks.
        self._limit = min(max_line_bytes, max_event_bytes - 1)
        # Bytes after the last blank line, as pieces: either a block held unparsed
        # (nothing parsed since the blank line) or the one line still open.
        self._tail: list[bytes] = []
        self._tail_size = 0
        self._held_lines = False  # the held block has complete lines (not just one open)
        self._hold_limit = min(self._limit, 64 << 10)
        self._started = False
        self._cr = False  # the previous chunk ended in \r: a \n next is part of it
        self._event = ""
        self._data: list[bytes] = []
        self._data_size = 0
        self._retry: int | None = None
        self._last_id: str | None = None
        self._names: dict[bytes, str] = {}

    @property
    def last_event_id(self) -> str | None:
        """The last event id set by the stream (persists across events)."""
        if self._held_lines:
            self._parse_held()  # an id line may wait in the held block
        return self._last_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events it completes."""
        tail = self._tail
        if tail and _LF not in chunk and _CR not in chunk and self._started:
            # A long line in small pieces: it only grows (no \r pending with bytes held).
            if chunk:
                tail.append(chunk)
                self._tail_size += len(chunk)
                if self._tail_size > self._hold_limit and (
                    self._held_lines or self._tail_size > self._max_line
                ):
                    self._check_held()
            return []
        if (
            _CR in chunk
            or self._cr
            or not self._started
            or self._data
            or self._event
            or self._retry is not None
        ):
            return self._feed_line_by_line(chunk)
        # A \n-only chunk and nothing parsed of the block under way: whole blocks.
        if tail:
            return self._feed_held(chunk)
        # One whole block per chunk, as live answers arrive: no line parser, no list
        # of lines, unless the block is unusual.
        # (``_block`` refuses a block holding a blank line, so the end is checked only.)
        if chunk[-2:] == b"\n\n" and len(chunk) <= self._limit:
            event = self._block(chunk[:-2])
            if event is not None:
                return [event]
        out: list[ServerSentEvent] = []
        self._blocks_then_hold(chunk, out)
        return out

    def close(self) -> list[ServerSentEvent]:
        """End of stream: an event without its blank line is discarded."""
        if self._held_lines:
            self._parse_held()  # its id lines still count
        self._tail, self._tail_size, self._held_lines, self._cr = [], 0, False, False
        self._event, self._data, self._data_size, self._retry = "", [], 0, None
        return []

    def _feed_line_by_line(self, chunk: bytes) -> list[ServerSentEvent]:
        """``feed`` at the stream start, after a ``\\r``, for ``\\r`` or with an event begun."""
        if not self._started:
            if self._tail:  # the start of a BOM, held back
                chunk = self._tail.pop() + chunk
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._tail.append(chunk)
                return []
            self._started = True
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        elif not chunk:
            return []  # says nothing about a pending \r
        if self._cr:
            self._cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if not (_CR in chunk or self._data or self._event or self._retry is not None):
            return self.feed(chunk)  # the whole-block paths apply after all
        if self._held_lines:
            self._parse_held()  # the line parser takes over: only an open line stays
        if self._tail:
            chunk = self._end_line(chunk)
        out: list[ServerSentEvent] = []
        if chunk:
            if _CR in chunk:
                self._keep_line(self._general(chunk, out))
            else:
                self._fast(chunk, out)
        return out

    def _feed_held(self, chunk: bytes) -> list[ServerSentEvent]:
        """Held block + ``\\n``-only chunk: the block once its blank line comes, then the rest."""
        # Only this chunk is searched: the held pieces are never rescanned.
        tail = self._tail
        if chunk[:1] == b"\n" and tail[-1][-1] == _LF:  # the blank line starts this chunk
            block = b"".join(tail)[:-1]
            rest = chunk[1:]
        else:
            cut = chunk.find(b"\n\n")
            if cut < 0:
                if chunk:
                    if _LF in chunk:
                        self._held_lines = True
                    tail.append(chunk)
                    self._tail_size += len(chunk)
                    self._check_held()
                return []
            tail.append(chunk[:cut])
            block = b"".join(tail)
            rest = chunk[cut + 2 :]
        self._tail, self._tail_size, self._held_lines = [], 0, False
        out: list[ServerSentEvent] = []
        event = self._block(block) if len(block) <= self._limit else None
        if event is not None:
            out.append(event)
        else:
            self._feed_lines(block.split(b"\n"), out)
            self._dispatch(out)
        if rest:
            self._blocks_then_hold(rest, out)
        return out

    def _blocks_then_hold(self, buffer: bytes, out: list[ServerSentEvent]) -> None:
        """``\\n``-only bytes at a block start: the whole blocks, then hold the partial one."""
        start = 0
        cut = buffer.rfind(b"\n\n")
        if cut >= 0:
            self._blocks(buffer[:cut], out)
            start = cut + 2
        if start < len(buffer):
            raw = buffer[start:] if start else buffer
            self._tail.append(raw)
            self._tail_size = len(raw)
            self._held_lines = _LF in raw
            self._check_held()

    def _check_held(self) -> None:
        # Held bytes within both limits cannot break either, so their lines may wait;
        # beyond that they are parsed now, and the limits apply to what arrives next.
        if self._tail_size > self._hold_limit:
            if self._held_lines:
                self._parse_held()  # checks the open line it keeps
            elif self._tail_size > self._max_line:
                raise self._line_too_long(b"".join(self._tail))

    def _parse_held(self) -> None:
        """Parse the held block's complete lines; keep its open line (no event can end)."""
        held = b"".join(self._tail)
        self._tail, self._tail_size, self._held_lines = [], 0, False
        self._keep_line(self._lines(held, 0, []))

    def _end_line(self, chunk: bytes) -> bytes:
        """Open line + chunk: the line once its end comes; the rest of the chunk."""
        # Only this chunk is searched: the open line's pieces are never rescanned.
        lf = chunk.find(b"\n")
        cr = chunk.find(b"\r", 0, lf) if lf >= 0 else chunk.find(b"\r")
        end = cr if cr >= 0 else lf
        if end < 0:
            self._tail.append(chunk)
            self._tail_size += len(chunk)
            if self._tail_size > self._max_line:
                raise self._line_too_long(b"".join(self._tail))
            return b""
        pieces = self._tail
        pieces.append(chunk[:end])
        size = self._tail_size + end
        self._tail, self._tail_size = [], 0
        if size > self._max_line:
            raise self._line_too_long(b"".join(pieces))
        if pieces[0][:6] == b"data: ":
            # A long data line: its value joined straight from the pieces (one copy).
            pieces[0] = pieces[0][6:]
            self._add_data(b"".join(pieces))
        else:
            self._field(b"".join(pieces))  # not empty: the open line had bytes
        after = end + 1
        if chunk[end] == _CR:
            if after == len(chunk):
                self._cr = True
            elif chunk[after] == _LF:
                after += 1
        return chunk[after:]

    def _keep_line(self, rest: bytes) -> None:
        """Hold an open line (the line parser has taken everything before it)."""
        if rest:
            if len(rest) > self._max_line:
                raise self._line_too_long(rest)
            self._tail.append(rest)
            self._tail_size = len(rest)

    def _line_too_long(self, data: bytes) -> SSEFrameTooLargeError:
        return SSEFrameTooLargeError(
            f"SSE line longer than {self._max_line} bytes", event=self._event, data=data
        )

    def _fast(self, buffer: bytes, out: list[ServerSentEvent]) -> None:
        """``\\n``-only input at a line start: finish an event begun, then whole blocks."""
        if self._data or self._event or self._retry is not None:
            start = self._finish_event(buffer, out)
            if start < 0:
                self._keep_line(self._lines(buffer, 0, out))
                return
            buffer = buffer[start:]
        self._blocks_then_hold(buffer, out)

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
        if len(segment) <= self._limit and self._usual_blocks(segment, out):
            return
        limit = self._limit
        block_event = self._block
        append = out.append
        for block in segment.split(b"\n\n"):
            if len(block) <= limit:
                event = block_event(block)
                if event is not None:
                    append(event)
                    continue
            # Unusual or too long: the line parser, which raises with the details.
            self._feed_lines(block.split(b"\n"), out)
            self._dispatch(out)

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
        # Every line from b"data: " up to (not including) b"data:!" starts with
        # b"data: ", so the smallest and largest data lines prove all of them do.
        data = lines[1::3]
        if min(data) < _DATA_FIRST or max(data) >= _DATA_AFTER:
            return False
        out.extend(
            map(
                ServerSentEvent,
                cast("list[str]", events),  # no None left: checked above
                map(_AFTER_DATA_PREFIX, data),
                repeat(self._last_id, len(heads)),
            )
        )
        return True

    def _block(self, block: bytes) -> ServerSentEvent | None:
        """A block of ``event:``/``id:`` lines and one ``data: Y`` as its event.

        None, with nothing changed, for any other block (the line parser's job),
        including one that holds a blank line.
        The caller guarantees clean state and a block within the size limits.
        """
        head, sep, data = block.partition(b"\ndata: ")
        if not sep:
            if block[:6] == b"data: " and _LF not in block:
                return ServerSentEvent("message", block[6:], self._last_id)
            return None
        if _LF in data:
            return None
        names = self._names
        event = names.get(head)
        if event is not None:
            return ServerSentEvent(event, data, self._last_id)
        if head[:4] == b"id: ":  # "id: N" + a known "event: X" line, or none
            id_line, more, rest = head.partition(b"\n")
            event = names.get(rest) if more else "message"
            if event is not None and 0 not in id_line:
                last_id = self._last_id = id_line[4:].decode("utf-8", "replace")
                return ServerSentEvent(event, data, last_id)
        return self._headed(head, data)

    def _headed(self, head: bytes, data: bytes) -> ServerSentEvent | None:
        """``_block`` for heads of ``event:`` and ``id:`` lines in any number and order."""
        event = "message"
        last_id = self._last_id
        for line in head.split(b"\n"):
            name = self._names.get(line)
            if name is not None:
                event = name
            elif line[:3] == b"id:":
                value = line[4:] if line[3:4] == b" " else line[3:]
                if 0 not in value:  # an id with NUL is ignored
                    last_id = value.decode("utf-8", "replace")
            elif line[:7] == b"event: ":
                event = self._name(line)
            else:
                return None
        self._last_id = last_id
        return ServerSentEvent(event, data, last_id)

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
        """Lines with any endings; return the partial last line."""
        pos = 0
        size = len(buffer)
        # The next \r and \n are searched for again only once passed, so each byte
        # is scanned once however the two kinds interleave.
        cr = buffer.find(b"\r")
        lf = buffer.find(b"\n")
        while cr >= 0 or lf >= 0:
            if cr < 0 or 0 <= lf < cr:
                line, pos = buffer[pos:lf], lf + 1
            elif cr == size - 1:
                # A \r at the very end: the line is complete; a \n may follow next chunk.
                line, pos = buffer[pos:cr], size
                self._cr = True
            else:
                line = buffer[pos:cr]
                pos = cr + 2 if buffer[cr + 1] == _LF else cr + 1
            if line:
                self._field(line)
            else:
                self._dispatch(out)
            if 0 <= cr < pos:
                cr = buffer.find(b"\r", pos)
            if 0 <= lf < pos:
                lf = buffer.find(b"\n", pos)
        return buffer[pos:]

    def _field(self, line: bytes) -> None:
        if len(line) > self._max_line:
            raise self._line_too_long(line)
        colon = line.find(b":")
        if colon == 0:
            return  # comment
        if colon < 0:
            name, value = line, b""
        else:
            name = line[:colon]
            # One slice: a data value may be megabytes.
            value = line[colon + 2 :] if line[colon + 1 : colon + 2] == b" " else line[colon + 1 :]
        if name == b"data":
            self._add_data(value)
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
        elif name == b"id" and b"\x00" not in value:
            self._last_id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():
            self._retry = int(value)

    def _add_data(self, value: bytes) -> None:
        self._data.append(value)
        self._data_size += len(value) + 1
        if self._data_size > self._max_event:
            raise SSEFrameTooLargeError(
                f"SSE event larger than {self._max_event} bytes",
                event=self._event,
                data=b"\n".join(self._data),
            )

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


def _field(name: bytes, value: str) -> bytes:
    # A line break would end the field early, and a browser ignores an id holding NUL
    # (its reconnect would then start from an older event): refused, not sent wrong.
    if "\n" in value or "\r" in value or "\0" in value:
        raise ValueError(f"an SSE {name.decode()} cannot contain a line break or NUL")
    return name + b": " + value.encode() + b"\n"


def encode_event(data: bytes, *, event: str | None = None, id: str | None = None) -> bytes:
    """One SSE block that ``SSEDecoder`` reads back as the same event, id and data.

    ``data`` with line breaks becomes one ``data:`` line per line.
    """
    head = (_field(b"id", id) if id is not None else b"") + (
        _field(b"event", event) if event is not None else b""
    )
    if b"\n" in data or b"\r" in data:
        lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        return head + b"".join(b"data: " + line + b"\n" for line in lines) + b"\n"
    return head + b"data: " + data + b"\n\n"
