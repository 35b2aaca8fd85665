"""One retry policy for every call: what is retryable, how long to wait, when to stop.

``RetryPolicy.decide`` is pure; ``Attempts`` turns its answers into logs and errors;
the loop that applies them is ``_async/transport.py`` (and its generated sync twin). A create POST is retried only when the server cannot
have acted on it, so a retry never starts a second interaction.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

import httpx2

from .errors import APIConnectionError, APITimeoutError, error_from_response

__all__ = ["Attempts", "RequestFactory", "RetryPolicy", "retry_after_seconds"]

log = logging.getLogger("interactions_ext")

_NOT_SENT: Final = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
_SAFE_FOR_CREATE: Final = frozenset({429, 503})


def retry_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``, in seconds."""
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter; ``Retry-After`` honoured up to a cap."""

    max_retries: int = 3
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    retry_after_cap: float = 60.0
    total_deadline: float | None = None
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({408, 429, 500, 502, 503, 504})
    )

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(max_backoff, initial * 2**attempt)]."""
        ceiling = min(self.max_backoff, self.initial_backoff * (2**attempt))
        return random.uniform(0.0, ceiling)

    def decide(
        self,
        *,
        attempt: int,
        idempotent: bool,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        error: BaseException | None = None,
        elapsed: float = 0.0,
    ) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``, or None to give up."""
        if status is not None:
            if status not in self.retry_statuses:
                return None
            if not idempotent and status not in _SAFE_FOR_CREATE:
                return None
        elif error is not None:
            if not isinstance(error, httpx2.TransportError):
                return None
            if not idempotent and not isinstance(error, _NOT_SENT):
                return None
        else:
            return None
        return self.delay(attempt=attempt, headers=headers, elapsed=elapsed)

    def delay(
        self, *, attempt: int, headers: Mapping[str, str] | None = None, elapsed: float = 0.0
    ) -> float | None:
        """Wait before retrying a failure known to be retryable; None once the budget is spent.

        ``Retry-After`` (capped) wins over backoff; ``total_deadline`` bounds the whole.
        """
        if attempt >= self.max_retries:
            return None
        hinted = retry_after_seconds(headers)
        delay = min(hinted, self.retry_after_cap) if hinted is not None else self.backoff(attempt)
        if self.total_deadline is not None and elapsed + delay > self.total_deadline:
            return None
        return delay


RequestFactory = Callable[[], httpx2.Request]


class Attempts:
    """The I/O-free half of both retry loops: decide, log, or raise the final error."""

    __slots__ = ("attempt", "idempotent", "interaction_id", "policy", "started")

    def __init__(self, policy: RetryPolicy, idempotent: bool, interaction_id: str | None) -> None:
        self.policy = policy
        self.idempotent = idempotent
        self.interaction_id = interaction_id
        self.started = time.monotonic()
        self.attempt = 0

    def after_error(self, request: httpx2.Request, exc: httpx2.TransportError) -> float:
        """Delay before the next try, or raise the ``APIConnectionError`` for ``exc``."""
        delay = self.policy.decide(
            attempt=self.attempt,
            idempotent=self.idempotent,
            error=exc,
            elapsed=time.monotonic() - self.started,
        )
        if delay is None:
            kind = (
                APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
            )
            raise kind(f"{type(exc).__name__}: {exc}", interaction_id=self.interaction_id) from exc
        log.info(
            "%s failed (%s); retrying in %.1f s", _describe(request), type(exc).__name__, delay
        )
        self.attempt += 1
        return delay

    def after_status(
        self, request: httpx2.Request, response: httpx2.Response, body: bytes
    ) -> float:
        """Delay before the next try, or raise the ``APIStatusError`` for this answer."""
        status = response.status_code
        delay = self.policy.decide(
            attempt=self.attempt,
            idempotent=self.idempotent,
            status=status,
            headers=response.headers,
            elapsed=time.monotonic() - self.started,
        )
        if delay is None:
            raise error_from_response(
                status, body, response.headers, interaction_id=self.interaction_id
            )
        log.info("%s answered %d; retrying in %.1f s", _describe(request), status, delay)
        self.attempt += 1
        return delay


def _describe(request: httpx2.Request) -> str:
    return f"{request.method} {request.url.path}"
