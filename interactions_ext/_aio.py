"""asyncio on first use: sync-only programs never pay for importing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["sleep", "to_thread"]

_T = TypeVar("_T")


async def sleep(seconds: float) -> None:
    """``asyncio.sleep``."""
    import asyncio

    await asyncio.sleep(seconds)


async def to_thread(fn: Callable[[], _T]) -> _T:
    """``asyncio.to_thread``: run blocking work off the event loop."""
    import asyncio

    return await asyncio.to_thread(fn)
