"""``open_store``: which store a URL (or the environment) names, and the default path."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final
from urllib.parse import unquote

from ..errors import ConfigurationError
from ..redaction import redact_url
from .protocol import Store
from .sqlite import MEMORY, SQLiteStore

__all__ = ["ENV_VAR", "default_store_path", "open_store"]

ENV_VAR: Final = "INTERACTIONS_STORE"
_REDIS_SCHEMES: Final = ("redis://", "rediss://", "unix://")
_FORMS: Final = "sqlite:///ABSOLUTE/PATH.db, sqlite:///:memory:, redis://HOST:PORT/DB"


def default_store_path() -> Path:
    """Where the default SQLite store lives: the user's data directory.

    ``$XDG_DATA_HOME/interactions-ext/store.db`` (``~/.local/share/...`` when unset) on
    Linux and other Unixes, ``~/Library/Application Support/interactions-ext/store.db``
    on macOS, ``%LOCALAPPDATA%\\interactions-ext\\store.db`` on Windows.
    """
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "interactions-ext" / "store.db"


def open_store(url: str | Store | None = None) -> Store:
    """The store ``url`` names; a ``Store`` is returned as it is.

    ``sqlite:///ABSOLUTE/PATH.db`` (``sqlite:///:memory:`` for one private in-memory
    database), ``redis://HOST:PORT/DB`` (also ``rediss://`` and ``unix://``; needs the
    ``[redis]`` extra). None: the URL in ``$INTERACTIONS_STORE``, else SQLite at
    ``default_store_path()``.
    """
    if url is None:
        url = os.environ.get(ENV_VAR) or None
        if url is None:
            return SQLiteStore(default_store_path())
    if not isinstance(url, str):
        if isinstance(url, Store):
            return url
        raise TypeError(f"store= takes a URL or a Store, not {type(url).__name__}")
    if url.startswith(_REDIS_SCHEMES):
        from .redis import RedisStore

        return RedisStore(url)
    if url.startswith("sqlite://"):
        return SQLiteStore(_sqlite_path(url))
    raise ConfigurationError(
        f"unknown store URL scheme in {redact_url(url)!r}; use one of {_FORMS}"
    )


def _sqlite_path(url: str) -> str:
    rest = url.removeprefix("sqlite://").split("?", 1)[0]
    if rest == "/" + MEMORY:
        return MEMORY
    if not rest.startswith("/") or rest == "/":
        raise ConfigurationError(
            f"a SQLite store URL names an absolute path: sqlite:///ABSOLUTE/PATH.db, not"
            f" {redact_url(url)!r}"
        )
    return unquote(rest)
