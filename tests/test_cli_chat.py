"""`interactions chat`: turns chained by previous_interaction_id, resumed streams, and
continuing a conversation later."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable

from .conftest import Emu
from .test_cli_support import MODEL, Terminal, plain, run


def _continue_command(stderr: str) -> list[str]:
    line = stderr.split("continue this conversation with: ", 1)[1].splitlines()[0]
    return shlex.split(line)


def test_two_turns_then_continue_later(emu: Emu) -> None:
    url = ["--base-url", emu.base_url]
    first = run("chat", "--model", MODEL, *url, stdin="My name is Ada\nWhat is my name?\n")
    assert first.returncode == 0, first.stderr
    assert 'Earlier you said: "My name is Ada"' in first.stdout  # the second turn saw the first
    ids = re.findall(r"· (v1_\S+)", first.stderr)
    assert len(ids) == 2
    words = _continue_command(first.stderr)
    assert words[:4] == ["interactions", "chat", "--continue", ids[-1]]

    later = run(*words[1:], stdin="And what did I ask?\n")
    assert later.returncode == 0, later.stderr
    assert "My name is Ada" in later.stdout and "What is my name?" in later.stdout
    # Without --model, the model is the one of the interaction continued.
    inferred = run("chat", "--continue", ids[-1], *url, stdin="Again?\n")
    assert inferred.returncode == 0 and "My name is Ada" in inferred.stdout


def test_a_dropped_connection_is_resumed_mid_answer(emu: Emu) -> None:
    emu.fault("drop_after_events=6", times=1, match="create")
    done = run("chat", "--model", MODEL, "--base-url", emu.base_url, stdin="Tell me a story\n")
    assert done.returncode == 0, done.stderr
    assert "resumed 1x" in done.stderr
    reference = run("create", "--model", MODEL, "Tell me a story", "--base-url", emu.base_url)
    assert done.stdout == reference.stdout  # nothing lost, nothing twice
    resumes = [r for r in emu.requests() if "last_event_id" in str(r["query"])]
    assert resumes


def test_chat_needs_a_model_and_fails_like_other_commands(emu: Emu) -> None:
    assert run("chat", "--base-url", emu.base_url, stdin="hi\n").returncode == 2
    gone = run("chat", "--continue", "v1_nope", "--base-url", emu.base_url, "--json", stdin="x\n")
    assert gone.returncode == 1 and '"status_code": 404' in gone.stdout


def _prompt_after(answers: int) -> Callable[[str], bool]:
    # Type only at the prompt: keys typed earlier reach the terminal before line editing starts.
    def shown(screen: str) -> bool:
        text = plain(screen)
        return text.count("· v1_") == answers and text.endswith("> ")

    return shown


def test_chat_in_a_terminal(emu: Emu) -> None:
    term = Terminal("chat", "--model", MODEL, "--base-url", emu.base_url)
    term.read_until(_prompt_after(0))
    assert "Ctrl-D or /exit to end" in plain(term.screen)
    term.type(b"My name is Ada\r")
    term.read_until(_prompt_after(1))
    term.type(b"What is my name?\r")
    term.read_until(_prompt_after(2))
    term.type(b"\x04")  # Ctrl-D ends the chat
    assert term.finish() == 0
    screen = plain(term.screen)
    assert 'Earlier you said: "My name is Ada"' in screen
    assert "continue this conversation with: interactions chat --continue v1_" in screen


def test_ctrl_c_mid_answer_ends_the_chat_with_the_command_to_continue(emu: Emu) -> None:
    emu.scenario(event_delay_ms=100)
    term = Terminal("chat", "--model", MODEL, "--base-url", emu.base_url)
    term.read_until(_prompt_after(0))
    term.type(b"Tell me a long story\r")
    term.read_until(lambda s: len(plain(s).partition("story\r\n")[2].split()) > 3)  # answering
    term.type(b"\x03")
    assert term.finish() == 130
    screen = plain(term.screen)
    hint = screen.split("continue this conversation with: ", 1)[1].splitlines()[0]
    assert shlex.split(hint)[:3] == ["interactions", "chat", "--continue"]
    assert term.screen.rstrip(" ").endswith("\n")  # nothing left hanging on the last line
