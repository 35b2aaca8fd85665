# Generated from interactions_ext/_async/transport.py by scripts/unasync.py. Do not edit.
"""The retry loop around one HTTP exchange; the decisions are ``retry._Attempts``'."""

from __future__ import annotations

import time

import httpx2

from ..retry import Attempts, RequestFactory, RetryPolicy

__all__ = ["send_with_retries"]


def send_with_retries(
    client: httpx2.Client,
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
            response = client.send(request, stream=stream)
        except httpx2.TransportError as exc:
            time.sleep(attempts.after_error(request, exc))
            continue
        if response.is_success:
            return response
        body = response.read()
        response.close()
        time.sleep(attempts.after_status(request, response, body))
