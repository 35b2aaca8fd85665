"""The ``interactions`` command: the Interactions API from a terminal.

Built on click (parsing, help, shell completion) and rich (what a person sees on
stderr); both are imported only when the command runs, never by ``import
interactions_ext``. Exit codes (``errors.py``): 0 success, 1 API error or a run that
did not complete, 2 usage error, 3 ``wait --timeout`` ran out, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _wants_json(argv: Sequence[str]) -> bool:
    # Known even when parsing fails, so that a usage error is reported as JSON too.
    for arg in argv:
        if arg == "--":
            return False
        if arg == "--json":
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``interactions`` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["emulator"]:
        from interactions_ext.emulator.__main__ import main as emulator_main

        return emulator_main(args[1:])
    if args[:1] == ["relay"]:
        from interactions_ext.relay.__main__ import main as relay_main

        return relay_main(args[1:])

    import click

    from .app import cli
    from .errors import INTERRUPTED, OK, report
    from .options import PipeClosed

    try:
        result = cli.main(args, prog_name="interactions", standalone_mode=False)
    except click.exceptions.Abort:
        return INTERRUPTED
    except (BrokenPipeError, PipeClosed):
        # Output piped into e.g. `head`: stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as exc:
        try:
            return report(exc, as_json=_wants_json(args))
        except BrokenPipeError:
            return OK
    return result if isinstance(result, int) else OK
