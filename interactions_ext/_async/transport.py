"""The retry loop around one HTTP exchange; the decisions are ``retry._Attempts``'."""

from __future__ import annotations

import httpx2

from .. import _aio
from ..retry import Attempts, RequestFactory, RetryPolicy

__all__ = ["send_with_retries"]


async def send_with_retries(
    client: httpx2.AsyncClient,
    request_factory: RequestFactory,
    *,
    policy: RetryPolicy,
    idempotent: bool,
    stream: bool = False,
    interaction_id: str | None = None,
) -> httpx2.Response:
    """Send with retries; a non-2xx final answer raises the matching ``APIStatusError``."""
    attempts = Attempts(policy, idempotent, interaction_id)
    while True:
        request = request_factory()
        try:
            response = await client.send(request, stream=stream)
        except httpx2.TransportError as exc:
            await _aio.sleep(attempts.after_error(request, exc))
            continue
        if response.is_success:
            return response
        body = await response.aread()
        await response.aclose()
        await _aio.sleep(attempts.after_status(request, response, body))
