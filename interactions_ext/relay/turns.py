"""A thread's turns as the relay keeps them: which turn is the latest, and where its answer is.

A turn is one message and its answer. Posting a message starts the answer upstream
through a durable ``AsyncConversation`` (so any replica continues the thread) with a
checkpoint named after the turn, and returns once the answer has an interaction id.
Following a turn reads that checkpoint and streams the interaction from the API, which
keeps its events: from the start, or after the browser's ``Last-Event-ID``. Nothing
about a turn lives in a replica's memory.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._async.client import AsyncClient
from .._async.conversation import AsyncConversation
from .._async.stream import AsyncInteractionStream
from ..errors import StoreConflict
from ..store import Store
from .errors import RelayError
from .frames import Place

__all__ = ["Turn", "Turns", "check_thread"]

_THREAD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,127}")
_POINTER_RETRIES = 16


def check_thread(thread: str) -> str:
    """``thread``, or a 400 when it cannot name a thread."""
    if not _THREAD.fullmatch(thread):
        raise RelayError(
            400,
            "a thread name is 1-128 letters, digits, '.', '_', '~' or '-', "
            "starting with a letter or digit",
        )
    return thread


@dataclass(frozen=True)
class Turn:
    """One message of a thread and the interaction that answers it."""

    thread: str
    turn: str
    interaction_id: str


class Turns:
    """Starts and finds the turns of threads, in the client's store."""

    def __init__(
        self, client: AsyncClient, store: Store, options: Mapping[str, Any], prefix: str
    ) -> None:
        self.client = client
        self.store = store
        self.options = dict(options)
        self.prefix = prefix

    def checkpoint(self, thread: str, turn: str) -> str:
        """The checkpoint that records a turn's answer."""
        return f"{self.prefix}:{thread}:{turn}"

    def _latest_key(self, thread: str) -> str:
        return f"{self.prefix}:latest:{thread}"

    async def start(self, thread: str, input: Any) -> Turn:
        """Send ``input`` on ``thread``; returns once the answer is named upstream."""
        turn = secrets.token_hex(8)
        chat = AsyncConversation(self.client, thread=thread, **self.options)
        stream = await chat.stream(input, checkpoint=self.checkpoint(thread, turn))
        try:
            async for _ in stream:
                if stream.interaction_id is not None:
                    break
        finally:
            # Closed, not left through ``async with``: that would commit the first
            # event's cursor, and a browser following from the start would miss it.
            await stream.aclose()
        if stream.interaction_id is None:
            raise RelayError(502, "upstream: the answer ended before it had an interaction id")
        await asyncio.to_thread(self._set_latest, thread, turn)
        return Turn(thread, turn, stream.interaction_id)

    def _set_latest(self, thread: str, turn: str) -> None:
        key = self._latest_key(thread)
        for _ in range(_POINTER_RETRIES):
            record = self.store.get(key)
            try:
                version = record.version if record is not None else None
                self.store.set_if(key, {"turn": turn}, version=version)
                return
            except StoreConflict:
                continue  # another message landed at the same moment: write after it
        raise RelayError(409, f"thread {thread!r} is being written by others; try again")

    async def latest(self, thread: str) -> str | None:
        """The thread's latest turn, if a message was ever posted to it."""
        record = await asyncio.to_thread(self.store.get, self._latest_key(thread))
        turn = record.value.get("turn") if record is not None else None
        return turn if isinstance(turn, str) else None

    async def follow(self, thread: str, place: Place) -> AsyncInteractionStream:
        """The turn's answer upstream, after ``place.cursor`` (from its start when None)."""
        name = self.checkpoint(thread, place.turn)
        checkpoint = await self.client.get_checkpoint(name)
        if checkpoint is None or checkpoint.interaction_id is None:
            raise RelayError(404, f"thread {thread!r} has no turn {place.turn!r}")
        return await self.client.resume(checkpoint.interaction_id, place.cursor, accumulate=False)
