"""Section b: one long stream over loopback from the emulator (in its own process).

Three clients read the same emulator stream: ``Client`` (the full path: transport,
decoder, typed events, cursor, de-duplication and the accumulator behind
``stream.interaction()``), our decoder straight on an ``httpx2`` response (transport
and decoding only), and google-genai's client pointed at the emulator.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import httpx2

from bench.emulator_process import emulator_process
from bench.table import Row, rate
from interactions_ext import Client, RetryPolicy
from interactions_ext.events import decode
from interactions_ext.sse import SSEDecoder

__all__ = ["run_wire"]

SECTION = "b. wire"
MODEL = "gemini-2.5-flash"


def _scenario(words: int) -> dict[str, str]:
    return {"x-emulator-scenario": f"answer_words={words}"}


def client_stream(
    base_url: str, scenario: Mapping[str, str], *, accumulate: bool = True
) -> tuple[int, int, float]:
    """Events, text bytes and seconds for one ``Client`` stream of the given scenario."""
    with Client(
        api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0)
    ) as client:
        start = time.perf_counter()
        count = 0
        text_bytes = 0
        with client.create(
            "bench", model=MODEL, stream=True, accumulate=accumulate, extra_headers=scenario
        ) as s:
            for event in s:
                count += 1
                delta = getattr(event, "delta", None)
                text = getattr(delta, "text", None)
                if isinstance(text, str):
                    text_bytes += len(text)
        return count, text_bytes, time.perf_counter() - start


def decoder_stream(base_url: str, scenario: Mapping[str, str]) -> tuple[int, int, float]:
    """Events, body bytes and seconds for ``SSEDecoder`` + ``events.decode`` on httpx2."""
    body = {"model": MODEL, "input": "bench", "stream": True}
    headers = {"x-goog-api-key": "bench", **scenario}
    with httpx2.Client(timeout=120) as http:
        start = time.perf_counter()
        count = size = 0
        with http.stream(
            "POST", f"{base_url}/v1beta/interactions", json=body, headers=headers
        ) as r:
            r.raise_for_status()
            decoder = SSEDecoder()
            for chunk in r.iter_bytes():
                size += len(chunk)
                for sse in decoder.feed(chunk):
                    decode(sse)
                    count += 1
        return count, size, time.perf_counter() - start


def genai_stream(base_url: str, words: int) -> tuple[int, float]:
    """Events and seconds for google-genai's ``client.interactions.create(stream=True)``."""
    from google import genai

    client: Any = genai.Client(api_key="bench", http_options={"base_url": base_url})
    start = time.perf_counter()
    count = 0
    stream = client.interactions.create(
        model=MODEL, input="bench", stream=True, extra_headers=_scenario(words)
    )
    for _ in stream:
        count += 1
    return count, time.perf_counter() - start


def run_wire(quick: bool = False) -> list[Row]:
    """Rows for the wire section."""
    # One model_output step of N/3 text deltas, through the full Client path (cursor,
    # de-duplication, accumulation); google-genai's is shorter because it is slow.
    client_words = 150_000 if quick else 600_000
    long_words = 150_000 if quick else 600_000
    genai_words = 6_000 if quick else 30_000
    rows: list[Row] = []
    with emulator_process() as url:
        client_stream(url, _scenario(300))  # warm up both processes
        n, size, seconds = decoder_stream(url, _scenario(long_words))
        rows.append(
            Row(
                SECTION,
                "httpx2 + SSEDecoder + events.decode",
                f"{rate(n, seconds)} events, {size / seconds / 1e6:.1f} MB/s",
                f"{n} events, {size / 1e6:.1f} MB",
            )
        )
        n, text, seconds = client_stream(url, _scenario(client_words))
        ours = n / seconds
        rows.append(
            Row(
                SECTION,
                "Client.create(stream=True) (full path)",
                f"{rate(n, seconds)} events",
                f"{n} events, {text / 1e6:.2f} MB of text",
            )
        )
        try:
            g_n, g_seconds = genai_stream(url, genai_words)
        except Exception as exc:  # a reference that cannot run is reported, not fatal
            rows.append(Row(SECTION, "google-genai client", f"failed: {exc!r}"[:90]))
        else:
            rows.append(
                Row(
                    SECTION,
                    "google-genai client.interactions.create(stream)",
                    f"{rate(g_n, g_seconds)} events",
                    f"{g_n} events; Client is {ours / (g_n / g_seconds):.0f}x faster",
                )
            )
    return rows
