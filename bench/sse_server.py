"""``python -m bench.sse_server``: a stdlib HTTP server that streams the bench corpus.

Not our emulator: a plain ``http.server`` answering every POST with the corpus as
``text/event-stream`` (no length, the body ends when the connection closes, written
in 64 KiB pieces), so a client's events/s is measured against a server that shares
no code with it. ``x-bench-size: small`` picks the short corpus (for slow clients).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.corpus import CHUNK_SIZE, build_corpus

__all__ = ["main"]


def _handler(bodies: dict[str, bytes]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # the body ends with the connection

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            body = bodies.get(self.headers.get("x-bench-size") or "large", bodies["large"])
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.end_headers()
            view = memoryview(body)
            for start in range(0, len(body), CHUNK_SIZE):
                self.wfile.write(view[start : start + CHUNK_SIZE])

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def main(argv: list[str] | None = None) -> int:
    """Serve on 127.0.0.1 (port 0: any free port); print the base URL once listening."""
    parser = argparse.ArgumentParser(prog="python -m bench.sse_server")
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--small-events", type=int, default=20_000)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    bodies = {
        "large": build_corpus(args.events).data,
        "small": build_corpus(args.small_events).data,
    }
    server = ThreadingHTTPServer(("127.0.0.1", args.port), _handler(bodies))
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
