"""Facts about HTTP answers that both transports check (no I/O)."""

from __future__ import annotations

from typing import Final

import httpx2

__all__ = ["ERROR_BODY_LIMIT", "not_a_stream"]

ERROR_BODY_LIMIT: Final = 1 << 20
"""Bytes of an error body read at most (the rest is dropped with the connection)."""


def not_a_stream(response: httpx2.Response) -> bool:
    """True when a response to a stream request is not ``text/event-stream``."""
    kind = response.headers.get("content-type", "")
    return not kind.lower().startswith("text/event-stream")
