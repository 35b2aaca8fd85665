"""Continuation streams in the soak: long answers split into hops, broken, checked once.

A continuation stream asks the emulator for an answer of W words under a per-request
output limit (``output_limit_words``), with checkpoint tokens (``checkpoint_words``),
stored or not. Stored ones carry a ``drop_after_events`` header that cuts every hop
(their resumes by cursor are not cut); both kinds meet the one-shot create drops and
429/503 bursts the soak queues. When the client gives up, the stream goes on the way
its error says: ``client.resume`` from the cursor, or a new create from
``continuation_token`` after dropping what was delivered since that token. A stream
passes when its text is the one-request answer, no event arrives twice, each stored
hop's events are exactly that hop's (its GET stream), and it ends ``completed``.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interactions_ext import AsyncClient, output_text
from interactions_ext._generated import models as m
from interactions_ext.errors import APIStatusError, StreamInterruptedError
from interactions_ext.events import Event, event_id_of, interaction_id_of
from interactions_ext.stream import AsyncInteractionStream

if TYPE_CHECKING:
    from bench.soak import SoakResult

__all__ = ["HopPlan", "hop_plan", "run_continued"]

MODEL = "gemini-2.5-flash"
_MAX_RESTARTS = 30
_TERMINAL = (m.InteractionCompletedEvent, m.InteractionCompleteEvent)


@dataclass
class HopPlan:
    words: int
    limit: int
    checkpoint: int
    store: bool
    drop: int | None


def hop_plan(rng: random.Random) -> HopPlan:
    store = rng.random() < 0.5
    return HopPlan(
        words=rng.randint(30, 300),
        limit=3 * rng.randint(3, 20),
        checkpoint=rng.choice([0, 6, 9]),
        store=store,
        drop=rng.randint(1, 12) if store and rng.random() < 0.6 else None,
    )


def _token_of(event: Event) -> str | None:
    token: object = None
    if isinstance(event, m.InteractionStatusUpdateEvent):
        token = event.continuation_token
    elif isinstance(event, _TERMINAL) and event.interaction.status == "requires_continuation":
        token = event.interaction.continuation_token
    return token if isinstance(token, str) and token else None


def _text(events: list[Event]) -> str:
    return "".join(
        e.delta.text or ""
        for e in events
        if isinstance(e, m.StepDeltaEvent | m.ContentDeltaEvent)
        and isinstance(e.delta, m.TextDelta)
    )


def _hop_and_event_ids(events: list[Event]) -> list[tuple[str | None, str | None]]:
    """Each event's interaction (hop) and id: step events name no interaction of their own."""
    hop: str | None = None
    pairs = []
    for event in events:
        hop = interaction_id_of(event) or hop
        pairs.append((hop, event_id_of(event)))
    return pairs


async def _retrying(call: Callable[[], Awaitable[object]]) -> object:
    """``call()``, again after a 429/503 burst that outlasted the retry budget."""
    for _ in range(_MAX_RESTARTS):
        try:
            return await call()
        except APIStatusError:
            continue
    return await call()


class _Run:
    """One continuation stream and what it delivered (after dropping regenerated events)."""

    def __init__(self, client: AsyncClient, plan: HopPlan, result: SoakResult, index: int) -> None:
        self.client, self.plan, self.result, self.index = client, plan, result, index
        scenario = f"answer_words={plan.words},output_limit_words={plan.limit}"
        if plan.checkpoint:
            scenario += f",checkpoint_words={plan.checkpoint}"
        self.headers = {"x-emulator-scenario": scenario}
        if plan.drop:
            self.headers["x-emulator-fault"] = f"drop_after_events={plan.drop}"
        self.kept: list[Event] = []

    def create(
        self, token: str | None = None, owner: str | None = None
    ) -> Callable[[], Awaitable[AsyncInteractionStream]]:
        store = self.plan.store

        async def open_stream() -> AsyncInteractionStream:
            return await self.client.create(
                None if token and store else "soak",
                model=MODEL,
                stream=True,
                store=store,
                continuation_token=token,
                previous_interaction_id=owner if token and store else None,
                extra_headers=self.headers,
            )

        return open_stream

    def from_token(self, token: str) -> Callable[[], Awaitable[AsyncInteractionStream]] | None:
        """Continue from ``token``: what came after the event that carried it goes again."""
        at = next(
            (i for i in range(len(self.kept) - 1, -1, -1) if _token_of(self.kept[i]) == token), None
        )
        if at is None:
            return None
        owner = interaction_id_of(self.kept[at])
        regenerated = len(self.kept) - at - 1
        del self.kept[at + 1 :]
        self.result.counts["continued by hand from a token"] += 1
        self.result.counts["events dropped for regeneration"] += regenerated
        return self.create(token, owner)

    async def deliver(self) -> str | None:
        """Run to the end; a violation, or None."""
        opener: Callable[[], Awaitable[AsyncInteractionStream]] | None = self.create()
        counts = self.result.counts
        for _ in range(_MAX_RESTARTS):
            if opener is None:
                return "no way to carry on"
            try:
                stream = await opener()
                async with stream:
                    async for event in stream:
                        self.kept.append(event)
                counts["automatic reconnects"] += stream.reconnects
            except StreamInterruptedError as exc:
                counts["StreamInterruptedError in a continuation stream"] += 1
                if exc.continuation_token:
                    opener = self.from_token(exc.continuation_token)
                elif exc.interaction_id and self.plan.store:
                    opener = self._resume(exc.interaction_id, exc.last_event_id)
                elif not self.plan.store and not any(map(_token_of, self.kept)):
                    # Cut before the first checkpoint of an unstored answer: nothing can
                    # be resumed, the caller asks again.
                    counts["unstored answer cut before any token, asked again"] += 1
                    self.kept.clear()
                    opener = self.create()
                else:
                    return f"interrupted without a way to carry on: {exc}"
                continue
            except APIStatusError as exc:
                if exc.continuation_token:
                    opener = self.from_token(exc.continuation_token)
                elif not self.kept:
                    opener = self.create()
                else:
                    return f"{type(exc).__name__} without a continuation token: {exc}"
                continue
            last = self.kept[-1] if self.kept else None
            token = _token_of(last) if isinstance(last, _TERMINAL) else None
            if token is None:
                return None
            if stream.hops is not None:
                return "a created stream ended before the answer did"
            opener = self.from_token(token)  # a resumed hop: the stream of a get does not continue
        return "too many restarts"

    def _resume(
        self, interaction_id: str, last_event_id: str | None
    ) -> Callable[[], Awaitable[AsyncInteractionStream]]:
        async def open_stream() -> AsyncInteractionStream:
            return await self.client.resume(interaction_id, last_event_id)

        self.result.counts["resumed by hand from the cursor"] += 1
        return open_stream

    async def check(self) -> str | None:
        """Compare what was kept with the answer of one request and the stored hops."""
        plan = self.plan
        whole = await _retrying(
            lambda: self.client.create(
                "soak",
                model=MODEL,
                store=False,
                extra_headers={"x-emulator-scenario": f"answer_words={plan.words}"},
            )
        )
        assert isinstance(whole, m.Interaction)
        if _text(self.kept) != output_text(whole):
            return "the text is not the one-request answer"
        pairs = _hop_and_event_ids(self.kept)
        if len(set(pairs)) != len(pairs):
            return f"{len(pairs) - len(set(pairs))} events delivered twice"
        last = self.kept[-1]
        if not isinstance(last, _TERMINAL) or last.interaction.status != "completed":
            return f"the last event is {type(last).__name__}, not a completed interaction"
        if plan.store:
            for hop in dict.fromkeys(i for i, _ in pairs if i):
                stream = await _retrying(lambda hop=hop: self.client.get(hop, stream=True))
                assert isinstance(stream, AsyncInteractionStream)
                async with stream:
                    reference = [event_id_of(e) async for e in stream]
                if [e for i, e in pairs if i == hop] != reference:
                    return f"hop {hop}: its events differ from its GET stream"
        self.result.counts["continuation hops"] += len({i for i, _ in pairs})
        return None


async def run_continued(client: AsyncClient, index: int, plan: HopPlan, result: SoakResult) -> None:
    """One continuation stream of the soak; records a violation or a completion."""
    run = _Run(client, plan, result, index)
    try:
        problem = await run.deliver() or await run.check()
    except Exception as exc:  # anything else is a failure of the client
        problem = f"{type(exc).__name__}: {exc}"
    if problem:
        result.violations.append(f"continuation stream {index} ({plan}): {problem}")
        return
    result.completed += 1
    result.counts["continuation streams delivered whole, each event once"] += 1
