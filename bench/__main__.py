"""``python -m bench [--quick] [--only SECTION ...]``: run the benchmarks, print one table."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from bench.table import Row, format_table

__all__ = ["main"]


def _sections() -> dict[str, Callable[[bool], list[Row]]]:
    # Imported here so `--only decode` does not pay for the others' imports.
    from bench.concurrency import run_concurrency
    from bench.decode import run_decode
    from bench.imports import run_imports
    from bench.memory import run_memory
    from bench.sse import run_sse
    from bench.wire import run_wire

    return {
        "decode": run_decode,
        "wire": run_wire,
        "imports": run_imports,
        "memory": run_memory,
        "concurrency": run_concurrency,
        "sse": run_sse,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected sections and print their rows as one table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer runs")
    parser.add_argument(
        "--only",
        action="append",
        choices=["decode", "wire", "imports", "memory", "concurrency", "sse"],
        help="run only this section (repeatable)",
    )
    args = parser.parse_args(argv)
    sections = _sections()
    rows: list[Row] = []
    started = time.perf_counter()
    for name, run in sections.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        section_start = time.perf_counter()
        rows += run(args.quick)
        print(f"  {name}: {time.perf_counter() - section_start:.1f} s", file=sys.stderr)
    print(format_table(rows))
    missed = [r for r in rows if r.met is False]
    print(
        f"\n{sum(r.met is True for r in rows)} targets met, {len(missed)} missed"
        f" ({time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
