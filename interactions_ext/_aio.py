"""asyncio on first use: sync-only programs never pay for importing it.

Also what the async source needs where its sync twin must do something else:
``async_finish_body`` and ``async_close_body`` (imported by ``_async/`` modules) are
``finish_body`` and ``close_body`` in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Final, TypeVar

__all__ = [
    "async_close_body",
    "async_finish_body",
    "close_body",
    "finish_body",
    "sleep",
    "to_thread",
]

_T = TypeVar("_T")

FINISH_SECONDS: Final = 0.1
"""How long the rest of a body after ``[DONE]`` may take to arrive (normally its end
follows at once); more than that, or more than ``FINISH_BYTES``, and it is left unread."""
FINISH_BYTES: Final = 64 << 10


async def sleep(seconds: float) -> None:
    """``asyncio.sleep``."""
    import asyncio

    await asyncio.sleep(seconds)


async def to_thread(fn: Callable[[], _T]) -> _T:
    """``asyncio.to_thread``: run blocking work off the event loop."""
    import asyncio

    return await asyncio.to_thread(fn)


async def async_finish_body(chunks: AsyncIterator[bytes]) -> None:
    """Read what is left of a body, briefly, so its connection goes back to the pool.

    A body the server does not end within ``FINISH_SECONDS`` (or that goes on for more
    than ``FINISH_BYTES``) is left unread: closing the response then closes the
    connection, as it would have anyway. Errors reading it are the same.
    """
    import asyncio

    left = FINISH_BYTES
    try:
        async with asyncio.timeout(FINISH_SECONDS):
            async for chunk in chunks:
                left -= len(chunk)
                if left < 0:
                    return
    except Exception:
        return


def finish_body(chunks: Iterator[bytes]) -> None:
    """The sync twin of ``async_finish_body``: a blocking read cannot be bounded in time
    here, so the rest is left unread and closing the response closes the connection."""


async def async_close_body(chunks: AsyncIterator[bytes]) -> None:
    """Finish a body's iterator now, however its reading ended.

    httpx2's body iterators are async generators: one left to the garbage collector is
    finalised whenever a collection finds it, on whatever thread, possibly after its
    event loop is gone (and then fails as an "exception ignored").
    """
    aclose = getattr(chunks, "aclose", None)
    if aclose is not None:
        await aclose()


def close_body(chunks: Iterator[bytes]) -> None:
    """The sync twin of ``async_close_body``."""
    close = getattr(chunks, "close", None)
    if close is not None:
        close()
