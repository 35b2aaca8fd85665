"""The retry loop around one HTTP exchange; the decisions are ``retry.Attempts``'."""

from __future__ import annotations

import httpx2

from .. import _aio
from .._aio import async_close_body
from ..errors import ClientClosedError
from ..redaction import redact_exception
from ..retry import Attempts, RequestFactory, RetryPolicy
from ..wire import ERROR_BODY_LIMIT, not_a_stream, not_a_stream_error

__all__ = ["send_with_retries"]


async def send_with_retries(
    client: httpx2.AsyncClient,
    request_factory: RequestFactory,
    *,
    policy: RetryPolicy,
    idempotent: bool,
    auth: httpx2.Auth | None,
    stream: bool = False,
    interaction_id: str | None = None,
) -> httpx2.Response:
    """Send with retries; a non-2xx final answer raises the matching ``APIStatusError``.

    Redirects are never followed: credentials must not reach another host. With
    ``stream`` the answer must be an event stream (``StreamNotAvailableError`` if not).
    """
    attempts = Attempts(policy, idempotent, interaction_id)
    while True:
        if client.is_closed:
            raise ClientClosedError("the client is closed; create a new one")
        request = request_factory()
        try:
            response = await client.send(request, stream=stream, auth=auth, follow_redirects=False)
        except httpx2.TransportError as exc:
            redact_exception(exc)
            await _aio.sleep(attempts.after_error(request, exc))
            continue
        if response.is_success and not (stream and not_a_stream(response)):
            return response
        body = await _read_capped(response)
        if response.is_success:
            raise not_a_stream_error(response, body, interaction_id)
        await _aio.sleep(attempts.after_status(request, response, body))


async def _read_capped(response: httpx2.Response) -> bytes:
    """At most ``ERROR_BODY_LIMIT`` bytes of a body nobody streams; the rest is not read."""
    pieces: list[bytes] = []
    size = 0
    chunks = response.aiter_bytes()
    try:
        async for chunk in chunks:
            pieces.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx2.TransportError:
        pass  # what arrived is enough to describe the error
    finally:
        await async_close_body(chunks)
        await response.aclose()
    return b"".join(pieces)[:ERROR_BODY_LIMIT]
