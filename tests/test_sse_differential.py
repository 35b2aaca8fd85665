"""The decoder against a plain reading of the WHATWG algorithm, over random streams.

``reference_events`` below is written straight from the HTML standard's "Parsing an
event stream" and "Interpreting an event stream": split the whole body into lines,
then apply each line's field. It has no fast paths and no chunking, so any
difference is the decoder's bug.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext.errors import SSEFrameTooLargeError
from interactions_ext.sse import ServerSentEvent, SSEDecoder

_BOM = b"\xef\xbb\xbf"


def reference_split(body: bytes) -> tuple[list[bytes], bytes]:
    """Complete lines (CRLF, LF or CR ends one) and the unended rest."""
    lines: list[bytes] = []
    start = i = 0
    while i < len(body):
        if body[i] in b"\r\n":
            lines.append(body[start:i])
            if body[i : i + 2] == b"\r\n":
                i += 1
            start = i + 1
        i += 1
    return lines, body[start:]


def reference_lines(body: bytes) -> list[bytes]:
    """Complete lines; an unterminated last line is dropped."""
    return reference_split(body)[0]


def reference_events(body: bytes) -> tuple[list[ServerSentEvent], str | None]:
    """Every dispatched event and the last event id, per the standard."""
    if body.startswith(_BOM):
        body = body[len(_BOM) :]
    events: list[ServerSentEvent] = []
    data = b""
    event_type = ""
    retry: int | None = None
    last_id: str | None = None
    for line in reference_lines(body):
        if not line:
            if data:
                events.append(ServerSentEvent(event_type or "message", data[:-1], last_id, retry))
            data, event_type, retry = b"", "", None
            continue
        if line.startswith(b":"):
            continue
        name, colon, value = line.partition(b":")
        if colon and value.startswith(b" "):
            value = value[1:]
        if name == b"event":
            event_type = value.decode("utf-8", "replace")
        elif name == b"data":
            data += value + b"\n"
        elif name == b"id" and b"\x00" not in value:
            last_id = value.decode("utf-8", "replace")
        elif name == b"retry" and value and all(48 <= byte <= 57 for byte in value):
            retry = int(value)
    return events, last_id


def decode(chunks: list[bytes]) -> tuple[list[ServerSentEvent], str | None]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    events += decoder.close()
    return events, decoder.last_event_id


ENDING = st.sampled_from([b"\n", b"\n", b"\n", b"\r\n", b"\r"])
WORD = st.sampled_from(
    [b"x", b"{}", b'{"a": 1}', b"caf\xc3\xa9", b"\xff\xfe", b"a: b", b" lead", b"", b"\x00"]
)
VALUE = st.lists(WORD, max_size=4).map(b"".join)
LINE = st.one_of(
    st.builds(lambda v: b"data: " + v, VALUE),
    st.builds(lambda v: b"data:" + v, VALUE),
    st.just(b"data"),
    st.builds(lambda v: b"event: " + v, st.sampled_from([b"a", b"step.delta", b"", b"\xc3\xa9"])),
    st.builds(lambda v: b"event:" + v, st.sampled_from([b"a", b"b"])),
    st.builds(lambda n: b"id: " + n, st.sampled_from([b"1", b"22", b"", b"a\x00b", b"\xc3\xa9"])),
    st.builds(lambda n: b"id:" + n, st.sampled_from([b"3", b""])),
    st.just(b"id"),
    st.builds(lambda n: b"retry: " + n, st.sampled_from([b"10", b"1.5", b"-1", b"", b"007"])),
    st.sampled_from([b": ping", b":", b"foo: bar", b"Data: x", b"event", b"retry"]),
    st.just(b""),  # a blank line: dispatch
)
# Blocks shaped like real streams (the fast paths' inputs), mixed with arbitrary lines.
BLOCK = st.one_of(
    st.builds(lambda v: b"data: " + v, VALUE),
    st.builds(lambda e, v: b"event: " + e + b"\ndata: " + v, st.sampled_from([b"a", b"b"]), VALUE),
    st.builds(
        lambda i, e, v: b"id: " + i + b"\nevent: " + e + b"\ndata: " + v,
        st.sampled_from([b"1", b"2", b"a\x00"]),
        st.sampled_from([b"a", b"b"]),
        VALUE,
    ),
    st.builds(lambda i, v: b"id: " + i + b"\ndata: " + v, st.sampled_from([b"4", b"\x005"]), VALUE),
    st.builds(
        lambda e, i, v: b"event: " + e + b"\nid: " + i + b"\ndata: " + v,
        st.sampled_from([b"a", b"b"]),
        st.sampled_from([b"1", b""]),
        VALUE,
    ),
)


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    """A stream of usual blocks and arbitrary lines with mixed line endings."""
    body = bytearray(_BOM if draw(st.booleans()) else b"")
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            body += draw(BLOCK).replace(b"\n", draw(ENDING)) + b"\n\n"
        else:
            body += draw(LINE) + draw(ENDING)
    if draw(st.booleans()):
        body += draw(LINE)  # a last line that never ends
    return bytes(body)


def chunked(body: bytes, sizes: list[int]) -> list[bytes]:
    """``body`` cut into pieces of the given sizes, cycled (0 gives an empty chunk)."""
    chunks: list[bytes] = []
    pos = 0
    index = 0
    while pos < len(body):
        size = sizes[index % len(sizes)]
        chunks.append(body[pos : pos + size])
        pos += size
        index += 1
    return chunks


SIZES = st.lists(st.integers(0, 70), min_size=1, max_size=8).filter(any)


@settings(max_examples=400, deadline=None)
@given(bodies(), SIZES)
def test_random_streams_decode_as_the_reference_does(body: bytes, sizes: list[int]) -> None:
    expected = reference_events(body)
    assert decode([body]) == expected
    assert decode(chunked(body, sizes)) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"data", b"event", b"id", b":", b" ", b"\r", b"\n", b"x", b"\x00"])
        | st.binary(max_size=6),
        max_size=60,
    ).map(b"".join),
    SIZES,
)
def test_arbitrary_bytes_decode_as_the_reference_does(body: bytes, sizes: list[int]) -> None:
    expected = reference_events(body)
    assert decode([body]) == expected
    assert decode(chunked(body, sizes)) == expected


@settings(max_examples=100, deadline=None)
@given(bodies(), st.integers(1, 4096))
def test_many_events_in_large_chunks_decode_as_the_reference_does(body: bytes, size: int) -> None:
    # Repeated, so chunks hold many whole blocks (the multi-event fast path).
    stream = body.removeprefix(_BOM) * 20
    expected = reference_events(stream)
    assert decode(chunked(stream, [size])) == expected


def test_the_reference_reads_the_standard_s_own_examples() -> None:
    # The examples of the HTML standard's event stream section, decoded by hand.
    body = b"data: YHOO\ndata: +2\ndata: 10\n\n: test stream\n\ndata: first event\nid: 1\n\n"
    body += b"data:second event\nid\n\ndata:  third event\n\ndata\n\ndata\ndata\n\ndata:"
    events, last_id = reference_events(body)
    assert events == [
        ServerSentEvent("message", b"YHOO\n+2\n10"),
        ServerSentEvent("message", b"first event", "1"),
        ServerSentEvent("message", b"second event", ""),
        ServerSentEvent("message", b" third event", ""),
        ServerSentEvent("message", b"", ""),
        ServerSentEvent("message", b"\n", ""),
    ]
    assert last_id == ""
    assert decode([body]) == (events, last_id)


# The usual block (``event: X`` + ``data: Y``) and blocks that miss its shape by a
# little, so whole-segment fast paths meet streams they must refuse.
USUAL = st.builds(
    lambda e, v: b"event: " + e + b"\ndata: " + v, st.sampled_from([b"a", b"b", b""]), VALUE
)
NEAR_MISS = st.sampled_from(
    [
        b"event: a\ndata:x",
        b"event: a\ndata:!x",
        b"event: a\ndata:\x1fx",
        b"event: a\ndatb: x",
        b"event: a\ndata: x\ndata: y",
        b"event: a\ndata: x\ndata: y\nevent: b\ndata: z",
        b"event: a\nevent: b",
        b"event: a\n: c",
        b"event: a\ndata: x\n",
        b"data: x",
        b"eventx: a\ndata: x",
        b"event:a\ndata: x",
        b"event: a\nid: 1",
        b"id: 2\nevent: a\ndata: x",
        b"event: a",
        b": ping",
        b"",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(USUAL, USUAL, USUAL, NEAR_MISS), min_size=1, max_size=30),
    st.sampled_from([1 << 16, 7, 64, 300]),
)
def test_streams_of_usual_blocks_and_near_misses_decode_as_the_reference_does(
    blocks: list[bytes], size: int
) -> None:
    stream = b"".join(block + b"\n\n" for block in blocks)
    expected = reference_events(stream)
    assert decode([stream]) == expected
    assert decode(chunked(stream, [size])) == expected


def reference_too_large(body: bytes, max_line: int, max_event: int) -> bool:
    """Whether a stream breaks the decoder's limits: a line (even an unended last one)
    longer than ``max_line``, or an event whose data lines (each counted with its
    line feed) pass ``max_event``."""
    if body.startswith(_BOM):
        body = body[len(_BOM) :]
    lines, rest = reference_split(body)
    if any(len(line) > max_line for line in [*lines, rest]):
        return True
    size = 0
    for line in lines:
        if not line:
            size = 0
        elif line.partition(b":")[0] == b"data":
            value = line.partition(b":")[2]
            size += len(value[1:] if value.startswith(b" ") else value) + 1
            if size > max_event:
                return True
    return False


def too_large(chunks: list[bytes], max_line: int, max_event: int) -> bool:
    decoder = SSEDecoder(max_line_bytes=max_line, max_event_bytes=max_event)
    try:
        for chunk in chunks:
            decoder.feed(chunk)
    except SSEFrameTooLargeError:
        return True
    decoder.close()
    return False


NEAR_LIMIT = st.builds(
    lambda field, size, unit: field + unit * size,
    st.sampled_from([b"data: ", b"data:", b": ", b"event: ", b"id: ", b"x: "]),
    st.sampled_from([0, 10, 50, 57, 58, 59, 60, 64, 65, 100, 300]),
    st.sampled_from([b"a", b"\xc3\xa9"]),
)


@st.composite
def near_limit_bodies(draw: st.DrawFn) -> bytes:
    body = bytearray()
    for _ in range(draw(st.integers(1, 10))):
        body += draw(NEAR_LIMIT) + draw(ENDING)
        if draw(st.booleans()):
            body += draw(ENDING)  # often a blank line: events of a few lines
    if draw(st.booleans()):
        body += draw(NEAR_LIMIT)
    return bytes(body)


@settings(max_examples=400, deadline=None)
@given(near_limit_bodies(), SIZES)
def test_limits_hold_as_the_reference_counts_them_under_any_chunking(
    body: bytes, sizes: list[int]
) -> None:
    expected = reference_too_large(body, 64, 256)
    assert too_large([body], 64, 256) == expected
    assert too_large(chunked(body, sizes), 64, 256) == expected
