"""Streams that deliver every event exactly once, in order, or raise.

``StreamCore`` holds all the logic (decoding, cursor, de-duplication, end-of-stream
rules, resume planning) without I/O; ``InteractionStream`` and
``AsyncInteractionStream`` are the two thin transport loops around it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Final

import httpx2

from . import _aio
from ._generated import models as m
from .accumulate import StreamAccumulator
from .errors import APIError, StreamEventError, StreamInterruptedError
from .events import Done, Event, decode, event_id_of, interaction_id_of
from .outputs import FunctionCall, output_text
from .retry import RetryPolicy
from .sse import SSEDecoder

__all__ = ["AsyncInteractionStream", "InteractionStream", "StreamCore"]

_DEDUP_WINDOW: Final = 4096
_TERMINAL: Final = (m.InteractionCompletedEvent, m.InteractionCompleteEvent)
# What accumulate=False drops: the content of steps and outputs, which grows with the stream.
_CONTENT: Final = (m.StepStartEvent, m.StepDeltaEvent, m.ContentStartEvent, m.ContentDeltaEvent)

Opener = Callable[[str, str | None], httpx2.Response]
AsyncOpener = Callable[[str, str | None], Awaitable[httpx2.Response]]


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
    ) -> None:
        self.policy = policy
        self.accumulate = accumulate
        self.auto_resume = auto_resume
        self.interaction_id = interaction_id
        self.last_event_id = last_event_id
        self.terminal_seen = False
        self.finished = False
        self.reconnects = 0
        self.error: StreamEventError | None = None
        self.accumulator = StreamAccumulator()
        self._attempt = 0
        self._recent: deque[str] = deque(maxlen=_DEDUP_WINDOW)
        self._recent_set: set[str] = set()
        self._decoder = SSEDecoder()

    def new_connection(self) -> None:
        """Start decoding a fresh response body."""
        self._decoder = SSEDecoder()

    def feed(self, chunk: bytes) -> Iterator[Event]:
        """Decode a body chunk; yield the events to deliver (duplicates removed).

        Lazy on purpose: the cursor moves only when an event is handed over, so a
        consumer that stops mid-chunk resumes from the last event it actually saw.
        """
        for sse in self._decoder.feed(chunk):
            if self.error is not None:
                return
            event = decode(sse)
            if isinstance(event, Done):
                # The server's own end marker: nothing follows, even when the terminal
                # event came before the cursor (resuming after the last event).
                self.finished = True
                return
            if self._accept(event):
                yield event

    def _accept(self, event: Event) -> bool:
        event_id = event_id_of(event)
        if event_id is not None:
            if event_id in self._recent_set:
                return False
            if len(self._recent) == self._recent.maxlen:
                self._recent_set.discard(self._recent[0])
            self._recent.append(event_id)
            self._recent_set.add(event_id)
            self.last_event_id = event_id
        if self.interaction_id is None:
            self.interaction_id = interaction_id_of(event)
        self._attempt = 0
        if self.accumulate or not isinstance(event, _CONTENT):
            self.accumulator.add(event)
        if isinstance(event, _TERMINAL):
            self.terminal_seen = True
        elif isinstance(event, m.ErrorEvent):
            # Raised by the transport loop after the events before it are delivered.
            self.terminal_seen = self.finished = True
            error = event.error
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


class _StreamHelpers:
    core: StreamCore

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
        return self.core.reconnects

    @property
    def finished(self) -> bool:
        """True once a terminal event was delivered and the body ended."""
        return self.core.finished

    def interaction(self) -> m.Interaction:
        """The interaction as assembled from the events delivered so far."""
        return self.core.accumulator.interaction()

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


class InteractionStream(_StreamHelpers):
    """Iterator of typed events with automatic resumption; close it (or use ``with``)."""

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: Opener,
        core: StreamCore,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.core = core
        self._response = response
        self._opener = opener
        self._sleep = sleep
        self._iterator: Iterator[Event] | None = None
        self._closed = False

    def __iter__(self) -> Iterator[Event]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    def __next__(self) -> Event:
        return next(iter(self))

    def __enter__(self) -> InteractionStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; the stream cannot be iterated further."""
        self._closed = True
        if self._iterator is not None:
            self._iterator.close()  # type: ignore[attr-defined]
        if self._response is not None:
            self._response.close()
            self._response = None

    def _events(self) -> Iterator[Event]:
        core = self.core
        started = time.monotonic()
        while not self._closed:
            if self._response is None:
                assert core.interaction_id is not None
                try:
                    self._response = self._opener(core.interaction_id, core.last_event_id)
                except APIError as exc:
                    raise core.resume_failed(exc) from exc
            core.new_connection()
            error: BaseException | None = None
            try:
                for chunk in self._response.iter_bytes():
                    yield from core.feed(chunk)
                    if core.error is not None:
                        raise core.error
                core.end_of_body()
            except httpx2.TransportError as exc:
                error = exc
                core.connection_lost()
            finally:
                if self._response is not None:
                    self._response.close()
                    self._response = None
            if core.finished:
                return
            self._sleep(core.plan_resume(error, time.monotonic() - started))

    def text_deltas(self) -> Iterator[str]:
        """Only the text of the model's answer, as it arrives."""
        for event in self:
            text = self._text_of(event)
            if text is not None:
                yield text

    def until_done(self) -> m.Interaction:
        """Consume the stream; return the final interaction assembled from its events."""
        for _ in self:
            pass
        return self.interaction()

    def text(self) -> str:
        """Consume the stream; return the answer's full text."""
        return output_text(self.until_done())


class AsyncInteractionStream(_StreamHelpers):
    """Async iterator of typed events with automatic resumption."""

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: AsyncOpener,
        core: StreamCore,
        *,
        sleep: Callable[[float], Awaitable[Any]] = _aio.sleep,
    ) -> None:
        self.core = core
        self._response = response
        self._opener = opener
        self._sleep = sleep
        self._iterator: AsyncIterator[Event] | None = None
        self._closed = False

    def __aiter__(self) -> AsyncIterator[Event]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    async def __anext__(self) -> Event:
        return await self.__aiter__().__anext__()

    async def __aenter__(self) -> AsyncInteractionStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection; the stream cannot be iterated further."""
        self._closed = True
        if self._iterator is not None:
            await self._iterator.aclose()  # type: ignore[attr-defined]
        if self._response is not None:
            await self._response.aclose()
            self._response = None

    async def _events(self) -> AsyncIterator[Event]:
        core = self.core
        started = time.monotonic()
        while not self._closed:
            if self._response is None:
                assert core.interaction_id is not None
                try:
                    self._response = await self._opener(core.interaction_id, core.last_event_id)
                except APIError as exc:
                    raise core.resume_failed(exc) from exc
            core.new_connection()
            error: BaseException | None = None
            try:
                async for chunk in self._response.aiter_bytes():
                    for event in core.feed(chunk):
                        yield event
                    if core.error is not None:
                        raise core.error
                core.end_of_body()
            except httpx2.TransportError as exc:
                error = exc
                core.connection_lost()
            finally:
                if self._response is not None:
                    await self._response.aclose()
                    self._response = None
            if core.finished:
                return
            await self._sleep(core.plan_resume(error, time.monotonic() - started))

    async def text_deltas(self) -> AsyncIterator[str]:
        """Only the text of the model's answer, as it arrives."""
        async for event in self:
            text = self._text_of(event)
            if text is not None:
                yield text

    async def until_done(self) -> m.Interaction:
        """Consume the stream; return the final interaction assembled from its events."""
        async for _ in self:
            pass
        return self.interaction()

    async def text(self) -> str:
        """Consume the stream; return the answer's full text."""
        return output_text(await self.until_done())
