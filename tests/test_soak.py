"""The fault soak (bench/soak.py) at small scale: exactly-once delivery under faults."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx2
import pytest

from bench.soak import SoakOptions, expected_event_ids, run_soak
from interactions_ext import stream as stream_module
from interactions_ext.continuation import StreamHops
from interactions_ext.events import Event
from interactions_ext.stream import StreamCore

from .conftest import Emu


def test_fifty_faulted_streams_deliver_every_event_exactly_once_in_order(emu: Emu) -> None:
    result = run_soak(emu.base_url, 50, SoakOptions(seed=1))

    assert result.violations == []
    assert result.completed == 50
    assert result.ok
    # The seed injects every kind of fault; each one must have been survived.
    counts = result.counts
    assert counts["stream header drop_after_events"] > 0
    assert counts["stream header drop_after_bytes"] > 0
    assert counts["StreamInterruptedError raised, resumed from its cursor"] > 0
    assert counts["automatic reconnects"] > 0
    assert (
        counts["queued 429 responses (Retry-After)"] + counts["queued 503 responses (Retry-After)"]
        > 0
    )
    assert counts["faulted streams delivered exactly once"] > 0
    assert counts["continuation streams delivered whole, each event once"] > 0
    assert (
        counts["continuation hops"]
        > counts["continuation streams delivered whole, each event once"]
    )


def test_soak_reports_a_lost_event_as_a_violation(
    emu: Emu, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = StreamCore.feed
    seen = 0

    def lossy_feed(self: StreamCore, chunk: bytes) -> Iterator[Event]:
        nonlocal seen
        for event in feed(self, chunk):
            seen += 1
            if seen % 97 != 0:
                yield event

    monkeypatch.setattr(stream_module.StreamCore, "feed", lossy_feed)
    result = run_soak(emu.base_url, 10, SoakOptions(seed=2))

    assert not result.ok
    assert result.violations


def test_soak_reports_a_lost_hop_as_a_violation(emu: Emu, monkeypatch: pytest.MonkeyPatch) -> None:
    new_core = StreamHops.new_core

    def one_core(self: StreamHops) -> StreamCore:
        # Reading every hop with the first hop's finished core loses the later hops.
        core: StreamCore = self.__dict__.setdefault("only", new_core(self))
        return core

    monkeypatch.setattr(StreamHops, "new_core", one_core)
    result = run_soak(emu.base_url, 30, SoakOptions(seed=2))

    assert any(v.startswith("continuation stream") for v in result.violations)


@pytest.mark.parametrize("words", [1, 6, 40])
def test_expected_ids_are_what_the_emulator_sends(emu: Emu, words: int) -> None:
    # Read with plain httpx2 and the JSON itself, so the reference does not depend on
    # the client whose delivery the soak judges.
    response = httpx2.post(
        f"{emu.base_url}/v1beta/interactions",
        json={"model": "gemini-2.5-flash", "input": "soak", "stream": True},
        headers={"x-goog-api-key": "k", "x-emulator-scenario": f"answer_words={words}"},
    )
    sent = [
        json.loads(line[len(b"data: ") :])["event_id"]
        for line in response.content.split(b"\n")
        if line.startswith(b"data: {")
    ]
    assert sent == expected_event_ids(words)


def test_fifty_streams_against_a_server_that_replays_every_resume(emu: Emu) -> None:
    result = run_soak(emu.base_url, 50, SoakOptions(seed=1, replay_from_start=True))

    assert result.violations == []
    assert result.completed == 50
    counts = result.counts
    assert counts["StreamInterruptedError raised, resumed from its cursor"] > 0
    assert counts["automatic reconnects"] > 0
    # Every create and resume of the run was answered under the fault.
    assert counts["stream requests (creates, resumes) under replay_from_start"] > 50
    assert "replays from the start" in result.report()
