"""Exactly-once delivery, for any stream, any drop points, honest or replaying servers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext.delivery import Delivery

# An event is (id or None, content); ids are unique within a stream.
Stream = list[tuple[str | None, int]]


@st.composite
def streams(draw: st.DrawFn) -> Stream:
    size = draw(st.integers(1, 300))
    style = draw(st.sampled_from(["ordered", "opaque"]))
    with_id = draw(st.lists(st.booleans(), min_size=size, max_size=size))
    # Streams open with a named event (interaction.created carries an id) or carry no
    # ids at all: a replay that opens with id-less events cannot be told from an honest
    # resume until it is too late (see interactions_ext.delivery).
    with_id[0] = any(with_id)
    events: Stream = []
    for i, has_id in enumerate(with_id):
        if not has_id:
            events.append((None, i))
        elif style == "ordered":
            events.append((f"evt_{i:05d}", i))
        else:
            events.append((f"{(i * 2654435761) % 2**32:08x}", i))
    return events


def _after(stream: Stream, cursor: str | None) -> Stream:
    if cursor is None:
        return stream
    index = next(i for i, (event_id, _) in enumerate(stream) if event_id == cursor)
    return stream[index + 1 :]


@settings(max_examples=200, deadline=None)
@given(stream=streams(), data=st.data())
def test_every_event_once_in_order(stream: Stream, data: st.DataObject) -> None:
    replays = data.draw(st.booleans(), label="server ignores the cursor")
    delivery = Delivery()
    delivered: Stream = []
    first = True
    for _ in range(len(stream)):  # every connection delivers at least one new event
        if len(delivered) >= len(stream):
            break
        body = stream if (replays or first) else _after(stream, delivery.cursor)
        if not first:
            delivery.new_connection()
        first = False
        # Each body gets past what was delivered before (else no stream could progress).
        again = len(delivered) if (replays or first) else delivery.since_cursor
        cut = data.draw(st.integers(again + 1, len(body)), label="events before the drop")
        for event_id, content in body[:cut]:
            if delivery.is_new(event_id, content):
                delivered.append((event_id, content))
    assert delivered == stream
