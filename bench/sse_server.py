"""``python -m bench.sse_server``: a stdlib HTTP server that streams recorded bodies.

Not our emulator: a plain ``http.server`` answering every POST with a body held in
memory as ``text/event-stream`` (no length, the body ends when the connection closes,
written in 64 KiB pieces), so a client's events/s is measured against a server that
outruns it and shares no code with it. Two bodies, picked by ``x-bench-body``:
``answer`` (the default), a long text answer as the emulator streams it, recorded once
at start-up; ``corpus``, the bench corpus (thoughts, text and function arguments).
``x-bench-size: small`` picks a short one of each (for slow clients).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx2

from bench.corpus import CHUNK_SIZE, build_corpus
from bench.emulator_process import emulator_process

__all__ = ["main", "record_answer"]


def record_answer(base_url: str, words: int) -> bytes:
    """The emulator's streamed answer of ``words`` words, as bytes."""
    with httpx2.Client(timeout=300) as http:
        response = http.post(
            f"{base_url}/v1beta/interactions",
            json={"model": "gemini-2.5-flash", "input": "bench", "stream": True},
            headers={"x-goog-api-key": "bench", "x-emulator-scenario": f"answer_words={words}"},
        )
        response.raise_for_status()
        return response.content


def _handler(bodies: dict[tuple[str, str], bytes]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # the body ends with the connection

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            key = (
                self.headers.get("x-bench-body") or "answer",
                self.headers.get("x-bench-size") or "large",
            )
            body = bodies.get(key)
            if body is None:
                self.send_error(404, f"no body {key}")
                return
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
    parser.add_argument("--events", type=int, default=200_000, help="events of each large body")
    parser.add_argument("--small-events", type=int, default=20_000)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    # The emulator's answer streams one text delta per three words.
    with emulator_process() as url:
        answers = {
            size: record_answer(url, 3 * n)
            for size, n in (("large", args.events), ("small", args.small_events))
        }
    bodies = {
        **{("answer", size): body for size, body in answers.items()},
        ("corpus", "large"): build_corpus(args.events).data,
        ("corpus", "small"): build_corpus(args.small_events).data,
    }
    server = ThreadingHTTPServer(("127.0.0.1", args.port), _handler(bodies))
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
