"""Every error the relay answers, as JSON: ``{"error": {"code", "status", "message", ...}}``.

Errors found before a stream starts are HTTP errors with this body (an EventSource
stops reconnecting on them); once a stream has started, the same object arrives in an
``event: failed``. Upstream failures keep the API's status where the browser can act on
it (400, 404, 409, 429) and are 502/504 otherwise: a 401 from the API is the relay's
misconfiguration, not the browser's.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import (
    APIError,
    APIStatusError,
    APITimeoutError,
    InteractionsError,
    StoreConflict,
    StreamInterruptedError,
)
from ..wire import rpc_status

__all__ = ["RelayError", "error_body", "exception_handlers", "relay_error"]

logger = logging.getLogger("interactions_ext.relay")

_PASSED_ON = {400, 404, 409, 429}


class RelayError(Exception):
    """An error the relay answers with ``status`` and a JSON body."""

    def __init__(
        self, status: int, message: str, *, headers: dict[str, str] | None = None, **fields: Any
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.fields = {k: v for k, v in fields.items() if v is not None}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.message, **self.fields)


def error_body(status: int, message: str, **fields: Any) -> dict[str, Any]:
    return {"error": {"code": status, "status": rpc_status(status), "message": message, **fields}}


def relay_error(exc: InteractionsError) -> RelayError:
    """The relay's answer to an error of the client (upstream, or the store)."""
    kind = type(exc).__name__
    interaction_id = getattr(exc, "interaction_id", None)
    if isinstance(exc, StoreConflict):
        return RelayError(409, str(exc), type=kind)
    if isinstance(exc, APIStatusError) and exc.status_code is not None:
        status = exc.status_code if exc.status_code in _PASSED_ON else 502
        retry_after = exc.headers.get("retry-after") if status == 429 else None
        return RelayError(
            status,
            f"upstream: {exc.message}",
            headers={"retry-after": retry_after} if retry_after else None,
            type=kind,
            upstream_status=exc.status_code,
            interaction_id=interaction_id,
        )
    if isinstance(exc, APITimeoutError):
        return RelayError(504, f"upstream: {exc}", type=kind, interaction_id=interaction_id)
    if isinstance(exc, APIError | StreamInterruptedError):  # the model run failed, or the link
        return RelayError(502, f"upstream: {exc}", type=kind, interaction_id=interaction_id)
    return RelayError(500, str(exc), type=kind, interaction_id=interaction_id)


def _respond(error: RelayError) -> Response:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


async def _on_relay_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RelayError)
    return _respond(exc)


async def _on_client_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InteractionsError)
    return _respond(relay_error(exc))


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _respond(RelayError(exc.status_code, exc.detail, headers=dict(exc.headers or {})))


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    logger.error("relay: unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(RelayError(500, "internal error in the relay"))


def exception_handlers() -> dict[Any, Any]:
    """Starlette's ``exception_handlers``: every error in one JSON shape."""
    return {
        RelayError: _on_relay_error,
        InteractionsError: _on_client_error,
        HTTPException: _on_http_exception,
        Exception: _on_unexpected,
    }
