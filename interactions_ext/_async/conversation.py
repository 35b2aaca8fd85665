"""``AsyncConversation`` and ``async_run_tools``: turns chained by ``previous_interaction_id``."""

from __future__ import annotations

import contextlib
import time
from typing import Any

from .. import _aio
from .._chain import Chain, Tools, too_many_steps, tool_results
from .._generated import models as m
from ..errors import StoreConflict
from ..store._aio import AsyncStore
from ..threads import LEASE, POLL_FIRST, POLL_MAX, Turn, busy, claim_key, forked, thread_key
from .checkpoint import AsyncTracker
from .client import AsyncClient
from .stream import AsyncInteractionStream

__all__ = ["AsyncConversation", "async_run_tools"]


class AsyncConversation(Chain[AsyncClient]):
    """Sends each turn with ``previous_interaction_id`` set to the last one.

    ``model`` or ``agent``, and any other create option, apply to every turn; a turn's
    own keywords override them. ``store=False`` is refused: nothing would be chained.

    With ``thread="NAME"`` the chain lives in the client's store instead of this
    object, so any replica sharing the store continues the thread. A turn first claims
    the thread, waiting up to ``wait`` seconds while another replica's turn runs
    (``ThreadConflictError`` after that), then continues the head it finds; the head
    only moves by compare-and-set, so the thread never forks (see docs/replicas.md).
    """

    async def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        if self.thread is None:
            return self._sent(await self.client.create(input, **self._options(overrides)))
        turn = await self._begin()
        try:
            interaction = await self.client.create(input, **self._options(overrides, turn))
            await _advance(self._store(), turn, interaction.id or "", interaction)
        finally:
            await _release(self._store(), turn)
        return self._sent(interaction)

    async def stream(
        self, input: Any, checkpoint: str | None = None, **overrides: Any
    ) -> AsyncInteractionStream:
        """Send one turn as a stream; its id is remembered as soon as the stream names it.

        ``checkpoint`` records the stream's progress under that name (see
        ``AsyncClient.create``); on a thread, the turn ends when the stream does.
        """
        if self.thread is None:
            options = self._options(overrides)
            stream = await self.client.create(input, stream=True, checkpoint=checkpoint, **options)
            return self._streaming(stream)
        turn = await self._begin()
        tracker = AsyncThreadTracker(self._store(), turn)
        try:
            options = {**self._options(overrides, turn), "checkpoint": checkpoint}
            request = self.client._create_request(input, True, options)  # type: ignore[arg-type]
            stream = await self.client._create_stream(request, [tracker])
        except BaseException:
            await _release(self._store(), turn)
            raise
        return self._streaming(stream)

    async def head(self) -> str | None:
        """The interaction the thread's next turn continues, as the store has it now."""
        if self.thread is None:
            return self.last_id
        record = await self._store().get(thread_key(self.thread))
        turn = Turn(self.thread)
        turn.read(None if record is None else record.value, None)
        return turn.head

    def _store(self) -> AsyncStore:
        return AsyncStore(self.client.store)

    async def _begin(self) -> Turn:
        """Claim the thread's next turn (waiting for another's to end), read its head."""
        assert self.thread is not None
        store = self._store()
        turn = Turn(self.thread)
        deadline = time.monotonic() + self.wait
        delay = POLL_FIRST
        while True:
            try:
                claim = await store.set_if(
                    claim_key(turn.name), {"owner": turn.owner}, version=None, ttl=LEASE
                )
                break
            except StoreConflict as exc:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise busy(turn, self.wait, exc) from None
                await _aio.sleep(min(delay, left))
                delay = min(delay * 2, POLL_MAX)
        turn.claim_version = claim.version
        record = await store.get(thread_key(turn.name))
        if record is not None:
            turn.read(record.value, record.version)
        return turn


async def _advance(store: AsyncStore, turn: Turn, head: str, interaction: Any = None) -> None:
    """Move the thread's head to ``head`` from the version this turn read, or raise."""
    try:
        record = await store.set_if(
            thread_key(turn.name), turn.advanced(head), version=turn.version
        )
    except StoreConflict as exc:
        raise forked(turn, exc, interaction, head) from None
    turn.read(record.value, record.version)


async def _release(store: AsyncStore, turn: Turn) -> None:
    """End the turn's claim (if it still holds it), so the next turn need not wait."""
    if turn.released or turn.claim_version is None:
        return
    turn.released = True
    # A near-zero ttl is a delete that happens only at our version; a conflict means the
    # lease had run out and another turn holds the claim now.
    with contextlib.suppress(StoreConflict):
        await store.set_if(
            claim_key(turn.name), {"owner": turn.owner}, version=turn.claim_version, ttl=1e-3
        )


class AsyncThreadTracker(AsyncTracker):
    """A streamed turn on a thread: the head follows each interaction (hop) as it is
    named, the claim is renewed while events flow and released when the stream ends."""

    def __init__(self, store: AsyncStore, turn: Turn) -> None:
        self.store = store
        self.turn = turn

    async def named(self, stream: AsyncInteractionStream) -> None:
        assert stream.interaction_id is not None
        await _advance(self.store, self.turn, stream.interaction_id)

    async def handled(self, stream: AsyncInteractionStream) -> None:
        turn = self.turn
        if not turn.renew_due() or turn.released:
            return
        try:
            claim = await self.store.set_if(
                claim_key(turn.name), {"owner": turn.owner}, version=turn.claim_version, ttl=LEASE
            )
        except StoreConflict:
            turn.claim_version = None  # lost: the head's compare-and-set still guards the line
            return
        turn.claim_version, turn.renewed = claim.version, time.monotonic()

    async def closed(self, stream: AsyncInteractionStream | None) -> None:
        await _release(self.store, self.turn)


async def async_run_tools(
    client: AsyncClient,
    input: Any,
    *,
    tools: Tools,
    declarations: list[Any],
    model: str,
    max_steps: int = 8,
    **options: Any,
) -> m.Interaction:
    """Run the function-calling loop until the model answers without calls.

    ``tools`` maps function names to Python callables (called synchronously with the
    parsed arguments as keywords); ``declarations`` are the tool declarations sent to
    the model. Each round trip is a turn of a conversation. Raises ``ToolLoopError``
    after ``max_steps`` model turns.
    """
    chat = AsyncConversation(client, model=model, tools=declarations, **options)
    interaction = await chat.send(input)
    for _ in range(max_steps):
        results = tool_results(interaction, tools)
        if not results:
            return interaction
        interaction = await chat.send(results)
    raise too_many_steps(max_steps, interaction)
