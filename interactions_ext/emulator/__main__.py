"""``python -m interactions_ext.emulator`` / ``interactions emulator``: serve in the foreground."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .._serving import serve_foreground
from .app import create_app
from .replay import ReplayLibrary
from .settings import EmulatorSettings, parse_pairs
from .state import TOKEN_ENV, control_token_from_env, warn_if_exposed

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interactions emulator",
        description="Serve the Interactions API locally (see docs/emulator.md).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument(
        "--scenario",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a session setting, e.g. clock_speed=10 (repeatable)",
    )
    parser.add_argument("--revision", help="default API revision (2026-05-20 or 2026-05-07)")
    parser.add_argument(
        "--replay", metavar="FILE_OR_DIR", help="answer from this cassette instead of the model"
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        help=f"require this x-emulator-token on /_emulator/* (default: ${TOKEN_ENV})",
    )
    return parser


def _settings(parser: argparse.ArgumentParser, args: argparse.Namespace) -> EmulatorSettings:
    settings = EmulatorSettings()
    values: dict[str, str] = {}
    for item in args.scenario:
        values.update(parse_pairs(item))
    if args.revision:
        values["default_revision"] = args.revision
    try:
        settings.update(values)
    except ValueError as exc:
        parser.error(str(exc))
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run the emulator until interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = _settings(parser, args)
    replay = None
    if args.replay:
        try:
            replay = ReplayLibrary.load(args.replay)
        except (OSError, ValueError) as exc:
            parser.error(f"--replay: {exc}")
    token = control_token_from_env(args.control_token)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    warn_if_exposed(args.host, token)
    app = create_app(settings, replay=replay, control_token=token)
    serve_foreground(app, args.host, args.port, name="Interactions emulator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
