"""``RedisStore``: one Redis shared by every replica, on any number of machines.

A record is a hash (``version``, ``value``) under ``prefix + key``. Compare-and-set
is one Lua script, which Redis runs atomically; expiry is Redis's own (``PEXPIRE``),
so expired records vanish on the server's clock. Needs the ``[redis]`` extra.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from ..errors import StoreError
from ..redaction import redact_url
from ._codec import decode_value, encode_value
from .protocol import Record, check_key, check_ttl, conflict

if TYPE_CHECKING:
    import redis as redis_py

__all__ = ["RedisStore"]

DEFAULT_PREFIX: Final = "interactions-ext:"
# KEYS[1] the record; ARGV: expected version ("" for none), value, ttl in ms ("" for none).
# Returns the new version, or -1 on a conflict.
_SET_IF: Final = """
local current = redis.call('HGET', KEYS[1], 'version')
if ARGV[1] == '' then
  if current then return -1 end
elseif current ~= ARGV[1] then
  return -1
end
local new = 1
if current then new = tonumber(current) + 1 end
redis.call('HSET', KEYS[1], 'version', new, 'value', ARGV[2])
if ARGV[3] == '' then
  redis.call('PERSIST', KEYS[1])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return new
"""


class RedisStore:
    """A ``Store`` in Redis: a ``redis://`` / ``rediss://`` / ``unix://`` URL, or a client.

    A ``redis.Redis`` passed in is used as it is and left open by ``close()``; one made
    from a URL is closed by it. ``prefix`` namespaces the keys, so several apps (or
    tests) can share one database.
    """

    def __init__(
        self, url_or_client: str | redis_py.Redis, *, prefix: str = DEFAULT_PREFIX
    ) -> None:
        try:
            import redis as redis_py
        except ImportError as exc:
            raise ImportError(
                "RedisStore needs redis-py: pip install 'interactions-ext[redis]'", name=exc.name
            ) from exc
        self._errors: tuple[type[Exception], ...] = (redis_py.RedisError,)
        self.prefix = prefix
        if isinstance(url_or_client, str):
            self.url = redact_url(url_or_client)
            self._redis = redis_py.Redis.from_url(url_or_client)
            self._owned = True
        else:
            kwargs = url_or_client.connection_pool.connection_kwargs
            self.url = (
                f"redis://{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"
            )
            self._redis = url_or_client
            self._owned = False
        self._script = self._redis.register_script(_SET_IF)
        self._closed = False

    def __repr__(self) -> str:
        return f"RedisStore(url={self.url!r}, prefix={self.prefix!r})"

    def _key(self, key: str) -> str:
        if self._closed:
            raise StoreError(f"{self!r} is closed", key=key)
        return self.prefix + check_key(key)

    def _failed(self, key: str, exc: Exception) -> StoreError:
        return StoreError(f"Redis store {self.url}: {type(exc).__name__}: {exc}", key=key)

    def get(self, key: str) -> Record | None:
        """The record under ``key``, or None when absent or expired."""
        name = self._key(key)
        try:
            version, data = self._redis.hmget(name, ["version", "value"])
        except self._errors as exc:
            raise self._failed(key, exc) from exc
        if version is None or data is None:
            return None
        return Record(decode_value(data), int(version))

    def set_if(
        self,
        key: str,
        value: Mapping[str, Any],
        *,
        version: int | None,
        ttl: float | None = None,
    ) -> Record:
        """Write ``value`` when the stored version is ``version``; see ``Store.set_if``."""
        name = self._key(key)
        check_ttl(ttl)
        data = encode_value(value)
        ttl_ms = "" if ttl is None else str(max(1, math.ceil(ttl * 1000)))
        expected = "" if version is None else str(int(version))
        try:
            new = int(self._script(keys=[name], args=[expected, data, ttl_ms]))
        except self._errors as exc:
            raise self._failed(key, exc) from exc
        if new < 0:
            raise conflict(key, version, self.get(key))
        return Record(decode_value(data), new)

    def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is absent)."""
        name = self._key(key)
        try:
            self._redis.delete(name)
        except self._errors as exc:
            raise self._failed(key, exc) from exc

    def close(self) -> None:
        """Close the connection pool (when this store made it); further calls raise."""
        self._closed = True
        if self._owned:
            self._redis.close()
