"""One results table: rows of figures, ratios and targets, printed as aligned text."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Row", "best_of", "format_table", "rate"]


@dataclass
class Row:
    """One measurement: what, the figure, how it compares, and the target it answers."""

    section: str
    name: str
    figure: str
    compare: str = ""
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        return "MET" if self.met else "MISSED"


def rate(count: float, seconds: float) -> str:
    """``count`` per second, in k or M."""
    per_second = count / seconds if seconds > 0 else float("inf")
    if per_second >= 1e6:
        return f"{per_second / 1e6:.2f}M/s"
    if per_second >= 1e3:
        return f"{per_second / 1e3:.1f}k/s"
    return f"{per_second:.0f}/s"


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``fn`` in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def format_table(rows: list[Row]) -> str:
    """Rows as one text table, grouped by section in the given order."""
    headers = ("section", "measurement", "figure", "comparison", "target", "verdict")
    cells = [(r.section, r.name, r.figure, r.compare, r.target, r.verdict) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in cells]
    return "\n".join(out)
