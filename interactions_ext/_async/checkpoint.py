"""``AsyncDurableStream``: a stream whose progress is written to the store as it is read.

The bookkeeping wraps the stream's iteration and stays out of the per-event decoding
path: trackers hear when an event names a new interaction (before it is handed over),
when the caller asks for the next event (the previous one is handled), and when the
stream ends or closes. ``AsyncCheckpointTracker`` keeps a checkpoint (the rules are in
``interactions_ext/checkpoint.py``); conversations add a tracker for their thread.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any

import httpx2

from ..checkpoint import RUNNING_TTL, CheckpointLedger, checkpoint_key
from ..continuation import ContinuationPlan, StreamHops
from ..errors import StoreConflict, StreamEventError
from ..events import Event
from ..store._aio import AsyncStore
from ..stream_core import StreamCore
from .stream import AsyncInteractionStream, AsyncOpener

__all__ = ["AsyncCheckpointTracker", "AsyncDurableStream", "AsyncTracker"]


class AsyncTracker:
    """Hears a durable stream's progress; every hook does nothing unless overridden."""

    async def named(self, stream: AsyncInteractionStream) -> None:
        """The event about to be handed over names a new interaction (first, or a hop)."""

    async def handled(self, stream: AsyncInteractionStream) -> None:
        """The caller is done with the last event handed over."""

    async def finished(self, stream: AsyncInteractionStream) -> None:
        """The stream ended after its last event."""

    async def failed(self, error: BaseException) -> None:
        """The interaction failed (an ``error`` event), or its create was refused."""

    async def closed(self, stream: AsyncInteractionStream | None) -> None:
        """The stream is closed (after ``finished``, or without it); called once."""


class AsyncDurableStream(AsyncInteractionStream):
    """An ``AsyncInteractionStream`` that reports its progress to trackers."""

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: AsyncOpener,
        core: StreamCore,
        hops: StreamHops | None,
        open_hop: Callable[[Mapping[str, Any] | None], Awaitable[httpx2.Response]] | None,
        trackers: Sequence[AsyncTracker],
    ) -> None:
        super().__init__(response, opener, core, hops, open_hop)
        self.trackers = tuple(trackers)
        self._named = core.interaction_id
        self._in_hand = False
        self._ended = False

    async def _events(self) -> AsyncIterator[Event]:
        inner = super()._events()
        try:
            async for event in inner:
                if self.interaction_id != self._named:
                    self._named = self.interaction_id
                    for tracker in self.trackers:
                        await tracker.named(self)
                self._in_hand = True
                yield event
                # The caller asked for the next event: the one it had is handled.
                self._in_hand = False
                for tracker in self.trackers:
                    await tracker.handled(self)
        except StreamEventError as exc:  # the interaction failed: nothing more comes
            for tracker in self.trackers:
                await tracker.failed(exc)
            raise
        finally:
            await inner.aclose()  # type: ignore[attr-defined]
        for tracker in self.trackers:
            await tracker.finished(self)
        await self._end()

    async def _end(self) -> None:
        if not self._ended:
            self._ended = True
            for tracker in self.trackers:
                await tracker.closed(self)

    async def __aexit__(self, *exc: object) -> None:
        if exc[0] is None and self._in_hand:
            # The block ended normally, so the caller handled the event it had.
            self._in_hand = False
            for tracker in self.trackers:
                await tracker.handled(self)
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection; a tracker hears it (a thread's turn ends here)."""
        await super().aclose()
        await self._end()


class AsyncCheckpointTracker(AsyncTracker):
    """Writes one stream's checkpoint; ``StoreConflict`` if another process advances it."""

    def __init__(self, store: AsyncStore, ledger: CheckpointLedger) -> None:
        self.store = store
        self.ledger = ledger

    @classmethod
    async def start(
        cls, store: AsyncStore, name: str, plan: ContinuationPlan
    ) -> AsyncCheckpointTracker:
        """Claim checkpoint ``name`` for a new stream: it must be absent, expired or done."""
        key = checkpoint_key(name)
        existing = await store.get(key)
        if existing is not None and existing.value.get("done") is not True:
            raise StoreConflict(
                f"checkpoint {name!r} belongs to a stream that has not finished:"
                " resume_checkpoint() it, or delete_checkpoint() it first",
                key=key,
                expected=None,
                current=existing,
            )
        version = None if existing is None else existing.version
        record = await store.set_if(
            key, CheckpointLedger.new_value(plan), version=version, ttl=RUNNING_TTL
        )
        return cls(store, CheckpointLedger(name, record))

    async def _write(self, value: dict[str, Any] | None) -> None:
        if value is None:
            return
        ledger = self.ledger
        try:
            record = await self.store.set_if(
                ledger.key, value, version=ledger.version, ttl=ledger.ttl(value)
            )
        except StoreConflict as exc:
            raise StoreConflict(
                f"checkpoint {ledger.name!r} was written by another process since this one"
                f" read it (version {ledger.version}): one stream per checkpoint at a time",
                key=ledger.key,
                expected=ledger.version,
                current=exc.current,
            ) from exc
        ledger.written(record)

    async def named(self, stream: AsyncInteractionStream) -> None:
        await self._write(self.ledger.named(stream))

    async def handled(self, stream: AsyncInteractionStream) -> None:
        await self._write(self.ledger.handled(stream))

    async def finished(self, stream: AsyncInteractionStream) -> None:
        await self._write(self.ledger.finished(stream))

    async def failed(self, error: BaseException) -> None:
        await self._write(self.ledger.failed(error))
