"""The relay's SSE writing and ids, read back by our own WHATWG decoder."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interactions_ext.relay.frames import (
    DONE_CURSOR,
    Place,
    comment,
    done_frame,
    event_frame,
    failed_frame,
    retry_frame,
)
from interactions_ext.sse import SSEDecoder

turns = st.text("0123456789abcdef", min_size=1, max_size=64)
cursors = st.text(st.characters(exclude_characters="\r\n\0", exclude_categories=["Cs"]), min_size=1)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(turns, cursors)
def test_an_id_names_its_place_again(turn: str, cursor: str) -> None:
    place = Place(turn)
    assert Place.parse(place.event_id(cursor)) == Place(turn, cursor)


@pytest.mark.parametrize("header", [None, "", "evt_1", "XYZ:evt_1", "ab:", ":evt_1", "a b:1"])
def test_ids_the_relay_did_not_send_name_no_place(header: str | None) -> None:
    assert Place.parse(header) is None


def test_the_end_has_its_own_id() -> None:
    place = Place.parse(Place("ab12").event_id(DONE_CURSOR))
    assert place is not None and place.finished
    assert not Place("ab12", "evt_3").finished


@given(st.lists(st.tuples(cursors, json_values), max_size=6), st.floats(0, 60))
def test_frames_decode_to_the_same_events(events: list[tuple[str, object]], seconds: float) -> None:
    place = Place("c0ffee")
    body = retry_frame(seconds) + comment()
    body += b"".join(event_frame(place.event_id(c), data) for c, data in events)
    body += done_frame(place.event_id(DONE_CURSOR), {"status": "completed"})
    decoder = SSEDecoder()
    decoded = decoder.feed(body) + decoder.close()
    assert body.startswith(b"retry: %d\n\n" % round(seconds * 1000))
    messages = [e for e in decoded if e.event == "message" and e.data_bytes]
    assert [Place.parse(e.id) for e in messages] == [Place("c0ffee", c) for c, _ in events]
    assert [json.loads(e.data) for e in messages] == [data for _, data in events]
    assert len(decoded) == len(events) + 1  # a comment or a retry alone dispatches nothing
    assert decoded[-1].event == "done" and decoded[-1].id == "c0ffee:done"


def test_a_failure_carries_no_id_so_a_reconnect_keeps_the_last_one() -> None:
    decoder = SSEDecoder()
    (first, failed) = decoder.feed(
        event_frame("ab:evt_1", {}) + failed_frame({"error": {"code": 502}})
    )
    assert failed.event == "failed" and failed.id == first.id == "ab:evt_1"


@pytest.mark.parametrize("bad", ["a\nb", "a\rb"])
def test_a_line_break_cannot_end_a_field_early(bad: str) -> None:
    with pytest.raises(ValueError):
        event_frame(bad, {})
    with pytest.raises(ValueError):
        comment(bad)


def test_an_id_a_browser_would_ignore_is_refused() -> None:
    with pytest.raises(ValueError):
        event_frame("ab:evt\0", {})
