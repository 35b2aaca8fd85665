"""The relay in a real headless Chromium: two replicas sharing one Redis behind a
failover proxy; the one serving the answer is killed (SIGKILL) mid-answer; the page's
EventSource reconnects through the proxy to the other, which continues after the
page's ``Last-Event-ID``. The page ends up with the whole answer, exactly once.

Every process is real: the emulator (the upstream API, a long slow answer), two relay
replicas (``python -m interactions_ext.relay``), ``redis-server``. Skipped, loudly,
when Chromium is not installed (failed under CI, where ``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from interactions_ext import Client, output_text

from .failover_proxy import FailoverProxy, failover_proxy
from .served_process import ServedProcess, served_process

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_MISSING = (
    f"Chromium is not installed at {CHROMIUM}, so the relay's browser test DID NOT RUN. "
    "Install it (Debian/Ubuntu: apt-get install -y chromium) to run it."
)
MODEL = "gemini-2.5-flash"
BOUND_MS = 60_000  # every wait in the page is bounded by this


def _chromium() -> str:
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which("chromium")):
        if os.environ.get("CI"):
            pytest.fail(_MISSING)
        pytest.skip(_MISSING)
    return CHROMIUM if os.access(CHROMIUM, os.X_OK) else str(shutil.which("chromium"))


class Deployment:
    """The emulator, two replicas sharing Redis, and the proxy in front of them."""

    def __init__(
        self, emulator: ServedProcess, replicas: list[ServedProcess], proxy: FailoverProxy
    ):
        self.emulator = emulator
        self.replicas = replicas
        self.proxy = proxy


def _emulator_args() -> list[str]:
    slow = ["--scenario", "answer_words=450", "--scenario", "event_delay_ms=20"]
    return ["-m", "interactions_ext.emulator", "--port", "0", *slow]


def _replica_args(redis_url: str, upstream: str) -> list[str]:
    serve = ["-m", "interactions_ext.relay", "--port", "0", "--model", MODEL]
    return [*serve, "--store", redis_url, "--base-url", upstream, "--retry", "0.2"]


@pytest.fixture
def deployment(redis_url: str) -> Iterator[Deployment]:
    with ExitStack() as stack:
        emulator = stack.enter_context(served_process(_emulator_args()))
        env = {"GEMINI_API_KEY": "test-key"}
        replicas = [
            stack.enter_context(served_process(_replica_args(redis_url, emulator.base_url), env))
            for _ in range(2)
        ]
        proxy = stack.enter_context(failover_proxy([r.address for r in replicas]))
        yield Deployment(emulator, replicas, proxy)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile each time
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
        )
        context.set_default_timeout(BOUND_MS)
        try:
            yield context.new_page()
        finally:
            context.close()


ANSWER = ".turn .answer"


def test_the_page_gets_the_whole_answer_once_when_its_replica_dies_mid_answer(
    deployment: Deployment, page: Any
) -> None:
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{deployment.proxy.base_url}/?thread=browser-1")
    page.fill("#input", "Tell me a long story about rivers")
    page.click("#send")
    page.wait_for_function(f"() => document.querySelector({ANSWER!r})?.textContent.length > 0")
    first = deployment.replicas[0]
    first.kill()  # the replica serving the stream: every connection went to it so far
    partial = page.text_content(ANSWER)
    assert page.get_attribute(".turn", "data-state") == "streaming"

    page.wait_for_selector('.turn[data-state="done"]')
    shown = page.text_content(ANSWER)
    interaction_id = page.get_attribute(".turn", "data-interaction")
    with Client(api_key="test-key", base_url=deployment.emulator.base_url) as client:
        full = output_text(client.get(interaction_id))
    assert shown == full, console
    assert 0 < len(partial) < len(full)  # it was killed mid-answer
    streams = [s for s in deployment.proxy.served if "/events" in s.first_line]
    assert {s.replica for s in streams} == {0, 1}, deployment.proxy.served
    assert streams[-1].replica == 1
    assert page.query_selector(".problem") is None
