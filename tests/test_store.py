"""The store protocol, against SQLite (file and in-memory) and a real redis-server.

Compare-and-set is the property everything durable rests on: a write lands only at the
version its writer read, across threads and across processes.
"""

from __future__ import annotations

import itertools
import multiprocessing
import pickle
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from interactions_ext.errors import (
    ConfigurationError,
    InteractionsError,
    StoreConflict,
    StoreError,
    ThreadConflictError,
)
from interactions_ext.store import (
    Record,
    RedisStore,
    SQLiteStore,
    Store,
    default_store_path,
    open_store,
)

from .redis_server import RedisServer

StoreFactory = Callable[[], Store]
_PREFIXES = itertools.count()


@pytest.fixture(params=["sqlite", "sqlite-memory", "redis"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """Builds stores of one backend that all see the same data (memory: one store)."""
    opened: list[Store] = []
    kind: str = request.param
    if kind == "redis":
        url = request.getfixturevalue("redis_url")
        prefix = f"t{next(_PREFIXES)}:"

        def make() -> Store:
            opened.append(RedisStore(url, prefix=prefix))
            return opened[-1]
    elif kind == "sqlite":

        def make() -> Store:
            opened.append(SQLiteStore(tmp_path / "store.db"))
            return opened[-1]
    else:
        memory = SQLiteStore(":memory:")
        opened.append(memory)

        def make() -> Store:
            return memory

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: StoreFactory) -> Store:
    return make_store()


def test_a_new_key_starts_at_version_one(store: Store) -> None:
    assert store.get("job") is None
    record = store.set_if("job", {"a": 1}, version=None)
    assert record == Record({"a": 1}, 1)
    assert store.get("job") == record
    assert isinstance(store, Store)


def test_a_write_lands_only_at_the_version_read(store: Store) -> None:
    first = store.set_if("job", {"n": 1}, version=None)
    second = store.set_if("job", {"n": 2}, version=first.version)
    assert second == Record({"n": 2}, 2)
    with pytest.raises(StoreConflict) as stale:
        store.set_if("job", {"n": 99}, version=first.version)
    assert (stale.value.key, stale.value.expected, stale.value.current) == ("job", 1, second)
    with pytest.raises(StoreConflict) as exists:
        store.set_if("job", {"n": 99}, version=None)
    assert exists.value.current == second
    assert store.get("job") == second


def test_a_version_for_an_absent_key_conflicts(store: Store) -> None:
    with pytest.raises(StoreConflict) as info:
        store.set_if("nothing", {"n": 1}, version=3)
    assert info.value.current is None
    assert store.get("nothing") is None


def test_delete_removes_and_tolerates_absence(store: Store) -> None:
    store.set_if("job", {"n": 1}, version=None)
    store.delete("job")
    store.delete("job")
    assert store.get("job") is None
    assert store.set_if("job", {"n": 2}, version=None).version == 1


def _wait_until_gone(store: Store, key: str) -> None:
    deadline = time.monotonic() + 30
    while store.get(key) is not None:
        assert time.monotonic() < deadline, f"{key} never expired"
        time.sleep(0.02)


def test_an_expired_record_is_absent(store: Store) -> None:
    store.set_if("short", {"n": 1}, version=None, ttl=0.05)
    store.set_if("long", {"n": 1}, version=None, ttl=3600)
    _wait_until_gone(store, "short")
    assert store.get("long") == Record({"n": 1}, 1)
    with pytest.raises(StoreConflict):
        store.set_if("short", {"n": 2}, version=1)
    assert store.set_if("short", {"n": 2}, version=None) == Record({"n": 2}, 1)


def test_a_write_without_ttl_keeps_the_record(store: Store) -> None:
    first = store.set_if("job", {"n": 1}, version=None, ttl=0.05)
    store.set_if("job", {"n": 2}, version=first.version)  # no ttl: kept until deleted
    store.set_if("other", {"n": 1}, version=None, ttl=0.05)
    _wait_until_gone(store, "other")
    assert store.get("job") == Record({"n": 2}, 2)


@pytest.mark.parametrize("ttl", [0, -1, float("nan"), float("inf"), "10"])
def test_bad_ttls_are_refused(store: Store, ttl: Any) -> None:
    with pytest.raises(ValueError, match="ttl"):
        store.set_if("job", {"n": 1}, version=None, ttl=ttl)
    assert store.get("job") is None


def test_bad_keys_and_values_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="key"):
        store.get("")
    with pytest.raises(TypeError, match="mapping"):
        store.set_if("job", ["not", "a", "mapping"], version=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="JSON"):
        store.set_if("job", {"when": object()}, version=None)
    assert store.get("job") is None


def test_a_closed_store_says_so(make_store: StoreFactory) -> None:
    store = make_store()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get("job")


def test_two_handles_see_one_another(make_store: StoreFactory) -> None:
    one, two = make_store(), make_store()
    written = one.set_if("job", {"n": 1}, version=None)
    assert two.get("job") == written
    with pytest.raises(StoreConflict):
        two.set_if("job", {"n": 2}, version=None)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(value=st.dictionaries(st.text(max_size=10), _JSON, max_size=5), key=st.text(min_size=1))
def test_values_and_keys_round_trip(value: dict[str, Any], key: str) -> None:
    store = SQLiteStore(":memory:")
    try:
        assert store.set_if(key, value, version=None).value == value
        record = store.get(key)
        assert record is not None and record.value == value
    finally:
        store.close()


class _Model(RuleBasedStateMachine):
    """Random gets, compare-and-sets (right and wrong versions) and deletes vs a dict."""

    factory: StoreFactory

    def __init__(self) -> None:
        super().__init__()
        self.store = type(self).factory()
        self.model: dict[str, Record] = {}

    @rule(key=st.sampled_from("abc"), n=st.integers(0, 9), guess=st.integers(-1, 4))
    def set_if(self, key: str, n: int, guess: int) -> None:
        known = self.model.get(key)
        version = None if guess < 0 else (known.version if guess == 0 and known else guess)
        expected_ok = (known.version if known else None) == version
        try:
            record = self.store.set_if(key, {"n": n}, version=version)
        except StoreConflict as exc:
            assert not expected_ok
            assert exc.current == known
        else:
            assert expected_ok
            assert record == Record({"n": n}, (version or 0) + 1)
            self.model[key] = record

    @rule(key=st.sampled_from("abc"))
    def delete(self, key: str) -> None:
        self.store.delete(key)
        self.model.pop(key, None)

    @invariant()
    def same_as_model(self) -> None:
        for key in "abc":
            assert self.store.get(key) == self.model.get(key)

    def teardown(self) -> None:
        for key in "abc":
            self.store.delete(key)


def test_behaves_like_a_versioned_dict(make_store: StoreFactory) -> None:
    _Model.factory = staticmethod(make_store)  # type: ignore[assignment]
    run_state_machine_as_test(_Model, settings=settings(max_examples=25, deadline=None))


def _increment(store: Store, key: str, times: int) -> int:
    conflicts = 0
    for _ in range(times):
        while True:
            current = store.get(key)
            assert current is not None
            try:
                store.set_if(key, {"n": current.value["n"] + 1}, version=current.version)
                break
            except StoreConflict:
                conflicts += 1
    return conflicts


def test_threads_never_lose_an_increment(store: Store) -> None:
    store.set_if("counter", {"n": 0}, version=None)
    threads = [threading.Thread(target=_increment, args=(store, "counter", 40)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert store.get("counter") == Record({"n": 240}, 241)


_WORKER = textwrap.dedent(
    """
    import sys
    from interactions_ext.store import RedisStore, StoreConflict, open_store
    url, prefix, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = RedisStore(url, prefix=prefix) if url.startswith("redis") else open_store(url)
    for _ in range(times):
        while True:
            current = store.get("counter")
            try:
                store.set_if("counter", {"n": current.value["n"] + 1}, version=current.version)
                break
            except StoreConflict:
                pass
    store.close()
    """
)


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_processes_never_lose_an_increment(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "redis":
        url, prefix = request.getfixturevalue("redis_url"), "procs:"
        store: Store = RedisStore(url, prefix=prefix)
    else:
        url, prefix = f"sqlite://{tmp_path / 'shared.db'}", ""
        store = open_store(url)
    store.set_if("counter", {"n": 0}, version=None)
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, url, prefix, "60"]) for _ in range(4)
    ]
    for worker in workers:
        assert worker.wait(timeout=100) == 0
    assert store.get("counter") == Record({"n": 240}, 241)
    store.close()


def _open_at_once(path: str, barrier: Any, errors: Any) -> None:
    barrier.wait(timeout=30)
    try:
        store = SQLiteStore(path)
        store.get("k")
        store.close()
    except StoreError as exc:
        errors.put(str(exc))


def test_processes_opening_a_new_file_at_once_all_get_it(tmp_path: Path) -> None:
    # Each opener switches the new file to WAL; SQLite does not wait for that lock.
    ctx = multiprocessing.get_context("fork")
    errors = ctx.Queue()
    for attempt in range(8):
        barrier = ctx.Barrier(8)
        path = str(tmp_path / f"new-{attempt}.db")
        procs = [ctx.Process(target=_open_at_once, args=(path, barrier, errors)) for _ in range(8)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=60)
        assert [proc.exitcode for proc in procs] == [0] * 8
    assert errors.empty(), errors.get()


def test_open_store_reads_urls(tmp_path: Path, redis_server: RedisServer) -> None:
    path = tmp_path / "sub" / "dir" / "x.db"
    sqlite = open_store(f"sqlite://{path}")
    assert isinstance(sqlite, SQLiteStore) and sqlite.path == str(path) and path.exists()
    sqlite.close()
    memory = open_store("sqlite:///:memory:")
    assert isinstance(memory, SQLiteStore) and memory.path == ":memory:"
    assert open_store(memory) is memory
    memory.close()
    redis_store = open_store(redis_server.url(0))
    assert isinstance(redis_store, RedisStore)
    redis_store.close()


@pytest.mark.parametrize("url", ["sqlite://relative.db", "sqlite:///", "postgres://h/db", "x.db"])
def test_open_store_refuses_what_it_cannot_open(url: str) -> None:
    with pytest.raises(ConfigurationError, match="sqlite:///"):
        open_store(url)


def test_open_store_refuses_other_objects() -> None:
    with pytest.raises(TypeError, match="Store"):
        open_store(42)  # type: ignore[arg-type]


def test_the_default_is_sqlite_in_the_data_dir_unless_the_env_var_names_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTERACTIONS_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if sys.platform.startswith("linux"):
        assert default_store_path() == tmp_path / "data" / "interactions-ext" / "store.db"
    store = open_store()
    assert isinstance(store, SQLiteStore) and store.path == str(default_store_path())
    store.close()
    monkeypatch.setenv("INTERACTIONS_STORE", f"sqlite://{tmp_path / 'env.db'}")
    store = open_store()
    assert isinstance(store, SQLiteStore) and store.path == str(tmp_path / "env.db")
    store.close()


def test_a_redis_password_is_never_shown(redis_server: RedisServer) -> None:
    secret = "s3cret-redis-password"
    url = f"redis://user:{secret}@127.0.0.1:{redis_server.port}/0"
    store = RedisStore(url)
    assert secret not in repr(store)
    with pytest.raises(StoreError) as info:  # the server has no such user
        store.get("job")
    assert secret not in str(info.value)
    assert secret not in repr(pickle.loads(pickle.dumps(info.value)))
    store.close()
    with pytest.raises(ConfigurationError) as bad:
        open_store(f"memcached://user:{secret}@host/0")
    assert secret not in str(bad.value)
    assert "'memcached://user:<redacted>@host/0'" in str(bad.value)  # the scheme at fault
    with pytest.raises(ConfigurationError) as relative:
        open_store(f"sqlite://user:{secret}@relative.db")
    assert secret not in str(relative.value)


def test_a_redis_url_is_shown_whole_but_its_password() -> None:
    shown = RedisStore("rediss://app:pw%40x@[::1]:6390/2?ssl_cert_reqs=none").url
    assert shown == "rediss://app:<redacted>@[::1]:6390/2?ssl_cert_reqs=none"
    assert RedisStore("unix:///run/redis.sock?db=1").url == "unix:///run/redis.sock?db=1"


@settings(max_examples=60, deadline=None)
@given(
    user=st.text(alphabet="abcxyz_-", max_size=6),
    # Printable and without spaces at either end, drawn so (a filter throws most away).
    password=st.text(st.characters(exclude_categories=["C", "Z"]), min_size=6),
    scheme=st.sampled_from(["redis", "rediss", "memcached", "sqlite"]),
)
def test_a_url_password_is_never_kept(user: str, password: str, scheme: str) -> None:
    from urllib.parse import quote

    from interactions_ext.redaction import redact_url

    encoded = quote(password, safe="")
    url = f"{scheme}://{user}:{encoded}@host:6379/0"
    shown = redact_url(url)
    assert shown == f"{scheme}://{user}:<redacted>@host:6379/0"


def test_an_unreachable_redis_is_a_store_error() -> None:
    with socket_free_port() as port:
        store = RedisStore(f"redis://127.0.0.1:{port}/0")
        with pytest.raises(StoreError, match="Redis store"):
            store.get("job")
        store.close()


def test_a_redis_client_passed_in_stays_open(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    store = RedisStore(client, prefix="mine:")
    store.set_if("job", {"n": 1}, version=None)
    assert client.exists("mine:job")
    store.close()
    assert client.ping()
    client.close()


def test_conflicts_are_interactions_errors_that_pickle() -> None:
    error = ThreadConflictError(
        "taken", key="thread:u", expected=1, current=Record({"head": "v1_x"}, 2), head="v1_x"
    )
    assert isinstance(error, StoreConflict) and isinstance(error, InteractionsError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.key, copy.expected, copy.current, copy.head) == (
        "thread:u",
        1,
        error.current,
        "v1_x",
    )


class socket_free_port:
    """A loopback port nothing listens on (held bound, not listening)."""

    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        port: int = self._sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self._sock.close()
