"""What each command does, once its arguments are parsed (see ``app.py`` for those)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import TIMEOUT, USAGE, CommandError, Interrupted, RunNotCompleted
from .options import Globals
from .output import note, print_answer, print_summary
from .progress import RETURNING, watch_until_done
from .render import StreamView, continued_line
from .session import interrupted_stream, open_client, play

if TYPE_CHECKING:
    from interactions_ext import Client
    from interactions_ext.types import Interaction

__all__ = [
    "CreateRequest",
    "cancel",
    "create",
    "delete",
    "get",
    "load_json",
    "stream",
    "wait",
]

_UNSUCCESSFUL = RETURNING - {"completed", "requires_action"}


def load_json(value: str | None, what: str) -> Any:
    """JSON from an option: inline, or ``@path`` to read a file."""
    if value is None:
        return None
    try:
        text = Path(value[1:]).read_text() if value.startswith("@") else value
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise CommandError(f"{what}: {exc}", code=USAGE) from exc


@dataclass
class CreateRequest:
    """A create, as the command line asked for it."""

    prompt: str
    model: str | None = None
    agent: str | None = None
    background: bool = False
    store: bool = True
    previous: str | None = None
    system: str | None = None
    tools: Any = None
    show: frozenset[str] = frozenset()

    def options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "model": self.model,
            "agent": self.agent,
            "previous_interaction_id": self.previous,
            "system_instruction": self.system,
        }
        if self.background:
            options["background"] = True
        if not self.store:
            options["store"] = False
        if self.tools is not None:
            options["tools"] = self.tools if isinstance(self.tools, list) else [self.tools]
        if "thoughts" in self.show and self.model is not None:
            options["generation_config"] = {"thinking_summaries": "auto"}
        return options


def read_prompt(prompt: str | None) -> str:
    """The prompt argument, or stdin when it is omitted or ``-``."""
    text = sys.stdin.read() if prompt in (None, "-") else prompt
    assert text is not None
    if not text.strip():
        raise CommandError("no input: pass the prompt as an argument or on stdin", code=USAGE)
    return text


def _said(interaction_id: str | None, status: str | None) -> None:
    if interaction_id:
        note(f"interaction {interaction_id}" + (f" ({status})" if status else ""))


def _continued(interaction: Interaction) -> None:
    line = continued_line(interaction)
    if line is not None:
        note(line)


def _check_ended(interaction_id: str | None, status: str | None) -> None:
    if interaction_id and status in _UNSUCCESSFUL:
        raise RunNotCompleted(interaction_id, status)


@contextmanager
def _sending(g: Globals) -> Iterator[None]:
    try:
        yield
    except ValueError as exc:  # a combination the API would refuse, caught before sending
        raise CommandError(str(exc), code=USAGE) from exc
    except KeyboardInterrupt:
        raise interrupted_stream(g, None, None) from None


def create(g: Globals, request: CreateRequest, *, streamed: bool) -> None:
    with open_client(g) as client:
        if streamed:
            _create_streamed(g, client, request)
        else:
            _create_once(g, client, request)


def _create_streamed(g: Globals, client: Client, request: CreateRequest) -> None:
    with _sending(g):
        events = client.create(request.prompt, stream=True, **request.options())
    view = StreamView(request.show, as_json=g.json)
    play(events, view, g)
    _said(events.interaction_id, view.status)
    _continued(events.interaction())
    _check_ended(events.interaction_id, view.status)


def _create_once(g: Globals, client: Client, request: CreateRequest) -> None:
    with _sending(g):
        result = client.create(request.prompt, **request.options())
    if request.background and not g.json:
        print(result.id, flush=True)  # what a script captures: ID=$(interactions create ...)
        note(f"{result.status}; wait with: {g.command('wait', result.id)}")
        return
    print_answer(result, as_json=g.json)
    _said(result.id, str(result.status))
    _continued(result)
    _check_ended(result.id, str(result.status))


def get(g: Globals, interaction_id: str) -> None:
    with open_client(g) as client:
        print_summary(client.get(interaction_id), as_json=g.json)


def stream(
    g: Globals, interaction_id: str, last_event_id: str | None, show: frozenset[str]
) -> None:
    with open_client(g) as client:
        try:
            events = client.get(interaction_id, stream=True, last_event_id=last_event_id)
        except KeyboardInterrupt:
            raise interrupted_stream(g, interaction_id, last_event_id) from None
        view = StreamView(show, as_json=g.json)
        play(events, view, g)
        _said(events.interaction_id or interaction_id, view.status)


def wait(g: Globals, interaction_id: str, timeout: float | None, poll_interval: float) -> None:
    with open_client(g) as client:
        try:
            final, watch = watch_until_done(
                client, interaction_id, timeout=timeout, poll_interval=poll_interval
            )
        except KeyboardInterrupt:
            resume = g.command("wait", interaction_id)
            note(f"interrupted; resume with: {resume}", "yellow")
            raise Interrupted(resume, interaction_id=interaction_id) from None
    if final is None:
        resume = g.command("wait", interaction_id)
        assert timeout is not None
        raise CommandError(
            f"interaction {interaction_id} still {watch.status} after {timeout:g}s; "
            f"keep waiting with: {resume}",
            code=TIMEOUT,
            interaction_id=interaction_id,
            status=watch.status,
            resume=resume,
        )
    _print_final(g, final)


def _print_final(g: Globals, final: Interaction) -> None:
    print_answer(final, as_json=g.json)
    _check_ended(final.id, str(final.status))


def cancel(g: Globals, interaction_id: str) -> None:
    with open_client(g) as client:
        print_summary(client.cancel(interaction_id), as_json=g.json)


def delete(g: Globals, interaction_id: str) -> None:
    with open_client(g) as client:
        client.delete(interaction_id)
    if g.json:
        print(json.dumps({"id": interaction_id, "deleted": True}), flush=True)
    else:
        print(f"deleted {interaction_id}", flush=True)
