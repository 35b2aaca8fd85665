"""Options every command accepts, before or after the command name.

Each global option is declared on the group *and* on every command; both store into
one ``Globals`` object, so ``interactions --json get X`` and ``interactions get X
--json`` mean the same (the later one wins).
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.shell_completion import CompletionItem

__all__ = [
    "SHOW_PARTS",
    "Command",
    "Globals",
    "Group",
    "PipeClosed",
    "ShowParts",
    "global_options",
    "globals_of",
]

SHOW_PARTS = ("thoughts", "tools", "usage")

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    _ParamType = click.ParamType[frozenset[str]]
else:  # generic only in recent click releases
    _ParamType = click.ParamType


@dataclass
class Globals:
    """The backend and output options, wherever they were given."""

    api_key: str | None = field(default=None, repr=False)
    vertex: bool = False
    project: str | None = None
    location: str | None = None
    quota_project: str | None = None
    base_url: str | None = None
    api_version: str | None = None
    api_revision: str | None = None
    json: bool = False

    @property
    def wants_vertex(self) -> bool:
        """``--vertex``, or a Vertex-only option given on the command line."""
        return self.vertex or self.project is not None or self.location is not None

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for ``Client``; unset ones fall back to the environment."""
        return {
            "api_key": self.api_key,
            "vertexai": True if self.wants_vertex else None,
            "project": self.project,
            "location": self.location,
            "quota_project_id": self.quota_project,
            "base_url": self.base_url,
            "api_version": self.api_version,
            "api_revision": self.api_revision,
        }

    def command(self, *words: str) -> str:
        """A shell command that repeats these options (never the API key)."""
        parts = ["interactions", *words]
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "api_key" or value in (None, False):
                continue
            flag = "--" + f.name.replace("_", "-")
            parts.extend([flag] if value is True else [flag, str(value)])
        return shlex.join(parts)


def globals_of(ctx: click.Context) -> Globals:
    """The one ``Globals`` of this invocation (kept on the root context)."""
    root = ctx.find_root()
    if not isinstance(root.obj, Globals):
        root.obj = Globals()
    return root.obj


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is None or value is False or ctx.resilient_parsing:
        return
    assert param.name is not None
    setattr(globals_of(ctx), param.name, value)


_GLOBAL_OPTIONS: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("--json",), {"is_flag": True, "help": "Machine-readable JSON on stdout (errors too)."}),
    (
        ("--api-key",),
        {
            "metavar": "KEY",
            "help": "Gemini API key (default: $GEMINI_API_KEY or $GOOGLE_API_KEY; "
            "prefer the variables, a command line is visible to other users).",
        },
    ),
    (
        ("--vertex",),
        {
            "is_flag": True,
            "help": "Use Vertex AI (default: $GOOGLE_GENAI_USE_VERTEXAI).",
        },
    ),
    (
        ("--project",),
        {"metavar": "ID", "help": "Vertex project (implies --vertex; $GOOGLE_CLOUD_PROJECT)."},
    ),
    (
        ("--location",),
        {
            "metavar": "LOC",
            "help": "Vertex location, e.g. us-central1 (implies --vertex; default global).",
        },
    ),
    (("--quota-project",), {"metavar": "ID", "help": "Quota project (x-goog-user-project)."}),
    (
        ("--base-url",),
        {"metavar": "URL", "help": "API host override, e.g. an emulator's URL."},
    ),
    (("--api-version",), {"metavar": "V", "help": "Path version: v1beta, v1, v1beta1."}),
    (("--api-revision",), {"metavar": "DATE", "help": "Pin the Api-Revision header."}),
]

GLOBAL_NAMES = frozenset(decls[0] for decls, _ in _GLOBAL_OPTIONS)


def global_options(f: F) -> F:
    """Add the global options to a command (or the group)."""
    for decls, attrs in reversed(_GLOBAL_OPTIONS):
        f = click.option(*decls, callback=_store, expose_value=False, **attrs)(f)
    return f


def _split_help_records(
    command: click.Command, ctx: click.Context
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    own: list[tuple[str, str]] = []
    shared: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None or not isinstance(param, click.Option):
            continue
        is_global = any(opt in GLOBAL_NAMES for opt in param.opts)
        (shared if is_global else own).append(record)
    return own, shared


class PipeClosed(Exception):
    """The reader of stdout went away."""


class Command(click.Command):
    """A command whose help lists its own options apart from the global ones."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own, shared = _split_help_records(self, ctx)
        if own:
            with formatter.section("Options"):
                formatter.write_dl(own)
        if shared:
            with formatter.section("Global options (also accepted before the command)"):
                formatter.write_dl(shared)


class Group(click.Group):
    """Commands listed in the order they are declared; global options in their own section."""

    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as exc:
            # Click would turn it into exit code 1; a closed pipe (`| head`) is no failure.
            raise PipeClosed from exc

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own, shared = _split_help_records(self, ctx)
        if shared:
            with formatter.section("Global options (also accepted after the command)"):
                formatter.write_dl(shared)
        if own:
            with formatter.section("Options"):
                formatter.write_dl(own)
        self.format_commands(ctx, formatter)


class ShowParts(_ParamType):
    """A comma-separated subset of ``thoughts,tools,usage`` (or ``all``)."""

    name = "PARTS"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> frozenset[str]:
        if isinstance(value, frozenset):
            return value
        words = {w.strip() for w in str(value).split(",") if w.strip()}
        if "all" in words:
            return frozenset(SHOW_PARTS)
        unknown = sorted(words - set(SHOW_PARTS))
        if unknown:
            self.fail(
                f"unknown part(s) {', '.join(unknown)}; choose from {','.join(SHOW_PARTS)},all",
                param,
                ctx,
            )
        return frozenset(words)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        done, _, last = incomplete.rpartition(",")
        chosen = set(done.split(",")) if done else set()
        prefix = f"{done}," if done else ""
        options: Iterable[str] = (*SHOW_PARTS, "all")
        return [
            CompletionItem(prefix + part)
            for part in options
            if part.startswith(last) and part not in chosen
        ]
