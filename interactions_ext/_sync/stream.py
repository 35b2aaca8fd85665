# Generated from interactions_ext/_async/stream.py by scripts/unasync.py. Do not edit.
"""``InteractionStream``: the transport loop around ``StreamCore``.

Every event reaches the caller exactly once, in order, across reconnections; a stream
that cannot be completed raises ``StreamInterruptedError`` with the cursor.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx2

from .._aio import close_body, finish_body
from .._generated import models as m
from ..continuation import StreamHops
from ..errors import APIError, StreamInterruptedError
from ..events import Event
from ..outputs import output_text
from ..redaction import redact_exception
from ..stream_core import StreamCore, StreamView

__all__ = ["InteractionStream", "Opener"]

Opener = Callable[[str, str | None], httpx2.Response]
"""Opens ``GET .../interactions/{id}?stream=true&last_event_id=...`` for a resume."""


class InteractionStream(StreamView):
    """Iterator of typed events with automatic resumption; close it (or use ``with``).

    A created stream spans the continuation hops of a long answer (``hops``): the
    events of every hop, in order; ``interaction()`` merges them.
    """

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: Opener,
        core: StreamCore,
        hops: StreamHops | None = None,
        open_hop: Callable[[Mapping[str, Any] | None], httpx2.Response] | None = None,
    ) -> None:
        self.core = core
        self.hops = hops
        self._response = response
        self._opener = opener
        self._open_hop = open_hop
        self._hop_body: Mapping[str, Any] | None = None
        self._iterator: Iterator[Event] | None = None
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(interaction_id={self.interaction_id!r}, "
            f"last_event_id={self.last_event_id!r}, finished={self.finished})"
        )

    def __iter__(self) -> Iterator[Event]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    def __next__(self) -> Event:
        return self.__iter__().__next__()

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

    def _reopen(self) -> httpx2.Response:
        core = self.core
        body, self._hop_body = self._hop_body, None
        if body is not None and self.hops is not None and self._open_hop is not None:
            self.hops.remaining()  # raises once the call's time is up
            try:
                return self._open_hop(body)
            except APIError as exc:
                self.hops.fail(exc)
        assert core.interaction_id is not None
        try:
            response = self._opener(core.interaction_id, core.last_event_id)
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

    def _events(self) -> Iterator[Event]:
        started = time.monotonic()
        while not self._closed:
            core = self.core
            if self._response is None:
                self._response = self._reopen()
            error: BaseException | None = None
            chunks = self._response.iter_bytes()
            try:
                for chunk in chunks:
                    for event in core.feed(chunk):
                        yield event
                    if core.error is not None:
                        raise core.error
                    if core.finished:
                        # [DONE]: nothing after it is delivered. The body's end normally
                        # follows at once; reading it keeps the connection for reuse.
                        finish_body(chunks)
                        break
                else:
                    core.end_of_body()
            except httpx2.TransportError as exc:
                redact_exception(exc)  # kept as the cause of a StreamInterruptedError
                error = exc
                core.connection_lost()
            finally:
                close_body(chunks)
                if self._response is not None:
                    self._response.close()
                    self._response = None
            if core.finished:
                if not self._next_hop():
                    return
                started = time.monotonic()
                continue
            time.sleep(self._plan_resume(error, time.monotonic() - started))

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
