"""Section d: resident memory while consuming a GiB-sized stream.

Each measurement runs in a fresh child interpreter (``python -m bench.memory``) so
nothing else the benchmark did sits in its RSS; the emulator runs in a third process
with its bulk scenario (``delta_bytes``: large text deltas, quick to serve).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence

from bench.emulator_process import emulator_process
from bench.table import Row
from bench.wire import decoder_stream
from interactions_ext import Client, RetryPolicy
from interactions_ext import types as t

__all__ = ["main", "rss_mib", "run_memory"]

SECTION = "d. memory"
MODEL = "gemini-2.5-flash"
GIB = 1 << 30


def rss_mib() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MiB, from /proc/self/status."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _scenario(total: int, delta_bytes: int) -> dict[str, str]:
    deltas = max(1, total // delta_bytes)
    # The emulator writes one text delta per three answer words.
    return {"x-emulator-scenario": f"answer_words={deltas * 3},delta_bytes={delta_bytes}"}


def _decoder_path(base_url: str, total: int, delta_bytes: int) -> tuple[int, int]:
    read = decoder_stream(base_url, _scenario(total, delta_bytes))
    return read.events, read.size


def _client_path(base_url: str, total: int, delta_bytes: int) -> tuple[int, int]:
    # A GiB of answer is not kept: the point is flat memory. The text is counted here,
    # per event (no rate is compared in this section).
    scenario = _scenario(total, delta_bytes)
    events = size = 0
    with (
        Client(
            api_key="bench", base_url=base_url, retry_policy=RetryPolicy(max_retries=0)
        ) as client,
        client.create(
            "bench", model=MODEL, stream=True, accumulate=False, extra_headers=scenario
        ) as stream,
    ):
        for event in stream:
            events += 1
            if isinstance(event, t.StepDeltaEvent) and isinstance(event.delta, t.TextDelta):
                size += len(event.delta.text or "")
    return events, size


def main(argv: Sequence[str] | None = None) -> int:
    """Child mode: consume one stream, print RSS figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory")
    parser.add_argument("path", choices=["decoder", "client"])
    parser.add_argument("base_url")
    parser.add_argument("total", type=int)
    parser.add_argument("delta_bytes", type=int)
    args = parser.parse_args(argv)
    run = _decoder_path if args.path == "decoder" else _client_path
    run(args.base_url, 1 << 20, args.delta_bytes)  # warm up: imports, pools, decoders
    before, _ = rss_mib()
    start = time.perf_counter()
    events, size = run(args.base_url, args.total, args.delta_bytes)
    seconds = time.perf_counter() - start
    after, peak = rss_mib()
    result = {"before": before, "after": after, "peak": peak, "events": events, "bytes": size}
    print(json.dumps({**result, "seconds": seconds}))
    return 0


def _child(path: str, base_url: str, total: int, delta_bytes: int) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.memory", path, base_url, str(total), str(delta_bytes)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def run_memory(quick: bool = False) -> list[Row]:
    """Rows for the memory section."""
    total = GIB // 8 if quick else GIB
    rows: list[Row] = []
    with emulator_process() as url:
        for label, path, size, delta in (
            ("httpx2 + SSEDecoder + events.decode", "decoder", total, 16 << 10),
            ("Client.create(stream=True, accumulate=False)", "client", total, 16 << 10),
        ):
            r = _child(path, url, size, delta)
            growth = r["after"] - r["before"]
            peak_growth = r["peak"] - r["before"]
            rows.append(
                Row(
                    SECTION,
                    f"{label}, {r['bytes'] / GIB:.2f} GiB",
                    f"RSS {r['before']:.0f} -> {r['after']:.0f} MiB ({growth:+.0f}), "
                    f"peak {peak_growth:+.0f}",
                    f"{r['events']:.0f} events of {delta >> 10} KiB in {r['seconds']:.1f} s "
                    f"({r['bytes'] / r['seconds'] / 1e6:.0f} MB/s)",
                    target="flat: < +20 MiB",
                    met=peak_growth < 20,
                )
            )
    return rows


if __name__ == "__main__":
    sys.exit(main())
