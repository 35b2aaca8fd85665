"""``create_relay``: the ASGI app that carries a thread's answers to browsers as SSE."""

from __future__ import annotations

import importlib.resources
from typing import Any

import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .._async.client import AsyncClient
from .body import sse_body
from .errors import RelayError, exception_handlers
from .frames import Place
from .turns import Turns, check_thread

__all__ = ["create_relay"]

_SSE_HEADERS = {
    "cache-control": "no-cache",
    "x-accel-buffering": "no",  # nginx: pass each event on at once
}


def _page() -> str:
    return importlib.resources.files(__package__).joinpath("page.html").read_text("utf-8")


async def _read_message(request: Request, limit: int) -> Any:
    """The posted message's ``input`` (a string, or the API's content parts / turns)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":  # media types are case-insensitive
        raise RelayError(415, 'post the message as JSON: {"input": "..."}')
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise RelayError(413, f"the message is larger than {limit} bytes")
    try:
        message = msgspec.json.decode(bytes(body))
    except msgspec.DecodeError:
        raise RelayError(400, "the body is not valid JSON") from None
    except RecursionError:  # a small body can nest deeper than the decoder goes
        raise RelayError(400, "the body nests too deeply") from None
    value = message.get("input") if isinstance(message, dict) else None
    if not (isinstance(value, str) and value.strip()) and not (isinstance(value, list) and value):
        raise RelayError(400, 'the body is {"input": ...}: a non-empty string or list')
    return value


class _Relay:
    def __init__(
        self,
        turns: Turns,
        *,
        heartbeat: float | None,
        retry: float | None,
        max_message_bytes: int,
    ) -> None:
        self.turns = turns
        self.heartbeat = heartbeat
        self.retry = retry
        self.max_message_bytes = max_message_bytes

    async def post_message(self, request: Request) -> Response:
        thread = check_thread(request.path_params["thread"])
        value = await _read_message(request, self.max_message_bytes)
        turn = await self.turns.start(thread, value)
        events = request.url_for("events", thread=thread).include_query_params(turn=turn.turn)
        body = {
            "thread": thread,
            "turn": turn.turn,
            "interaction_id": turn.interaction_id,
            "events": events.path + "?" + events.query,
        }
        return JSONResponse(body, status_code=202)

    async def _place(self, request: Request, thread: str) -> Place:
        """Where to start: the ``Last-Event-ID`` the browser sends, else ``?turn=``, else
        the thread's latest turn from its start."""
        header = request.headers.get("last-event-id")
        place = Place.parse(header)
        if place is not None:
            return place
        if header:
            raise RelayError(400, "Last-Event-ID is not an id this relay sent")
        turn = request.query_params.get("turn") or await self.turns.latest(thread)
        if turn is None:
            raise RelayError(404, f"thread {thread!r} has no messages")
        if Place.parse(f"{turn}:-") is None:
            raise RelayError(400, "turn is not a turn id this relay made")
        return Place(turn)

    async def events(self, request: Request) -> Response:
        thread = check_thread(request.path_params["thread"])
        place = await self._place(request, thread)
        if place.finished:
            return Response(status_code=204)  # EventSource stops reconnecting on a 204
        stream = await self.turns.follow(thread, place)
        client = self.turns.client
        body = sse_body(client, stream, place, heartbeat=self.heartbeat, retry=self.retry)
        return StreamingResponse(body, media_type="text/event-stream", headers=_SSE_HEADERS)

    async def page(self, request: Request) -> Response:
        return HTMLResponse(_page())


def create_relay(
    client: AsyncClient,
    *,
    model: str | None = None,
    agent: str | None = None,
    heartbeat: float | None = 15.0,
    retry: float | None = 1.0,
    page: bool = True,
    prefix: str = "relay",
    max_message_bytes: int = 64 * 1024,
    **options: Any,
) -> Starlette:
    """An ASGI app relaying the answers of durable conversations to browsers.

    ``POST /threads/{thread}/messages`` with ``{"input": ...}`` sends a message on the
    thread (an ``AsyncConversation`` with ``model`` or ``agent`` and the create
    ``options``) and answers 202 with the turn and its ``events`` URL.
    ``GET /threads/{thread}/events`` follows the answer as Server-Sent Events: each
    upstream event's JSON with an ``id:``, a comment every ``heartbeat`` seconds while
    idle (None: never), and ``event: done`` at the end. A browser reconnecting with
    ``Last-Event-ID`` continues after that event, on any replica sharing the client's
    store (``AsyncClient(store="redis://...")`` for replicas on several machines): the
    threads, the turns and their checkpoints are kept there. ``retry`` is the reconnect delay browsers are
    told, in seconds. ``page`` serves a minimal chat page at ``/``. Every error is JSON.
    """
    if (model is None) == (agent is None):
        raise ValueError("pass exactly one of model= or agent=")
    if heartbeat is not None and not heartbeat > 0:
        raise ValueError(f"heartbeat is a positive number of seconds or None, not {heartbeat!r}")
    who = {"model": model} if model is not None else {"agent": agent}
    relay = _Relay(
        Turns(client, client.store, {**who, **options}, prefix),
        heartbeat=heartbeat,
        retry=retry,
        max_message_bytes=max_message_bytes,
    )
    routes = [
        Route("/threads/{thread}/messages", relay.post_message, methods=["POST"]),
        Route("/threads/{thread}/events", relay.events, methods=["GET"], name="events"),
    ]
    if page:
        routes.append(Route("/", relay.page, methods=["GET"]))
    app = Starlette(routes=routes, exception_handlers=exception_handlers())
    app.state.relay = relay
    return app
