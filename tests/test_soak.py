"""The fault soak (bench/soak.py) at small scale: exactly-once delivery under faults."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench.soak import expected_event_ids, run_soak
from interactions_ext import stream as stream_module
from interactions_ext.events import Event
from interactions_ext.stream import StreamCore

from .conftest import Emu


def test_fifty_faulted_streams_deliver_every_event_exactly_once_in_order(emu: Emu) -> None:
    result = run_soak(emu.base_url, 50, seed=1)

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
    result = run_soak(emu.base_url, 10, seed=2)

    assert not result.ok
    assert result.violations


def test_expected_ids_follow_the_emulator() -> None:
    assert expected_event_ids(6) == [f"evt_{i:09d}" for i in range(7)]
