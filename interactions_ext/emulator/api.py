"""The API's four operations: create, get (and its stream), cancel, delete.

Each handler reads the app's ``EmulatorState``; errors are raised (``ApiError``,
``InvalidRequest``, ``UnknownInteraction``) and answered in the API's JSON shapes.
"""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .compose import build_record
from .content import event_index
from .errors import ApiError, UnknownInteraction
from .faults import Fault
from .model import InvalidRequest
from .settings import LEGACY_REVISION, RequestScenario, updated
from .state import EmulatorState, state_of
from .store import Record
from .validation import parse_json
from .writer import event_frame, json_response, sse_response

__all__ = ["cancel", "cancel_path", "create", "item"]

_TICK = 0.02
_BIG_BODY = 1 << 20  # parsed in a worker thread above this, so the loop stays free


async def read_json(request: Request) -> Any:
    """The body as JSON (``None`` when empty); ``InvalidRequest`` if it is not JSON."""
    raw = await request.body()
    if not raw:
        return None
    if len(raw) > _BIG_BODY:
        return await asyncio.to_thread(parse_json, raw)
    return parse_json(raw)


def _check_auth(request: Request, state: EmulatorState) -> None:
    key = request.headers.get("x-goog-api-key")
    auth = request.headers.get("authorization", "")
    s = state.settings
    if key:
        if s.api_key is not None and not hmac.compare_digest(key.encode(), s.api_key.encode()):
            raise ApiError(403, "The API key is not valid for this emulator.")
        return
    token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
    if token:
        if s.bearer_token is not None and not hmac.compare_digest(
            token.encode(), s.bearer_token.encode()
        ):
            raise ApiError(403, "The access token is not valid for this emulator.")
        return
    raise ApiError(
        401, "Request is missing credentials: send x-goog-api-key or Authorization: Bearer <token>."
    )


async def prelude(request: Request, kinds: set[str]) -> Fault:
    """Log, authenticate and apply faults: what every operation does first."""
    state = state_of(request)
    state.log_request(request)
    _check_auth(request, state)
    text = request.headers.get("x-emulator-fault") or request.query_params.get("emulator_fault")
    try:
        header = Fault.parse(text)
    except ValueError as exc:
        raise InvalidRequest(str(exc)) from None
    fault = state.faults.take(kinds).merge(header)
    delay = state.settings.latency_ms + fault.latency_ms
    if delay:
        await asyncio.sleep(delay / 1000)
    if fault.status:
        headers = {"retry-after": fault.retry_after} if fault.retry_after else None
        message = f"Emulated HTTP {fault.status}."
        raise ApiError(fault.status, message, rpc=fault.status != 400, headers=headers)
    return fault


def _legacy(request: Request) -> bool:
    revision = request.headers.get("api-revision") or state_of(request).settings.default_revision
    return revision == LEGACY_REVISION


def _scenario(request: Request, state: EmulatorState) -> RequestScenario:
    try:
        scenario = RequestScenario.parse(request.headers.get("x-emulator-scenario"), state.settings)
        terminal = request.headers.get("x-emulator-terminal-status")
        if terminal:
            scenario = updated(scenario, {"terminal_status": terminal}, "scenario")
    except ValueError as exc:
        raise InvalidRequest(f"x-emulator-scenario: {exc}") from None
    return scenario


async def create(request: Request) -> Response:
    state = state_of(request)
    body: Any = None
    problem: InvalidRequest | None = None
    try:
        body = await read_json(request)
    except InvalidRequest as exc:
        problem = exc  # answered after auth and faults, as the API would
    streaming = isinstance(body, dict) and body.get("stream") is True
    fault = await prelude(request, {"create", "stream"} if streaming else {"create"})
    if problem is not None:
        raise problem
    if not isinstance(body, dict):
        raise InvalidRequest("The request body must be a JSON object.")
    if state.replay is not None:
        return state.replay.create(request, body, fault)
    record = build_record(state, body, _scenario(request, state))
    if record.store:
        state.store.put(record, state.settings.max_interactions)
    legacy = _legacy(request)
    if streaming:
        return _stream(state, record, legacy, 0, fault)
    return json_response(record.to_json(time.monotonic(), legacy), record.turn.answer)


def _lookup(state: EmulatorState, interaction_id: str, *, counts_as_get: bool) -> Record:
    record = state.store.get(interaction_id)
    if record is not None and counts_as_get and record.hidden_gets > 0:
        record.hidden_gets -= 1
        record = None
    if record is None:
        raise UnknownInteraction(interaction_id)
    return record


async def get(request: Request, interaction_id: str) -> Response:
    state = state_of(request)
    streaming = request.query_params.get("stream", "false").lower() == "true"
    fault = await prelude(request, {"get", "stream"} if streaming else {"get"})
    if state.replay is not None:
        return state.replay.get(request, interaction_id, fault)
    record = _lookup(state, interaction_id, counts_as_get=True)
    legacy = _legacy(request)
    if not streaming:
        return json_response(record.to_json(time.monotonic(), legacy), record.turn.answer)
    start = 0
    last = request.query_params.get("last_event_id")
    if last:
        index = event_index(last)
        if index is None:
            raise InvalidRequest(f"Unknown last_event_id {last[:64]!r}.")
        start = index + 1
    if fault.replay_from_start:
        return _stream(state, record, legacy, 0, fault, replayed=start)
    return _stream(state, record, legacy, start, fault)


async def cancel(request: Request, interaction_id: str) -> Response:
    state = state_of(request)
    fault = await prelude(request, {"cancel"})
    if state.replay is not None:
        return state.replay.other(request, interaction_id, fault)
    record = _lookup(state, interaction_id, counts_as_get=False)
    now = time.monotonic()
    status = record.status(now)
    if status not in ("queued", "in_progress"):
        raise InvalidRequest(
            f"Interaction {interaction_id} is already {status}; only running "
            "interactions can be cancelled."
        )
    record.cancel(now, _legacy(request))
    return json_response(record.to_json(now, _legacy(request)), record.turn.answer)


async def delete(request: Request, interaction_id: str) -> Response:
    state = state_of(request)
    fault = await prelude(request, {"delete"})
    if state.replay is not None:
        return state.replay.other(request, interaction_id, fault)
    if not state.store.delete(interaction_id):
        raise UnknownInteraction(interaction_id)
    return JSONResponse({})


async def item(request: Request) -> Response:
    """``/interactions/{id}``: get, delete, or ``POST {id}:cancel``."""
    interaction_id = request.path_params["id"]
    if request.method == "POST":
        if interaction_id.endswith(":cancel"):
            return await cancel(request, interaction_id[: -len(":cancel")])
        raise ApiError(404, "Unknown operation.")
    if request.method == "DELETE":
        return await delete(request, interaction_id)
    return await get(request, interaction_id)


async def cancel_path(request: Request) -> Response:
    """``/interactions/{id}/cancel``."""
    return await cancel(request, request.path_params["id"])


def _stream(
    state: EmulatorState,
    record: Record,
    legacy: bool,
    start: int,
    fault: Fault,
    *,
    replayed: int = 0,
) -> Response:
    # An empty frame marks a wait for the run to produce more: the writer sends what it holds.
    frames = (b"" if e is None else event_frame(e) async for e in _events(record, legacy, start))
    delay = state.settings.event_delay_ms
    return sse_response(frames, fault, delay_ms=delay, replayed=replayed)


async def _events(record: Record, legacy: bool, start: int) -> AsyncIterator[dict[str, Any] | None]:
    """The record's events from index ``start``, as they come into existence.

    ``None`` comes before each wait for the next ones.
    """
    plan = record.plan(legacy)
    i = start
    while True:
        now = time.monotonic()
        available = record.available(now, legacy)
        while i < available:
            yield plan.event(i)
            i += 1
        finals = record.final_events(now, legacy)
        if finals:
            for event in finals:
                index = event_index(event["event_id"])
                if index is not None and index >= start:
                    yield event
            return
        yield None
        await asyncio.sleep(_TICK)
