"""``AsyncInteractionStream``: the transport loop around ``StreamCore``.

Every event reaches the caller exactly once, in order, across reconnections; a stream
that cannot be completed raises ``StreamInterruptedError`` with the cursor.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import httpx2

from .. import _aio
from .._aio import async_close_body, async_finish_body
from .._generated import models as m
from ..continuation import StreamHops
from ..errors import APIError, StreamInterruptedError
from ..events import Event
from ..outputs import output_text
from ..redaction import redact_exception
from ..stream_core import StreamCore, StreamView

__all__ = ["AsyncInteractionStream", "AsyncOpener"]

AsyncOpener = Callable[[str, str | None], Awaitable[httpx2.Response]]
"""Opens ``GET .../interactions/{id}?stream=true&last_event_id=...`` for a resume."""


class AsyncInteractionStream(StreamView):
    """Async iterator of typed events with automatic resumption; close it (or use ``async with``).

    A created stream spans the continuation hops of a long answer (``hops``): the
    events of every hop, in order; ``interaction()`` merges them.
    """

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: AsyncOpener,
        core: StreamCore,
        hops: StreamHops | None = None,
        open_hop: Callable[[Mapping[str, Any] | None], Awaitable[httpx2.Response]] | None = None,
    ) -> None:
        self.core = core
        self.hops = hops
        self._response = response
        self._opener = opener
        self._open_hop = open_hop
        self._hop_body: Mapping[str, Any] | None = None
        self._iterator: AsyncIterator[Event] | None = None
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(interaction_id={self.interaction_id!r}, "
            f"last_event_id={self.last_event_id!r}, finished={self.finished})"
        )

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

    async def _reopen(self) -> httpx2.Response:
        core = self.core
        body, self._hop_body = self._hop_body, None
        if body is not None and self.hops is not None and self._open_hop is not None:
            self.hops.remaining()  # raises once the call's time is up
            try:
                return await self._open_hop(body)
            except APIError as exc:
                self.hops.fail(exc)
        assert core.interaction_id is not None
        try:
            response = await self._opener(core.interaction_id, core.last_event_id)
        except APIError as exc:
            raise self._annotated(core.resume_failed(exc)) from exc
        core.new_connection()
        return response

    def _annotated(self, exc: StreamInterruptedError) -> StreamInterruptedError:
        return exc if self.hops is None else self.hops.annotate(exc)

    def _next_hop(self) -> bool:
        """After a hop ended: True when the answer goes on in another hop."""
        step = None if self.hops is None else self.hops.next_hop(self.core)
        if step is None:
            return False
        self.core, self._hop_body = step
        return True

    def _plan_resume(self, error: BaseException | None, elapsed: float) -> float:
        step = None if self.hops is None else self.hops.after_drop(self.core, error, elapsed)
        if step is not None:
            delay, self.core, self._hop_body = step
            return delay
        try:
            delay = self.core.plan_resume(error, elapsed)
        except StreamInterruptedError as exc:
            self._annotated(exc)
            raise
        return delay if self.hops is None else self.hops.plan.deadline.capped(delay)

    async def _events(self) -> AsyncIterator[Event]:
        started = time.monotonic()
        while not self._closed:
            core = self.core
            if self._response is None:
                self._response = await self._reopen()
            error: BaseException | None = None
            chunks = self._response.aiter_bytes()
            try:
                async for chunk in chunks:
                    for event in core.feed(chunk):
                        yield event
                    if core.error is not None:
                        raise core.error
                    if core.finished:
                        # [DONE]: nothing after it is delivered. The body's end normally
                        # follows at once; reading it keeps the connection for reuse.
                        await async_finish_body(chunks)
                        break
                else:
                    core.end_of_body()
            except httpx2.TransportError as exc:
                redact_exception(exc)  # kept as the cause of a StreamInterruptedError
                error = exc
                core.connection_lost()
            finally:
                await async_close_body(chunks)
                if self._response is not None:
                    await self._response.aclose()
                    self._response = None
            if core.finished:
                if not self._next_hop():
                    return
                started = time.monotonic()
                continue
            await _aio.sleep(self._plan_resume(error, time.monotonic() - started))

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
