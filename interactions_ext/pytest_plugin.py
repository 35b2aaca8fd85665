"""pytest fixture ``interactions_emulator``: a running emulator and clients configured for it.

Registered automatically (entry point ``pytest11``) when interactions-ext is installed::

    def test_my_app(interactions_emulator):
        client = interactions_emulator.client
        assert client.create("hi", model="gemini-2.5-flash").status == "completed"

Cassettes: ``@pytest.mark.interactions_replay("cassettes/")`` (relative to the test file)
serves a recording for one test; the ``--interactions-replay=PATH`` option or the
``interactions_replay`` ini setting (relative to the rootdir) for every test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .client import AsyncClient, Client
    from .emulator import Emulator

_OPTION = "interactions_replay"
_MARKER = "interactions_replay"


def pytest_addoption(parser: pytest.Parser) -> None:
    help_text = "cassette file or directory the interactions_emulator fixture replays"
    parser.addoption("--interactions-replay", dest=_OPTION, default=None, help=help_text)
    parser.addini(_OPTION, help_text, default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(path): the interactions_emulator fixture replays this cassette "
        "(a file or directory, relative to the test file)",
    )


class EmulatorFixture:
    """What the fixture yields: the server, its admin helpers, and ready clients."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.base_url = emulator.base_url
        self._client: Client | None = None
        self._async_client: AsyncClient | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None

    @property
    def client(self) -> Client:
        """A ``Client`` pointed at the emulator."""
        if self._client is None:
            from .client import Client

            self._client = Client(api_key="emulator-key", base_url=self.base_url)
        return self._client

    @property
    def async_client(self) -> AsyncClient:
        """An ``AsyncClient`` pointed at the emulator; first use it inside your event loop."""
        if self._async_client is None:
            from .client import AsyncClient

            self._async_client = AsyncClient(api_key="emulator-key", base_url=self.base_url)
            self._async_loop = asyncio.get_running_loop()
        return self._async_client

    def set_scenario(self, **settings: Any) -> None:
        """Change session settings, e.g. ``clock_speed=50`` (all or nothing)."""
        self.emulator.state.settings.update(settings)

    def add_fault(self, fault: str, times: int = 1, match: str = "any") -> None:
        """Queue a fault for the next ``times`` matching requests."""
        self.emulator.state.faults.add(fault, times, match)

    def replay(self, path: str | Path) -> None:
        """Answer from this cassette (file or directory) for the rest of the test."""
        from .emulator import ReplayLibrary

        self.emulator.state.replay = ReplayLibrary.load(path)

    def requests(self) -> list[dict[str, Any]]:
        """The requests the emulator received (credentials redacted)."""
        return list(self.emulator.state.requests)

    def close(self) -> None:
        """Close the clients the fixture made (the async one on the loop it was used in)."""
        if self._client is not None:
            self._client.close()
        loop = self._async_loop
        if self._async_client is not None and loop is not None and not loop.is_closed():
            loop.run_until_complete(self._async_client.aclose())


def _session_cassette(config: pytest.Config) -> Path | None:
    value = config.getoption(_OPTION) or config.getini(_OPTION)
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_absolute() else config.rootpath / path


@pytest.fixture(scope="session")
def _interactions_emulator_server(pytestconfig: pytest.Config) -> Iterator[Emulator]:
    from .emulator import Emulator

    with Emulator(replay=_session_cassette(pytestconfig)) as emulator:
        yield emulator


@pytest.fixture
def interactions_emulator(
    request: pytest.FixtureRequest, _interactions_emulator_server: Emulator
) -> Iterator[EmulatorFixture]:
    """A running Interactions emulator (reset for each test) with configured clients."""
    _interactions_emulator_server.state.reset()
    fixture = EmulatorFixture(_interactions_emulator_server)
    marker = request.node.get_closest_marker(_MARKER)
    if marker is not None:
        fixture.replay(Path(request.path).parent / str(marker.args[0]))
    yield fixture
    fixture.close()
    _interactions_emulator_server.state.reset()
