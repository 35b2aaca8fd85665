# Generated from interactions_ext/_async/checkpoint.py by scripts/unasync.py. Do not edit.
"""``DurableStream``: a stream whose progress is written to the store as it is read.

The bookkeeping wraps the stream's iteration and stays out of the per-event decoding
path: trackers hear when an event names a new interaction (before it is handed over),
when the caller asks for the next event (the previous one is handled), and when the
stream ends or closes. ``CheckpointTracker`` keeps a checkpoint (the rules are in
``interactions_ext/checkpoint.py``); conversations add a tracker for their thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx2

from ..checkpoint import RUNNING_TTL, CheckpointLedger, checkpoint_key
from ..continuation import ContinuationPlan, StreamHops
from ..errors import StoreConflict, StreamEventError
from ..events import Event
from ..store.protocol import Store
from ..stream_core import StreamCore
from .stream import InteractionStream, Opener

__all__ = ["CheckpointTracker", "DurableStream", "Tracker"]


class Tracker:
    """Hears a durable stream's progress; every hook does nothing unless overridden."""

    def named(self, stream: InteractionStream) -> None:
        """The event about to be handed over names a new interaction (first, or a hop)."""

    def handled(self, stream: InteractionStream) -> None:
        """The caller is done with the last event handed over."""

    def finished(self, stream: InteractionStream) -> None:
        """The stream ended after its last event."""

    def failed(self, error: BaseException) -> None:
        """The interaction failed (an ``error`` event), or its create was refused."""

    def closed(self, stream: InteractionStream | None) -> None:
        """The stream is closed (after ``finished``, or without it); called once."""


class DurableStream(InteractionStream):
    """An ``InteractionStream`` that reports its progress to trackers."""

    def __init__(
        self,
        response: httpx2.Response | None,
        opener: Opener,
        core: StreamCore,
        hops: StreamHops | None,
        open_hop: Callable[[Mapping[str, Any] | None], httpx2.Response] | None,
        trackers: Sequence[Tracker],
    ) -> None:
        super().__init__(response, opener, core, hops, open_hop)
        self.trackers = tuple(trackers)
        self._named = core.interaction_id
        self._in_hand = False
        self._ended = False

    def _events(self) -> Iterator[Event]:
        inner = super()._events()
        try:
            for event in inner:
                if self.interaction_id != self._named:
                    self._named = self.interaction_id
                    for tracker in self.trackers:
                        tracker.named(self)
                self._in_hand = True
                yield event
                # The caller asked for the next event: the one it had is handled.
                self._in_hand = False
                for tracker in self.trackers:
                    tracker.handled(self)
        except StreamEventError as exc:  # the interaction failed: nothing more comes
            for tracker in self.trackers:
                tracker.failed(exc)
            raise
        finally:
            inner.close()  # type: ignore[attr-defined]
        for tracker in self.trackers:
            tracker.finished(self)
        self._end()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            for tracker in self.trackers:
                tracker.closed(self)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None and self._in_hand:
            # The block ended normally, so the caller handled the event it had.
            self._in_hand = False
            for tracker in self.trackers:
                tracker.handled(self)
        self.close()

    def close(self) -> None:
        """Close the connection; a tracker hears it (a thread's turn ends here)."""
        super().close()
        self._end()


class CheckpointTracker(Tracker):
    """Writes one stream's checkpoint; ``StoreConflict`` if another process advances it."""

    def __init__(self, store: Store, ledger: CheckpointLedger) -> None:
        self.store = store
        self.ledger = ledger

    @classmethod
    def start(cls, store: Store, name: str, plan: ContinuationPlan) -> CheckpointTracker:
        """Claim checkpoint ``name`` for a new stream: it must be absent, expired or done."""
        key = checkpoint_key(name)
        existing = store.get(key)
        if existing is not None and existing.value.get("done") is not True:
            raise StoreConflict(
                f"checkpoint {name!r} belongs to a stream that has not finished:"
                " resume_checkpoint() it, or delete_checkpoint() it first",
                key=key,
                expected=None,
                current=existing,
            )
        version = None if existing is None else existing.version
        record = store.set_if(
            key, CheckpointLedger.new_value(plan), version=version, ttl=RUNNING_TTL
        )
        return cls(store, CheckpointLedger(name, record))

    def _write(self, value: dict[str, Any] | None) -> None:
        if value is None:
            return
        ledger = self.ledger
        try:
            record = self.store.set_if(
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

    def named(self, stream: InteractionStream) -> None:
        self._write(self.ledger.named(stream))

    def handled(self, stream: InteractionStream) -> None:
        self._write(self.ledger.handled(stream))

    def finished(self, stream: InteractionStream) -> None:
        self._write(self.ledger.finished(stream))

    def failed(self, error: BaseException) -> None:
        self._write(self.ledger.failed(error))
