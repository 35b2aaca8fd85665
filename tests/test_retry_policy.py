"""The retry decision table, without I/O."""

from __future__ import annotations

import email.utils
import time

import httpx2
import pytest

from interactions_ext.retry import RetryPolicy, retry_after_seconds

POLICY = RetryPolicy(max_retries=3, initial_backoff=0.5, max_backoff=8.0, retry_after_cap=60.0)


@pytest.mark.parametrize(
    ("status", "idempotent", "retried"),
    [
        (429, True, True),
        (429, False, True),  # rate limited before acting: safe even for create
        (503, False, True),
        (500, True, True),
        (500, False, False),  # the server may have started the interaction
        (502, False, False),
        (504, True, True),
        (408, True, True),
        (400, True, False),
        (401, True, False),
        (403, True, False),
        (404, True, False),
        (409, True, False),
    ],
)
def test_status_table(status: int, idempotent: bool, retried: bool) -> None:
    delay = POLICY.decide(attempt=0, idempotent=idempotent, status=status)
    assert (delay is not None) is retried


@pytest.mark.parametrize(
    ("error", "idempotent", "retried"),
    [
        (httpx2.ConnectError("refused"), False, True),  # never reached the server
        (httpx2.ConnectTimeout("slow"), False, True),
        (httpx2.PoolTimeout("busy"), False, True),
        (httpx2.ReadTimeout("slow"), False, False),  # the create may be running
        (httpx2.RemoteProtocolError("cut"), False, False),
        (httpx2.ReadTimeout("slow"), True, True),
        (httpx2.RemoteProtocolError("cut"), True, True),
        (ValueError("not transport"), True, False),
    ],
)
def test_transport_error_table(error: BaseException, idempotent: bool, retried: bool) -> None:
    delay = POLICY.decide(attempt=0, idempotent=idempotent, error=error)
    assert (delay is not None) is retried


def test_gives_up_after_max_retries() -> None:
    delays = [POLICY.decide(attempt=a, idempotent=True, status=503) for a in range(5)]
    assert [d is not None for d in delays] == [True, True, True, False, False]


def test_nothing_to_retry_without_status_or_error() -> None:
    assert POLICY.decide(attempt=0, idempotent=True) is None


def test_backoff_is_jittered_within_a_growing_capped_ceiling() -> None:
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        samples = [POLICY.backoff(attempt) for _ in range(200)]
        assert all(0.0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling / 2  # jitter spreads over the range
        assert len(set(samples)) > 100


def test_retry_after_wins_over_backoff_and_is_capped() -> None:
    assert POLICY.decide(attempt=0, idempotent=True, status=429, headers={"retry-after": "7"}) == 7
    capped = POLICY.decide(attempt=0, idempotent=True, status=429, headers={"retry-after": "600"})
    assert capped == 60.0


def test_total_deadline_stops_a_retry_that_would_overrun() -> None:
    policy = RetryPolicy(total_deadline=10.0)
    headers = {"retry-after": "5"}
    assert policy.decide(attempt=0, idempotent=True, status=503, headers=headers, elapsed=4) == 5
    assert policy.decide(attempt=0, idempotent=True, status=503, headers=headers, elapsed=6) is None


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": "whenever"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str] | None, seconds: float | None) -> None:
    assert retry_after_seconds(headers) == seconds


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    seconds = retry_after_seconds({"retry-after": when})
    assert seconds is not None and 25 <= seconds <= 31
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after_seconds({"retry-after": past}) == 0.0


def test_delay_applies_only_the_budget_and_the_hint() -> None:
    # What a broken stream uses: no status, no error class, just "try again?".
    assert POLICY.delay(attempt=0, headers={"retry-after": "2"}) == 2
    assert POLICY.delay(attempt=POLICY.max_retries) is None
    short = RetryPolicy(initial_backoff=0.5, max_backoff=0.5, total_deadline=1.0)
    assert short.delay(attempt=0, headers={"retry-after": "0.5"}, elapsed=0.4) == 0.5
    assert short.delay(attempt=0, headers={"retry-after": "0.5"}, elapsed=0.6) is None
