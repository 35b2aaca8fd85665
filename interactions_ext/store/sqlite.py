"""``SQLiteStore``: the embedded default, safe across the processes of one machine.

One table in a WAL-mode database. A write is one ``BEGIN IMMEDIATE`` transaction
(read the version, compare, write), so writers from any number of processes are
serialised by SQLite's own lock; readers never wait for writers. Commits use
``synchronous=NORMAL``: a process killed at any point loses nothing it committed
(only a power cut can drop the last commits).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from ..errors import StoreError
from ._codec import decode_value, encode_value
from .protocol import Record, check_key, check_ttl, conflict

__all__ = ["SQLiteStore"]

MEMORY: Final = ":memory:"
_SCHEMA: Final = (
    "CREATE TABLE IF NOT EXISTS records ("
    " key TEXT PRIMARY KEY, value BLOB NOT NULL, version INTEGER NOT NULL, expires REAL"
    ") WITHOUT ROWID"
)
# Expired rows are dropped every this many writes (and on open), not on every one.
_PURGE_EVERY: Final = 256


def _use_wal(db: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch the file to WAL, waiting out other processes doing the same.

    The switch takes an exclusive lock that SQLite does not wait for (its busy timeout
    does not apply): processes opening a new file at once get "database is locked".
    """
    deadline, pause = time.monotonic() + busy_timeout, 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


class SQLiteStore:
    """A ``Store`` in one SQLite file (``":memory:"``: private to this object).

    ``busy_timeout`` is how long a write waits for another process's write to finish
    before raising ``StoreError``. The parent directory is created when missing.
    """

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._writes = 0
        self._closed = False
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._connection()

    def __repr__(self) -> str:
        return f"SQLiteStore(path={self.path!r})"

    def _connection(self) -> sqlite3.Connection:
        """The connection of this process (a forked child opens its own)."""
        if self._closed:
            raise StoreError(f"{self!r} is closed")
        if self._db is not None and self._pid == os.getpid():
            return self._db
        if self._db is not None and self.path == MEMORY:
            return self._db  # a private in-memory database cannot be reopened
        try:
            db = sqlite3.connect(
                self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
            )
            _use_wal(db, self._busy_timeout)
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.execute("DELETE FROM records WHERE expires <= ?", (time.time(),))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the SQLite store at {self.path!r}: {exc}") from exc
        self._db, self._pid = db, os.getpid()
        return db

    def _failed(self, key: str, exc: sqlite3.Error) -> StoreError:
        return StoreError(f"SQLite store {self.path!r}: {exc}", key=key)

    @contextmanager
    def _transaction(self, key: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = self._connection()
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._failed(key, exc) from exc
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                db.execute("ROLLBACK")
                raise self._failed(key, exc) from exc

    def get(self, key: str) -> Record | None:
        """The record under ``key``, or None when absent or expired."""
        check_key(key)
        with self._lock:
            try:
                row = (
                    self._connection()
                    .execute("SELECT value, version, expires FROM records WHERE key = ?", (key,))
                    .fetchone()
                )
            except sqlite3.Error as exc:
                raise self._failed(key, exc) from exc
        return _live(row, time.time())

    def set_if(
        self,
        key: str,
        value: Mapping[str, Any],
        *,
        version: int | None,
        ttl: float | None = None,
    ) -> Record:
        """Write ``value`` when the stored version is ``version``; see ``Store.set_if``."""
        check_key(key)
        check_ttl(ttl)
        data = encode_value(value)
        with self._transaction(key) as db:
            now = time.time()
            row = db.execute(
                "SELECT value, version, expires FROM records WHERE key = ?", (key,)
            ).fetchone()
            current = _live(row, now)
            found = None if current is None else current.version
            if found != version:
                raise conflict(key, version, current)
            new = Record(decode_value(data), (found or 0) + 1)
            expires = None if ttl is None else now + ttl
            db.execute(
                "INSERT OR REPLACE INTO records (key, value, version, expires) VALUES (?, ?, ?, ?)",
                (key, data, new.version, expires),
            )
            self._writes += 1
            if self._writes % _PURGE_EVERY == 0:
                db.execute("DELETE FROM records WHERE expires <= ?", (now,))
        return new

    def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is absent)."""
        check_key(key)
        with self._transaction(key) as db:
            db.execute("DELETE FROM records WHERE key = ?", (key,))

    def close(self) -> None:
        """Close the connection; further calls raise ``StoreError``."""
        with self._lock:
            self._closed = True
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None


def _live(row: tuple[bytes, int, float | None] | None, now: float) -> Record | None:
    if row is None:
        return None
    data, version, expires = row
    if expires is not None and expires <= now:
        return None
    return Record(decode_value(data), version)
