"""Shared fixtures: one real emulator on 127.0.0.1:0 per session, reset for each test."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2
import pytest

from interactions_ext import AsyncClient, Client
from interactions_ext.emulator import Emulator
from interactions_ext.sse import iter_events

from .flavours import LoopThread, SyncFacade
from .hostile import HostileServer, serve
from .redis_server import RedisServer
from .redis_server import redis_server as start_redis

LEGACY = "2026-05-07"

MakeClient = Callable[..., Client]
"""``make_client(**options)``: a client of the test's flavour (see ``make_client``)."""
EMU_KEY = {"x-goog-api-key": "emu-test"}


def sse_json(body: bytes) -> list[dict[str, Any]]:
    """The JSON events of an SSE body as the server sent them (``[DONE]`` and other
    non-JSON data left out)."""
    return [
        json.loads(sse.data_bytes) for sse in iter_events([body]) if sse.data_bytes.startswith(b"{")
    ]


class Emu:
    """The running emulator plus its admin endpoints."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.base_url = emulator.base_url

    def _admin(self, method: str, path: str, json: Any = None) -> Any:
        response = httpx2.request(method, f"{self.base_url}/_emulator/{path}", json=json)
        response.raise_for_status()
        return response.json() if response.content else None

    def reset(self) -> None:
        self._admin("POST", "reset")

    def scenario(self, **settings: Any) -> None:
        self._admin("POST", "scenarios", settings)

    def fault(self, fault: str, times: int = 1, match: str = "any") -> None:
        self._admin("POST", "faults", {"fault": fault, "times": times, "match": match})

    def requests(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._admin("GET", "requests")
        return result


@pytest.fixture(scope="session")
def _emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def emu(_emulator: Emulator) -> Emu:
    wrapper = Emu(_emulator)
    wrapper.reset()
    return wrapper


@pytest.fixture
def http(emu: Emu) -> Iterator[httpx2.Client]:
    """Plain HTTP to the emulator, with an API key: what it sends, byte for byte."""
    with httpx2.Client(base_url=emu.base_url, headers=EMU_KEY, timeout=30) as c:
        yield c


@pytest.fixture(params=[None, LEGACY], ids=["current", "legacy"])
def revision(request: pytest.FixtureRequest) -> str | None:
    """The API revision a test runs against: the default one, then the legacy one."""
    value: str | None = request.param
    return value


@pytest.fixture(scope="session")
def loop_thread() -> Iterator[LoopThread]:
    thread = LoopThread()
    yield thread
    thread.close()


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    """Which client a one-body test is running against."""
    value: str = request.param
    return value


@pytest.fixture
def make_client(flavour: str, loop_thread: LoopThread, emu: Emu) -> Iterator[MakeClient]:
    """Builds a ``Client``, or an ``AsyncClient`` behind a sync facade, per ``flavour``."""
    opened: list[Any] = []

    def make(**options: Any) -> Any:
        options.setdefault("api_key", "test-key")
        options.setdefault("base_url", emu.base_url)
        made: Any = (
            Client(**options)
            if flavour == "sync"
            else SyncFacade(AsyncClient(**options), loop_thread)
        )
        opened.append(made)
        return made

    yield make
    for made in opened:
        made.close()


@pytest.fixture
def client(make_client: MakeClient) -> Client:
    """A client of each flavour: tests taking it run once sync and once async."""
    return make_client()


@pytest.fixture
def legacy_client(make_client: MakeClient) -> Client:
    return make_client(api_revision=LEGACY)


@pytest.fixture
async def aclient(emu: Emu) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key="test-key", base_url=emu.base_url) as c:
        yield c


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """A stdlib server playing scripted (often broken) answers on 127.0.0.1:0."""
    yield from serve()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real ``redis-server`` per session (skipped, loudly, when not installed)."""
    with start_redis() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """A URL of an emptied database of the session's ``redis-server``."""
    import redis

    url = redis_server.url(0)
    with redis.Redis.from_url(url) as r:
        r.flushdb()
    return url
