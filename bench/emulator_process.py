"""Servers in their own process, so their CPU and memory stay out of client figures."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["emulator_process", "served_process"]

_LISTENING = re.compile(r"listening on (http://\S+)")


@contextmanager
def emulator_process(*scenarios: str) -> Iterator[str]:
    """Run ``python -m interactions_ext.emulator --port 0``; yield its base URL."""
    command = [sys.executable, "-m", "interactions_ext.emulator", "--port", "0"]
    for scenario in scenarios:
        command += ["--scenario", scenario]
    with served_process(command) as url:
        yield url


@contextmanager
def served_process(command: list[str]) -> Iterator[str]:
    """Run a server that prints ``listening on URL`` first; yield the URL, then stop it."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = _LISTENING.search(line)
        if match is None:
            raise RuntimeError(f"{command[2]} did not start: {line!r}")
        yield match.group(1)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
