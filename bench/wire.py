"""Section b: long streams over loopback from a server that shares no code with us.

``bench.sse_server`` (plain ``http.server``, in its own process, on the other core)
serves recorded bodies from memory, faster than any client reads them, so each
contender runs at its own ceiling: the emulator's long text answer (what the targets are
read on) and the bench corpus (thoughts, text, function arguments; figures only). Each
body is read by our decoder straight on an ``httpx2`` response (transport and decoding
only: the reference), by ``Client``/``AsyncClient`` (the full path: transport, decoder,
typed events, cursor, de-duplication, continuation bookkeeping and the accumulator behind
``stream.interaction()``), with and without accumulation; google-genai's client reads a
short answer. Every contender's loop over the events only counts them, so the rates
differ by what each client does per event, not by the reader's own work. Each contender
reads the stream a few times, in turns: the figures are each one's best read (with the
CPU the client process spent per event), the ratios the median of the rounds' ratios.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx2

from bench.emulator_process import served_process
from bench.table import Row, rate
from interactions_ext import AsyncClient, Client, RetryPolicy, output_text
from interactions_ext.events import decode
from interactions_ext.sse import SSEDecoder
from interactions_ext.stream_core import StreamView

__all__ = ["run_wire"]

SECTION = "b. wire"
MODEL = "gemini-2.5-flash"
BODY = {"model": MODEL, "input": "bench", "stream": True}


@dataclass(frozen=True)
class Read:
    """One read of a stream: events, bytes (body or text), wall and CPU seconds."""

    events: int
    size: int
    seconds: float
    cpu: float

    @property
    def rate(self) -> float:
        return self.events / self.seconds

    @property
    def cpu_us(self) -> float:
        return self.cpu / self.events * 1e6


def _timed(read: Callable[[], tuple[int, int]]) -> Read:
    start, cpu = time.perf_counter(), time.process_time()
    events, size = read()
    return Read(events, size, time.perf_counter() - start, time.process_time() - cpu)


def _text_size(stream: StreamView, accumulate: bool) -> int:
    # Read once the stream is over: the loops over events do no more than the
    # reference's does (count them), so the two rates compare like for like.
    return len(output_text(stream.interaction())) if accumulate else 0


def client_stream(base_url: str, scenario: Mapping[str, str], *, accumulate: bool = True) -> Read:
    """One ``Client`` stream of the given scenario (the full sync path)."""
    with Client(
        api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0)
    ) as client:

        def read() -> tuple[int, int]:
            count = 0
            with client.create(
                "bench", model=MODEL, stream=True, accumulate=accumulate, extra_headers=scenario
            ) as stream:
                for _ in stream:
                    count += 1
            return count, _text_size(stream, accumulate)

        return _timed(read)


def decoder_stream(base_url: str, scenario: Mapping[str, str]) -> Read:
    """``SSEDecoder`` + ``events.decode`` on an ``httpx2.Client`` response (the reference)."""
    headers = {"x-goog-api-key": "bench", **scenario}
    with httpx2.Client(timeout=120) as http:

        def read() -> tuple[int, int]:
            count = size = 0
            url = f"{base_url}/v1beta/interactions"
            with http.stream("POST", url, json=BODY, headers=headers) as response:
                response.raise_for_status()
                decoder = SSEDecoder()
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    for sse in decoder.feed(chunk):
                        decode(sse)
                        count += 1
            return count, size

        return _timed(read)


async def _async_timed(read: Callable[[], Any]) -> Read:
    start, cpu = time.perf_counter(), time.process_time()
    events, size = await read()
    return Read(events, size, time.perf_counter() - start, time.process_time() - cpu)


async def _async_client(base_url: str, scenario: Mapping[str, str], accumulate: bool) -> Read:
    async with AsyncClient(
        api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0)
    ) as client:

        async def read() -> tuple[int, int]:
            count = 0
            stream = await client.create(
                "bench", model=MODEL, stream=True, accumulate=accumulate, extra_headers=scenario
            )
            async with stream:
                async for _ in stream:
                    count += 1
            return count, _text_size(stream, accumulate)

        return await _async_timed(read)


async def _async_decoder(base_url: str, scenario: Mapping[str, str]) -> Read:
    headers = {"x-goog-api-key": "bench", **scenario}
    async with httpx2.AsyncClient(timeout=120) as http:

        async def read() -> tuple[int, int]:
            count = size = 0
            url = f"{base_url}/v1beta/interactions"
            async with http.stream("POST", url, json=BODY, headers=headers) as response:
                response.raise_for_status()
                decoder = SSEDecoder()
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    for sse in decoder.feed(chunk):
                        decode(sse)
                        count += 1
            return count, size

        return await _async_timed(read)


def async_client_stream(
    base_url: str, scenario: Mapping[str, str], *, accumulate: bool = True
) -> Read:
    """One ``AsyncClient`` stream (the full async path), in its own event loop."""
    return asyncio.run(_async_client(base_url, scenario, accumulate))


def async_decoder_stream(base_url: str, scenario: Mapping[str, str]) -> Read:
    """``SSEDecoder`` + ``events.decode`` on an ``httpx2.AsyncClient`` response."""
    return asyncio.run(_async_decoder(base_url, scenario))


def genai_stream(base_url: str, headers: Mapping[str, str]) -> tuple[int, float]:
    """Events and seconds for google-genai's ``client.interactions.create(stream=True)``."""
    from google import genai

    client: Any = genai.Client(api_key="bench", http_options={"base_url": base_url})
    start = time.perf_counter()
    count = 0
    stream = client.interactions.create(
        model=MODEL, input="bench", stream=True, extra_headers=dict(headers)
    )
    for _ in stream:
        count += 1
    return count, time.perf_counter() - start


def _rounds(runs: int, contenders: dict[str, Callable[[], Read]]) -> list[dict[str, Read]]:
    """Every contender's read in each round, the contenders taking turns (load hits all alike)."""
    return [{name: read() for name, read in contenders.items()} for _ in range(runs)]


def _best_of(rounds: list[dict[str, Read]], name: str) -> Read:
    """``name``'s fastest read."""
    return max((r[name] for r in rounds), key=lambda read: read.rate)


def _paired(rounds: list[dict[str, Read]], name: str, base: str) -> float:
    """The median over rounds of ``name``'s rate over ``base``'s in the same round.

    Reads of one round are seconds apart, so a slow spell of the machine hits both;
    the best rates of each, taken apart, may come from different spells.
    """
    return statistics.median(r[name].rate / r[base].rate for r in rounds)


def _flavour_rows(
    flavour: str, body: str, rounds: list[dict[str, Read]], targets: bool
) -> list[Row]:
    base, full, lean = (_best_of(rounds, name) for name in ("decoder", "client", "client_lean"))
    client = "Client" if flavour == "sync" else "AsyncClient"
    http = "httpx2.Client" if flavour == "sync" else "httpx2.AsyncClient"
    head = f"{body}, {flavour}"

    def figure(read: Read) -> str:
        return f"{rate(read.events, read.seconds)} events, {read.cpu_us:.2f} us CPU/event"

    def verdict(ratio: float, at_least: float) -> dict[str, Any]:
        return {"target": f">= {at_least:.0%}", "met": ratio >= at_least} if targets else {}

    full_ratio = _paired(rounds, "client", "decoder")
    lean_ratio = _paired(rounds, "client", "client_lean")
    return [
        Row(
            SECTION,
            f"{head}: {http} + SSEDecoder + events.decode",
            figure(base),
            f"{base.events} events, {base.size / 1e6:.1f} MB",
        ),
        Row(
            SECTION,
            f"{head}: {client}.create(stream=True) (full path)",
            figure(full),
            f"{full.events} events, {full.size / 1e6:.2f} MB of text",
        ),
        Row(SECTION, f"{head}: {client}, accumulate=False", figure(lean)),
        Row(
            SECTION,
            f"{head}: full path / httpx2 + SSEDecoder + events.decode",
            f"{full_ratio * 100:.0f}% of the rate (median of {len(rounds)} rounds)",
            f"CPU per event {full.cpu_us / base.cpu_us:.2f}x",
            **verdict(full_ratio, 0.70),
        ),
        Row(
            SECTION,
            f"{head}: accumulate=True / accumulate=False",
            f"{lean_ratio * 100:.0f}% of the rate (median of {len(rounds)} rounds)",
            f"CPU per event {full.cpu_us / lean.cpu_us:.2f}x",
            **verdict(lean_ratio, 0.80),
        ),
    ]


def _genai_rows(base_url: str, ours: Read) -> list[Row]:
    try:
        count, seconds = genai_stream(base_url, {"x-bench-size": "small"})
    except Exception as exc:  # a reference that cannot run is reported, not fatal
        return [Row(SECTION, "google-genai client", f"failed: {exc!r}"[:90])]
    ratio = ours.rate / (count / seconds)
    return [
        Row(
            SECTION,
            "answer: google-genai client.interactions.create(stream=True)",
            f"{rate(count, seconds)} events",
            f"{count} events (the short answer)",
        ),
        Row(
            SECTION,
            "answer: Client / google-genai, typed events/s",
            f"{ratio:.0f}x",
            "same server, same run",
            target=">= 250x",
            met=ratio >= 250,
        ),
    ]


def _body_rows(url: str, body: str, runs: int, targets: bool) -> tuple[list[Row], Read]:
    """Sync and async rows for one body; and the sync full path's best read."""
    large = {"x-bench-body": body, "x-bench-size": "large"}
    sync = _rounds(
        runs,
        {
            "decoder": lambda: decoder_stream(url, large),
            "client": lambda: client_stream(url, large),
            "client_lean": lambda: client_stream(url, large, accumulate=False),
        },
    )
    asynchronous = _rounds(
        runs,
        {
            "decoder": lambda: async_decoder_stream(url, large),
            "client": lambda: async_client_stream(url, large),
            "client_lean": lambda: async_client_stream(url, large, accumulate=False),
        },
    )
    rows = _flavour_rows("sync", body, sync, targets)
    rows += _flavour_rows("async", body, asynchronous, targets)
    return rows, _best_of(sync, "client")


def run_wire(quick: bool = False) -> list[Row]:
    """Rows for the wire section: the emulator's answer (the targets), then the corpus."""
    events, small = (50_000, 5_000) if quick else (200_000, 20_000)
    command = [sys.executable, "-m", "bench.sse_server", "--events", str(events)]
    runs = 2 if quick else 5
    with served_process([*command, "--small-events", str(small)]) as url:
        warm = {"x-bench-size": "small"}
        client_stream(url, warm)  # warm up both processes
        async_client_stream(url, warm)
        rows, ours = _body_rows(url, "answer", runs, targets=True)
        rows += _genai_rows(url, ours)
        rows += _body_rows(url, "corpus", runs, targets=False)[0]
    return rows
