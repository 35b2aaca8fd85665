"""Run the emulator with uvicorn: in the foreground, or on a background thread."""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

import httpx2
import uvicorn

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
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> EmulatorState:
        """Store, settings, faults and request log (for in-process inspection)."""
        state: EmulatorState = self.app.state.emulator
        return state

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server (loopback when bound to every address)."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def start(self) -> Emulator:
        """Start serving; returns once the socket is listening."""
        warn_if_exposed(self.host, self.control_token)
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self._requested_port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve()), name="interactions-emulator", daemon=True
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError(
                    f"the emulator could not start on {self.host}:{self._requested_port}"
                )
            threading.Event().wait(0.01)
        sockets = [s for srv in server.servers for s in srv.sockets]
        self.port = sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def reset(self) -> None:
        """Forget interactions, faults and scenario changes."""
        headers = {TOKEN_HEADER: self.control_token} if self.control_token else {}
        httpx2.post(f"{self.base_url}/_emulator/reset", headers=headers).raise_for_status()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
