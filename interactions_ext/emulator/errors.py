"""Every error the emulator sends, in one of the API's two JSON error shapes."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..wire import rpc_status
from .model import InvalidRequest

__all__ = [
    "Abort",
    "ApiError",
    "UnknownInteraction",
    "error_response",
    "handle_api_error",
    "handle_http_exception",
    "handle_invalid_request",
    "handle_unexpected",
    "handle_unknown_interaction",
]

logger = logging.getLogger("interactions_ext.emulator")


class ApiError(Exception):
    """Raised anywhere before a response starts; answered as the API's JSON error."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        rpc: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.rpc = rpc
        self.headers = dict(headers or {})


class Abort(Exception):
    """Raised inside a body to cut the connection without finishing the response."""


class UnknownInteraction(LookupError):
    """An interaction id the store does not hold (404)."""


def error_response(
    status: int, message: str, *, rpc: bool = True, headers: Mapping[str, str] | None = None
) -> Response:
    """``google.rpc`` shape (integer code + status name), or the ``invalid_request`` shape."""
    if rpc:
        body: dict[str, Any] = {
            "error": {
                "code": status,
                "message": message,
                "status": rpc_status(status),
            }
        }
    else:
        body = {"error": {"code": "invalid_request", "message": message}}
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


async def handle_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, rpc=exc.rpc, headers=exc.headers)


async def handle_invalid_request(request: Request, exc: Exception) -> Response:
    return error_response(400, str(exc), rpc=False)


async def handle_unknown_interaction(request: Request, exc: Exception) -> Response:
    return error_response(404, f"Interaction {exc} was not found.")


async def handle_http_exception(request: Request, exc: Exception) -> Response:
    # Unknown paths and methods answer in the API's JSON error shape, not Starlette's text.
    assert isinstance(exc, HTTPException)
    message = f"{exc.detail}: {request.method} {request.url.path}"
    return error_response(exc.status_code, message, headers=exc.headers)


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    # The traceback goes to the log (it names no request data); the client gets JSON.
    if isinstance(exc, Abort):
        return error_response(500, "The emulator cut the connection on purpose.")
    logger.error("internal error answering %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "Internal error in the emulator.")


HANDLERS: Mapping[Any, Any] = {
    ApiError: handle_api_error,
    InvalidRequest: handle_invalid_request,
    UnknownInteraction: handle_unknown_interaction,
    HTTPException: handle_http_exception,
    Exception: handle_unexpected,
}
