"""Cold first request: a fresh interpreter that imports, builds a client and sends one create.

Both sides talk to the same stdlib server over loopback, so the difference is the
client's own cost: imports, client construction, request building, decoding. Both
run with the same bytecode cache (``bench.imports.child_env``).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.imports import child_env
from bench.table import Row

__all__ = ["run_coldstart"]

SECTION = "c. imports"
_ANSWER = json.dumps(
    {
        "id": "v1_cold",
        "status": "completed",
        "model": "gemini-2.5-flash",
        "steps": [{"type": "model_output", "content": [{"type": "text", "text": "hi"}]}],
    }
).encode()

PROGRAMS = {
    "httpx2.post": (
        "import httpx2\n"
        "r = httpx2.post(URL + '/v1beta/interactions', json={'model': 'm', 'input': 'hi'},"
        " headers={'x-goog-api-key': 'k'})\n"
        "r.raise_for_status(); r.json()\n"
    ),
    "Client.create": (
        "from interactions_ext import Client\n"
        "with Client(api_key='k', base_url=URL) as c:\n"
        "    c.create('hi', model='m')\n"
    ),
}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(_ANSWER)))
        self.end_headers()
        self.wfile.write(_ANSWER)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _once(url: str, program: str, bytecode: bool = True) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", f"URL = {url!r}\n{program}"], check=True, env=child_env(bytecode)
    )
    return time.perf_counter() - start


def _medians(url: str, runs: int, bytecode: bool) -> tuple[float, float]:
    """Net medians (httpx2.post, Client.create) of fresh-interpreter runs, interleaved."""
    programs = {"bare interpreter": "pass", **PROGRAMS}
    samples: dict[str, list[float]] = {name: [] for name in programs}
    for program in programs.values():
        _once(url, program, bytecode)  # warm the page cache and the bytecode cache
    for _ in range(runs):
        for name, program in programs.items():
            samples[name].append(_once(url, program, bytecode))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians.pop("bare interpreter")
    raw, ours = (max(medians[n] - bare, 1e-6) for n in ("httpx2.post", "Client.create"))
    return raw, ours


def run_coldstart(quick: bool = False) -> list[Row]:
    """Median of fresh-interpreter runs of each program, interleaved; net of a bare start."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    runs = 3 if quick else 9
    try:
        raw, ours = _medians(url, runs, bytecode=True)
        raw_uncached, ours_uncached = _medians(url, runs, bytecode=False)
    finally:
        server.shutdown()
    return [
        Row(SECTION, "cold first request: httpx2.post (net of bare start)", f"{raw * 1e3:.0f} ms"),
        Row(SECTION, "cold first request: Client.create", f"{ours * 1e3:.0f} ms"),
        Row(
            SECTION,
            "cold first request: Client.create / httpx2.post",
            f"{ours / raw:.2f}x",
            f"median of {runs} fresh interpreters each",
            target="<= 1.5x",
            met=ours <= 1.5 * raw,
        ),
        Row(
            SECTION,
            "cold first request, no bytecode cache: Client.create / httpx2.post",
            f"{ours_uncached / raw_uncached:.2f}x",
            f"{ours_uncached * 1e3:.0f} ms vs {raw_uncached * 1e3:.0f} ms",
        ),
    ]
