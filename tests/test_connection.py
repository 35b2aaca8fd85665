"""Retries, errors and secrecy against the emulator's fault switches, over loopback."""

from __future__ import annotations

import logging
import socket

import pytest

from interactions_ext import (
    APIConnectionError,
    BadRequestError,
    Client,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)

from .conftest import Emu

MODEL = "gemini-2.5-flash"
SECRET = "AIzaSy-super-secret-test-key-0123456789"


def _api_calls(emu: Emu) -> list[dict]:
    return [r for r in emu.requests() if "/_emulator" not in r["path"]]


def test_429_with_retry_after_then_success(
    emu: Emu, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    emu.fault("status=429,retry_after=1", times=1, match="create")
    with caplog.at_level(logging.DEBUG, logger="interactions_ext"):
        created = client.create("hi", model=MODEL)
    assert created.status == "completed"
    assert len(_api_calls(emu)) == 2
    assert any("429" in r.getMessage() and "1.0" in r.getMessage() for r in caplog.records)


def test_three_503_then_success(emu: Emu) -> None:
    emu.fault("status=503", times=3, match="get")
    with Client(
        api_key="k",
        base_url=emu.base_url,
        retry_policy=RetryPolicy(max_retries=3, initial_backoff=0.01, max_backoff=0.02),
    ) as client:
        created = client.create("hi", model=MODEL)
        assert client.get(created.id).id == created.id
    assert len([r for r in _api_calls(emu) if r["method"] == "GET"]) == 4


def test_400_is_not_retried_and_carries_the_server_message(emu: Emu, client: Client) -> None:
    with pytest.raises(BadRequestError) as info:
        client.create("hi", model=MODEL, background=True, extra_body={"store": False})
    assert info.value.status_code == 400
    assert "store" in info.value.message
    assert len(_api_calls(emu)) == 1


def test_create_is_not_retried_after_500(emu: Emu, client: Client) -> None:
    emu.fault("status=500", times=1, match="create")
    with pytest.raises(InternalServerError):
        client.create("hi", model=MODEL)
    assert len(_api_calls(emu)) == 1


def test_rate_limit_surfaces_after_the_retry_budget(emu: Emu) -> None:
    emu.fault("status=429,retry_after=0", times=5, match="create")
    with (
        Client(
            api_key="k",
            base_url=emu.base_url,
            retry_policy=RetryPolicy(max_retries=2, initial_backoff=0.0),
        ) as client,
        pytest.raises(RateLimitError) as info,
    ):
        client.create("hi", model=MODEL)
    assert info.value.status_code == 429 and info.value.status == "RESOURCE_EXHAUSTED"
    assert len(_api_calls(emu)) == 3


def test_connection_refused_raises_after_retries() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    policy = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)
    with (
        Client(api_key="k", base_url=f"http://127.0.0.1:{port}", retry_policy=policy) as client,
        pytest.raises(APIConnectionError),
    ):
        client.create("hi", model=MODEL)


def test_api_key_never_leaks(emu: Emu, caplog: pytest.LogCaptureFixture) -> None:
    emu.fault("status=503", times=1, match="create")
    texts: list[str] = []
    with (
        caplog.at_level(logging.DEBUG),
        Client(
            api_key=SECRET,
            base_url=emu.base_url,
            retry_policy=RetryPolicy(max_retries=1, initial_backoff=0.0),
        ) as client,
    ):
        texts += [repr(client), repr(client.settings), str(client.settings)]
        created = client.create("hi", model=MODEL)
        with pytest.raises(BadRequestError) as info:
            client.create("hi", model=MODEL, background=True, extra_body={"store": False})
        texts += [str(info.value), repr(info.value)]
        client.get(created.id)
    texts += [r.getMessage() for r in caplog.records]
    texts += [f"{r['path']}?{r['query']}" for r in _api_calls(emu)]
    assert texts and all(SECRET not in text for text in texts)
    assert all(
        r["headers"].get("x-goog-api-key", "").startswith("<redacted") for r in _api_calls(emu)
    )
