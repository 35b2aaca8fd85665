"""A browser relay: a conversation's answers as resumable Server-Sent Events (ASGI).

``create_relay(client, model=...)`` is a Starlette app; run it with uvicorn, or
``interactions relay``. Any number of replicas can serve it behind a load balancer when
they share one store (Redis): a browser that reconnects with ``Last-Event-ID`` continues
on whichever replica it reaches. See docs/replicas.md.
"""

try:
    import starlette  # noqa: F401
except ImportError as exc:
    raise ImportError(
        "the relay needs starlette and uvicorn: pip install 'interactions-ext[relay]'",
        name=exc.name,
    ) from exc

from .app import create_relay
from .errors import RelayError

__all__ = ["RelayError", "create_relay"]
