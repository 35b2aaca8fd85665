"""One exception hierarchy for everything the client raises.

``InteractionsError`` is the root. HTTP failures are ``APIStatusError`` subclasses
picked by status code; transport failures are ``APIConnectionError``; stream and
polling failures carry the cursor needed to carry on.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConfigurationError",
    "DeadlineExceededError",
    "InteractionsError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServiceUnavailableError",
    "SSEFrameTooLargeError",
    "StreamDecodeError",
    "StreamEventError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "truncate_bytes",
]

_PREVIEW_BYTES = 200


def truncate_bytes(data: bytes | str, limit: int = _PREVIEW_BYTES) -> bytes:
    """Return at most ``limit`` bytes of ``data`` for error messages."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    return raw if len(raw) <= limit else raw[:limit] + b"..."


class InteractionsError(Exception):
    """Base class of every error raised by ``interactions_ext``."""


class ConfigurationError(InteractionsError):
    """The client was configured inconsistently (e.g. Vertex without a project)."""


class MissingCredentialsError(ConfigurationError):
    """No credentials were found; the message names the env vars to set."""


class APIError(InteractionsError):
    """An error reported by (or on the way to) the Interactions API."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | int | None = None,
        status: str | None = None,
        details: list[Any] | None = None,
        interaction_id: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.code = code
        self.status = status
        self.details = details or []
        self.interaction_id = interaction_id
        self.request_id = request_id
        self.body = body
        super().__init__(message)

    def __str__(self) -> str:
        parts: list[str] = []
        if self.status_code is not None:
            parts.append(f"HTTP {self.status_code}")
        label = self.status or (str(self.code) if self.code is not None else None)
        if label:
            parts.append(label)
        head = " ".join(parts)
        text = f"{head}: {self.message}" if head else self.message
        if self.interaction_id:
            text += f" (interaction_id={self.interaction_id})"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text


class APIStatusError(APIError):
    """The server answered with a non-success HTTP status."""


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 and any other 5xx without a dedicated class."""


class ServiceUnavailableError(APIStatusError):
    """HTTP 503."""


class DeadlineExceededError(APIStatusError):
    """HTTP 504."""


class APIConnectionError(APIError):
    """The request could not reach the server or the connection broke."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class StreamEventError(APIError):
    """The server sent an ``error`` event inside a stream."""


class StreamDecodeError(InteractionsError):
    """A stream event could not be decoded; carries the offending bytes (truncated)."""

    def __init__(self, message: str, *, event: str | None = None, data: bytes | str = b"") -> None:
        self.event = event
        self.data = truncate_bytes(data)
        super().__init__(f"{message} (event={event!r}, data={self.data!r})")


class SSEFrameTooLargeError(StreamDecodeError):
    """An SSE line or event exceeded the decoder's size limit."""


class StreamInterruptedError(InteractionsError):
    """A stream ended before a terminal event and could not be resumed.

    ``interaction_id`` and ``last_event_id`` are the cursor to resume from later with
    ``client.resume(interaction_id, last_event_id)``.
    """

    def __init__(
        self,
        message: str,
        *,
        interaction_id: str | None,
        last_event_id: str | None,
        cause: BaseException | None = None,
    ) -> None:
        self.interaction_id = interaction_id
        self.last_event_id = last_event_id
        self.cause = cause
        super().__init__(
            f"{message} (interaction_id={interaction_id!r}, last_event_id={last_event_id!r})"
        )


class WaitTimeoutError(InteractionsError):
    """``wait_for_completion`` ran out of time; ``interaction`` is the last one seen."""

    def __init__(self, message: str, *, interaction: Any = None) -> None:
        self.interaction = interaction
        super().__init__(message)
