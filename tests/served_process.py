"""Servers in processes of their own (the emulator, relay replicas), on free loopback ports.

Each is started with ``--port 0`` and announces ``... listening on http://HOST:PORT`` on
stdout; ``ServedProcess`` waits (bounded) for that line. ``kill()`` is SIGKILL: no
cleanup of any kind runs in the process, as when a machine dies.
"""

from __future__ import annotations

import contextlib
import os
import re
import selectors
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence

__all__ = ["ServedProcess", "served_process", "stop"]

_LISTENING = re.compile(rb"listening on (http://\S+)")
_START_TIMEOUT = 30.0


class ServedProcess:
    """A running server process; ``base_url`` once it listens."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.args = list(args)
        self.process = subprocess.Popen(
            [sys.executable, *self.args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        self.output = b""
        self.base_url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        assert self.process.stdout is not None
        deadline = time.monotonic() + _START_TIMEOUT
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while (left := deadline - time.monotonic()) > 0:
                if not selector.select(timeout=left):
                    continue
                line = self.process.stdout.readline()
                if not line:
                    break  # the process ended
                self.output += line
                if match := _LISTENING.search(line):
                    # Keep reading, so a chatty server never blocks on a full pipe.
                    threading.Thread(target=self._drain, daemon=True).start()
                    return match.group(1).decode()
        self.stop()
        raise RuntimeError(f"{self.args} did not start: {self.output.decode(errors='replace')}")

    def _drain(self) -> None:
        assert self.process.stdout is not None
        with contextlib.suppress(ValueError, OSError):
            for line in self.process.stdout:
                self.output += line

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.base_url.removeprefix("http://").rsplit(":", 1)
        return host, int(port)

    def kill(self) -> None:
        """SIGKILL, and reap it."""
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        stop(self.process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s; reaped either way."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextlib.contextmanager
def served_process(
    args: Sequence[str], env: Mapping[str, str] | None = None
) -> Iterator[ServedProcess]:
    server = ServedProcess(args, env)
    try:
        yield server
    finally:
        server.stop()
