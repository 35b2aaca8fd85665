"""The emulator's HTTP surface: the API's four operations plus the ``/_emulator`` admin."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import msgspec
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .content import event_index
from .faults import Fault, FaultQueue
from .model import InvalidRequest, compose_turn, function_results, prompt_text
from .settings import LEGACY_REVISION, EmulatorSettings, parse_pairs
from .store import Record, Store
from .validation import check_create_body

__all__ = ["EmulatorState", "create_app"]

_RPC_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    408: "DEADLINE_EXCEEDED",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_FLUSH_BYTES = 64 * 1024
_TICK = 0.02
_encode = msgspec.json.Encoder().encode


class _Abort(Exception):
    """Raised inside a stream body to cut the connection without finishing the response."""


class _DropAbortLogs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        while exc is not None:
            if isinstance(exc, _Abort):
                return False
            if isinstance(exc, BaseExceptionGroup) and any(
                isinstance(e, _Abort) for e in exc.exceptions
            ):
                return False
            exc = exc.__cause__ or exc.__context__
        return True


logging.getLogger("uvicorn.error").addFilter(_DropAbortLogs())


class EmulatorState:
    """Everything the emulator remembers."""

    def __init__(self, settings: EmulatorSettings) -> None:
        self.initial = copy.deepcopy(settings)
        self.settings = settings
        self.store = Store()
        self.faults = FaultQueue()
        self.requests: deque[dict[str, Any]] = deque(maxlen=1000)

    def reset(self) -> None:
        self.settings = copy.deepcopy(self.initial)
        self.store.clear()
        self.faults.clear()
        self.requests.clear()


def _error(
    status: int, message: str, *, rpc: bool = True, headers: dict[str, str] | None = None
) -> Response:
    if rpc:
        body: dict[str, Any] = {
            "error": {
                "code": status,
                "message": message,
                "status": _RPC_STATUS.get(status, "UNKNOWN"),
            }
        }
    else:
        body = {"error": {"code": "invalid_request", "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


async def _http_exception(request: Request, exc: Exception) -> Response:
    # Unknown paths and methods answer in the API's JSON error shape, not Starlette's text.
    if not isinstance(exc, HTTPException):
        return _error(500, "Internal error.")
    message = f"{exc.detail}: {request.method} {request.url.path}"
    return _error(exc.status_code, message, headers=dict(exc.headers or {}))


def _invalid(message: str) -> Response:
    return _error(400, message, rpc=False)


def _not_found(interaction_id: str) -> Response:
    return _error(404, f"Interaction {interaction_id} was not found.")


def create_app(settings: EmulatorSettings | None = None) -> Starlette:
    """The emulator as an ASGI app (serve it with uvicorn, or test it in-process)."""
    state = EmulatorState(settings or EmulatorSettings())

    def record_request(request: Request) -> None:
        headers = {
            k: ("<redacted>" if k == "x-goog-api-key" else v) for k, v in request.headers.items()
        }
        state.requests.append(
            {
                "method": request.method,
                "path": request.url.path,
                "query": request.url.query,
                "headers": headers,
            }
        )

    def check_auth(request: Request) -> Response | None:
        key = request.headers.get("x-goog-api-key")
        auth = request.headers.get("authorization", "")
        s = state.settings
        if key:
            if s.api_key is not None and key != s.api_key:
                return _error(403, "The API key is not valid for this emulator.")
            return None
        if auth.lower().startswith("bearer ") and auth[7:].strip():
            if s.bearer_token is not None and auth[7:].strip() != s.bearer_token:
                return _error(403, "The access token is not valid for this emulator.")
            return None
        return _error(
            401,
            "Request is missing credentials: send x-goog-api-key or Authorization: Bearer <token>.",
        )

    async def prelude(request: Request, kinds: set[str]) -> tuple[Fault, Response | None]:
        record_request(request)
        denied = check_auth(request)
        if denied is not None:
            return Fault(), denied
        try:
            header = Fault.parse(
                request.headers.get("x-emulator-fault")
                or request.query_params.get("emulator_fault")
            )
        except ValueError as exc:
            return Fault(), _invalid(str(exc))
        fault = state.faults.take(kinds).merge(header)
        delay = state.settings.latency_ms + fault.latency_ms
        if delay:
            await asyncio.sleep(delay / 1000)
        if fault.status:
            headers = {"retry-after": fault.retry_after} if fault.retry_after else None
            rpc = fault.status != 400
            return fault, _error(
                fault.status, f"Emulated HTTP {fault.status}.", rpc=rpc, headers=headers
            )
        return fault, None

    def legacy_of(request: Request) -> bool:
        revision = request.headers.get("api-revision") or state.settings.default_revision
        return revision == LEGACY_REVISION

    # -- operations -------------------------------------------------------------------
    async def create(request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        streaming = isinstance(body, dict) and body.get("stream") is True
        fault, early = await prelude(request, {"create", "stream"} if streaming else {"create"})
        if early is not None:
            return early
        if not isinstance(body, dict):
            return _invalid("The request body must be a JSON object.")
        try:
            record = build_record(body, request)
        except InvalidRequest as exc:
            return _invalid(str(exc))
        except LookupError as exc:
            return _not_found(str(exc))
        if record.store:
            state.store.put(record)
        legacy = legacy_of(request)
        if streaming:
            return stream_response(record, legacy, 0, fault)
        return JSONResponse(record.to_json(time.monotonic(), legacy))

    def build_record(body: dict[str, Any], request: Request) -> Record:
        s = state.settings
        check_create_body(body)
        model, agent = body.get("model"), body.get("agent")
        if (model is None) == (agent is None):
            raise InvalidRequest("Exactly one of `model` or `agent` must be set.")
        if not isinstance(model or agent, str) or not (model or agent):
            raise InvalidRequest("`model`/`agent` must be a non-empty string.")
        if "input" not in body or body["input"] is None:
            raise InvalidRequest("`input` is required.")
        store = body.get("store", True) is not False
        background = body.get("background") is True
        if background and not store:
            raise InvalidRequest("`background: true` requires `store: true`.")
        if agent is not None and body.get("generation_config") is not None:
            raise InvalidRequest(
                "`generation_config` is not supported for agent interactions; use `agent_config`."
            )
        previous: Record | None = None
        prev_id = body.get("previous_interaction_id")
        if prev_id:
            previous = state.store.get(str(prev_id))
            if previous is None:
                raise LookupError(str(prev_id))
        results = function_results(body.get("input"))
        if results and (
            previous is None
            or previous.call is None
            or any(r.get("call_id") != previous.call["id"] for r in results)
        ):
            raise InvalidRequest("`function_result.call_id` does not match a pending call.")
        prompt = prompt_text(body.get("input")) if not results else ""
        history = list(previous.history) if previous else []
        if previous is not None and previous.history_prompt:
            history.append(previous.history_prompt)
        chain_prompt = prompt or (previous.chain_prompt if previous else "")
        called = list(previous.called) if previous else []
        all_results = list(previous.results) if previous and results else []
        if results and previous is not None and previous.call is not None:
            called.append(previous.call["name"])
            all_results += results
        scenario = parse_pairs(request.headers.get("x-emulator-scenario"))
        turn, call = compose_turn(
            body,
            history=history,
            chain_prompt=chain_prompt,
            called=called,
            results=all_results,
            answer_words=s.answer_words,
            malformed_json=s.malformed_json,
            scenario=scenario,
            call_number=len(called) + 1,
        )
        delta_bytes = int(scenario.get("delta_bytes", s.delta_bytes))
        if delta_bytes > 0 and turn.answer is not None:
            turn.answer.delta_bytes = delta_bytes
        final = (
            request.headers.get("x-emulator-terminal-status")
            or scenario.get("terminal_status")
            or (s.terminal_status if background else "completed")
        )
        if call is not None and final == "completed":
            final = "requires_action"
        if turn.error_event:
            final = "failed"
        duration = 0.0
        if background:
            seconds = s.agent_background_seconds if agent is not None else s.background_seconds
            duration = seconds / max(s.clock_speed, 1e-9)
        record = Record(
            id=state.store.new_id(),
            body=body,
            turn=turn,
            legacy=False,
            store=store,
            background=background,
            duration=duration,
            final_status=final,
            history=history,
            chain_prompt=chain_prompt,
            called=called,
            call=call,
            hidden_gets=s.visibility_delay_gets if background else 0,
        )
        record.history_prompt = prompt
        record.results = all_results
        return record

    def lookup(interaction_id: str, *, counts_as_get: bool) -> Record | None:
        record = state.store.get(interaction_id)
        if record is not None and counts_as_get and record.hidden_gets > 0:
            record.hidden_gets -= 1
            return None
        return record

    async def get(request: Request, interaction_id: str) -> Response:
        streaming = request.query_params.get("stream", "false").lower() == "true"
        fault, early = await prelude(request, {"get", "stream"} if streaming else {"get"})
        if early is not None:
            return early
        record = lookup(interaction_id, counts_as_get=True)
        if record is None:
            return _not_found(interaction_id)
        legacy = legacy_of(request)
        if not streaming:
            return JSONResponse(record.to_json(time.monotonic(), legacy))
        start = 0
        last = request.query_params.get("last_event_id")
        if last:
            index = event_index(last)
            if index is None:
                return _invalid(f"Unknown last_event_id {last!r}.")
            start = index + 1
        return stream_response(record, legacy, start, fault)

    async def cancel(request: Request, interaction_id: str) -> Response:
        _, early = await prelude(request, {"cancel"})
        if early is not None:
            return early
        record = lookup(interaction_id, counts_as_get=False)
        if record is None:
            return _not_found(interaction_id)
        now = time.monotonic()
        status = record.status(now)
        if status not in ("queued", "in_progress"):
            return _invalid(
                f"Interaction {interaction_id} is already {status}; only running "
                "interactions can be cancelled."
            )
        record.cancel(now, legacy_of(request))
        return JSONResponse(record.to_json(now, legacy_of(request)))

    async def delete(request: Request, interaction_id: str) -> Response:
        _, early = await prelude(request, {"delete"})
        if early is not None:
            return early
        if not state.store.delete(interaction_id):
            return _not_found(interaction_id)
        return JSONResponse({})

    async def item(request: Request) -> Response:
        interaction_id = request.path_params["id"]
        if request.method == "POST":
            if interaction_id.endswith(":cancel"):
                return await cancel(request, interaction_id[: -len(":cancel")])
            return _error(404, "Unknown operation.")
        if request.method == "DELETE":
            return await delete(request, interaction_id)
        return await get(request, interaction_id)

    async def cancel_route(request: Request) -> Response:
        return await cancel(request, request.path_params["id"])

    # -- streaming --------------------------------------------------------------------
    def stream_response(record: Record, legacy: bool, start: int, fault: Fault) -> Response:
        return StreamingResponse(
            stream_body(record, legacy, start, fault),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache"},
        )

    async def events_from(
        record: Record, legacy: bool, start: int
    ) -> AsyncIterator[dict[str, Any]]:
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
            await asyncio.sleep(_TICK)

    async def stream_body(
        record: Record, legacy: bool, start: int, fault: Fault
    ) -> AsyncIterator[bytes]:
        delay = (fault.event_delay_ms or state.settings.event_delay_ms) / 1000
        per_event = fault.affects_stream or delay > 0
        buffer = bytearray()
        sent_bytes = 0
        count = 0

        async def emit(data: bytes) -> AsyncIterator[bytes]:
            nonlocal sent_bytes
            if fault.drop_after_bytes is not None:
                room = fault.drop_after_bytes - sent_bytes
                if len(data) >= room:
                    if room > 0:
                        yield data[:room]
                    sent_bytes += max(room, 0)
                    raise _Abort
            sent_bytes += len(data)
            yield data

        async for event in events_from(record, legacy, start):
            if fault.drop_after_events is not None and count >= fault.drop_after_events:
                raise _Abort
            if fault.end_after_events is not None and count >= fault.end_after_events:
                if buffer:
                    async for piece in emit(bytes(buffer)):
                        yield piece
                return
            if fault.partial_line and count >= 1:
                async for piece in emit(b'data: {"event_type": "step.del'):
                    yield piece
                raise _Abort
            data = _encode(event)
            if fault.malformed_after_events is not None and count == fault.malformed_after_events:
                data = b"{this is not json"
            frame = b"event: " + event["event_type"].encode() + b"\ndata: " + data + b"\n\n"
            count += 1
            if fault.pause_after_events is not None and count == fault.pause_after_events + 1:
                half = len(frame) // 2
                async for piece in emit(bytes(buffer) + frame[:half]):
                    yield piece
                buffer.clear()
                await asyncio.sleep(fault.pause_ms / 1000)
                async for piece in emit(frame[half:]):
                    yield piece
                continue
            buffer += frame
            if per_event or len(buffer) >= _FLUSH_BYTES:
                async for piece in emit(bytes(buffer)):
                    yield piece
                buffer.clear()
                if delay:
                    await asyncio.sleep(delay)
        if fault.drop_after_events is not None and count >= fault.drop_after_events:
            # The cut falls exactly at the end: still cut before [DONE].
            if buffer:
                async for piece in emit(bytes(buffer)):
                    yield piece
            raise _Abort
        if fault.end_after_events is not None and count >= fault.end_after_events:
            if buffer:
                async for piece in emit(bytes(buffer)):
                    yield piece
            return
        buffer += b"event: done\ndata: [DONE]\n\n"
        async for piece in emit(bytes(buffer)):
            yield piece

    # -- admin ------------------------------------------------------------------------
    async def scenarios(request: Request) -> Response:
        if request.method == "POST":
            try:
                state.settings.update(await request.json())
            except (ValueError, TypeError) as exc:
                return _invalid(str(exc))
        return JSONResponse(state.settings.to_dict())

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            try:
                spec = await request.json()
                state.faults.add(
                    str(spec["fault"]), int(spec.get("times", 1)), str(spec.get("match", "any"))
                )
            except (ValueError, KeyError, TypeError) as exc:
                return _invalid(f"bad fault: {exc}")
        elif request.method == "DELETE":
            state.faults.clear()
        return JSONResponse(state.faults.pending())

    async def reset(request: Request) -> Response:
        state.reset()
        return JSONResponse({"reset": True})

    async def requests_log(request: Request) -> Response:
        return JSONResponse(list(state.requests))

    routes = [
        Route("/_emulator/scenarios", scenarios, methods=["GET", "POST"]),
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/requests", requests_log, methods=["GET"]),
    ]
    for scope in ("/{version}", "/{version}/projects/{project}/locations/{location}"):
        routes += [
            Route(f"{scope}/interactions", create, methods=["POST"]),
            Route(f"{scope}/interactions/{{id}}", item, methods=["GET", "DELETE", "POST"]),
            Route(f"{scope}/interactions/{{id}}/cancel", cancel_route, methods=["POST"]),
        ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_exception},
    )
    app.state.emulator = state
    return app
