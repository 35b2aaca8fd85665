"""Run the emulator with uvicorn: in the foreground, or on a background thread."""

from __future__ import annotations

import os
from typing import Any

import httpx2

from .._serving import ServerThread, url_host
from .app import create_app
from .settings import EmulatorSettings
from .state import TOKEN_HEADER, EmulatorState, control_token_from_env, warn_if_exposed

__all__ = ["Emulator"]


class Emulator:
    """A running emulator on a background thread; a context manager.

    >>> with Emulator(clock_speed=10) as emu:
    ...     client = Client(api_key="any", base_url=emu.base_url)

    ``replay`` serves a cassette file or directory instead of the emulated model;
    ``control_token`` (default: ``$INTERACTIONS_EMULATOR_TOKEN``) guards ``/_emulator/*``.
    Other keywords are session settings (``EmulatorSettings``).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        replay: str | os.PathLike[str] | None = None,
        control_token: str | None = None,
        **settings: Any,
    ) -> None:
        config = EmulatorSettings()
        config.update(settings)
        self.control_token = control_token_from_env(control_token)
        self.app = create_app(config, replay=replay, control_token=self.control_token)
        self.host = host
        self._requested_port = port
        self.port = port
        self._server: ServerThread | None = None

    @property
    def state(self) -> EmulatorState:
        """Store, settings, faults and request log (for in-process inspection)."""
        state: EmulatorState = self.app.state.emulator
        return state

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server (loopback when bound to every address)."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        return f"http://{url_host(host)}:{self.port}"

    def start(self) -> Emulator:
        """Start serving; returns once the socket is listening."""
        warn_if_exposed(self.host, self.control_token)
        server = ServerThread(
            self.app, self.host, self._requested_port, name="interactions-emulator"
        )
        self._server = server
        self.port = server.start()
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        if self._server is not None:
            self._server.stop()
        self._server = None

    def reset(self) -> None:
        """Forget interactions, faults and scenario changes."""
        headers = {TOKEN_HEADER: self.control_token} if self.control_token else {}
        httpx2.post(f"{self.base_url}/_emulator/reset", headers=headers).raise_for_status()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
