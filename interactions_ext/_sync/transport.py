# Generated from interactions_ext/_async/transport.py by scripts/unasync.py. Do not edit.
"""The retry loop around one HTTP exchange; the decisions are ``retry.Attempts``'."""

from __future__ import annotations

import time

import httpx2

from .._aio import close_body
from ..errors import ClientClosedError
from ..redaction import redact_exception
from ..retry import Attempts, RequestFactory, RetryPolicy
from ..wire import ERROR_BODY_LIMIT, not_a_stream, not_a_stream_error

__all__ = ["send_with_retries"]


def send_with_retries(
    client: httpx2.Client,
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
            response = client.send(request, stream=stream, auth=auth, follow_redirects=False)
        except httpx2.TransportError as exc:
            redact_exception(exc)
            time.sleep(attempts.after_error(request, exc))
            continue
        if response.is_success and not (stream and not_a_stream(response)):
            return response
        body = _read_capped(response)
        if response.is_success:
            raise not_a_stream_error(response, body, interaction_id)
        time.sleep(attempts.after_status(request, response, body))


def _read_capped(response: httpx2.Response) -> bytes:
    """At most ``ERROR_BODY_LIMIT`` bytes of a body nobody streams; the rest is not read."""
    pieces: list[bytes] = []
    size = 0
    chunks = response.iter_bytes()
    try:
        for chunk in chunks:
            pieces.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx2.TransportError:
        pass  # what arrived is enough to describe the error
    finally:
        close_body(chunks)
        response.close()
    return b"".join(pieces)[:ERROR_BODY_LIMIT]
