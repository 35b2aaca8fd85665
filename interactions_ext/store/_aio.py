"""``AsyncStore``: a ``Store``'s calls run on a worker thread, for the async client.

The store protocol is synchronous because its calls are short, but "short" is not
"never blocks": a SQLite write waits (up to its busy timeout) while another process
holds the write lock, and a Redis call is a network round trip. Run on the event loop,
either would stall every other task; a worker thread costs tens of microseconds per
call instead. The sync client calls the store directly (scripts/unasync.py drops
this wrapper from the sync twins).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _aio
from .protocol import Record, Store

__all__ = ["AsyncStore"]


class AsyncStore:
    """The async face of a ``Store`` (``get``, ``set_if``, ``delete``)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def get(self, key: str) -> Record | None:
        return await _aio.to_thread(lambda: self.store.get(key))

    async def set_if(
        self, key: str, value: Mapping[str, Any], *, version: int | None, ttl: float | None = None
    ) -> Record:
        return await _aio.to_thread(lambda: self.store.set_if(key, value, version=version, ttl=ttl))

    async def delete(self, key: str) -> None:
        await _aio.to_thread(lambda: self.store.delete(key))
