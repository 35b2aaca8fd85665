"""WHATWG event-stream interpretation, case by case.

Each case is the raw body and the events a conforming parser dispatches, written
from the HTML standard's "Parsing an event stream" and "Interpreting an event
stream" sections (not from our decoder's output).
"""

from __future__ import annotations

import pytest

from interactions_ext.errors import SSEFrameTooLargeError, StreamDecodeError
from interactions_ext.sse import ServerSentEvent, SSEDecoder, iter_events

E = ServerSentEvent

CASES: list[tuple[str, bytes, list[ServerSentEvent]]] = [
    ("single data line", b"data: hello\n\n", [E("message", b"hello")]),
    ("event name", b"event: step.delta\ndata: x\n\n", [E("step.delta", b"x")]),
    ("crlf endings", b"event: a\r\ndata: x\r\n\r\n", [E("a", b"x")]),
    ("bare cr endings", b"event: a\rdata: x\r\r", [E("a", b"x")]),
    ("mixed endings", b"data: a\r\ndata: b\rdata: c\n\n", [E("message", b"a\nb\nc")]),
    ("multi-line data joined with lf", b"data: a\ndata: b\n\n", [E("message", b"a\nb")]),
    ("empty data line", b"data:\n\n", [E("message", b"")]),
    ("two empty data lines", b"data\ndata\n\n", [E("message", b"\n")]),
    ("no space after colon", b"data:x\n\n", [E("message", b"x")]),
    ("only one space stripped", b"data:  x\n\n", [E("message", b" x")]),
    ("trailing space kept", b"data: x \n\n", [E("message", b"x ")]),
    ("field without colon is empty value", b"data\n\n", [E("message", b"")]),
    ("comment ignored", b": keep-alive\ndata: x\n\n", [E("message", b"x")]),
    ("comment-only block dispatches nothing", b": ping\n\n", []),
    ("unknown field ignored", b"foo: bar\ndata: x\n\n", [E("message", b"x")]),
    ("field names are case-sensitive", b"Data: x\nDATA: y\n\n", []),
    ("no data: nothing dispatched", b"event: a\nid: 1\n\n", []),
    (
        "event name reset after dispatch",
        b"event: a\ndata: 1\n\ndata: 2\n\n",
        [E("a", b"1"), E("message", b"2")],
    ),
    ("id attaches", b"id: 7\ndata: x\n\n", [E("message", b"x", "7")]),
    (
        "id persists to later events",
        b"id: 7\ndata: x\n\ndata: y\n\n",
        [E("message", b"x", "7"), E("message", b"y", "7")],
    ),
    (
        "id with NUL ignored",
        b"id: 7\ndata: x\n\nid: a\x00b\ndata: y\n\n",
        [
            E("message", b"x", "7"),
            E("message", b"y", "7"),
        ],
    ),
    (
        "empty id resets",
        b"id: 7\ndata: x\n\nid\ndata: y\n\n",
        [
            E("message", b"x", "7"),
            E("message", b"y", ""),
        ],
    ),
    ("retry digits", b"retry: 1500\ndata: x\n\n", [E("message", b"x", None, 1500)]),
    (
        "retry non-digits ignored",
        b"retry: 1.5\ndata: x\n\nretry: -1\ndata: y\n\n",
        [
            E("message", b"x"),
            E("message", b"y"),
        ],
    ),
    ("leading BOM stripped", b"\xef\xbb\xbfdata: x\n\n", [E("message", b"x")]),
    ("BOM only at stream start", b"data: x\n\n\xef\xbb\xbfdata: y\n\n", [E("message", b"x")]),
    ("incomplete trailing event discarded", b"data: x\n\ndata: y\n", [E("message", b"x")]),
    ("unterminated last line discarded", b"data: x\n\ndata: y", [E("message", b"x")]),
    ("utf-8 payload", "data: héllo ✓\n\n".encode(), [E("message", "héllo ✓".encode())]),
    ("colon inside value kept", b"data: a: b\n\n", [E("message", b"a: b")]),
    (
        "several events in one body",
        b"data: 1\n\ndata: 2\n\ndata: 3\n\n",
        [E("message", b"1"), E("message", b"2"), E("message", b"3")],
    ),
    ("blank lines between events", b"\n\n\ndata: x\n\n\n\n", [E("message", b"x")]),
    ("done sentinel is plain data", b"event: done\ndata: [DONE]\n\n", [E("done", b"[DONE]")]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_whole_body(body: bytes, expected: list[ServerSentEvent]) -> None:
    assert list(iter_events([body])) == expected


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byte_at_a_time(body: bytes, expected: list[ServerSentEvent]) -> None:
    assert list(iter_events(body[i : i + 1] for i in range(len(body)))) == expected


def test_cr_at_chunk_end_and_lf_at_next_start_is_one_line_ending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r") == []
    # Were \r and \n two endings, this \n would be a blank line dispatching "x" now,
    # and the next block's blank line would dispatch a second, empty-named event.
    assert decoder.feed(b"\ndata: y\r\n") == []
    assert decoder.feed(b"\r\n") == [E("message", b"x\ny")]


def test_utf8_character_split_across_chunks() -> None:
    raw = "data: ünïcode ✓\n\n".encode()
    split = raw.index("✓".encode()) + 1
    events = list(iter_events([raw[:split], raw[split:]]))
    assert [e.data for e in events] == ["ünïcode ✓"]


def test_bom_split_across_chunks_is_stripped() -> None:
    events = list(iter_events([b"\xef", b"\xbb", b"\xbfdata: x\n\n"]))
    assert events == [E("message", b"x")]


def test_event_name_is_decoded_text_and_data_stays_bytes() -> None:
    (event,) = iter_events([b"event: caf\xc3\xa9\ndata: \xc3\xa9\n\n"])
    assert event.event == "café"
    assert event.data_bytes == b"\xc3\xa9" and event.data == "é"


def test_close_discards_a_pending_event_and_resets() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: a\ndata: half") == []
    assert decoder.close() == []
    assert decoder.feed(b"data: fresh\n\n") == [E("message", b"fresh")]


def test_last_event_id_is_tracked_by_the_decoder() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 1\ndata: a\n\nid: 2\n\n")
    assert decoder.last_event_id == "2"


def test_line_longer_than_the_limit_raises_with_truncated_bytes() -> None:
    decoder = SSEDecoder(max_line_bytes=64)
    with pytest.raises(SSEFrameTooLargeError) as info:
        decoder.feed(b"data: " + b"x" * 10_000)
    assert isinstance(info.value, StreamDecodeError)
    assert info.value.data.startswith(b"data: xxx")
    assert len(info.value.data) < 1_000
    assert "64" in str(info.value)


def test_complete_line_longer_than_the_limit_raises() -> None:
    decoder = SSEDecoder(max_line_bytes=64)
    with pytest.raises(SSEFrameTooLargeError):
        decoder.feed(b"data: " + b"y" * 100 + b"\n\n")


def test_event_larger_than_the_limit_raises_even_with_short_lines() -> None:
    decoder = SSEDecoder(max_line_bytes=64, max_event_bytes=256)
    with pytest.raises(SSEFrameTooLargeError) as info:
        decoder.feed(b"event: big\n" + b"data: 0123456789012345678901234567890123\n" * 20)
    assert info.value.event == "big"


def test_limit_is_per_event_not_per_stream() -> None:
    decoder = SSEDecoder(max_line_bytes=64, max_event_bytes=256)
    block = b"data: 0123456789\n\n"
    events = [e for _ in range(500) for e in decoder.feed(block)]
    assert len(events) == 500


def test_default_limit_accepts_a_multi_mebibyte_event() -> None:
    payload = b"z" * (3 << 20)
    events = list(iter_events([b"data: ", payload[: 1 << 20], payload[1 << 20 :], b"\n\n"]))
    assert events == [E("message", payload)]


def test_empty_chunk_between_cr_and_lf_keeps_them_one_line_ending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r") == []
    assert decoder.feed(b"") == []
    # Were the \r forgotten, this \n would be a blank line dispatching "x" at once.
    assert decoder.feed(b"\ndata: y\n") == []
    assert decoder.feed(b"\n") == [E("message", b"x\ny")]


@pytest.mark.parametrize("split", [False, True], ids=["one chunk", "a chunk per block"])
def test_id_and_event_blocks_once_the_event_name_is_known(split: bool) -> None:
    blocks = [
        b"event: a\ndata: 0\n\n",  # makes the name known
        b"id: 1\nevent: a\ndata: 1\n\n",
        b"id: 2\ndata: 2\n\n",
        b"id: 3\x00\nevent: a\ndata: 3\n\n",  # NUL: the id is ignored
        b"id:\x004\ndata: 4\n\n",
        b"event: a\nid: 5\ndata: 5\n\n",
        b"id\nevent: a\ndata: 6\n\n",
    ]
    chunks = blocks if split else [b"".join(blocks)]
    assert list(iter_events(chunks)) == [
        E("a", b"0"),
        E("a", b"1", "1"),
        E("message", b"2", "2"),
        E("a", b"3", "2"),
        E("message", b"4", "2"),
        E("a", b"5", "5"),
        E("a", b"6", ""),
    ]


def test_multi_mebibyte_event_in_small_chunks() -> None:
    # A long line arriving in HTTP-sized pieces must be joined once, not rescanned.
    payload = bytes(range(32, 127)) * ((4 << 20) // 95)
    body = b"event: big\r\nid: 9\r\ndata: " + payload + b"\r\ndata: end\r\n\r\ndata: next\n\n"
    events = list(iter_events(body[i : i + 256] for i in range(0, len(body), 256)))
    assert events == [E("big", payload + b"\nend", "9"), E("message", b"next", "9")]


def test_multi_mebibyte_event_of_many_short_lines_in_small_chunks() -> None:
    lines = [b"%d" % i for i in range(600_000)]
    body = b"".join(b"data: " + line + b"\n" for line in lines) + b"\n"
    events = list(iter_events(body[i : i + 256] for i in range(0, len(body), 256)))
    assert events == [E("message", b"\n".join(lines))]


def test_struct_event_keeps_its_value_semantics() -> None:
    event = E(event="a", data_bytes=b"\xc3\xa9", id="1", retry=5)
    assert event == E("a", b"\xc3\xa9", "1", 5) and event != E("a", b"\xc3\xa9", "1")
    assert hash(event) == hash(E("a", b"\xc3\xa9", "1", 5))
    assert E() == E("message", b"", None, None)
    assert repr(event) == "ServerSentEvent(event='a', data='é', id='1', retry=5)"


def test_last_event_id_counts_an_id_line_of_an_unfinished_event() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 5\ndata: x\n")
    assert decoder.last_event_id == "5"
    assert decoder.feed(b"\n") == [E("message", b"x", "5")]


@pytest.mark.parametrize("head", [b"event: a\n", b"event: a\nid: 1\n", b""])
def test_too_long_line_ending_a_block_begun_in_an_earlier_chunk_raises(head: bytes) -> None:
    decoder = SSEDecoder(max_line_bytes=64)
    decoder.feed(head + b"da")
    with pytest.raises(SSEFrameTooLargeError):
        decoder.feed(b"ta: " + b"y" * 100 + b"\n\n")


def test_too_large_event_ending_a_block_begun_in_an_earlier_chunk_raises() -> None:
    decoder = SSEDecoder(max_line_bytes=64, max_event_bytes=100)
    decoder.feed(b"event: a\ndata: " + b"x" * 40 + b"\n")
    with pytest.raises(SSEFrameTooLargeError):
        decoder.feed(b"data: " + b"y" * 40 + b"\ndata: " + b"z" * 40 + b"\n\n")
