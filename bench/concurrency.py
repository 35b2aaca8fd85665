"""Section e: many concurrent async streams against the emulator (in its own process)."""

from __future__ import annotations

import asyncio
import statistics
import time

from bench.emulator_process import emulator_process
from bench.table import Row, rate
from interactions_ext import AsyncClient, RetryPolicy

__all__ = ["run_concurrency", "run_streams"]

SECTION = "e. concurrency"
MODEL = "gemini-2.5-flash"


async def _one(client: AsyncClient, words: int) -> tuple[float, int]:
    """Seconds to the first event, and the event count, of one stream."""
    start = time.perf_counter()
    first = 0.0
    count = 0
    stream = await client.create(
        "bench",
        model=MODEL,
        stream=True,
        extra_headers={"x-emulator-scenario": f"answer_words={words}"},
    )
    async with stream:
        async for _ in stream:
            if count == 0:
                first = time.perf_counter() - start
            count += 1
    if not stream.finished:
        raise AssertionError("a stream ended without its terminal event")
    return first, count


async def run_streams(base_url: str, streams: int, words: int) -> tuple[list[float], int, float]:
    """First-event latencies, total events and wall seconds for ``streams`` at once."""
    async with AsyncClient(
        api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0)
    ) as client:
        await _one(client, 30)  # warm up the pool and both processes
        start = time.perf_counter()
        results = await asyncio.gather(*(_one(client, words) for _ in range(streams)))
        seconds = time.perf_counter() - start
    return [r[0] for r in results], sum(r[1] for r in results), seconds


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run_concurrency(quick: bool = False) -> list[Row]:
    """Rows for the concurrency section: 200 streams, then 500 and 1000 at once."""
    words = 300 if quick else 1_500  # 100 or 500 text deltas per stream
    with emulator_process() as url:
        rows = _rows(200, *asyncio.run(run_streams(url, 200, words)))
        for many in (500,) if quick else (500, 1000):
            latencies, events, seconds = asyncio.run(run_streams(url, many, 60))
            rows.append(
                Row(
                    SECTION,
                    f"{many} concurrent streams on one AsyncClient (default pool)",
                    f"{len(latencies)}/{many} complete, {rate(events, seconds)} events total",
                    f"{events} events in {seconds:.2f} s",
                    target="all complete",
                    met=len(latencies) == many,
                )
            )
    return rows


def _rows(streams: int, latencies: list[float], events: int, seconds: float) -> list[Row]:
    return [
        Row(
            SECTION,
            f"{streams} concurrent AsyncClient streams",
            f"{len(latencies)}/{streams} complete, {rate(events, seconds)} events total",
            f"{events} events in {seconds:.2f} s",
            target="all complete",
            met=len(latencies) == streams,
        ),
        Row(
            SECTION,
            "time to first event",
            f"p50 {statistics.median(latencies) * 1e3:.0f} ms, "
            f"p99 {_percentile(latencies, 0.99) * 1e3:.0f} ms",
            f"max {max(latencies) * 1e3:.0f} ms",
        ),
    ]
