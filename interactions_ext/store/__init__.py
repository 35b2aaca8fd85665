"""State that outlives a process: stream checkpoints and conversation threads.

One protocol (``Store``: ``get``, ``set_if`` compare-and-set, ``delete``, ``close``)
and two backends: ``SQLiteStore`` (stdlib ``sqlite3`` in WAL mode; the default, safe
across the processes of one machine) and ``RedisStore`` (the ``[redis]`` extra; one
Redis shared by replicas on many machines). ``open_store(url)`` picks one from a URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import StoreConflict, StoreError, ThreadConflictError
from .protocol import Record, Store

if TYPE_CHECKING:
    from ._open import ENV_VAR, default_store_path, open_store
    from .redis import RedisStore
    from .sqlite import SQLiteStore

__all__ = [
    "ENV_VAR",
    "Record",
    "RedisStore",
    "SQLiteStore",
    "Store",
    "StoreConflict",
    "StoreError",
    "ThreadConflictError",
    "default_store_path",
    "open_store",
]

# The backends load on first use: importing the client never pays for sqlite3.
_OPEN = frozenset({"ENV_VAR", "default_store_path", "open_store"})


def __getattr__(name: str) -> Any:
    module: Any
    if name in _OPEN:
        from . import _open as module
    elif name == "SQLiteStore":
        from . import sqlite as module
    elif name == "RedisStore":
        from . import redis as module
    else:
        raise AttributeError(f"module 'interactions_ext.store' has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
