"""A real ``redis-server`` on a free loopback port, for the Redis store tests.

Without the binary the tests that need it are skipped with a loud reason locally, and
fail under CI (``CI`` set), where ``.ci/run`` installs it: CI never silently skips them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from .served_process import stop

_MISSING = (
    "redis-server is not installed, so the Redis store tests DID NOT RUN. "
    "Install it (Debian/Ubuntu: apt-get install -y redis-server) to run them."
)
_START_TIMEOUT = 20.0


def redis_binary() -> str:
    """The ``redis-server`` path, else skip (fail under CI)."""
    path = shutil.which("redis-server")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(_MISSING)
        pytest.skip(_MISSING)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _ping(port: int) -> bool:
    with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")
    return False


class RedisServer:
    """A running server: ``url(db)`` names one of its databases."""

    def __init__(self, port: int, process: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.process = process

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"


@contextmanager
def redis_server() -> Iterator[RedisServer]:
    """Start ``redis-server`` (no persistence) and stop it afterwards."""
    binary = redis_binary()
    with tempfile.TemporaryDirectory(prefix="redis-test-") as work:
        for _ in range(5):  # another process may take the port between probe and bind
            port = _free_port()
            process = subprocess.Popen(
                [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                 "--appendonly", "no", "--dir", work, "--logfile", str(Path(work) / "log")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + _START_TIMEOUT
            while process.poll() is None and time.monotonic() < deadline and not _ping(port):
                time.sleep(0.02)
            if process.poll() is None and _ping(port):
                break
            process.kill()
            process.wait(timeout=10)
        else:
            raise RuntimeError("redis-server did not start: " + _log(work))
        try:
            yield RedisServer(port, process)
        finally:
            stop(process)


def _log(work: str) -> str:
    path = Path(work) / "log"
    return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"
