"""The stream core as it was before the per-chunk hot path: the differential tests' oracle.

With the later rule that a resumed body's events ``Delivery`` cannot yet place are held
until the body shows them new or replayed, made event by event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from interactions_ext._generated import models as m
from interactions_ext.errors import APIError, StreamEventError, StreamInterruptedError
from interactions_ext.events import Done, Event, cursor_of, decode, interaction_id_of
from interactions_ext.retry import RetryPolicy
from interactions_ext.sse import SSEDecoder
from interactions_ext.stream_core import _HOLD_BYTES, _HOLD_EVENTS

from .accumulate import StreamAccumulator
from .delivery import DROP, RELEASE, Delivery

__all__ = ["StreamCore"]

_TERMINAL: Final = (m.InteractionCompletedEvent, m.InteractionCompleteEvent)
# Only ever the first event of an interaction's stream: a resume that starts with it replays.
_OPENING: Final = (m.InteractionCreatedEvent, m.InteractionStartEvent)
# What accumulate=False drops: the content of steps and outputs, which grows with the stream.
_CONTENT: Final = (m.StepStartEvent, m.StepDeltaEvent, m.ContentStartEvent, m.ContentDeltaEvent)


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
        self._delivered_here = 0
        self._decoder: SSEDecoder = SSEDecoder()
        self._sse_id: str | None = None
        self._held: list[tuple[Event, str | None, int]] = []
        self._held_bytes = 0

    @property
    def attempt(self) -> int:
        """Resume attempts since the cursor last moved."""
        return self._attempt

    @property
    def last_event_id(self) -> str | None:
        """The id of the last delivered event: where a resume picks up."""
        return self.delivery.cursor

    def new_connection(self) -> None:
        """Start decoding the body of a resume request."""
        self._decoder = SSEDecoder()
        self._sse_id = None
        self._held, self._held_bytes = [], 0
        self.delivery.new_connection()
        self._delivered_here = 0

    def feed(self, chunk: bytes) -> Iterator[Event]:
        """Decode a body chunk; yield the events to deliver (duplicates removed).

        Lazy on purpose: the cursor moves only when an event is handed over, so a
        consumer that stops mid-chunk resumes from the last event it actually saw.
        """
        if self.check_deadline is not None:
            self.check_deadline()  # heartbeats and comments arrive as chunks too
        for sse in self._decoder.feed(chunk):
            if self.finished or self.error is not None:
                return
            # Malformed or off-schema events arrive as InvalidEvent (unless strict) and
            # the stream goes on.
            event = decode(sse, strict=self.strict)
            if isinstance(event, Done):
                if self._held:
                    yield from self._release()
                self._done()
                return
            # The SSE id is WHATWG's "last event id": it stays the same over messages
            # without an id: line, so only a new value names this event.
            sse_id = sse.id if sse.id != self._sse_id else None
            self._sse_id = sse.id
            event_id, content = cursor_of(event, sse_id), hash(sse.data_bytes)
            if self.delivery.is_new(event_id, content, isinstance(event, _OPENING)):
                if self._accept(event, event_id):
                    yield event
                elif self.error is not None:
                    return
            elif self.delivery.pending == DROP:
                self._held, self._held_bytes = [], 0
            else:
                self._held.append((event, event_id, content))
                self._held_bytes += len(sse.data_bytes)
                if self.delivery.pending == RELEASE or isinstance(
                    event, (*_TERMINAL, m.ErrorEvent)
                ):
                    yield from self._release()
                elif len(self._held) > _HOLD_EVENTS or self._held_bytes > _HOLD_BYTES:
                    self._held = []
                    self.finished = True
                    self.error = StreamInterruptedError(
                        "the resumed stream neither reached the cursor nor went past it within "
                        f"{_HOLD_EVENTS} events or {_HOLD_BYTES} bytes: what is new cannot be told",
                        interaction_id=self.interaction_id,
                        last_event_id=self.last_event_id,
                    )

    def _release(self) -> Iterator[Event]:
        held, self._held, self._held_bytes = self._held, [], 0
        self.delivery.release()
        for event, event_id, content in held:
            if self.delivery.is_new(event_id, content):
                if not self._accept(event, event_id):
                    return
                yield event

    def _done(self) -> None:
        """``[DONE]``: nothing follows. Before a terminal event it is an early end, except
        when a resume after the last event gets nothing at all (the stream was over)."""
        self.finished = True
        resumed_at_end = self.reconnects == 0 and self.delivery.cursor is not None
        if not self.terminal_seen and not (resumed_at_end and self._delivered_here == 0):
            self.error = StreamInterruptedError(
                "the server ended the stream ([DONE]) before a terminal event",
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
            )

    def _accept(self, event: Event, event_id: str | None) -> bool:
        """Book a new event; False for an error event, which ends the stream."""
        self._delivered_here += 1
        if self.interaction_id is None:
            self.interaction_id = interaction_id_of(event)
        if event_id is not None:
            # Only a moved cursor is progress: id-less events replayed by a server that
            # ignores the cursor must not refill the resume budget forever.
            self._attempt = 0
        if self.accumulate or not isinstance(event, _CONTENT):
            self.accumulator.add(event)
        if isinstance(event, _TERMINAL):
            self.terminal_seen = True
        elif isinstance(event, m.ErrorEvent):
            # Raised by the transport loop after the events before it are delivered.
            self.terminal_seen = self.finished = True
            error = event.error if isinstance(event.error, m.StreamError) else m.StreamError()
            self.error = StreamEventError(
                str(error.message or "the interaction failed"),
                code=error.code if isinstance(error.code, str | int) else None,
                interaction_id=self.interaction_id,
            )
            return False
        return True

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
        delay = self.policy.delay(attempt=self._attempt, elapsed=elapsed)
        if delay is None:
            raise StreamInterruptedError(
                f"{reason}; gave up after {self._attempt} resume attempts",
                interaction_id=self.interaction_id,
                last_event_id=self.last_event_id,
                cause=error,
            )
        self._attempt += 1
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
