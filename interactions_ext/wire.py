"""Facts about HTTP answers that the transport checks, and the errors for them (no I/O)."""

from __future__ import annotations

from typing import Final

import httpx2

from .errors import InteractionsError, StreamNotAvailableError, truncate_bytes
from .events import decode_interaction

__all__ = ["ERROR_BODY_LIMIT", "not_a_stream", "not_a_stream_error", "rpc_status"]

ERROR_BODY_LIMIT: Final = 1 << 20
"""Bytes of an error body read at most (the rest is dropped with the connection)."""

# The ``status`` name that Google's JSON errors give with each HTTP code (google.rpc.Code).
_RPC_STATUS: Final = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "INVALID_ARGUMENT",
    408: "DEADLINE_EXCEEDED",
    409: "ABORTED",
    413: "INVALID_ARGUMENT",
    415: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


def rpc_status(code: int) -> str:
    """The ``google.rpc`` status name of an HTTP error code (``UNKNOWN`` for the rest)."""
    return _RPC_STATUS.get(code, "UNKNOWN")


def not_a_stream(response: httpx2.Response) -> bool:
    """True when a response to a stream request is not ``text/event-stream``."""
    kind = response.headers.get("content-type", "")
    return not kind.lower().startswith("text/event-stream")


def not_a_stream_error(
    response: httpx2.Response, body: bytes, interaction_id: str | None
) -> StreamNotAvailableError:
    """A success that is not the event stream asked for: a JSON answer keeps the interaction."""
    kind = response.headers.get("content-type", "") or "no content type"
    interaction = None
    if kind.startswith("application/json"):
        try:
            interaction = decode_interaction(body)
        except InteractionsError:
            interaction = None
    return StreamNotAvailableError(
        f"asked for an event stream, got HTTP {response.status_code} {kind}"
        + ("" if interaction is not None else f": {truncate_bytes(body)!r}"),
        interaction=interaction,
        status_code=response.status_code,
        interaction_id=interaction.id if interaction is not None else interaction_id,
        body=truncate_bytes(body, 4096),
        headers=response.headers,
    )
