"""The store protocol: small JSON records under string keys, with compare-and-set.

Every piece of state that outlives a process (stream checkpoints, conversation
threads) goes through this protocol, so one backend serves them all. A record carries
a ``version`` that each write increments; ``set_if`` writes only when the stored
version is the one the writer read, which is how two replicas never both advance
the same record.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..errors import StoreConflict

__all__ = ["Record", "Store", "check_key", "check_ttl", "conflict"]


@dataclass(frozen=True)
class Record:
    """One stored value and its version (1 for a new key, +1 on every write)."""

    value: dict[str, Any]
    version: int


@runtime_checkable
class Store(Protocol):
    """A key-value store with atomic compare-and-set, shared by processes and machines.

    Calls are synchronous and short; implementations are thread-safe and safe to use
    from several processes at once. Values are JSON objects (``dict`` in, ``dict`` out).
    """

    def get(self, key: str) -> Record | None:
        """The record under ``key``, or None when absent or expired."""
        ...

    def set_if(
        self,
        key: str,
        value: Mapping[str, Any],
        *,
        version: int | None,
        ttl: float | None = None,
    ) -> Record:
        """Write ``value`` if the stored version is ``version`` (None: no live record).

        Returns the new record (version incremented); raises ``StoreConflict`` and
        writes nothing otherwise. ``ttl`` in seconds makes the record expire (an
        expired record counts as absent); None keeps it until deleted. Each write sets
        the expiry afresh.
        """
        ...

    def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is absent)."""
        ...

    def close(self) -> None:
        """Release connections; the store cannot be used afterwards."""
        ...


def check_key(key: str) -> str:
    """``key``, or ``ValueError`` when it cannot name a record."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"a store key is a non-empty string, not {key!r}")
    return key


def check_ttl(ttl: float | None) -> float | None:
    """``ttl``, or ``ValueError`` when it is not a positive number of seconds."""
    if ttl is not None and not (isinstance(ttl, int | float) and math.isfinite(ttl) and ttl > 0):
        raise ValueError(f"ttl is a positive number of seconds or None, not {ttl!r}")
    return ttl


def conflict(key: str, expected: int | None, current: Record | None) -> StoreConflict:
    """The error of a compare-and-set on ``key`` that found ``current``, not ``expected``."""
    found = None if current is None else current.version
    return StoreConflict(
        f"store key {key!r} is at version {found}, not {expected}",
        key=key,
        expected=expected,
        current=current,
    )
