"""An ASGI app served by uvicorn on 127.0.0.1:0 from a background thread, for tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from interactions_ext._serving import OnExit, ServerThread

__all__ = ["serve_app"]


@contextlib.contextmanager
def serve_app(app: Any, on_exit: OnExit | None = None) -> Iterator[str]:
    """Serve ``app``; yields its base URL. The app runs on the server thread's own loop,
    where ``on_exit`` runs too once serving stops (e.g. to close the app's client)."""
    server = ServerThread(app, on_exit=on_exit)
    port = server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
