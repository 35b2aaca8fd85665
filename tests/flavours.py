"""Run one sync-style test body against both ``Client`` and ``AsyncClient``.

``SyncFacade`` drives an ``AsyncClient`` from sync code through an event loop on a
background thread, so a test written once exercises both flavours.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

from interactions_ext import AsyncClient, AsyncInteractionStream
from interactions_ext._async.raw import AsyncRawResponses

_T = TypeVar("_T")


class LoopThread:
    """An asyncio loop running on a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, _T]) -> _T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=120)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


class _Proxy:
    """Runs the wrapped object's coroutine methods to completion; wraps streams it returns."""

    def __init__(self, target: Any, loop: LoopThread) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if inspect.iscoroutinefunction(attr):

            def call(*args: Any, **kwargs: Any) -> Any:
                return self._wrap(self._loop.run(attr(*args, **kwargs)))

            return call
        if inspect.isasyncgenfunction(attr):
            return lambda *args, **kwargs: self._iterate(attr(*args, **kwargs))
        if isinstance(attr, AsyncRawResponses):
            return _Proxy(attr, self._loop)
        return attr

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, AsyncInteractionStream):
            return SyncStream(value, self._loop)
        return value

    def _iterate(self, agen: Any) -> Iterator[Any]:
        while True:
            try:
                yield self._loop.run(agen.__anext__())
            except StopAsyncIteration:
                return


class SyncStream(_Proxy):
    """An ``AsyncInteractionStream`` seen as an ``InteractionStream``."""

    def __iter__(self) -> Iterator[Any]:
        return self._iterate(self._target)

    def __next__(self) -> Any:
        try:
            return self._loop.run(self._target.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        self._loop.run(self._target.aclose())

    def __enter__(self) -> SyncStream:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._loop.run(self._target.__aexit__(*exc))


class SyncFacade(_Proxy):
    """An ``AsyncClient`` seen as a ``Client``."""

    def __init__(self, client: AsyncClient, loop: LoopThread) -> None:
        super().__init__(client, loop)

    def close(self) -> None:
        self._loop.run(self._target.aclose())

    def __enter__(self) -> SyncFacade:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
