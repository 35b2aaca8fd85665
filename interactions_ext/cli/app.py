"""The command line: commands, arguments and their help.

The work is in ``commands.py`` and ``chat.py``, imported when a command runs so that
``--help``, ``--version`` and shell completion (run at every Tab) stay quick.
"""

from __future__ import annotations

import click

from .errors import USAGE, CommandError
from .options import Group, ShowParts, global_options, globals_of

__all__ = ["cli"]

_EPILOG = """\b
Examples:
  interactions create --model gemini-2.5-flash --stream "Write a haiku"
  interactions create --model gemini-2.5-flash --stream --show thoughts,usage "Why?"
  ID=$(interactions create --agent deep-research-pro-preview-12-2025 --background "Research X")
  interactions wait "$ID" --timeout 3600
  interactions chat --model gemini-2.5-flash
  eval "$(interactions completion bash)"

\b
Answers go to stdout; ids, progress and hints to stderr. Credentials come from
GEMINI_API_KEY / GOOGLE_API_KEY (or --api-key), Vertex AI from --vertex --project
or GOOGLE_GENAI_USE_VERTEXAI / GOOGLE_CLOUD_PROJECT / GOOGLE_CLOUD_LOCATION.

\b
Exit codes:
  0    success
  1    API error (HTTP error, connection lost, stream cut off), or the run ended
       failed / cancelled / incomplete / budget_exceeded
  2    usage error: bad arguments, no credentials
  3    timeout: wait --timeout ran out (the run goes on; wait again)
  130  interrupted (Ctrl-C); the command to pick up where it stopped is printed
With --json, a failure also prints {"error": {"type", "message", "exit_code", ...}}
on stdout.
"""

_SHOW_HELP = "Also show, on stderr: thoughts (summaries), tools (calls and results), usage; or all."


def _version() -> str:
    from interactions_ext import __version__

    return __version__


@click.group(cls=Group, epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    _version(), "--version", prog_name="interactions", message="%(prog)s %(version)s"
)
@global_options
def cli() -> None:
    """Talk to Google's Interactions API (Gemini Developer API or Vertex AI)."""


def _who(model: str | None, agent: str | None) -> None:
    if (model is None) == (agent is None):
        raise click.UsageError("pass exactly one of --model or --agent")


@cli.command()
@click.argument("prompt", required=False)
@click.option("--model", metavar="NAME", help="Model, e.g. gemini-2.5-flash.")
@click.option("--agent", metavar="NAME", help="Agent, e.g. deep-research-pro-preview-12-2025.")
@click.option("--stream", "streamed", is_flag=True, help="Print the answer as it arrives.")
@click.option("--show", type=ShowParts(), default="", help=_SHOW_HELP + " Implies --stream.")
@click.option("--background", is_flag=True, help="Start a background run; prints its id.")
@click.option("--no-store", is_flag=True, help="Do not keep the interaction on the server.")
@click.option("--previous", metavar="ID", help="Continue after this interaction.")
@click.option("--system", metavar="TEXT", help="System instruction.")
@click.option("--tools", metavar="JSON", help="Tool declarations: a JSON list, or @file.json.")
@global_options
@click.pass_context
def create(
    ctx: click.Context,
    prompt: str | None,
    model: str | None,
    agent: str | None,
    streamed: bool,
    show: frozenset[str],
    background: bool,
    no_store: bool,
    previous: str | None,
    system: str | None,
    tools: str | None,
) -> None:
    """Create an interaction and print its answer.

    PROMPT is the input (read from stdin when omitted or "-"). The answer goes to
    stdout and the interaction's id to stderr; with --background the id goes to
    stdout (follow the run with `wait`).
    """
    from . import commands

    _who(model, agent)
    request = commands.CreateRequest(
        prompt=commands.read_prompt(prompt),
        model=model,
        agent=agent,
        background=background,
        store=not no_store,
        previous=previous,
        system=system,
        tools=commands.load_json(tools, "--tools"),
        show=show,
    )
    commands.create(globals_of(ctx), request, streamed=streamed or bool(show))


@cli.command("chat")
@click.option("--model", metavar="NAME", help="Model, e.g. gemini-2.5-flash.")
@click.option("--agent", metavar="NAME", help="Agent instead of a model.")
@click.option(
    "--continue", "previous", metavar="ID", help="Carry on the conversation that ended at ID."
)
@click.option("--system", metavar="TEXT", help="System instruction for every turn.")
@click.option("--show", type=ShowParts(), default="", help=_SHOW_HELP)
@global_options
@click.pass_context
def chat_command(
    ctx: click.Context,
    model: str | None,
    agent: str | None,
    previous: str | None,
    system: str | None,
    show: frozenset[str],
) -> None:
    """Chat in the terminal, one streamed answer per line.

    Each line you type is a turn, answered as it streams. Turns are chained with previous_interaction_id; end with Ctrl-D or /exit, and the
    command to continue later (chat --continue ID) is printed. Lines can be piped in.
    With --continue the model is that of the interaction continued, unless given.
    """
    from .chat import ChatRequest, chat

    if model is not None and agent is not None:
        raise click.UsageError("pass --model or --agent, not both")
    request = ChatRequest(model=model, agent=agent, previous=previous, system=system, show=show)
    chat(globals_of(ctx), request)


@cli.command()
@click.argument("interaction_id", metavar="ID")
@global_options
@click.pass_context
def get(ctx: click.Context, interaction_id: str) -> None:
    """Show an interaction: id, status, model, and its answer."""
    from . import commands

    commands.get(globals_of(ctx), interaction_id)


@cli.command()
@click.argument("interaction_id", metavar="ID")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Give up (exit 3) after this long.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0.1),
    default=1.0,
    show_default=True,
    metavar="SECONDS",
    help="Polling period when the backend cannot stream the run's events.",
)
@global_options
@click.pass_context
def wait(
    ctx: click.Context, interaction_id: str, timeout: float | None, poll_interval: float
) -> None:
    """Wait for a background run to end, then print its answer.

    A live line on stderr shows the status and the time waited; the end shows at
    once (the run's events are followed; polling only when they cannot be).
    """
    from . import commands

    commands.wait(globals_of(ctx), interaction_id, timeout, poll_interval)


@cli.command()
@click.argument("interaction_id", metavar="ID")
@click.option("--last-event-id", metavar="EVENT", help="Only the events after this one.")
@click.option("--show", type=ShowParts(), default="", help=_SHOW_HELP)
@global_options
@click.pass_context
def stream(
    ctx: click.Context, interaction_id: str, last_event_id: str | None, show: frozenset[str]
) -> None:
    """Stream an interaction's events (resume an interrupted stream)."""
    from . import commands

    commands.stream(globals_of(ctx), interaction_id, last_event_id, show)


@cli.command()
@click.argument("interaction_id", metavar="ID")
@global_options
@click.pass_context
def cancel(ctx: click.Context, interaction_id: str) -> None:
    """Cancel a running background interaction."""
    from . import commands

    commands.cancel(globals_of(ctx), interaction_id)


@cli.command()
@click.argument("interaction_id", metavar="ID")
@global_options
@click.pass_context
def delete(ctx: click.Context, interaction_id: str) -> None:
    """Delete a stored interaction."""
    from . import commands

    commands.delete(globals_of(ctx), interaction_id)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
      bash:  eval "$(interactions completion bash)"      (e.g. in ~/.bashrc)
      zsh:   eval "$(interactions completion zsh)"       (e.g. in ~/.zshrc)
      fish:  interactions completion fish > ~/.config/fish/completions/interactions.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - the choice above lists only known shells
        raise CommandError(f"no completion for {shell}", code=USAGE)
    script = cls(cli, {}, "interactions", "_INTERACTIONS_COMPLETE").source()
    click.echo(script)


@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Run the local emulator (interactions emulator --help)."""
    from interactions_ext.emulator.__main__ import main as emulator_main

    raise SystemExit(emulator_main(list(args)))


@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def relay(args: tuple[str, ...]) -> None:
    """Serve the browser relay (interactions relay --help)."""
    from interactions_ext.relay.__main__ import main as relay_main

    raise SystemExit(relay_main(list(args)))
