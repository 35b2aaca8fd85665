"""The ``interactions`` command: try the API from a terminal.

Exit codes: 0 success, 1 API error, 2 usage error, 130 interrupted (Ctrl-C). A
stream interrupted by Ctrl-C prints the cursor needed to resume it.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

import msgspec

from .client import Client
from .errors import ConfigurationError, InteractionsError, StreamInterruptedError
from .outputs import output_text

__all__ = ["main"]

_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


class _UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    backend = argparse.ArgumentParser(add_help=False)
    g = backend.add_argument_group("backend (defaults from the environment)")
    g.add_argument("--vertex", action="store_true", default=None, help="use Vertex AI")
    g.add_argument("--project", help="Google Cloud project (Vertex)")
    g.add_argument("--location", help="Vertex location, e.g. us-central1, global")
    g.add_argument("--quota-project", help="quota/billing project (x-goog-user-project)")
    g.add_argument("--base-url", help="override the API host, e.g. an emulator URL")
    g.add_argument("--api-version", help="API version segment (v1beta, v1, v1beta1)")
    g.add_argument("--api-revision", help="pin an Api-Revision, e.g. 2026-05-07")
    g.add_argument("--json", action="store_true", help="machine-readable JSON output")

    parser = argparse.ArgumentParser(
        prog="interactions", description="Google Interactions API from the command line."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = sub.add_parser("create", parents=[backend], help="create an interaction")
    who = create.add_mutually_exclusive_group(required=True)
    who.add_argument("--model", help="model name, e.g. gemini-2.5-flash")
    who.add_argument("--agent", help="agent name, e.g. deep-research-pro-preview-12-2025")
    create.add_argument("input", nargs="?", help="the prompt (read from stdin when omitted)")
    create.add_argument("--stream", action="store_true", help="print the answer as it arrives")
    create.add_argument("--background", action="store_true", help="run in the background")
    create.add_argument("--no-store", action="store_true", help="do not keep the interaction")
    create.add_argument("--previous", metavar="ID", help="continue after this interaction")
    create.add_argument("--system", metavar="TEXT", help="system instruction")

    get = sub.add_parser("get", parents=[backend], help="show an interaction")
    get.add_argument("id")

    stream = sub.add_parser("stream", parents=[backend], help="stream (resume) its events")
    stream.add_argument("id")
    stream.add_argument("--last-event-id", help="only events after this one")

    wait = sub.add_parser("wait", parents=[backend], help="wait until it ends")
    wait.add_argument("id")
    wait.add_argument("--timeout", type=float, help="seconds (default: no limit)")

    for name, text in (("cancel", "cancel a background run"), ("delete", "delete it")):
        p = sub.add_parser(name, parents=[backend], help=text)
        p.add_argument("id")

    emu = sub.add_parser("emulator", help="run the local emulator", add_help=False)
    emu.add_argument("emulator_args", nargs=argparse.REMAINDER)
    return parser


def _client(args: argparse.Namespace) -> Client:
    return Client(
        vertexai=args.vertex,
        project=args.project,
        location=args.location,
        quota_project_id=args.quota_project,
        base_url=args.base_url,
        api_version=args.api_version,
        api_revision=args.api_revision,
    )


def _dump(obj: Any) -> str:
    return json.dumps(msgspec.to_builtins(obj), indent=2, sort_keys=True)


def _print_interaction(args: argparse.Namespace, interaction: Any, out: TextIO) -> None:
    if args.json:
        print(_dump(interaction), file=out)
        return
    print(f"id: {interaction.id}\nstatus: {interaction.status}", file=out)
    text = output_text(interaction)
    if text:
        print(f"\n{text}", file=out)


def _run_stream(args: argparse.Namespace, stream: Any, out: TextIO) -> None:
    from interactions_ext._generated import models as m

    tty = out.isatty() and not args.json
    try:
        for event in stream:
            if args.json:
                print(json.dumps(msgspec.to_builtins(event)), file=out, flush=True)
                continue
            delta = getattr(event, "delta", None)
            if isinstance(delta, m.TextDelta):
                out.write(delta.text or "")
            elif isinstance(delta, m.ThoughtSummaryDelta) and isinstance(
                delta.content, m.TextContent
            ):
                text = delta.content.text
                out.write(f"{_DIM}{text}{_RESET}" if tty else text)
            out.flush()
        if not args.json:
            out.write("\n")
    except KeyboardInterrupt:
        print(
            f"\ninterrupted; resume with: interactions stream {stream.interaction_id} "
            f"--last-event-id {stream.last_event_id}",
            file=sys.stderr,
        )
        print(
            json.dumps(
                {"interaction_id": stream.interaction_id, "last_event_id": stream.last_event_id}
            ),
            file=sys.stderr,
        )
        raise
    finally:
        stream.close()


def _wait(args: argparse.Namespace, client: Client, out: TextIO) -> None:
    started = time.monotonic()
    live = sys.stderr.isatty() and not args.json

    def progress(interaction: Any) -> None:
        elapsed = time.monotonic() - started
        line = f"{interaction.id}: {interaction.status} ({elapsed:.0f}s)"
        if live:
            sys.stderr.write(f"\r\x1b[K{line}")
        else:
            print(line, file=sys.stderr)
        sys.stderr.flush()

    final = client.wait_for_completion(args.id, args.timeout, on_status=progress)
    if live:
        sys.stderr.write("\n")
    _print_interaction(args, final, out)


def _dispatch(args: argparse.Namespace, out: TextIO) -> None:
    with _client(args) as client:
        if args.command == "create":
            text = args.input if args.input is not None else sys.stdin.read()
            if not text.strip():
                raise _UsageError("no input: pass it as an argument or on stdin")
            kwargs: dict[str, Any] = {
                "model": args.model,
                "agent": args.agent,
                "previous_interaction_id": args.previous,
                "system_instruction": args.system,
            }
            if args.background:
                kwargs["background"] = True
            if args.no_store:
                kwargs["store"] = False
            if args.stream:
                _run_stream(args, client.create(text, stream=True, **kwargs), out)
            else:
                _print_interaction(args, client.create(text, **kwargs), out)
        elif args.command == "get":
            _print_interaction(args, client.get(args.id), out)
        elif args.command == "stream":
            _run_stream(args, client.resume(args.id, args.last_event_id), out)
        elif args.command == "wait":
            _wait(args, client, out)
        elif args.command == "cancel":
            _print_interaction(args, client.cancel(args.id), out)
        elif args.command == "delete":
            client.delete(args.id)
            if args.json:
                print(json.dumps({"id": args.id, "deleted": True}), file=out)
            else:
                print(f"deleted {args.id}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``interactions`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["emulator"]:
        from .emulator.__main__ import main as emulator_main

        return emulator_main(argv[1:])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        _dispatch(args, sys.stdout)
    except KeyboardInterrupt:
        return 130
    except (_UsageError, ConfigurationError) as exc:
        print(f"interactions: {exc}", file=sys.stderr)
        return 2
    except StreamInterruptedError as exc:
        print(f"interactions: {exc}", file=sys.stderr)
        return 1
    except InteractionsError as exc:
        print(f"interactions: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into e.g. `head`: stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
