"""The `interactions` command on a pseudo-terminal: the live progress line of `wait`, and
Ctrl-C typed at the keyboard."""

from __future__ import annotations

import shlex
import time

from .conftest import Emu
from .test_cli_support import AGENT, MODEL, Terminal, frames, plain, run

RUN_SECONDS = 5.0


def _background(emu: Emu, seconds: float) -> str:
    emu.scenario(agent_background_seconds=seconds)
    done = run("create", "--agent", AGENT, "--background", "R", "--base-url", emu.base_url)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_wait_ticks_every_second_and_shows_the_end_at_once(emu: Emu) -> None:
    run_id = _background(emu, RUN_SECONDS)
    term = Terminal("wait", run_id, "--base-url", emu.base_url)
    assert term.finish(timeout=60) == 0
    shown = frames(term.screen)
    waiting = [clock for status, clock in shown if status == "in_progress"]
    # The clock moves while the status stays the same: 0s, 1s, 2s, ... with no gaps.
    distinct = sorted(set(waiting))
    assert len(distinct) >= 3, shown
    assert distinct == list(range(distinct[0], distinct[-1] + 1)), shown
    final_status, final_clock = shown[-1]
    assert final_status == "completed"
    # The end showed within a second of the last tick, read off the screen's own clock
    # (wall-clock bounds belong in a benchmark, not in a test on a shared machine).
    assert final_clock - distinct[-1] <= 1
    screen = plain(term.screen)
    assert "(polling)" not in screen  # it followed the run's events
    after_line = screen.rsplit(f"in {final_clock}s  {run_id}", 1)[1]
    assert after_line.startswith("\r\n") and len(after_line.split()) > 20  # then the answer
    assert term.screen.rfind("\x1b[?25h") > term.screen.rfind("\x1b[?25l")  # cursor shown


def test_wait_polls_when_the_events_cannot_be_streamed(emu: Emu) -> None:
    run_id = _background(emu, 3.0)
    emu.fault("status=400", times=10, match="stream")
    term = Terminal("wait", run_id, "--base-url", emu.base_url)
    assert term.finish(timeout=60) == 0
    shown = frames(term.screen)
    assert shown[-1][0] == "completed"
    assert "(polling)" in plain(term.screen)
    gets = [r for r in emu.requests() if r["method"] == "GET" and r["path"].endswith(run_id)]
    assert any("stream=true" in str(r["query"]) for r in gets)
    assert sum("stream=false" in str(r["query"]) for r in gets) >= 2


def test_ctrl_c_in_wait_leaves_a_clean_line_and_the_resume_command(emu: Emu) -> None:
    run_id = _background(emu, 600.0)
    term = Terminal("wait", run_id, "--base-url", emu.base_url)
    term.read_until(lambda screen: any(clock >= 1 for _, clock in frames(screen)))
    term.type(b"\x03")  # Ctrl-C at the keyboard: the terminal sends SIGINT
    assert term.finish() == 130
    screen = plain(term.screen)
    assert "interrupted" in screen
    assert term.screen.rfind("\x1b[?25h") > term.screen.rfind("\x1b[?25l")  # cursor back
    resume = screen.split("resume with: ", 1)[1].splitlines()[0].strip()
    line_end = screen.rindex(run_id, 0, screen.index("resume with: "))
    assert "\n" in screen[line_end : screen.index("resume with: ")]  # on a line of its own
    words = shlex.split(resume)
    assert words[:3] == ["interactions", "wait", run_id]
    again = run(*words[1:], "--timeout", "1")
    assert again.returncode == 3  # the printed command works; the run is still going


def test_ctrl_c_while_a_stream_opens(emu: Emu) -> None:
    emu.fault("latency_ms=20000", match="create")
    term = Terminal("create", "--model", MODEL, "--stream", "hi", "--base-url", emu.base_url)
    _until_requested(emu, "POST")
    term.type(b"\x03")
    assert term.finish() == 130
    assert "interrupted before the interaction was named" in plain(term.screen)

    created = run("create", "--model", MODEL, "--json", "hi", "--base-url", emu.base_url)
    interaction_id = created.stdout.split('"id": "', 1)[1].split('"', 1)[0]
    emu.fault("latency_ms=20000", match="stream")
    term = Terminal("stream", interaction_id, "--base-url", emu.base_url)
    _until_requested(emu, "GET")
    term.type(b"\x03")
    assert term.finish() == 130
    screen = plain(term.screen)
    assert f"resume with: interactions stream {interaction_id}" in screen


def _until_requested(emu: Emu, method: str) -> None:
    deadline = time.monotonic() + 30
    while not any(r["method"] == method for r in emu.requests()):
        assert time.monotonic() < deadline, "the command never sent its request"
        time.sleep(0.05)
