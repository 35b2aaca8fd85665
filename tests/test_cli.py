"""The `interactions` command on pipes, against the emulator: output, exit codes, --json
anywhere, completion scripts, and what it imports."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Emu
from .test_cli_support import AGENT, EXE, MODEL, cli_env, run

WEATHER = json.dumps(
    {
        "type": "function",
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    }
)


def test_create_json_get_delete(emu: Emu) -> None:
    created = run("create", "--model", MODEL, "--json", "What is 2+2?", "--base-url", emu.base_url)
    assert created.returncode == 0, created.stderr
    body = json.loads(created.stdout)
    assert body["status"] == "completed"
    got = run("get", body["id"], "--json", "--base-url", emu.base_url)
    assert json.loads(got.stdout)["id"] == body["id"]
    assert run("delete", body["id"], "--base-url", emu.base_url).returncode == 0
    missing = run("get", body["id"], "--base-url", emu.base_url)
    assert missing.returncode == 1
    assert "404" in missing.stderr and body["id"] in missing.stderr


def test_create_prints_the_answer_on_stdout_and_the_id_on_stderr(emu: Emu) -> None:
    for streamed in ([], ["--stream"]):
        done = run("create", "--model", MODEL, *streamed, "--base-url", emu.base_url, stdin="Hi")
        assert done.returncode == 0, done.stderr
        assert len(done.stdout.split()) > 5 and "v1_" not in done.stdout
        assert "\x1b[" not in done.stdout + done.stderr  # plain when not a terminal
        (line,) = [x for x in done.stderr.splitlines() if x.startswith("interaction ")]
        interaction_id = line.split()[1]
        got = run("get", interaction_id, "--base-url", emu.base_url)
        assert got.returncode == 0 and f"id: {interaction_id}" in got.stdout


def test_stream_shows_thoughts_tools_and_usage_on_stderr_only(emu: Emu) -> None:
    done = run(
        "create",
        "--model",
        MODEL,
        "--stream",
        "--show",
        "thoughts,tools,usage",
        "--tools",
        WEATHER,
        "Call get_weather for city=Paris",
        "--base-url",
        emu.base_url,
    )
    assert done.returncode == 0, done.stderr  # requires_action is not a failure
    assert done.stdout == ""  # the model only called a tool: no answer text
    err = done.stderr
    assert "thinking: Considering the question." in err
    assert '→ get_weather({"city": "Paris"})' in err
    assert "usage: " in err and "total tokens" in err
    assert "(requires_action)" in err
    answer = run("create", "--model", MODEL, "--show", "all", "Hello", "--base-url", emu.base_url)
    assert answer.returncode == 0
    assert "thinking:" in answer.stderr and "thinking" not in answer.stdout
    assert "usage:" not in answer.stdout and len(answer.stdout.split()) > 5


def test_stream_json_lines_parse_and_name_the_interaction(emu: Emu) -> None:
    out = run("create", "--model", MODEL, "--stream", "--json", "hi", "--base-url", emu.base_url)
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert events[0]["event_type"] == "interaction.created"
    assert events[-1]["event_type"] == "interaction.completed"
    assert f"interaction {events[0]['interaction']['id']}" in out.stderr


def test_background_create_prints_its_id_then_wait_and_cancel(emu: Emu) -> None:
    emu.scenario(clock_speed=40.0)
    started = run("create", "--agent", AGENT, "--background", "R", "--base-url", emu.base_url)
    run_id = started.stdout.strip()
    assert run_id.startswith("v1_") and f"interactions wait {run_id}" in started.stderr
    waited = run("wait", run_id, "--json", "--base-url", emu.base_url)
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["status"] == "completed"
    assert f"{run_id}: completed" in waited.stderr  # one line per status off a terminal
    emu.scenario(clock_speed=0.01)  # keep the second run going while the CLI starts
    second = run(
        "create", "--agent", AGENT, "--background", "--json", "R", "--base-url", emu.base_url
    )
    cancelled = run("cancel", json.loads(second.stdout)["id"], "--json", "--base-url", emu.base_url)
    assert json.loads(cancelled.stdout)["status"] == "cancelled"


@pytest.mark.parametrize(
    "where",
    ["before", "after", "between"],
)
def test_global_options_anywhere(emu: Emu, where: str) -> None:
    interaction_id = json.loads(
        run("--json", "--base-url", emu.base_url, "create", "--model", MODEL, "hi").stdout
    )["id"]
    args = {
        "before": ["--json", "--base-url", emu.base_url, "get", interaction_id],
        "after": ["get", interaction_id, "--json", "--base-url", emu.base_url],
        "between": ["--base-url", emu.base_url, "get", "--json", interaction_id],
    }[where]
    got = run(*args)
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["id"] == interaction_id


def _error(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    error: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])["error"]
    assert error["exit_code"] == done.returncode
    return error


def test_exit_codes_and_json_errors(emu: Emu) -> None:
    url = ["--base-url", emu.base_url]
    missing = run("--json", "get", "v1_nope", *url)
    assert missing.returncode == 1
    assert _error(missing)["status_code"] == 404
    for usage in (
        ["create", "hello", *url],  # neither --model nor --agent
        ["create", "--model", MODEL, "--agent", AGENT, "x", *url],
        ["frobnicate"],
        ["wait", "x", "--timeout", "soon", *url],
        ["create", "--model", MODEL, "--show", "everything", "x", *url],
    ):
        done = run(*usage, "--json")
        assert done.returncode == 2, (usage, done.stderr)
        assert _error(done)["message"]
    assert run("create", "--model", MODEL, *url, stdin="").returncode == 2
    emu.scenario(agent_background_seconds=600)
    run_id = run("create", "--agent", AGENT, "--background", "R", *url).stdout.strip()
    timed_out = run("wait", run_id, "--timeout", "1", "--json", *url)
    assert timed_out.returncode == 3, timed_out.stderr
    error = _error(timed_out)
    assert error["status"] in ("queued", "in_progress")
    assert f"interactions wait {run_id}" in str(error["resume"])
    assert timed_out.stdout.count("\n") == 1  # only the error object


def test_a_run_that_fails_exits_1_after_printing_it(emu: Emu) -> None:
    emu.scenario(clock_speed=40.0, terminal_status="failed")
    run_id = run("create", "--agent", AGENT, "--background", "R", "--base-url", emu.base_url)
    done = run("wait", run_id.stdout.strip(), "--json", "--base-url", emu.base_url)
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert json.loads("\n".join(lines[:-1]))["status"] == "failed"
    assert _error(done)["status"] == "failed"


def test_missing_key_names_the_commands_own_option(emu: Emu) -> None:
    env = cli_env()
    del env["GEMINI_API_KEY"]
    done = run("get", "v1_x", "--base-url", emu.base_url, env=env)
    assert done.returncode == 2
    assert "--api-key" in done.stderr and "GEMINI_API_KEY" in done.stderr
    assert "api_key=" not in done.stderr
    vertex = run("get", "v1_x", "--vertex", env=env)
    assert vertex.returncode == 2 and "--project" in vertex.stderr
    assert "project=" not in vertex.stderr
    keyed = run(
        "get", "v1_x", "--api-key", "from-flag", "--json", "--base-url", emu.base_url, env=env
    )
    assert keyed.returncode == 1 and _error(keyed)["status_code"] == 404
    sent = [r for r in emu.requests() if r["path"].endswith("/v1_x")]
    assert sent and "from-flag" not in json.dumps(sent)  # redacted by the emulator's log


def test_the_api_key_never_shows_in_what_is_printed(emu: Emu) -> None:
    env = cli_env()
    del env["GEMINI_API_KEY"]
    emu.scenario(agent_background_seconds=600)
    started = run(
        "create",
        "--agent",
        AGENT,
        "--background",
        "R",
        "--api-key",
        "sekrit-1",
        "--base-url",
        emu.base_url,
        env=env,
    )
    assert started.returncode == 0, started.stderr
    waited = run(
        "wait",
        started.stdout.strip(),
        "--timeout",
        "0.5",
        "--api-key",
        "sekrit-1",
        "--json",
        "--base-url",
        emu.base_url,
        env=env,
    )
    assert waited.returncode == 3
    assert "interactions wait" in waited.stderr
    assert "sekrit-1" not in started.stdout + started.stderr + waited.stdout + waited.stderr


def test_a_closed_pipe_is_no_failure(emu: Emu) -> None:
    emu.scenario(answer_words=200_000)
    proc = subprocess.Popen(
        [EXE, "create", "--model", MODEL, "--stream", "long", "--base-url", emu.base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()  # like `| head -c 100`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err


def test_vertex_options_reach_the_vertex_path(emu: Emu) -> None:
    env = cli_env(GOOGLE_API_KEY="vertex-express-key")
    done = run("--vertex", "get", "v1_x", "--base-url", emu.base_url, env=env)
    assert done.returncode == 1
    assert any(r["path"] == "/v1beta1/interactions/v1_x" for r in emu.requests())


def test_ctrl_c_mid_stream_prints_the_resume_command_and_exits_130(emu: Emu) -> None:
    emu.scenario(event_delay_ms=50, answer_words=400)
    proc = subprocess.Popen(
        [EXE, "create", "--model", MODEL, "--stream", "slow story", "--base-url", emu.base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert proc.stdout is not None
    assert os.read(proc.stdout.fileno(), 1)  # the first text has arrived: we are mid-stream
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    resume = err.split("resume with: ", 1)[1].splitlines()[0]
    words = shlex.split(resume)
    assert words[:2] == ["interactions", "stream"] and "--last-event-id" in words
    resumed = run(*words[1:])
    assert resumed.returncode == 0, resumed.stderr
    assert len(resumed.stdout.split()) > 10


def test_help_reads_well() -> None:
    top = run("--help")
    assert top.returncode == 0
    for word in ("create", "chat", "wait", "stream", "completion", "Exit codes", "130"):
        assert word in top.stdout
    sub = run("wait", "--help")
    assert "Global options" in sub.stdout and "--timeout" in sub.stdout
    assert run("--version").stdout.startswith("interactions ")


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o nosort -F"), ("zsh", "compdef"), ("fish", "complete --no-files")],
)
def test_completion_scripts(shell: str, marker: str) -> None:
    done = run("completion", shell)
    assert done.returncode == 0 and marker in done.stdout
    assert "_INTERACTIONS_COMPLETE" in done.stdout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("interactions wa", "wait"),
        ("interactions get --js", "--json"),
        ("interactions create --show thoughts,t", "thoughts,tools"),
    ],
)
def test_bash_completion_completes(line: str, expected: str) -> None:
    script = run("completion", "bash").stdout
    words = line.split(" ")
    program = f"""{script}
COMP_WORDS=({" ".join(shlex.quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
_interactions_completion interactions
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    env = cli_env(PATH=f"{Path(EXE).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run(
        ["bash", "-c", program], capture_output=True, text=True, env=env, timeout=30
    )
    assert expected in done.stdout.split(), done.stderr


def test_the_library_import_stays_cheap() -> None:
    code = (
        "import sys, interactions_ext, interactions_ext.cli\n"
        "print(sorted(m for m in ('click', 'rich') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
    # --help, --version and completion (run at every Tab) do not load the renderer.
    timed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "interactions_ext.cli", "--version"],
        capture_output=True,
        text=True,
    )
    assert timed.returncode == 0 and "click" in timed.stderr
    assert "rich" not in timed.stderr


def test_create_continues_a_long_answer_and_says_so_on_stderr(emu: Emu) -> None:
    # 60 words at 21 per request: three hops, the usage of each summed.
    emu.scenario(answer_words=60, output_limit_words=0)
    single = run("create", "--model", MODEL, "--json", "Hi", "--base-url", emu.base_url)
    assert single.returncode == 0 and "continued" not in single.stderr
    whole = json.loads(single.stdout)
    for streamed in ([], ["--stream"]):
        emu.scenario(answer_words=60, output_limit_words=21)
        done = run(
            "create",
            "--model",
            MODEL,
            *streamed,
            "--show",
            "usage",
            "Hi",
            "--base-url",
            emu.base_url,
        )
        assert done.returncode == 0, done.stderr
        assert (
            done.stdout.split()
            == " ".join(
                s["content"][0]["text"] for s in whole["steps"] if s["type"] == "model_output"
            ).split()
        )
        (line,) = [x for x in done.stderr.splitlines() if x.startswith("continued automatically")]
        assert line.startswith("continued automatically: 3 hops (")
        total = whole["usage"]["total_output_tokens"]
        assert f"{total} output" in line, line
        rest = done.stderr.replace(line, "")  # --show usage: the summed usage too
        assert f"{total} output" in rest and "usage: " in rest
