"""``AsyncInteractionStream``: the transport loop around ``StreamCore``.

Every event reaches the caller exactly once, in order, across reconnections; a stream
that cannot be completed raises ``StreamInterruptedError`` with the cursor.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx2

from .. import _aio
from .._generated import models as m
from ..errors import APIError
from ..events import Event
from ..outputs import output_text
from ..stream_core import StreamCore, StreamView

__all__ = ["AsyncInteractionStream", "AsyncOpener"]

AsyncOpener = Callable[[str, str | None], Awaitable[httpx2.Response]]
"""Opens ``GET .../interactions/{id}?stream=true&last_event_id=...`` for a resume."""


class AsyncInteractionStream(StreamView):
    """Async iterator of typed events with automatic resumption; close it (or use ``async with``)."""

    def __init__(
        self, response: httpx2.Response | None, opener: AsyncOpener, core: StreamCore
    ) -> None:
        self.core = core
        self._response = response
        self._opener = opener
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
        assert core.interaction_id is not None
        try:
            response = await self._opener(core.interaction_id, core.last_event_id)
        except APIError as exc:
            raise core.resume_failed(exc) from exc
        core.new_connection()
        return response

    async def _events(self) -> AsyncIterator[Event]:
        core = self.core
        started = time.monotonic()
        while not self._closed:
            if self._response is None:
                self._response = await self._reopen()
            error: BaseException | None = None
            try:
                async for chunk in self._response.aiter_bytes():
                    for event in core.feed(chunk):
                        yield event
                    if core.error is not None:
                        raise core.error
                    if core.finished:
                        break  # [DONE]: nothing after it is read
                else:
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
            await _aio.sleep(core.plan_resume(error, time.monotonic() - started))

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
