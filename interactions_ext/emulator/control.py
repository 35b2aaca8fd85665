"""The ``/_emulator/*`` control surface: scenarios, faults, reset, the request log, replay.

When the emulator has a control token, every control request must carry it in the
``x-emulator-token`` header. Changes are validated as a whole before any is applied.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import ApiError
from .model import InvalidRequest
from .replay import ReplayLibrary
from .state import TOKEN_HEADER, state_of
from .validation import parse_json

__all__ = ["ROUTES"]

Handler = Callable[[Request], Awaitable[Response]]


def _guard(request: Request) -> None:
    expected = state_of(request).control_token
    if expected is None:
        return
    given = request.headers.get(TOKEN_HEADER)
    if not given:
        raise ApiError(401, f"This emulator's control endpoints need the {TOKEN_HEADER} header.")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(403, f"The {TOKEN_HEADER} is not valid for this emulator.")


async def _json(request: Request) -> object:
    raw = await request.body()
    if not raw:
        raise InvalidRequest("The request body must be a JSON object.")
    return parse_json(raw)


async def scenarios(request: Request) -> Response:
    _guard(request)
    state = state_of(request)
    if request.method == "POST":
        values = await _json(request)
        try:
            state.settings.update(values)
        except ValueError as exc:
            raise InvalidRequest(str(exc)) from None
    return JSONResponse(state.settings.to_dict())


async def faults(request: Request) -> Response:
    _guard(request)
    state = state_of(request)
    if request.method == "POST":
        spec = await _json(request)
        try:
            state.faults.add_spec(spec)
        except ValueError as exc:
            raise InvalidRequest(f"bad fault: {exc}") from None
    elif request.method == "DELETE":
        state.faults.clear()
    return JSONResponse(state.faults.pending())


async def reset(request: Request) -> Response:
    _guard(request)
    state_of(request).reset()
    return JSONResponse({"reset": True})


async def requests_log(request: Request) -> Response:
    _guard(request)
    return JSONResponse(list(state_of(request).requests))


async def replay(request: Request) -> Response:
    """``POST {"path": ...}`` serves a cassette from now on; ``DELETE`` stops; ``GET`` tells."""
    _guard(request)
    state = state_of(request)
    if request.method == "POST":
        spec = await _json(request)
        if not isinstance(spec, dict) or not isinstance(spec.get("path"), str):
            raise InvalidRequest('Send {"path": "<cassette file or directory>"}.')
        try:
            state.replay = ReplayLibrary.load(spec["path"])
        except (OSError, ValueError) as exc:
            raise InvalidRequest(f"cannot load the cassette: {exc}") from None
    elif request.method == "DELETE":
        state.replay = None
    library = state.replay
    return JSONResponse({"exchanges": len(library.exchanges) if library is not None else None})


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/_emulator/scenarios", scenarios, ["GET", "POST"]),
    ("/_emulator/faults", faults, ["GET", "POST", "DELETE"]),
    ("/_emulator/reset", reset, ["POST"]),
    ("/_emulator/requests", requests_log, ["GET"]),
    ("/_emulator/replay", replay, ["GET", "POST", "DELETE"]),
]
