"""Section e: many concurrent async streams against the emulator (in its own process).

200 streams of ~500 events and 1000 of ~100 are started at once, on one
``AsyncClient`` with its default pool, and the same streams are read by plain
``httpx2.AsyncClient`` (same pool limits) with ``SSEDecoder`` + ``events.decode``:
the CPU the client process spends per event is compared. The client's default pool
(``interactions_ext.config.DEFAULT_MAX_CONNECTIONS``) is also run against the pool it
had before (1000 connections, 100 idle), where httpcore2's per-request bookkeeping,
which walks every pooled connection, takes a large share of the CPU.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx2

from bench.emulator_process import emulator_process
from bench.table import Row, rate
from interactions_ext import AsyncClient, RetryPolicy
from interactions_ext.config import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_KEEPALIVE
from interactions_ext.events import decode
from interactions_ext.sse import SSEDecoder

__all__ = ["run_concurrency", "run_streams"]

SECTION = "e. concurrency"
MODEL = "gemini-2.5-flash"
OLD_POOL = {"max_connections": 1000, "max_keepalive_connections": 100}


@dataclass(frozen=True)
class Burst:
    """``streams`` started at once: first-event latencies, events, wall and CPU seconds."""

    latencies: list[float]
    events: int
    seconds: float
    cpu: float

    @property
    def cpu_us(self) -> float:
        return self.cpu / self.events * 1e6


def _scenario(words: int) -> dict[str, str]:
    return {"x-emulator-scenario": f"answer_words={words}"}


async def _one(client: AsyncClient, words: int) -> tuple[float, int]:
    """Seconds to the first event, and the event count, of one stream."""
    start = time.perf_counter()
    first = 0.0
    count = 0
    stream = await client.create("bench", model=MODEL, stream=True, extra_headers=_scenario(words))
    async with stream:
        async for _ in stream:
            if count == 0:
                first = time.perf_counter() - start
            count += 1
    if not stream.finished:
        raise AssertionError("a stream ended without its terminal event")
    return first, count


async def _one_raw(http: httpx2.AsyncClient, url: str, words: int) -> tuple[float, int]:
    """The same stream through plain httpx2, framed and decoded by our decoder."""
    start = time.perf_counter()
    first = 0.0
    count = 0
    body = {"model": MODEL, "input": "bench", "stream": True}
    headers = {"x-goog-api-key": "bench", **_scenario(words)}
    async with http.stream("POST", f"{url}/v1beta/interactions", json=body, headers=headers) as r:
        decoder = SSEDecoder()
        async for chunk in r.aiter_bytes():
            for sse in decoder.feed(chunk):
                if count == 0:
                    first = time.perf_counter() - start
                decode(sse)
                count += 1
    return first, count - 1  # the [DONE] sentinel is not an event


async def _burst(
    one: Callable[[int], Awaitable[tuple[float, int]]], streams: int, words: int
) -> Burst:
    await one(30)  # warm up the pool and both processes
    start, cpu = time.perf_counter(), time.process_time()
    results = await asyncio.gather(*(one(words) for _ in range(streams)))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Burst([r[0] for r in results], sum(r[1] for r in results), seconds, cpu)


async def run_streams(
    base_url: str, streams: int, words: int, **pool: Any
) -> tuple[list[float], int, float]:
    """First-event latencies, total events and wall seconds for ``streams`` at once."""
    burst = await _ours(base_url, streams, words, **pool)
    return burst.latencies, burst.events, burst.seconds


async def _ours(base_url: str, streams: int, words: int, **pool: Any) -> Burst:
    async with AsyncClient(
        api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0), **pool
    ) as client:
        return await _burst(lambda w: _one(client, w), streams, words)


async def _raw(base_url: str, streams: int, words: int) -> Burst:
    limits = httpx2.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )
    async with httpx2.AsyncClient(timeout=None, limits=limits) as http:
        return await _burst(lambda w: _one_raw(http, base_url, w), streams, words)


def _least_cpu(runs: int, contenders: dict[str, Callable[[], Burst]]) -> dict[str, Burst]:
    """Each contender's run with the least CPU per event, the contenders taking turns."""
    best: dict[str, Burst] = {}
    for _ in range(runs):
        for name, burst in contenders.items():
            got = burst()
            if name not in best or got.cpu_us < best[name].cpu_us:
                best[name] = got
    return best


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _rows(streams: int, words: int, runs: dict[str, Burst]) -> list[Row]:
    ours, raw, old = runs["ours"], runs["raw"], runs["old"]
    ratio = ours.cpu_us / raw.cpu_us
    pool = f"{DEFAULT_MAX_CONNECTIONS} connections, {DEFAULT_MAX_KEEPALIVE} idle"
    latencies = ours.latencies
    return [
        Row(
            SECTION,
            f"{streams} streams at once: httpx2.AsyncClient + SSEDecoder + events.decode",
            f"{raw.cpu_us:.2f} us CPU/event",
            f"{raw.events} events in {raw.seconds:.2f} s, same pool limits",
        ),
        Row(
            SECTION,
            f"{streams} streams at once: AsyncClient (default pool: {pool})",
            f"{ours.cpu_us:.2f} us CPU/event, {len(latencies)}/{streams} complete",
            f"{ours.events} events in {ours.seconds:.2f} s ({rate(ours.events, ours.seconds)})",
            target="all complete",
            met=len(latencies) == streams,
        ),
        Row(
            SECTION,
            f"{streams} streams at once: AsyncClient / httpx2, CPU per event",
            f"{ratio:.2f}x",
            f"~{words // 3} text deltas per stream",
            target="<= 1.5x",
            met=ratio <= 1.5,
        ),
        Row(
            SECTION,
            f"{streams} streams at once: AsyncClient on the old pool (1000 connections, 100 idle)",
            f"{old.cpu_us:.2f} us CPU/event",
            f"{old.cpu_us / ours.cpu_us:.2f}x the default pool's",
        ),
        Row(
            SECTION,
            f"{streams} streams at once: time to first event",
            f"p50 {statistics.median(latencies) * 1e3:.0f} ms, "
            f"p99 {_percentile(latencies, 0.99) * 1e3:.0f} ms",
            f"max {max(latencies) * 1e3:.0f} ms",
        ),
    ]


def run_concurrency(quick: bool = False) -> list[Row]:
    """Rows for the concurrency section: 200 streams, then 1000, at once."""
    # Each contender's least CPU of three runs in turns: a run of ~100 events per stream
    # is short, and one slow run would otherwise decide the ratio.
    runs = 1 if quick else 3
    rows: list[Row] = []
    with emulator_process() as url:
        for streams, words in ((200, 300 if quick else 1_500), (1000, 300)):
            rows += _rows(
                streams,
                words,
                _least_cpu(
                    runs,
                    {
                        "raw": lambda s=streams, w=words: asyncio.run(_raw(url, s, w)),
                        "ours": lambda s=streams, w=words: asyncio.run(_ours(url, s, w)),
                        "old": lambda s=streams, w=words: asyncio.run(_ours(url, s, w, **OLD_POOL)),
                    },
                ),
            )
    return rows
