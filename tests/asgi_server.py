"""An ASGI app served by uvicorn on 127.0.0.1:0 from a background thread, for tests."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import uvicorn

__all__ = ["serve_app"]


@contextlib.contextmanager
def serve_app(app: Any, on_exit: Callable[[], Awaitable[None]] | None = None) -> Iterator[str]:
    """Serve ``app``; yields its base URL. The app runs on the server thread's own loop,
    where ``on_exit`` runs too once serving stops (e.g. to close the app's client)."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="off",
        timeout_graceful_shutdown=1,
    )  # fmt: skip
    server = uvicorn.Server(config)

    async def run() -> None:
        try:
            await server.serve()
        finally:
            if on_exit is not None:
                await on_exit()

    thread = threading.Thread(target=lambda: asyncio.run(run()), daemon=True)
    thread.start()
    started = threading.Event()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the app could not be served")
        started.wait(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = server.force_exit = True
        thread.join(timeout=10)
