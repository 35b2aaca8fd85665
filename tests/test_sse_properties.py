"""Properties of the SSE decoder: chunking never changes what is decoded."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext.errors import SSEFrameTooLargeError
from interactions_ext.sse import ServerSentEvent, SSEDecoder, encode_event, iter_events

ENDINGS = st.sampled_from([b"\n", b"\r\n", b"\r"])
# Values never contain line-ending characters; anything else, including ':' and
# non-ASCII text, is fair.
VALUE = st.text(
    st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]), max_size=40
)
NAME = st.text(
    st.characters(blacklist_characters="\r\n:\x00", blacklist_categories=["Cs"]),
    min_size=1,
    max_size=12,
)


def _cuts(body: bytes) -> st.SearchStrategy[list[bytes]]:
    def split(points: list[int]) -> list[bytes]:
        edges = [0, *sorted(points), len(body)]
        return [body[a:b] for a, b in itertools.pairwise(edges)]

    return st.lists(st.integers(0, len(body)), max_size=24).map(split)


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """A well-formed body and the events it must decode to."""
    body = bytearray()
    if draw(st.booleans()):
        body += b"\xef\xbb\xbf"
    events: list[ServerSentEvent] = []
    last_id: str | None = None
    for _ in range(draw(st.integers(0, 6))):
        nl = draw(ENDINGS)
        name = draw(st.none() | NAME)
        data = draw(st.lists(VALUE, min_size=1, max_size=3))
        event_id = draw(st.none() | VALUE.filter(lambda v: "\x00" not in v))
        retry = draw(st.none() | st.integers(0, 10**6))
        if draw(st.booleans()):
            body += b": comment" + nl
        if name is not None:
            body += b"event: " + name.encode() + nl
        if event_id is not None:
            body += b"id: " + event_id.encode() + nl
            last_id = event_id
        if retry is not None:
            body += b"retry: " + str(retry).encode() + nl
        for line in data:
            sep = draw(st.sampled_from([b": ", b":"])) if not line.startswith(" ") else b": "
            body += b"data" + sep + line.encode() + nl
        body += nl
        events.append(ServerSentEvent(name or "message", "\n".join(data).encode(), last_id, retry))
    return bytes(body), events


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_well_formed_streams_decode_to_their_events_under_any_chunking(data: st.DataObject) -> None:
    body, expected = data.draw(streams())
    chunks = data.draw(_cuts(body))
    assert list(iter_events(chunks)) == expected


def _decode_all(chunks: list[bytes]) -> tuple[list[ServerSentEvent], str | None]:
    decoder = SSEDecoder(max_line_bytes=256, max_event_bytes=512)
    out: list[ServerSentEvent] = []
    try:
        for chunk in chunks:
            out.extend(decoder.feed(chunk))
    except SSEFrameTooLargeError:
        return out, "too large"
    out.extend(decoder.close())
    return out, None


ARBITRARY = st.lists(
    st.sampled_from([b"data", b"event", b"id", b"retry", b":", b" ", b"\r", b"\n", b"x", b"\x00"])
    | st.binary(max_size=8),
    max_size=60,
).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_arbitrary_bytes_decode_the_same_whole_or_in_pieces(data: st.DataObject) -> None:
    body = data.draw(ARBITRARY)
    whole_events, whole_error = _decode_all([body])
    pieces_events, pieces_error = _decode_all(data.draw(_cuts(body)))
    assert whole_error == pieces_error
    if whole_error is None:
        assert pieces_events == whole_events


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=200))
def test_bytes_after_a_dispatch_never_change_earlier_events(head: bytes, tail: bytes) -> None:
    body = head.replace(b"\r", b"").replace(b"\n", b"") + b"\n\n"
    before, _ = _decode_all([b"data: ", body])
    after, _ = _decode_all([b"data: ", body, tail])
    assert after[: len(before)] == before


@st.composite
def long_line_streams(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """Events whose data lines are long (up to ~20 KB), with any line endings."""
    body = bytearray()
    events: list[ServerSentEvent] = []
    for _ in range(draw(st.integers(1, 3))):
        nl = draw(ENDINGS)
        unit = draw(st.binary(min_size=1, max_size=7).filter(lambda b: not set(b) & {10, 13}))
        lines = [unit * draw(st.integers(0, 3_000)) for _ in range(draw(st.integers(1, 3)))]
        name = draw(st.sampled_from([None, "step.delta"]))
        if name is not None:
            body += b"event: " + name.encode() + nl
        for line in lines:
            body += b"data: " + line + nl
        body += nl
        events.append(ServerSentEvent(name or "message", b"\n".join(lines)))
    return bytes(body), events


@settings(max_examples=60, deadline=None)
@given(long_line_streams(), st.lists(st.integers(1, 16), min_size=1, max_size=6))
def test_long_lines_in_tiny_chunks_decode_to_their_events(
    stream: tuple[bytes, list[ServerSentEvent]], sizes: list[int]
) -> None:
    body, expected = stream
    chunks: list[bytes] = []
    pos = 0
    for size in itertools.cycle(sizes):
        if pos >= len(body):
            break
        chunks.append(body[pos : pos + size])
        pos += size
    assert list(iter_events(chunks)) == expected
    assert list(iter_events([body])) == expected


_FIELD_TEXT = st.text(st.characters(blacklist_characters="\r\n\0", codec="utf-8"), min_size=1)


@given(
    data=st.binary().filter(lambda b: b"\r" not in b),
    event=st.none() | _FIELD_TEXT.filter(lambda s: s.strip() == s),
    event_id=st.none() | _FIELD_TEXT,
)
def test_an_encoded_event_decodes_to_itself(
    data: bytes, event: str | None, event_id: str | None
) -> None:
    (got,) = SSEDecoder().feed(encode_event(data, event=event, id=event_id))
    assert (got.data_bytes, got.event, got.id) == (data, event or "message", event_id)


@pytest.mark.parametrize("field", ["event", "id"])
@pytest.mark.parametrize("bad", ["a\nb", "a\rb", "a\0b"])
def test_a_field_that_would_break_the_block_is_refused(field: str, bad: str) -> None:
    with pytest.raises(ValueError, match="line break or NUL"):
        encode_event(b"x", **{field: bad})  # type: ignore[arg-type]


def _httpx_sse_events(body: bytes) -> list[tuple[str, str, str]]:
    """What httpx-sse (an independent decoder) reads in ``body``: (event, data, id)."""
    from httpx_sse._decoders import SSEDecoder as OtherDecoder
    from httpx_sse._decoders import SSELineDecoder

    decoder, lines = OtherDecoder(), SSELineDecoder()
    found = [decoder.decode(line) for line in [*lines.decode(body.decode()), *lines.flush()]]
    return [(e.event, e.data, e.id) for e in found if e is not None]


@given(
    # Lines joined by \n, so data of several lines comes up as often as one line.
    data=st.lists(st.text(st.characters(blacklist_characters="\r\n", codec="utf-8"))).map(
        "\n".join
    ),
    event=st.none() | _FIELD_TEXT.filter(lambda s: s.strip() == s),
    event_id=st.none() | _FIELD_TEXT,
)
def test_another_decoder_reads_an_encoded_event_the_same(
    data: str, event: str | None, event_id: str | None
) -> None:
    body = encode_event(data.encode(), event=event, id=event_id)
    assert _httpx_sse_events(body) == [(event or "message", data, event_id or "")]
