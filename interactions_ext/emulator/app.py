"""The emulator as an ASGI app: the API's routes, the control routes, the body limit."""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import api, control
from .errors import HANDLERS
from .replay import ReplayLibrary
from .settings import EmulatorSettings
from .state import EmulatorState

__all__ = ["create_app"]


class _TooLarge(Exception):
    pass


class BodyLimit:
    """413 in the API's error shape for bodies above ``max_body_bytes``, before reading them whole."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state: EmulatorState = scope["app"].state.emulator
        limit = state.settings.max_body_bytes
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _refuse(send, limit)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if started:
                raise
            await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    message = f"The request body is larger than this emulator accepts ({limit} bytes)."
    body = json.dumps(
        {"error": {"code": 413, "message": message, "status": "INVALID_ARGUMENT"}}
    ).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _routes() -> list[Route]:
    routes = [Route(path, handler, methods=methods) for path, handler, methods in control.ROUTES]
    for scope in ("/{version}", "/{version}/projects/{project}/locations/{location}"):
        routes += [
            Route(f"{scope}/interactions", api.create, methods=["POST"]),
            Route(f"{scope}/interactions/{{id}}", api.item, methods=["GET", "DELETE", "POST"]),
            Route(f"{scope}/interactions/{{id}}/cancel", api.cancel_path, methods=["POST"]),
        ]
    return routes


def create_app(
    settings: EmulatorSettings | None = None,
    *,
    replay: Any = None,
    control_token: str | None = None,
) -> Starlette:
    """The emulator as an ASGI app (serve it with uvicorn, or test it in-process).

    ``replay``: a cassette file or directory (or a ``ReplayLibrary``) to answer from instead
    of the emulated model. ``control_token``: required on ``/_emulator/*`` when set.
    """
    library = replay if isinstance(replay, ReplayLibrary | None) else ReplayLibrary.load(replay)
    app = Starlette(
        routes=_routes(),
        middleware=[Middleware(BodyLimit)],
        exception_handlers=dict(HANDLERS),
    )
    app.state.emulator = EmulatorState(
        settings or EmulatorSettings(), replay=library, control_token=control_token
    )
    return app
