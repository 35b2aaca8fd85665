"""Durable stream checkpoints: what is recorded, and when, without any I/O.

``create(..., stream=True, checkpoint=NAME)`` keeps a record under
``checkpoint:NAME`` in the client's store; ``resume_checkpoint(NAME)`` continues the
stream from it in any process that shares the store. ``_async/checkpoint.py`` (and its
generated sync twin) does the writing around the stream's iteration; this module
decides what each write holds.

When the record is written (the delivery guarantee):

- An event's cursor is committed when the caller asks for the next event (or leaves
  the stream's ``with`` block without an exception). A process that dies while
  handling event N has committed event N-1, so a resume delivers N again, then the
  rest: every event arrives, in order, and only the one in flight can arrive twice.
- When an event names a new interaction (the first event of the stream, or the first
  of a continuation hop), the record names it, with no cursor, before the event is
  handed over: a resume then replays that interaction from its start.
- Events without an id do not move the cursor and cause no write.
- The end of the stream marks the record done; ``close()`` without finishing commits
  nothing more (the event in hand was not handled, as far as the record knows).

Running records expire ``RUNNING_TTL`` after their last write, finished ones
``DONE_TTL`` after they finish.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .continuation import ContinuationPlan
from .errors import CheckpointError

if TYPE_CHECKING:
    from .store.protocol import Record
    from .stream_core import StreamView

__all__ = [
    "DONE_TTL",
    "RUNNING_TTL",
    "Checkpoint",
    "CheckpointError",
    "CheckpointLedger",
    "checkpoint_key",
]

RUNNING_TTL: Final = 7 * 24 * 3600.0
"""Seconds a checkpoint of an unfinished stream is kept after its last write (7 days)."""
DONE_TTL: Final = 24 * 3600.0
"""Seconds a finished checkpoint is kept (1 day): late readers still see it is done."""
_PREFIX: Final = "checkpoint:"
_FORMAT: Final = 1


def checkpoint_key(name: str) -> str:
    """The store key of checkpoint ``name``."""
    if not isinstance(name, str) or not name:
        raise ValueError(f"a checkpoint name is a non-empty string, not {name!r}")
    return _PREFIX + name


@dataclass(frozen=True)
class Checkpoint:
    """Where a checkpointed stream stands, as last committed.

    ``interaction_id`` is the interaction being streamed (for a long answer, the
    current continuation hop; ``hops`` lists them all); ``last_event_id`` the cursor of
    the last event handled in it (None: none yet); ``continuation_token`` the latest
    token the hop issued. ``done``: the stream ended (``error`` says why, when it
    failed). ``previous_last_event_id`` is the last cursor of the hop before.
    """

    name: str
    interaction_id: str | None
    last_event_id: str | None
    continuation_token: str | None
    done: bool
    hops: tuple[str, ...] = ()
    status: str | None = None
    previous_last_event_id: str | None = None
    error: str | None = None
    updated: float | None = None
    """Wall-clock time (``time.time()``) of the last write."""

    @classmethod
    def from_value(cls, name: str, value: dict[str, Any]) -> Checkpoint:
        def text(field: str) -> str | None:
            found = value.get(field)
            return found if isinstance(found, str) else None

        hops = value.get("hops")
        updated = value.get("updated")
        return cls(
            name=name,
            interaction_id=text("interaction_id"),
            last_event_id=text("last_event_id"),
            continuation_token=text("continuation_token"),
            done=value.get("done") is True,
            hops=tuple(h for h in hops if isinstance(h, str)) if isinstance(hops, list) else (),
            status=text("status"),
            previous_last_event_id=text("previous_last_event_id"),
            error=text("error"),
            updated=float(updated) if isinstance(updated, int | float) else None,
        )


class CheckpointLedger:
    """One stream's checkpoint: the record as last written, and what to write next."""

    def __init__(self, name: str, record: Record) -> None:
        self.name = name
        self.key = checkpoint_key(name)
        self.version = record.version
        self.value: dict[str, Any] = dict(record.value)

    @staticmethod
    def new_value(plan: ContinuationPlan) -> dict[str, Any]:
        """The record of a stream about to be created.

        Keeps the create body without its ``input`` (a continuation hop of a stored
        interaction sends none), so a resumed stream can open later hops itself.
        """
        template = {k: v for k, v in plan.body.items() if k != "input"}
        return {
            "format": _FORMAT,
            "interaction_id": None,
            "last_event_id": None,
            "continuation_token": None,
            "token_owner": None,
            "status": None,
            "done": False,
            "hops": [],
            "previous_last_event_id": None,
            "request": template,
            "continue": plan.enabled,
            "updated": time.time(),
        }

    @property
    def checkpoint(self) -> Checkpoint:
        return Checkpoint.from_value(self.name, self.value)

    @property
    def request(self) -> dict[str, Any]:
        """The create body (no input) that continuation hops are built from."""
        request = self.value.get("request")
        return dict(request) if isinstance(request, dict) else {}

    @property
    def continues(self) -> bool:
        return self.value.get("continue") is not False

    @property
    def token_owner(self) -> str | None:
        owner = self.value.get("token_owner")
        return owner if isinstance(owner, str) else None

    @staticmethod
    def ttl(value: dict[str, Any]) -> float:
        return DONE_TTL if value.get("done") else RUNNING_TTL

    def _changed(self, **fields: Any) -> dict[str, Any] | None:
        if self.value.get("done") or all(self.value.get(k) == v for k, v in fields.items()):
            return None  # a replay of a finished stream records nothing
        return {**self.value, **fields, "updated": time.time()}

    def _position(self, stream: StreamView) -> dict[str, Any]:
        token, owner, status = stream.hops.resume_point() if stream.hops else (None, None, None)
        return {
            "last_event_id": stream.last_event_id,
            "continuation_token": token,
            "token_owner": owner,
            "status": status,
        }

    def named(self, stream: StreamView) -> dict[str, Any] | None:
        """The stream's current event names a new interaction: record it, no cursor yet."""
        interaction_id = stream.interaction_id
        if interaction_id is None or interaction_id == self.value.get("interaction_id"):
            return None
        hops = [h for h in self.value.get("hops") or [] if isinstance(h, str)]
        return self._changed(
            **{
                **self._position(stream),
                "interaction_id": interaction_id,
                "last_event_id": None,
                "hops": [*hops, interaction_id],
                "previous_last_event_id": self.value.get("last_event_id"),
            }
        )

    def handled(self, stream: StreamView) -> dict[str, Any] | None:
        """The caller asked for the next event: the last one handed over is handled."""
        if stream.interaction_id != self.value.get("interaction_id"):
            return None
        return self._changed(**self._position(stream))

    def finished(self, stream: StreamView) -> dict[str, Any] | None:
        """The stream ended after its last event."""
        position = self._position(stream) if stream.interaction_id else {}
        return self._changed(**position, done=True)

    def failed(self, error: BaseException) -> dict[str, Any] | None:
        """The interaction failed (an ``error`` event), or its create was refused."""
        return self._changed(done=True, error=f"{type(error).__name__}: {error}")

    def written(self, record: Record) -> None:
        self.version = record.version
        self.value = dict(record.value)
