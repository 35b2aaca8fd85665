"""``RawResponse``: what the HTTP exchange said (status, headers), next to the parsed result.

(Not ``interactions_ext.raw``: that name is the function that returns an object's JSON.)
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx2

__all__ = ["RAW_RESPONSES", "RawResponse"]

T = TypeVar("T")

RAW_RESPONSES: ContextVar[list[httpx2.Response] | None] = ContextVar(
    "interactions_raw_responses", default=None
)
"""While a ``with_raw_response`` call runs, the responses its requests got."""


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A call's result with the HTTP answer it came from (the last one, after retries)."""

    parsed: T
    """What the plain call returns: an ``Interaction``, a stream, or None."""
    status_code: int
    headers: httpx2.Headers
    http_version: str

    @property
    def request_id(self) -> str | None:
        """The server's request id header, if it sent one."""
        for name in ("x-request-id", "x-goog-request-id"):
            if name in self.headers:
                return self.headers[name]
        return None

    @classmethod
    def of(cls, parsed: T, response: httpx2.Response) -> RawResponse[T]:
        return cls(parsed, response.status_code, response.headers, response.http_version)
