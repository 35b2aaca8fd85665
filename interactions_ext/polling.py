"""Waiting for background interactions: which statuses end a wait, and how often to poll.

``PollPlan`` decides (no I/O); the clients' ``wait_for_completion`` is the loop.
There is no hidden cap on the total wait: deep-research runs take up to an hour.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from ._generated import models as m
from .errors import NotFoundError, WaitTimeoutError

__all__ = ["RETURNING_STATUSES", "TERMINAL_STATUSES", "PollPlan", "ProgressCallback"]

TERMINAL_STATUSES: Final = frozenset(
    {"completed", "failed", "cancelled", "incomplete", "budget_exceeded"}
)
"""Statuses after which an interaction never changes again."""

RETURNING_STATUSES: Final = TERMINAL_STATUSES | {"requires_action", "requires_continuation"}
"""Statuses that end a wait: the terminal ones, plus those that never change by themselves:
``requires_action`` (the app must act) and ``requires_continuation`` (the rest of the
answer comes only from a new create carrying the interaction's ``continuation_token``)."""


ProgressCallback = Callable[[m.Interaction], object]


@dataclass
class PollPlan:
    """Backoff between polls (start ``interval``, grow by ``factor`` up to ``max_interval``,
    with jitter), a deadline, and a grace period for a not-yet-visible new interaction."""

    timeout: float | None = None
    interval: float = 1.0
    max_interval: float = 30.0
    factor: float = 1.5
    jitter: float = 0.1
    not_found_grace: float = 10.0
    started: float = field(default_factory=time.monotonic)
    polls: int = 0
    last: m.Interaction | None = None
    _last_status: str | None = None

    def observe(self, interaction: m.Interaction, on_status: ProgressCallback | None) -> bool:
        """Record one poll result; True when the wait is over."""
        self.polls += 1
        self.last = interaction
        status = str(interaction.status)
        if status != self._last_status:
            self._last_status = status
            if on_status is not None:
                on_status(interaction)
        return status in RETURNING_STATUSES

    def not_found(self, exc: NotFoundError) -> None:
        """A 404: tolerated right after creation, re-raised after the grace period."""
        if self.last is not None or self.elapsed() >= self.not_found_grace:
            raise exc

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def check_deadline(self) -> float | None:
        """Seconds left (None without a timeout); raises ``WaitTimeoutError`` when none are."""
        if self.timeout is None:
            return None
        remaining = self.timeout - self.elapsed()
        if remaining <= 0:
            status = self._last_status or "unknown"
            raise WaitTimeoutError(
                f"interaction still {status!r} after {self.timeout:g} s", interaction=self.last
            )
        return remaining

    def next_delay(self) -> float:
        """Seconds until the next poll; raises ``WaitTimeoutError`` when time is up."""
        # The exponent is capped: factor ** polls overflows a float after ~1,750 polls.
        growth = self.factor ** min(max(0, self.polls - 1), 64)
        base = min(self.max_interval, self.interval * growth)
        delay = base * (1 + random.uniform(-self.jitter, self.jitter))
        remaining = self.check_deadline()
        if remaining is not None:
            delay = min(delay, remaining)
        return max(0.0, delay)
