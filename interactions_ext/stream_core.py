"""The I/O-free state of a stream: decoding, cursor, de-duplication, end rules, resumes.

``StreamCore`` holds all the logic; the transport loop that feeds it is
``_async/stream.py`` (and its generated sync twin). ``StreamView`` is what both
stream classes show of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Final, cast

import msgspec

from ._generated import models as m
from .accumulate import StreamAccumulator
from .delivery import DROP, RELEASE, Delivery
from .errors import APIError, StreamEventError, StreamInterruptedError
from .events import (
    RAW_KEY,
    Done,
    Event,
    cursor_of,
    decode_data,
    event_decoder,
    interaction_id_of,
)
from .outputs import FunctionCall
from .retry import RetryPolicy
from .sse import SSEDecoder

if TYPE_CHECKING:
    from .continuation import StreamHops

__all__ = ["StreamCore", "StreamView"]

# What a delivered event means for the stream, by class (looked up once per class):
_FOLD: Final = 0  # folded into the accumulator
_CONTENT: Final = 1  # folded unless accumulate=False: it grows with the stream
_TERMINAL: Final = 2  # folded; the interaction is over
_ERROR: Final = 3  # the stream ends with StreamEventError after the events before it
_OPENING: Final = 4  # folded; only ever first in a stream: a resume that starts with it replays
_KINDS: Final[tuple[tuple[tuple[type, ...], int], ...]] = (
    ((m.InteractionCompletedEvent, m.InteractionCompleteEvent), _TERMINAL),
    ((m.ErrorEvent,), _ERROR),
    ((m.StepStartEvent, m.StepDeltaEvent, m.ContentStartEvent, m.ContentDeltaEvent), _CONTENT),
    ((m.InteractionCreatedEvent, m.InteractionStartEvent), _OPENING),
)
_KIND_OF: Final[dict[type, int]] = {}
# Bounds on the events held while a resumed body is placed against the cursor.
_HOLD_EVENTS: Final = 4096
_HOLD_BYTES: Final = 16 * 1024 * 1024


def _kind(cls: type) -> int:
    kind = next((kind for classes, kind in _KINDS if issubclass(cls, classes)), _FOLD)
    _KIND_OF[cls] = kind
    return kind


class StreamCore:
    """I/O-free state of one logical stream across reconnections."""

    def __init__(
        self,
        *,
        policy: RetryPolicy,
        auto_resume: bool = True,
        interaction_id: str | None = None,
        last_event_id: str | None = None,
        accumulate: bool = True,
        check_deadline: Callable[[], object] | None = None,
        strict: bool = False,
    ) -> None:
        self.policy = policy
        self.strict = strict
        """Raise ``StreamDecodeError`` at an event that cannot be decoded (else: InvalidEvent)."""
        self.check_deadline = check_deadline
        """Called on every chunk and before every resume; raises once time is up."""
        self.accumulate = accumulate
        self.auto_resume = auto_resume
        self.interaction_id = interaction_id
        self.delivery = Delivery(last_event_id)
        self.terminal_seen = False
        self.finished = False
        self.reconnects = 0
        self.error: StreamEventError | StreamInterruptedError | None = None
        self.accumulator = StreamAccumulator()
        self._attempt = 0
        self._attempt_mark = 0  # ``delivery.lane_count`` when ``_attempt`` last grew
        self._booked = 0  # events delivered other than through the lane
        self.observer: Callable[[Event, int], object] | None = None
        """Called with each delivered event that is not step or output content, and
        ``delivered`` counting it (the continuation hops watch these)."""
        self._connection_start = 0  # ``delivered`` when the current connection began
        self._decoder: SSEDecoder = SSEDecoder()
        self._sse_id: str | None = None
        self._read = 0  # body bytes read since the lane was last asked for
        # Events Delivery could not yet call new or replayed, in order (bounded).
        self._held: list[tuple[Event, str | None, int, int]] = []
        self._held_bytes = 0

    @property
    def delivered(self) -> int:
        """Events delivered by this core, over all its connections."""
        return self._booked + self.delivery.lane_count

    @property
    def attempt(self) -> int:
        """Resume attempts since the cursor last moved (what the retry policy is given)."""
        # Every event delivered through the lane has an id: each one moved the cursor.
        return 0 if self.delivery.lane_count != self._attempt_mark else self._attempt

    @property
    def last_event_id(self) -> str | None:
        """The id of the last delivered event: where a resume picks up."""
        return self.delivery.cursor

    def new_connection(self) -> None:
        """Start decoding the body of a resume request."""
        self._decoder = SSEDecoder()
        self._sse_id = None
        # Held events come again: the cursor did not move past them.
        self._held, self._held_bytes = [], 0
        self.delivery.new_connection()
        self._connection_start = self.delivered

    def feed(self, chunk: bytes) -> Iterator[Event]:
        """Decode a body chunk; yield the events to deliver (duplicates removed).

        Lazy on purpose: the cursor moves only when an event is handed over, so a
        consumer that stops mid-chunk resumes from the last event it actually saw.
        """
        if self.check_deadline is not None:
            self.check_deadline()  # heartbeats and comments arrive as chunks too
        self._read += len(chunk)
        batch = self._decoder.feed(chunk)
        if not batch or self.finished or self.error is not None:
            return
        # One loop per chunk, everything it needs at hand: this runs for every event.
        decode_event = event_decoder()
        delivery = self.delivery
        is_new = delivery.is_new
        kinds = _KIND_OF
        accumulator = self.accumulator
        add = accumulator.add if self.accumulate else None
        text_event, text_index, append_text = self._text_lane()
        text_delta = m.TextDelta
        content_kind = _CONTENT
        lane_id, lane_data, cursor = self._lane()
        # The decoder's last id stays None until an ``id:`` line: then no event of the
        # batch names an SSE id, and the event id is the payload's.
        sse_ids = self._sse_id is not None or self._decoder.last_event_id is not None
        for sse in batch:
            data = sse.data_bytes
            try:
                event = decode_event(data)
            except msgspec.DecodeError:
                # [DONE], unknown types and bad payloads; malformed or off-schema events
                # arrive as InvalidEvent (unless strict) and the stream goes on.
                event = decode_data(data, sse.event, strict=self.strict)
                if isinstance(event, Done):
                    yield from self._at_done()
                    return
            else:
                event.__dict__[RAW_KEY] = data  # what decode() keeps for raw()
            if sse_ids:
                event_id = self._cursor_with_sse_id(event, sse.id)
            else:
                event_id = event.event_id
                if event_id.__class__ is not str:  # UNSET, or not a string
                    event_id = None
            cls = event.__class__
            if lane_id is not None and event_id is not None and event_id > cursor:
                # Above every id delivered, on a steady connection: new, and booked by
                # the lane itself (``Delivery.lane``; it counts them and moves the cursor).
                cursor = event_id
                lane_id(event_id)
                lane_data(data)  # type: ignore[misc]  # set with lane_id
                if cls is text_event and event.index == text_index:
                    delta = event.delta
                    if delta.__class__ is text_delta:
                        # The next words of the answer: folded in one append.
                        append_text(delta.text or "")
                        yield event
                        continue
                kind = kinds.get(cls)
                if kind is None:
                    kind = _kind(cls)
                laned = True
            else:
                kind = kinds.get(cls)
                if kind is None:
                    kind = _kind(cls)
                content = hash(data)
                new = is_new(event_id, content, kind == _OPENING)
                if not new and (delivery.pending or self._held):
                    yield from self._unplaced(event, event_id, content, kind, len(data))
                    if self.finished or self.error is not None:
                        return
                    text_event, text_index, append_text = self._text_lane()
                lane_id, lane_data, cursor = self._lane()
                if not new:
                    continue
                laned = False
            if kind == content_kind and self.interaction_id is not None:
                # What ``_take`` does for most events, written out.
                if not laned:
                    self._booked += 1
                    if event_id is not None:
                        self._attempt = 0
                if add is not None:
                    add(event)
                    text_event, text_index, append_text = self._text_lane()
                yield event
            elif self._take(event, event_id, kind, laned):
                text_event, text_index, append_text = self._text_lane()
                yield event
            else:
                return

    def _lane(
        self,
    ) -> tuple[Callable[[str], None] | None, Callable[[bytes], None] | None, str]:
        """The appends of ``Delivery.lane`` and the cursor (None, None, "" when closed).

        Closed until the interaction id is known: the events before it go through
        ``_take``, which looks for it."""
        lane = self.delivery.lane(self._read)
        self._read = 0
        if lane is None or self.interaction_id is None:
            return None, None, ""
        return lane[0].append, lane[1].append, self.delivery.cursor or ""

    def _text_lane(self) -> tuple[type | None, int, Callable[[str], None]]:
        """``StreamAccumulator.text_lane``; no class when nothing is accumulated."""
        lane = self.accumulator.text_lane()
        return lane if self.accumulate else (None, -1, lane[2])

    def _at_done(self) -> Iterator[Event]:
        """``[DONE]``: what is held is new (the end, and no cursor in sight); then the end."""
        if self._held:
            yield from self._release()
        self._done()

    def _take(self, event: Event, event_id: str | None, kind: int, laned: bool = False) -> bool:
        """Book a delivered event (``laned``: the lane booked it); False for an error
        event, which ends the stream."""
        if not laned:
            self._booked += 1
            if event_id is not None:
                # Only a moved cursor is progress: id-less events replayed by a server that
                # ignores the cursor must not refill the resume budget forever.
                self._attempt = 0
        if self.interaction_id is None:
            self.interaction_id = interaction_id_of(event)
        if kind == _CONTENT:
            if self.accumulate:
                self.accumulator.add(event)
            return True
        self.accumulator.add(event)
        if kind == _ERROR:
            self._error_event(cast(m.ErrorEvent, event))
            return False
        if kind == _TERMINAL:
            self.terminal_seen = True
        if self.observer is not None:
            self.observer(event, self.delivered)
        return True

    def _unplaced(
        self, event: Event, event_id: str | None, content: int, kind: int, size: int
    ) -> Iterator[Event]:
        """An event of a replay recognised by its opening alone (see ``Delivery``)."""
        pending = self.delivery.pending
        if pending == DROP:
            self._held.clear()  # the cursor showed up: they were replayed
            self._held_bytes = 0
            return
        self._held.append((event, event_id, content, kind))
        self._held_bytes += size
        if pending == RELEASE or kind in (_TERMINAL, _ERROR):  # the end, no cursor in sight
            yield from self._release()
        elif len(self._held) > _HOLD_EVENTS or self._held_bytes > _HOLD_BYTES:
            self._held.clear()
            self.finished = True
            self.error = StreamInterruptedError(
                "the resumed stream neither reached the cursor nor went past it within "
                f"{_HOLD_EVENTS} events or {_HOLD_BYTES} bytes: what is new cannot be told",
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
            )

    def _release(self) -> Iterator[Event]:
        """The held events are new: deliver them in order."""
        held, self._held, self._held_bytes = self._held, [], 0
        self.delivery.release()
        for event, event_id, content, kind in held:
            if self.delivery.is_new(event_id, content):
                if not self._take(event, event_id, kind):
                    return
                yield event

    def _cursor_with_sse_id(self, event: Event, sse_id: str | None) -> str | None:
        # The SSE id is WHATWG's "last event id": it stays the same over messages
        # without an id: line, so only a new value names this event.
        fresh = sse_id if sse_id != self._sse_id else None
        self._sse_id = sse_id
        return cursor_of(event, fresh)

    def _error_event(self, event: m.ErrorEvent) -> None:
        """Raised by the transport loop after the events before it are delivered."""
        self.terminal_seen = self.finished = True
        error = event.error if isinstance(event.error, m.StreamError) else m.StreamError()
        self.error = StreamEventError(
            str(error.message or "the interaction failed"),
            code=error.code if isinstance(error.code, str | int) else None,
            interaction_id=self.interaction_id,
        )

    def _done(self) -> None:
        """``[DONE]``: nothing follows. Before a terminal event it is an early end, except
        when a resume after the last event gets nothing at all (the stream was over)."""
        self.finished = True
        resumed_at_end = self.reconnects == 0 and self.delivery.cursor is not None
        if not self.terminal_seen and not (
            resumed_at_end and self.delivered == self._connection_start
        ):
            self.error = StreamInterruptedError(
                "the server ended the stream ([DONE]) before a terminal event",
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
            )

    def end_of_body(self) -> None:
        """The body ended; without ``[DONE]`` it is complete only after a terminal event."""
        self._decoder.close()
        if self.terminal_seen:
            self.finished = True

    def connection_lost(self) -> None:
        """The connection broke; after a terminal event nothing is missing."""
        if self.terminal_seen:
            self.finished = True

    def plan_resume(self, error: BaseException | None, elapsed: float) -> float:
        """Seconds to wait before resuming, or raise ``StreamInterruptedError``."""
        if self.check_deadline is not None:
            self.check_deadline()
        reason = (
            f"stream ended before a terminal event ({error!r})"
            if error
            else ("stream ended before a terminal event")
        )
        if not self.auto_resume or self.interaction_id is None:
            raise StreamInterruptedError(
                reason,
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
                cause=error,
            )
        # A broken or short body is always worth resuming: the GET is idempotent and the
        # cursor says where to pick up; only the retry budget can stop it.
        attempt = self.attempt
        delay = self.policy.delay(attempt=attempt, elapsed=elapsed)
        if delay is None:
            raise StreamInterruptedError(
                f"{reason}; gave up after {attempt} resume attempts",
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
                cause=error,
            )
        self._attempt, self._attempt_mark = attempt + 1, self.delivery.lane_count
        self.reconnects += 1
        return delay

    def resume_failed(self, exc: APIError) -> StreamInterruptedError:
        """The resume request itself failed for good."""
        return StreamInterruptedError(
            f"could not resume the stream: {exc}",
            interaction_id=self.interaction_id,
            last_event_id=self.last_event_id,
            cause=exc,
        )


class StreamView:
    """The cursor and assembled results of a stream, shared by both stream classes."""

    core: StreamCore
    hops: StreamHops | None = None
    """The continuation hops of a created stream (None for ``get``/``resume`` streams)."""

    @property
    def interaction_id(self) -> str | None:
        """The interaction being streamed (known after its first event)."""
        return self.core.interaction_id

    @property
    def last_event_id(self) -> str | None:
        """The resume token of the last delivered event."""
        return self.core.last_event_id

    @property
    def reconnects(self) -> int:
        """How many times the stream was resumed automatically."""
        return self.core.reconnects + (self.hops.reconnects if self.hops else 0)

    @property
    def finished(self) -> bool:
        """True once a terminal event was delivered and the body ended."""
        return self.core.finished

    def interaction(self) -> m.Interaction:
        """The interaction as assembled from the events delivered so far (every hop)."""
        current = self.core.accumulator.interaction()
        return current if self.hops is None else self.hops.interaction(current)

    def function_calls(self) -> list[FunctionCall]:
        """Function calls delivered so far; ``FunctionArgumentsError`` on malformed arguments."""
        return self.core.accumulator.function_calls()

    @staticmethod
    def _text_of(event: Event) -> str | None:
        if isinstance(event, m.StepDeltaEvent | m.ContentDeltaEvent) and isinstance(
            event.delta, m.TextDelta
        ):
            return event.delta.text or ""
        return None
