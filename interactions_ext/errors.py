"""One exception hierarchy for everything the client raises.

``InteractionsError`` is the root. HTTP failures are ``APIStatusError`` subclasses
picked by status code; transport failures are ``APIConnectionError``; stream and
polling failures carry the cursor needed to carry on.

Every error pickles, so a worker process can raise one to its parent: it is rebuilt
from its message and attributes, without running ``__init__`` again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CheckpointError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ContinuationTimeoutError",
    "CredentialsRefreshError",
    "DeadlineExceededError",
    "FunctionArgumentsError",
    "InteractionsError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SSEFrameTooLargeError",
    "ServiceUnavailableError",
    "StoreConflict",
    "StoreError",
    "StreamDecodeError",
    "StreamEventError",
    "StreamInterruptedError",
    "StreamNotAvailableError",
    "StructuredOutputError",
    "ThreadConflictError",
    "ToolLoopError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "error_from_response",
    "truncate_bytes",
]


_PREVIEW_BYTES = 200


def truncate_bytes(data: bytes | str, limit: int = _PREVIEW_BYTES) -> bytes:
    """Return at most ``limit`` bytes of ``data`` for error messages."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    return raw if len(raw) <= limit else raw[:limit] + b"..."


class InteractionsError(Exception):
    """Base class of every error raised by ``interactions_ext``."""

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _portable(value) for name, value in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(
    cls: type[InteractionsError], args: tuple[Any, ...], state: dict[str, Any]
) -> InteractionsError:
    # Subclasses' __init__ reformat their message and take required keywords, so
    # calling it again with the stored args would fail or repeat the suffixes.
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


def _portable(value: Any) -> Any:
    """``value`` as it may cross a process boundary."""
    if isinstance(value, BaseException) and not isinstance(value, InteractionsError):
        # A transport exception keeps the request it failed on, headers (and so the
        # API key) included: only its type and message travel.
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        return InteractionsError(f"{kind}: {value}")
    import pickle  # only when an error is pickled

    try:
        pickle.dumps(value)
    except Exception:
        return repr(value)
    return value


class ClientClosedError(InteractionsError):
    """The client was used after ``close()``/``aclose()``."""


class ConfigurationError(InteractionsError):
    """The client was configured inconsistently (e.g. Vertex without a project)."""


class MissingCredentialsError(ConfigurationError):
    """No credentials were found; the message names the env vars to set."""


class APIError(InteractionsError):
    """An error reported by (or on the way to) the Interactions API.

    When a long answer failed after one or more continuation hops, ``continuation_token``
    continues it (send it with ``previous_interaction_id=interaction_id`` and no input,
    or with the original input when ``store=False``) and ``partial`` is the answer the
    finished hops produced.
    """

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
        headers: Mapping[str, str] | None = None,
        continuation_token: str | None = None,
        partial: Any = None,
    ) -> None:
        self.message = message
        self.headers: dict[str, str] = dict(headers or {})
        """The response headers (e.g. ``retry-after``), when there was a response."""
        self.status_code = status_code
        self.code = code
        self.status = status
        self.details = details or []
        self.interaction_id = interaction_id
        self.request_id = request_id
        self.body = body
        self.continuation_token = continuation_token
        self.partial = partial
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


class CredentialsRefreshError(AuthenticationError):
    """Google credentials could not be refreshed (no HTTP status: the API was not reached)."""


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


class ContinuationTimeoutError(APITimeoutError):
    """A create call's ``timeout`` ran out, across all of its continuation hops.

    ``continuation_token`` and ``interaction_id`` (the interaction that issued the
    token) continue the answer later; ``partial`` is what the finished hops produced.
    """


class StreamEventError(APIError):
    """The server sent an ``error`` event inside a stream."""


class StreamNotAvailableError(APIError):
    """A stream was asked for but the answer is not an event stream.

    ``interaction`` is the complete ``Interaction`` when the server answered with JSON
    (``body`` then holds it too); otherwise ``body`` is a short excerpt of what came.
    """

    def __init__(self, message: str, *, interaction: Any = None, **fields: Any) -> None:
        self.interaction = interaction
        super().__init__(message, **fields)


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
    ``client.resume(interaction_id, last_event_id)``. When the cursor cannot be resumed
    (``store=False``, or a continuation hop that broke before its first event),
    ``continuation_token`` is the checkpoint to continue from with a new create.
    """

    def __init__(
        self,
        message: str,
        *,
        interaction_id: str | None,
        last_event_id: str | None,
        cause: BaseException | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.interaction_id = interaction_id
        self.last_event_id = last_event_id
        self.cause = cause
        self.continuation_token = continuation_token
        super().__init__(
            f"{message} (interaction_id={interaction_id!r}, last_event_id={last_event_id!r})"
        )


class StoreError(InteractionsError):
    """The store (SQLite or Redis) failed, or holds nothing usable under a name.

    ``key`` is the store key involved, when there is one.
    """

    def __init__(self, message: str, *, key: str | None = None) -> None:
        self.key = key
        super().__init__(message)


class StoreConflict(StoreError):
    """A compare-and-set lost: the record under ``key`` is not at the expected version.

    ``expected`` is the version the writer read (None: it expected no record);
    ``current`` is the record found instead (a ``store.Record``, or None when absent),
    as read just after the failed write.
    """

    def __init__(
        self,
        message: str,
        *,
        key: str | None = None,
        expected: int | None = None,
        current: Any = None,
    ) -> None:
        self.expected = expected
        self.current = current
        super().__init__(message, key=key)


class CheckpointError(StoreError):
    """A checkpoint cannot be resumed: none by that name (never made, or expired), or its
    stream never named its interaction (the process stopped before the first event)."""


class ThreadConflictError(StoreConflict):
    """Another replica advanced (or holds) the conversation thread this turn was for.

    The thread is left linear: ``interaction`` (when set) is this turn's answer, which
    the thread does not record; ``head`` is the interaction the thread now ends with.
    """

    def __init__(
        self,
        message: str,
        *,
        key: str | None = None,
        expected: int | None = None,
        current: Any = None,
        interaction: Any = None,
        head: str | None = None,
    ) -> None:
        self.interaction = interaction
        self.head = head
        super().__init__(message, key=key, expected=expected, current=current)


class WaitTimeoutError(InteractionsError):
    """``wait_for_completion`` ran out of time; ``interaction`` is the last one seen."""

    def __init__(self, message: str, *, interaction: Any = None) -> None:
        self.interaction = interaction
        super().__init__(message)


class FunctionArgumentsError(InteractionsError):
    """A function call's streamed ``arguments`` did not concatenate to valid JSON."""

    def __init__(self, message: str, *, name: str | None, raw: str) -> None:
        self.name = name
        self.raw = raw
        super().__init__(f"{message} (function={name!r}, raw={truncate_bytes(raw)!r})")


class StructuredOutputError(InteractionsError):
    """The answer did not parse into the requested type; ``text`` is the answer."""

    def __init__(self, message: str, *, text: str) -> None:
        self.text = text
        super().__init__(message)


class ToolLoopError(InteractionsError):
    """The function-calling loop hit its step limit; ``interaction`` is the last one."""

    def __init__(self, message: str, *, interaction: Any = None) -> None:
        self.interaction = interaction
        super().__init__(message)


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
    504: DeadlineExceededError,
}
_REQUEST_ID_HEADERS = ("x-request-id", "x-goog-request-id", "x-cloud-trace-context")


def error_from_response(
    status_code: int,
    body: bytes,
    headers: Mapping[str, str],
    *,
    interaction_id: str | None = None,
) -> APIStatusError:
    """The exception for an HTTP error, from either error body shape or a non-JSON body.

    ``{"error": {"code": "invalid_request", "message": ...}}`` (string code) and the
    google.rpc shape ``{"error": {"code": 429, "message", "status", "details"}}``.
    """
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIStatusError
    code: str | int | None = None
    status: str | None = None
    details: list[Any] = []
    message = ""
    parsed: Any = None
    try:
        parsed = json.loads(body) if body else None
    except ValueError:
        parsed = None
    error = parsed.get("error") if isinstance(parsed, dict) else None
    if isinstance(error, dict):
        raw_code = error.get("code")
        code = raw_code if isinstance(raw_code, str | int) else None
        status = error.get("status") if isinstance(error.get("status"), str) else None
        message = str(error.get("message") or "")
        raw_details = error.get("details")
        details = raw_details if isinstance(raw_details, list) else []
    elif isinstance(error, str):
        message = error
    if not message:
        text = body.decode("utf-8", "replace").strip()
        message = truncate_bytes(text).decode("utf-8", "replace") if text else ""
    if not message:
        message = f"HTTP {status_code} with an empty body"
    request_id = next((headers[h] for h in _REQUEST_ID_HEADERS if headers.get(h)), None)
    return cls(
        message,
        status_code=status_code,
        code=code,
        status=status,
        details=details,
        interaction_id=interaction_id,
        request_id=request_id,
        body=parsed if parsed is not None else truncate_bytes(body, 4096),
        headers=headers,
    )
