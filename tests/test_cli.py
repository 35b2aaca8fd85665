"""The `interactions` command, run as a subprocess against the emulator."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from .conftest import Emu

EXE = shutil.which("interactions") or str(Path(sys.executable).with_name("interactions"))
MODEL = "gemini-2.5-flash"
AGENT = "deep-research-pro-preview-12-2025"


def run(emu: Emu, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GEMINI_API_KEY": "cli-key"}
    env.pop("GOOGLE_GENAI_USE_VERTEXAI", None)
    return subprocess.run(
        [EXE, *args, "--base-url", emu.base_url],
        input=stdin,
        text=True,
        capture_output=True,
        env=env,
        timeout=60,
    )


def test_create_json_get_delete(emu: Emu) -> None:
    created = run(emu, "create", "--model", MODEL, "--json", "What is 2+2?")
    assert created.returncode == 0, created.stderr
    body = json.loads(created.stdout)
    assert body["status"] == "completed"
    got = run(emu, "get", body["id"], "--json")
    assert json.loads(got.stdout)["id"] == body["id"]
    assert run(emu, "delete", body["id"]).returncode == 0
    missing = run(emu, "get", body["id"])
    assert missing.returncode == 1
    assert "404" in missing.stderr and body["id"] in missing.stderr


def test_create_reads_stdin_and_streams_text(emu: Emu) -> None:
    streamed = run(emu, "create", "--model", MODEL, "--stream", stdin="Write a poem")
    assert streamed.returncode == 0, streamed.stderr
    assert len(streamed.stdout.split()) > 5
    assert "\x1b[" not in streamed.stdout  # plain output when not a TTY


def test_stream_json_lines_parse(emu: Emu) -> None:
    out = run(emu, "create", "--model", MODEL, "--stream", "--json", "hi")
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert events[0]["event_type"] == "interaction.created"
    assert events[-1]["event_type"] == "interaction.completed"


def test_background_wait_and_cancel(emu: Emu) -> None:
    emu.scenario(clock_speed=40.0)
    run1 = json.loads(run(emu, "create", "--agent", AGENT, "--background", "--json", "R").stdout)
    waited = run(emu, "wait", run1["id"], "--json")
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["status"] == "completed"
    emu.scenario(clock_speed=0.01)  # keep the second run going while the CLI starts
    run2 = json.loads(run(emu, "create", "--agent", AGENT, "--background", "--json", "R").stdout)
    cancelled = run(emu, "cancel", run2["id"], "--json")
    assert json.loads(cancelled.stdout)["status"] == "cancelled"


def test_usage_errors_exit_2(emu: Emu) -> None:
    assert run(emu, "create", "hello").returncode == 2  # neither --model nor --agent
    assert run(emu, "create", "--model", MODEL, stdin="").returncode == 2
    assert run(emu, "frobnicate").returncode == 2


def test_ctrl_c_mid_stream_prints_the_cursor_and_exits_130(emu: Emu) -> None:
    emu.scenario(event_delay_ms=50, answer_words=400)
    env = {**os.environ, "GEMINI_API_KEY": "cli-key"}
    proc = subprocess.Popen(
        [EXE, "create", "--model", MODEL, "--stream", "slow story", "--base-url", emu.base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert os.read(proc.stdout.fileno(), 1)  # the first text has arrived: we are mid-stream
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "--last-event-id" in err
    cursor = json.loads(err.strip().splitlines()[-1])
    assert cursor["interaction_id"] and cursor["last_event_id"]
    resumed = run(
        emu, "stream", cursor["interaction_id"], "--last-event-id", cursor["last_event_id"]
    )
    assert resumed.returncode == 0
