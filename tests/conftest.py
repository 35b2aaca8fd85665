"""Shared fixtures: one real emulator on 127.0.0.1:0 per session, reset for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest

from interactions_ext import AsyncClient, Client
from interactions_ext.emulator import Emulator

LEGACY = "2026-05-07"


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
def client(emu: Emu) -> Iterator[Client]:
    with Client(api_key="test-key", base_url=emu.base_url) as c:
        yield c


@pytest.fixture
def legacy_client(emu: Emu) -> Iterator[Client]:
    with Client(api_key="test-key", base_url=emu.base_url, api_revision=LEGACY) as c:
        yield c


@pytest.fixture
async def aclient(emu: Emu) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key="test-key", base_url=emu.base_url) as c:
        yield c
