"""The SSE body of one followed turn: upstream events, heartbeats while idle, a clean end.

The upstream stream resumes by itself across dropped connections; when it cannot, the
browser gets ``event: failed`` and the stream ends. Closing the browser's connection
closes the upstream one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio

from .._async.client import AsyncClient
from .._async.stream import AsyncInteractionStream
from ..errors import InteractionsError
from ..events import Event, InvalidEvent, event_id_of, raw
from .errors import relay_error
from .frames import DONE_CURSOR, Place, comment, done_frame, event_frame, failed_frame, retry_frame

__all__ = ["sse_body"]

logger = logging.getLogger("interactions_ext.relay")


def _payload(event: Event) -> dict[str, Any] | None:
    """The event's JSON as the API sent it; None for an event that is not JSON."""
    if isinstance(event, InvalidEvent):
        logger.warning("relay: skipped an upstream event that is not valid: %s", event.error)
        return None
    return raw(event)


_STATUS_EVENTS = {
    "interaction.created",
    "interaction.start",
    "interaction.completed",
    "interaction.complete",
}


def _status(data: dict[str, Any], status: str | None) -> str | None:
    """The interaction's status as the events tell it (the stream keeps no whole answer)."""
    kind = data.get("event_type")
    if kind == "interaction.status_update":
        found = data.get("status")
    elif kind in _STATUS_EVENTS:
        found = (data.get("interaction") or {}).get("status")
    else:
        return status
    return found if isinstance(found, str) else status


class _Seen:
    status: str | None = None


async def _events(
    stream: AsyncInteractionStream, place: Place, heartbeat: float | None, seen: _Seen
) -> AsyncIterator[bytes]:
    """Each upstream event as a frame, and a heartbeat whenever none came for a while."""
    events = stream.__aiter__()
    pending: asyncio.Future[Event] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(events.__anext__())
            done, _ = await asyncio.wait({pending}, timeout=heartbeat)
            if not done:
                yield comment()
                continue
            task, pending = pending, None
            try:
                event = task.result()
            except StopAsyncIteration:
                return
            data = _payload(event)
            if data is not None:
                seen.status = _status(data, seen.status)
                cursor = event_id_of(event)
                yield event_frame(place.event_id(cursor) if cursor else None, data)
    finally:
        if pending is not None:
            pending.cancel()
            # Waited for even while the body is cancelled: the stream cannot be closed
            # while a read of it is still running.
            with anyio.CancelScope(shield=True):
                await asyncio.gather(pending, return_exceptions=True)


async def _final_status(client: AsyncClient, stream: AsyncInteractionStream) -> str | None:
    """The status a resumed stream did not see (it began after the status events)."""
    if stream.interaction_id is None:
        return None
    try:
        return (await client.get(stream.interaction_id)).status
    except InteractionsError:
        return None


async def sse_body(
    client: AsyncClient,
    stream: AsyncInteractionStream,
    place: Place,
    *,
    heartbeat: float | None,
    retry: float | None,
) -> AsyncIterator[bytes]:
    """The whole body: ``retry:``, the events, then ``event: done`` (or ``failed``)."""
    try:
        if retry is not None:
            yield retry_frame(retry)
        seen = _Seen()
        try:
            async for frame in _events(stream, place, heartbeat, seen):
                yield frame
        except InteractionsError as exc:
            yield failed_frame(relay_error(exc).body())
            return
        status = seen.status or await _final_status(client, stream)
        end = {"interaction_id": stream.interaction_id, "status": status}
        yield done_frame(place.event_id(DONE_CURSOR), end)
    finally:
        # The browser may be gone (Starlette cancels the body): closing must finish anyway.
        with anyio.CancelScope(shield=True):
            await stream.aclose()
