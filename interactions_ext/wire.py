"""Facts about HTTP answers that the transport checks, and the errors for them (no I/O)."""

from __future__ import annotations

from typing import Final

import httpx2

from .errors import InteractionsError, StreamNotAvailableError, truncate_bytes
from .events import decode_interaction

__all__ = ["ERROR_BODY_LIMIT", "not_a_stream", "not_a_stream_error"]

ERROR_BODY_LIMIT: Final = 1 << 20
"""Bytes of an error body read at most (the rest is dropped with the connection)."""


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
