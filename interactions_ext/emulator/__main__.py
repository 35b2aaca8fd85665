"""``python -m interactions_ext.emulator`` / ``interactions emulator``: serve in the foreground."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import uvicorn

from .app import create_app
from .settings import EmulatorSettings, parse_pairs

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the emulator until interrupted."""
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
    args = parser.parse_args(argv)
    settings = EmulatorSettings()
    try:
        values: dict[str, str] = {}
        for item in args.scenario:
            values.update(parse_pairs(item))
        if args.revision:
            values["default_revision"] = args.revision
        settings.update(values)
    except ValueError as exc:
        parser.error(str(exc))
    config = uvicorn.Config(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)

    async def announce() -> None:
        await server.serve()

    import asyncio

    async def run() -> None:
        task = asyncio.create_task(announce())
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started:
            port = server.servers[0].sockets[0].getsockname()[1]
            print(f"Interactions emulator listening on http://{args.host}:{port}", flush=True)
        await task

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
