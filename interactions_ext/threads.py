"""Conversation threads kept in the store: the chain's head, and who holds the next turn.

A thread ``NAME`` is two records. ``thread:NAME`` holds the head (the interaction the
next turn continues) and is only ever advanced by compare-and-set from the version the
turn started at, so two replicas can never both append to one head: the thread stays a
line, never a fork. ``thread-claim:NAME`` is a lease taken before a turn is sent
(expiring after ``LEASE`` seconds, renewed while a streamed turn runs): a replica that
finds it held waits (up to the conversation's ``wait``) and then sends against the new
head. A replica that dies mid-turn holds it until the lease runs out.

Only I/O-free parts live here; ``_async/conversation.py`` (and its sync twin) does the
store calls.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Final

from .errors import StoreConflict, ThreadConflictError

__all__ = ["LEASE", "WAIT", "Turn", "busy", "claim_key", "forked", "thread_key"]

LEASE: Final = 600.0
"""Seconds a turn's claim lasts without renewal; a streamed turn renews it as it runs."""
WAIT: Final = 120.0
"""Default seconds a turn waits for another replica's turn on the thread to end."""
_RENEW_AFTER: Final = LEASE / 3
POLL_FIRST: Final = 0.05
POLL_MAX: Final = 1.0


def thread_key(name: str) -> str:
    """The store key of thread ``name``'s head."""
    if not isinstance(name, str) or not name:
        raise ValueError(f"a thread name is a non-empty string, not {name!r}")
    return "thread:" + name


def claim_key(name: str) -> str:
    """The store key of the lease on thread ``name``'s next turn."""
    return "thread-claim:" + name


@dataclass
class Turn:
    """One turn on a thread: the head it continues and the records' versions it holds."""

    name: str
    head: str | None = None
    version: int | None = None  # of the thread record (None: the thread is new)
    moves: int = 0
    owner: str = field(default_factory=lambda: uuid.uuid4().hex)
    claim_version: int | None = None
    renewed: float = field(default_factory=time.monotonic)
    released: bool = False

    def read(self, value: dict[str, Any] | None, version: int | None) -> None:
        """Take the thread's head as found in the store."""
        head = (value or {}).get("head")
        moves = (value or {}).get("moves")
        self.head = head if isinstance(head, str) else None
        self.moves = moves if isinstance(moves, int) else 0
        self.version = version

    def advanced(self, head: str) -> dict[str, Any]:
        """The thread record with ``head`` as the new end of the line."""
        return {"head": head, "moves": self.moves + 1, "updated": time.time()}

    def renew_due(self) -> bool:
        return self.claim_version is not None and time.monotonic() - self.renewed > _RENEW_AFTER


def busy(turn: Turn, wait: float, exc: StoreConflict) -> ThreadConflictError:
    """Another replica's turn held the thread for longer than ``wait``."""
    return ThreadConflictError(
        f"thread {turn.name!r} is busy: another turn has held it for over {wait:g} s"
        f" (its claim lasts up to {LEASE:g} s unless renewed)",
        key=claim_key(turn.name),
        expected=None,
        current=exc.current,
    )


def forked(turn: Turn, exc: StoreConflict, interaction: Any, new_head: str) -> ThreadConflictError:
    """The thread's head moved while this turn ran: recording it would fork the thread."""
    current = exc.current
    head = current.value.get("head") if current is not None else None
    return ThreadConflictError(
        f"thread {turn.name!r} moved on to {head!r} while this turn ran on {turn.head!r};"
        f" its answer {new_head!r} is not recorded (the thread does not fork)",
        key=thread_key(turn.name),
        expected=turn.version,
        current=current,
        interaction=interaction,
        head=head if isinstance(head, str) else None,
    )
