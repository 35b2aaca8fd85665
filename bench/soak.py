"""``python -m bench.soak --streams N``: many streams through faults, each checked exactly-once.

Every stream is a streamed create against the emulator with a seeded random mix of:

- mid-stream drops (``drop_after_events`` / ``drop_after_bytes``, sent as the create's
  ``x-emulator-fault`` header; the automatic resumes do not resend it),
- slow reads (``event_delay_ms``, ``latency_ms``, ``pause_after_events`` mid-frame, and
  a consumer that sleeps now and then),
- 429/503 bursts with ``Retry-After``, queued as one-shot faults (``POST
  /_emulator/faults``) for whichever create/stream/get requests come next,
- streams with ``auto_resume=False``, which must raise ``StreamInterruptedError`` with a
  cursor that ``client.resume(interaction_id, last_event_id)`` then completes,
- continuation streams (``bench/soak_hops.py``): long answers under a per-request output
  limit, stored or not, whose hops are cut by drops (one-shot create drops are queued
  too, for whichever create comes next).

``--replay-from-start`` runs the same streams against a server that ignores
``last_event_id``: every resume, automatic or by ``client.resume``, is answered from the
stream's first event (the emulator's ``replay_from_start`` fault, queued for every
stream request), so nothing is delivered once unless the client skips what it has.

The emulator's output is deterministic: an answer of W words streams ``5 + ceil(W/3)``
events with ids ``evt_000000000`` upwards, the last one ``interaction.completed``. A
stream passes when exactly those ids arrive, each once, in order. Anything else is a
violation, and the command exits nonzero.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx2

from interactions_ext import AsyncClient, RetryPolicy
from interactions_ext._generated import models as m
from interactions_ext.emulator.content import Answer, make_event_id
from interactions_ext.errors import APIStatusError, StreamInterruptedError
from interactions_ext.events import event_id_of
from interactions_ext.stream import AsyncInteractionStream

from .soak_hops import HopPlan, hop_plan, run_continued

__all__ = [
    "REPLAY_FAULT",
    "SoakOptions",
    "SoakResult",
    "expected_event_ids",
    "main",
    "run_soak",
    "soak",
]

MODEL = "gemini-2.5-flash"
# Tiny backoff, and Retry-After honoured but capped, so a thousand streams take minutes.
POLICY = RetryPolicy(max_retries=4, initial_backoff=0.0, max_backoff=0.01, retry_after_cap=0.01)
_MAX_MANUAL_RESUMES = 20
_MAX_CREATES = 10
REPLAY_FAULT = "replay_from_start=true"
_REPLAY_USES = 1_000_000


@dataclass(frozen=True)
class SoakOptions:
    """How a soak run is driven (the streams themselves come from ``seed``)."""

    seed: int = 0
    concurrency: int = 16
    """Streams open at once."""
    replay_from_start: bool = False
    """Every resume, automatic or by hand, is answered from the stream's first event (the
    ``replay_from_start`` fault, queued for every stream request), so exactly-once delivery
    rests on the client skipping what it already delivered."""


_DEFAULTS = SoakOptions()


@dataclass
class SoakResult:
    """What a soak run did and found."""

    streams: int
    replay_from_start: bool = False
    completed: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Every stream delivered every event exactly once, in order."""
        return not self.violations and self.completed == self.streams

    def report(self) -> str:
        """A short human-readable summary."""
        server = "replays from the start on every resume" if self.replay_from_start else "resumes"
        lines = [
            f"server: {server}",
            f"streams: {self.completed}/{self.streams} delivered every event exactly once, "
            f"in order ({self.seconds:.1f} s)",
            "faults injected and survived:",
        ]
        lines += [f"  {name}: {count}" for name, count in sorted(self.counts.items())]
        lines.append(f"violations: {len(self.violations)}")
        lines += [f"  {v}" for v in self.violations[:20]]
        return "\n".join(lines)


def expected_event_ids(words: int) -> list[str]:
    """The emulator's event ids for a plain answer of ``words`` words (no thinking)."""
    # Around the text deltas: created, status update, step.start, step.stop, completed.
    count = 5 + Answer(words=words).delta_count()
    return [make_event_id(i) for i in range(count)]


@dataclass
class _Plan:
    words: int
    fault: str
    auto_resume: bool
    slow_consumer: bool


def _plan(rng: random.Random) -> _Plan:
    parts: list[str] = []
    if rng.random() < 0.35:
        parts.append(f"drop_after_events={rng.randint(1, 40)}")
    if rng.random() < 0.25:
        # At least the first event's frame, so the stream always learns its id.
        parts.append(f"drop_after_bytes={rng.randint(400, 5000)}")
    if rng.random() < 0.15:
        parts.append(f"event_delay_ms={rng.randint(1, 3)}")
    if rng.random() < 0.1:
        parts.append(f"latency_ms={rng.randint(5, 50)}")
    if rng.random() < 0.1:
        parts.append(f"pause_after_events={rng.randint(1, 20)},pause_ms={rng.randint(5, 40)}")
    drops = any(p.startswith("drop_") for p in parts)
    return _Plan(
        words=rng.randint(30, 600),
        fault=",".join(parts),
        auto_resume=not (drops and rng.random() < 0.2),
        slow_consumer=rng.random() < 0.1,
    )


async def _queue_burst(http: httpx2.AsyncClient, rng: random.Random, counts: Counter[str]) -> None:
    status = rng.choice([429, 503])
    times = rng.randint(1, 3) if rng.random() < 0.9 else POLICY.max_retries + 2
    match = rng.choice(["create", "stream", "get"])
    spec = {"fault": f"status={status},retry_after=1", "times": times, "match": match}
    (await http.post("/_emulator/faults", json=spec)).raise_for_status()
    counts[f"queued {status} responses (Retry-After)"] += times


async def _queue_create_drop(
    http: httpx2.AsyncClient, rng: random.Random, counts: Counter[str]
) -> None:
    spec = {"fault": f"drop_after_events={rng.randint(1, 12)}", "times": 1, "match": "create"}
    (await http.post("/_emulator/faults", json=spec)).raise_for_status()
    counts["queued create drops"] += 1


async def _drain(
    stream: AsyncInteractionStream, ids: list[str], slow: bool, rng: random.Random
) -> m.StreamEvent | None:
    last = None
    async with stream:
        async for event in stream:
            event_id = event_id_of(event)
            if event_id is not None:
                ids.append(event_id)
            last = event
            if slow and rng.random() < 0.05:
                await asyncio.sleep(0.002)
    return last  # type: ignore[return-value]


async def _open(
    client: AsyncClient, index: int, plan: _Plan, headers: dict[str, str], result: SoakResult
) -> AsyncInteractionStream | None:
    """The stream's create; again when a burst outlasted the retry budget (nothing was made)."""
    for _ in range(_MAX_CREATES):
        try:
            return await client.create(
                "soak",
                model=MODEL,
                stream=True,
                extra_headers=headers,
                auto_resume=plan.auto_resume,
            )
        except APIStatusError as exc:
            result.counts[f"create rejected after retries ({exc.status_code}), created again"] += 1
    result.violations.append(f"stream {index}: create never succeeded")
    return None


async def _resume_by_hand(
    client: AsyncClient,
    index: int,
    exc: StreamInterruptedError,
    ids: list[str],
    result: SoakResult,
) -> AsyncInteractionStream | str:
    """``client.resume`` from the error's cursor, or a violation."""
    if exc.interaction_id is None:
        return f"stream {index}: interrupted without a usable cursor"
    if exc.last_event_id != (ids[-1] if ids else None):
        delivered = ids[-1] if ids else None
        return f"stream {index}: cursor {exc.last_event_id} but last delivered {delivered}"
    for _ in range(_MAX_MANUAL_RESUMES):
        try:
            return await client.resume(exc.interaction_id, exc.last_event_id)
        except APIStatusError as resume_exc:
            # A burst longer than the retry budget: the cursor stays valid.
            key = f"resume rejected after retries ({resume_exc.status_code}), resumed again"
            result.counts[key] += 1
    return f"stream {index}: could not resume from its cursor"


def _verify(index: int, plan: _Plan, ids: list[str], last: object, result: SoakResult) -> bool:
    """Exactly the expected ids, each once, in order, ending with a completed interaction."""
    expected = expected_event_ids(plan.words)
    if ids != expected:
        duplicates = len(ids) - len(set(ids))
        pairs = zip(ids, expected, strict=False)
        first = next((i for i, (got, want) in enumerate(pairs) if got != want), None)
        result.violations.append(
            f"stream {index}: {len(ids)} events, expected {len(expected)} "
            f"({duplicates} duplicates, first difference at {first})"
        )
        return False
    if not isinstance(last, m.InteractionCompletedEvent):
        result.violations.append(f"stream {index}: last event is {type(last).__name__}")
        return False
    return True


async def _one(
    client: AsyncClient,
    index: int,
    plan: _Plan,
    rng: random.Random,
    result: SoakResult,
) -> None:
    counts = result.counts
    headers = {"x-emulator-scenario": f"answer_words={plan.words}"}
    if plan.fault:
        headers["x-emulator-fault"] = plan.fault
        for part in plan.fault.split(","):
            key = part.split("=")[0]
            if key != "pause_ms":
                counts[f"stream header {key}"] += 1
    ids: list[str] = []
    stream = await _open(client, index, plan, headers, result)
    last = None
    manual = 0
    while stream is not None:
        try:
            last = await _drain(stream, ids, plan.slow_consumer, rng)
            counts["automatic reconnects"] += stream.reconnects
            break
        except StreamInterruptedError as exc:
            counts["automatic reconnects"] += stream.reconnects
            counts["StreamInterruptedError raised, resumed from its cursor"] += 1
            manual += 1
            if manual > _MAX_MANUAL_RESUMES:
                result.violations.append(f"stream {index}: interrupted {manual} times")
                return
            resumed = await _resume_by_hand(client, index, exc, ids, result)
            if isinstance(resumed, str):
                result.violations.append(resumed)
                return
            stream = resumed
        except Exception as exc:  # anything else is a failure of the client
            result.violations.append(f"stream {index}: {type(exc).__name__}: {exc}")
            return
    if stream is None or not _verify(index, plan, ids, last, result):
        return
    result.completed += 1
    if plan.fault or manual:
        counts["faulted streams delivered exactly once"] += 1


async def soak(base_url: str, streams: int, options: SoakOptions = _DEFAULTS) -> SoakResult:
    """Run ``streams`` faulted streams against the emulator at ``base_url``; never raises."""
    replay_from_start = options.replay_from_start
    result = SoakResult(streams, replay_from_start=replay_from_start)
    rng = random.Random(options.seed)
    gate = asyncio.Semaphore(options.concurrency)
    started = time.perf_counter()
    async with (
        httpx2.AsyncClient(base_url=base_url) as admin,
        AsyncClient(api_key="soak", base_url=base_url, retry_policy=POLICY) as client,
    ):
        (await admin.delete("/_emulator/faults")).raise_for_status()
        if replay_from_start:
            # Queued for every stream request: automatic resumes and client.resume alike.
            spec = {"fault": REPLAY_FAULT, "times": _REPLAY_USES, "match": "stream"}
            (await admin.post("/_emulator/faults", json=spec)).raise_for_status()

        async def run(index: int, plan: _Plan | HopPlan, stream_rng: random.Random) -> None:
            async with gate:
                if isinstance(plan, HopPlan):
                    await run_continued(client, index, plan, result)
                else:
                    await _one(client, index, plan, stream_rng, result)

        tasks = []
        for index in range(streams):
            # Plans are drawn up front, in order, so a seed always means the same soak.
            plan: _Plan | HopPlan = hop_plan(rng) if rng.random() < 0.2 else _plan(rng)
            stream_rng = random.Random(rng.getrandbits(64))
            if rng.random() < 0.15:
                await _queue_burst(admin, rng, result.counts)
            if rng.random() < 0.1:
                await _queue_create_drop(admin, rng, result.counts)
            tasks.append(asyncio.create_task(run(index, plan, stream_rng)))
            if len(tasks) % options.concurrency == 0:
                await asyncio.sleep(0)  # let bursts interleave with running streams
        await asyncio.gather(*tasks)
        pending = (await admin.get("/_emulator/faults")).json()
        unused = sum(int(i["times"]) for i in pending if i["fault"] != REPLAY_FAULT)
        if unused:
            result.counts["queued responses left unused at the end"] = unused
        replays = [_REPLAY_USES - int(i["times"]) for i in pending if i["fault"] == REPLAY_FAULT]
        if replays:
            result.counts["stream requests (creates, resumes) under replay_from_start"] = replays[0]
        (await admin.delete("/_emulator/faults")).raise_for_status()
    result.seconds = time.perf_counter() - started
    return result


def run_soak(base_url: str, streams: int, options: SoakOptions = _DEFAULTS) -> SoakResult:
    """``soak`` from synchronous code."""
    return asyncio.run(soak(base_url, streams, options))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the soak against an emulator in its own process; nonzero exit on any violation."""
    from bench.emulator_process import emulator_process

    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--streams", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--replay-from-start",
        action="store_true",
        help="the server answers every resume from the stream's first event",
    )
    args = parser.parse_args(argv)
    with emulator_process() as url:
        options = SoakOptions(
            seed=args.seed, concurrency=args.concurrency, replay_from_start=args.replay_from_start
        )
        result = run_soak(url, args.streams, options)
    print(result.report())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
