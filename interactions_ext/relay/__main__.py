"""``python -m interactions_ext.relay`` / ``interactions relay``: serve the relay with uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

try:
    import uvicorn  # noqa: F401  (the extra is named before anything needs it)
except ImportError as exc:
    raise ImportError(
        "the relay needs starlette and uvicorn: pip install 'interactions-ext[relay]'",
        name=exc.name,
    ) from exc

from .._async.client import AsyncClient
from .._serving import serve_foreground
from .app import create_relay

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interactions relay",
        description="Relay conversations to browsers as resumable SSE (see docs/replicas.md).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8780, help="port (0 picks a free one)")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--model", metavar="NAME", help="the model answering, e.g. gemini-2.5-flash")
    who.add_argument("--agent", metavar="NAME", help="or the agent answering")
    parser.add_argument(
        "--store",
        metavar="URL",
        help="redis://host:port/db or sqlite:///path.db; replicas share one (default: the "
        "client's default store)",
    )
    parser.add_argument("--base-url", metavar="URL", help="the API's base URL (e.g. an emulator)")
    parser.add_argument(
        "--heartbeat", type=float, default=15.0, metavar="SECONDS", help="idle heartbeat interval"
    )
    parser.add_argument(
        "--retry", type=float, default=1.0, metavar="SECONDS", help="browsers' reconnect delay"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the relay until interrupted. Credentials come from the environment."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = {"base_url": args.base_url} if args.base_url else {}
    client = AsyncClient(store=args.store, **options)  # closes the store it opens
    app = create_relay(
        client, model=args.model, agent=args.agent, heartbeat=args.heartbeat, retry=args.retry
    )
    serve_foreground(app, args.host, args.port, name="Interactions relay", on_exit=client.aclose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
