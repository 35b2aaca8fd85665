"""``chat``: a conversation in the terminal, one streamed answer per line typed.

Each turn continues the previous one (``previous_interaction_id``) through the
library's ``Conversation``; a dropped connection is resumed by the stream itself.
On the way out it prints the command that continues the conversation later.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import USAGE, CommandError, Interrupted
from .options import Globals
from .output import note
from .render import StreamView

if TYPE_CHECKING:
    from interactions_ext import Client
    from interactions_ext.conversation import Conversation

__all__ = ["ChatRequest", "chat"]

_PROMPT = "> "
_QUIT = {"/exit", "/quit", "/bye"}


@dataclass
class ChatRequest:
    """How the chat was asked for on the command line."""

    model: str | None = None
    agent: str | None = None
    previous: str | None = None
    system: str | None = None
    show: frozenset[str] = frozenset()


def _read_line(interactive: bool) -> str | None:
    """The next message; None at end of input (Ctrl-D or the end of a piped file)."""
    try:
        if not interactive:
            line = sys.stdin.readline()
            return line.rstrip("\n") if line else None
        if sys.stdout.isatty():
            import readline  # noqa: F401  (line editing and history for input())

            return input(_PROMPT)
        sys.stderr.write(_PROMPT)
        sys.stderr.flush()
        return input()
    except EOFError:
        sys.stderr.write("\n")  # Ctrl-D leaves the cursor after the prompt
        return None


def _who(client: Client, request: ChatRequest) -> tuple[str | None, str | None]:
    """Model or agent: as given, else the one of the interaction being continued."""
    if request.model or request.agent:
        return request.model, request.agent
    if request.previous is None:
        raise CommandError("chat needs --model or --agent (or --continue ID)", code=USAGE)
    earlier = client.get(request.previous)
    model = earlier.model if isinstance(earlier.model, str) else None
    agent = earlier.agent if isinstance(earlier.agent, str) else None
    if model is None and agent is None:
        raise CommandError(f"{request.previous} names no model: pass --model", code=USAGE)
    return model, agent


def _turn(
    conversation: Conversation, text: str, view: StreamView, g: Globals, *, interactive: bool
) -> None:
    from interactions_ext import StreamInterruptedError

    stream = conversation.stream(text)
    try:
        with stream:
            for event in stream:
                view.event(event)
    except StreamInterruptedError as exc:
        view.finish()
        rest = g.command(
            "stream", str(exc.interaction_id), "--last-event-id", str(exc.last_event_id)
        )
        note(f"the answer was cut off; the rest: {rest}", "yellow")
        raise
    except KeyboardInterrupt:
        view.finish()
        raise
    view.finish()
    if not g.json:
        resumed = f" · resumed {stream.reconnects}x" if stream.reconnects else ""
        note(f"· {stream.interaction_id}{resumed}" + ("\n" if interactive else ""))


def _farewell(g: Globals, last_id: str | None, model: str | None, agent: str | None) -> str | None:
    if last_id is None:
        return None
    who = ["--model", model] if model else ["--agent", str(agent)]
    resume = g.command("chat", "--continue", last_id, *who)
    note(f"continue this conversation with: {resume}", "cyan")
    return resume


def _converse(
    conversation: Conversation, g: Globals, show: frozenset[str], interactive: bool
) -> None:
    from interactions_ext import InteractionsError

    while (line := _read_line(interactive)) is not None:
        if line.strip() in _QUIT:
            return
        if not line.strip():
            continue
        try:
            view = StreamView(show, as_json=g.json)
            _turn(conversation, line, view, g, interactive=interactive)
        except InteractionsError as exc:
            if not interactive:  # a script's chat stops at the first failure
                raise
            note(f"interactions: {exc}", "red")


def chat(g: Globals, request: ChatRequest) -> None:
    """Read lines, answer each; end at Ctrl-D, ``/exit`` or Ctrl-C (exit 130)."""
    from interactions_ext import InteractionsError
    from interactions_ext.conversation import Conversation

    from .session import open_client

    interactive = sys.stdin.isatty()
    with open_client(g) as client:
        model, agent = _who(client, request)
        options: dict[str, Any] = {}
        if request.system:
            options["system_instruction"] = request.system
        if "thoughts" in request.show and model is not None:
            options["generation_config"] = {"thinking_summaries": "auto"}
        conversation = Conversation(
            client, model=model, agent=agent, previous_interaction_id=request.previous, **options
        )
        if interactive and not g.json:
            since = f", continuing {request.previous}" if request.previous else ""
            note(f"chat with {model or agent}{since}; Ctrl-D or /exit to end")
        try:
            _converse(conversation, g, request.show, interactive)
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            resume = _farewell(g, conversation.last_id, model, agent)
            raise Interrupted(resume, interaction_id=conversation.last_id) from None
        except InteractionsError:
            _farewell(g, conversation.last_id, model, agent)
            raise
        _farewell(g, conversation.last_id, model, agent)
