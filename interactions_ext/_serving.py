"""Serving an ASGI app with uvicorn, as the emulator and the relay do: in the foreground
(announcing the address it bound, so ``--port 0`` is usable), or on a background thread.

Needs uvicorn; imported only by the packages whose extra brings it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn

__all__ = ["OnExit", "ServerThread", "serve_foreground", "url_host"]

OnExit = Callable[[], Awaitable[None]]


def _server(app: Any, host: str, port: int, **config: Any) -> uvicorn.Server:
    return uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,  # its lines would show query strings unredacted
            lifespan="off",
            **config,
        )
    )


def _bound_port(server: uvicorn.Server) -> int:
    port: int = server.servers[0].sockets[0].getsockname()[1]
    return port


def url_host(host: str) -> str:
    """``host`` as it goes in a URL (an IPv6 address in brackets)."""
    return f"[{host}]" if ":" in host else host


async def _serve(server: uvicorn.Server, on_exit: OnExit | None) -> None:
    try:
        await server.serve()
    finally:
        if on_exit is not None:
            await on_exit()


async def _announced(server: uvicorn.Server, name: str, on_exit: OnExit | None) -> None:
    task = asyncio.create_task(_serve(server, on_exit))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started:
        host = url_host(server.config.host)
        print(f"{name} listening on http://{host}:{_bound_port(server)}", flush=True)
    await task


def serve_foreground(
    app: Any, host: str, port: int, *, name: str, on_exit: OnExit | None = None
) -> None:
    """Serve until interrupted; prints ``NAME listening on http://HOST:PORT`` once bound.

    ``on_exit`` runs on the server's loop when serving stops (e.g. to close a client).
    """
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_announced(_server(app, host, port), name, on_exit))


class ServerThread:
    """``app`` served on a daemon thread with an event loop of its own."""

    def __init__(
        self,
        app: Any,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        name: str = "asgi-server",
        on_exit: OnExit | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self._server = _server(app, host, port, timeout_graceful_shutdown=1)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(_serve(self._server, on_exit)), name=name, daemon=True
        )

    def start(self) -> int:
        """Start serving; returns the bound port once the socket listens."""
        self._thread.start()
        started = threading.Event()  # only waited on: a bounded sleep between checks
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError(
                    f"{self._thread.name} could not start on {self.host}:{self.port}"
                )
            started.wait(0.01)
        self.port = _bound_port(self._server)
        return self.port

    def stop(self) -> None:
        """Stop serving and wait (bounded) for the thread."""
        self._server.should_exit = self._server.force_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
