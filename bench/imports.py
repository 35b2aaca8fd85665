"""Section c: import cost, each statement in a fresh interpreter, minus a bare start.

Every interpreter gets the same bytecode cache: a private ``PYTHONPYCACHEPREFIX``,
filled by the warm-up run, whatever ``PYTHONDONTWRITEBYTECODE`` says in the caller's
environment. Installed packages (httpx2, msgspec, google-genai) come with compiled
bytecode; without a cache, this checkout's own modules would be compiled from source
in every interpreter, which no installed copy does. One row shows that case too.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from bench.table import Row

__all__ = ["child_env", "import_seconds", "run_imports", "top_imports"]

SECTION = "c. imports"
CLIENT = "from interactions_ext import Client"
STATEMENTS = {
    "bare interpreter": "pass",
    "import httpx2": "import httpx2",
    "import interactions_ext": "import interactions_ext",
    "from interactions_ext import Client": "from interactions_ext import Client",
    "import google.genai": "import google.genai",
    "from google import genai; genai.Client": "from google import genai; genai.Client",
}


@functools.cache
def _pycache() -> str:
    path = tempfile.mkdtemp(prefix="bench-pycache-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def child_env(bytecode: bool = True) -> dict[str, str]:
    """The environment of a measured interpreter: a private bytecode cache, or none."""
    env = dict(os.environ)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _pycache()
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _once(statement: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=env)
    return time.perf_counter() - start


def import_seconds(
    runs: int, statements: dict[str, str] = STATEMENTS, *, bytecode: bool = True
) -> dict[str, float]:
    """Median wall time of each statement, interleaved so drift hits all alike."""
    env = child_env(bytecode)
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for statement in statements.values():
        _once(statement, env)  # warm the page cache and the bytecode cache
    for _ in range(runs):
        for name, statement in statements.items():
            samples[name].append(_once(statement, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def top_imports(statement: str, count: int = 6) -> list[tuple[str, float]]:
    """The modules with the largest cumulative import time (``python -X importtime``)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    )
    costs: list[tuple[str, float]] = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        # Only top-level imports of this statement (one level of indentation).
        if len(name) - len(name.lstrip()) == 1:
            costs.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(costs, key=lambda c: -c[1])[:count]


def run_imports(quick: bool = False) -> list[Row]:
    """Rows for the import section."""
    times = import_seconds(3 if quick else 9)
    bare = times["bare interpreter"]
    net = {name: max(t - bare, 1e-6) for name, t in times.items() if name != "bare interpreter"}
    httpx2_cost = net["import httpx2"]
    genai_cost = net["import google.genai"]
    rows = [Row(SECTION, "bare interpreter start", f"{bare * 1e3:.0f} ms", "subtracted below")]
    for name, cost in net.items():
        rows.append(Row(SECTION, name, f"{cost * 1e3:.0f} ms"))
    for name in ("import interactions_ext", "from interactions_ext import Client"):
        cost = net[name]
        rows.append(
            Row(
                SECTION,
                f"{name} / import httpx2",
                f"{cost / httpx2_cost:.2f}x",
                target="<= 1.3x",
                met=cost <= 1.3 * httpx2_cost,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"{name} / import google.genai",
                f"1/{genai_cost / cost:.0f}",
                target="<= 1/5",
                met=cost * 5 <= genai_cost,
            )
        )
    uncached = import_seconds(
        3 if quick else 9,
        {name: STATEMENTS[name] for name in ("bare interpreter", "import httpx2", CLIENT)},
        bytecode=False,
    )
    ours, theirs = (uncached[n] - uncached["bare interpreter"] for n in (CLIENT, "import httpx2"))
    rows.append(
        Row(
            SECTION,
            f"{CLIENT} / import httpx2, no bytecode cache",
            f"{ours / theirs:.2f}x",
            f"{ours * 1e3:.0f} ms vs {theirs * 1e3:.0f} ms: this checkout's modules compiled "
            "in every interpreter (httpx2 ships compiled)",
        )
    )
    top = top_imports("from interactions_ext import Client")
    rows.append(
        Row(
            SECTION,
            "costliest imports of `from interactions_ext import Client`",
            ", ".join(f"{name} {seconds * 1e3:.0f} ms" for name, seconds in top),
        )
    )
    from bench.coldstart import run_coldstart

    return rows + run_coldstart(quick)
