"""State that outlives a process: stream checkpoints and conversation threads.

One protocol (``Store``: ``get``, ``set_if`` compare-and-set, ``delete``, ``close``)
and two backends: ``SQLiteStore`` (stdlib ``sqlite3`` in WAL mode; the default, safe
across the processes of one machine) and ``RedisStore`` (the ``[redis]`` extra; one
Redis shared by replicas on many machines). ``open_store(url)`` picks one from a URL.
"""

from __future__ import annotations

from ..errors import StoreConflict, StoreError, ThreadConflictError
from ._open import ENV_VAR, default_store_path, open_store
from .protocol import Record, Store
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
