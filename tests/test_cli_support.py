"""Running the `interactions` command as a person would: as a subprocess, on pipes or on a
pseudo-terminal (where Ctrl-C is a typed ``\\x03`` that the terminal turns into SIGINT)."""

from __future__ import annotations

import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

EXE = shutil.which("interactions") or str(Path(sys.executable).with_name("interactions"))
MODEL = "gemini-2.5-flash"
AGENT = "deep-research-pro-preview-12-2025"

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# "⠙ in_progress  3s  v1_x" while waiting, "✓ completed  in 5s  v1_x" at the end
FRAME = re.compile(r"^\S (?P<status>[a-z_]+)\s+(?:in )?(?P<clock>(?:\d+h)?(?:\d+m)?\d+s)\s+v1_")

# Become a session leader whose controlling terminal is stdin, then run the command.
_WITH_TTY = (
    "import fcntl, os, sys, termios; os.setsid(); "
    "fcntl.ioctl(0, termios.TIOCSCTTY, 0); os.execv(sys.argv[1], sys.argv[1:])"
)


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOOGLE_", "GEMINI_"))}
    env.update({"GEMINI_API_KEY": "cli-key", "TERM": "xterm-256color", **extra})
    env.pop("NO_COLOR", None)
    return env


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args],
        input=stdin,
        text=True,
        capture_output=True,
        env=env or cli_env(),
        timeout=timeout,
    )


def plain(text: str) -> str:
    """The text without colours and cursor controls."""
    return _ANSI.sub("", text)


def seconds(clock: str) -> int:
    h = re.search(r"(\d+)h", clock)
    m = re.search(r"(\d+)m", clock)
    s = re.search(r"(\d+)s", clock)
    return sum(int(x.group(1)) * k for x, k in ((h, 3600), (m, 60), (s, 1)) if x)


def frames(screen: str) -> list[tuple[str, int]]:
    """Every drawing of the progress line, in order: (status, seconds shown)."""
    out = []
    for piece in re.split(r"[\r\n]", plain(screen)):
        match = FRAME.match(piece.strip())
        if match:
            out.append((match["status"], seconds(match["clock"])))
    return out


class Terminal:
    """A command on a pseudo-terminal (100x24); everything it shows is recorded."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        self.master = master
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WITH_TTY, EXE, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env or cli_env(),
            close_fds=True,
        )
        os.close(slave)
        self.screen = ""
        self.arrivals: list[tuple[float, str]] = []
        self.eof = False

    def _pump(self, wait: float) -> None:
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: the other side is closed
            data = b""
        if not data:
            self.eof = True
            return
        text = data.decode("utf-8", "replace")
        self.screen += text
        self.arrivals.append((time.monotonic(), text))

    def read_until(self, done: Callable[[str], bool], timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while not done(self.screen):
            if self.eof or time.monotonic() > deadline:
                raise AssertionError(f"not shown in {timeout}s; the screen was:\n{self.screen}")
            self._pump(0.05)
        return self.screen

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def finish(self, timeout: float = 30) -> int:
        """Read to the end; the exit code."""
        deadline = time.monotonic() + timeout
        while not self.eof and time.monotonic() < deadline:
            self._pump(0.05)
        try:
            code = self.proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired as exc:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(
                f"still running after {timeout}s; the screen was:\n{self.screen!r}"
            ) from exc
        finally:
            os.close(self.master)
        return code
