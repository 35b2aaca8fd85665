"""Golden reports: the spec diff between consecutive snapshots of the Interactions spec's own
history (spec/history/timeline/) and from the legacy revision, byte for byte.

Regenerate after an intended change of the report:
    SPEC_DIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_spec_diff_golden.py
then read the diff of spec/history/timeline/*.diff.md before committing it.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "spec_diff.py"
TIMELINE = ROOT / "spec" / "history" / "timeline"
LEGACY = ROOT / "spec" / "history" / "2026-05-07.openapi.yaml"
SNAPSHOTS = sorted(TIMELINE.glob("*.openapi.yaml"))


def pairs() -> list[tuple[Path, Path, Path]]:
    """(old, new, expected report): consecutive snapshots, then legacy → latest."""
    found = [
        (old, new, new.with_name(new.name.replace(".openapi.yaml", ".diff.md")))
        for old, new in itertools.pairwise(SNAPSHOTS)
    ]
    latest = SNAPSHOTS[-1]
    name = f"legacy-to-{latest.name.replace('.openapi.yaml', '.diff.md')}"
    found.append((LEGACY, latest, TIMELINE / name))
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The script as `make spec-diff` runs it, from the repository root."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def relative(path: Path) -> str:
    """A path as written on the command line (labels in the report)."""
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize(("old", "new", "expected"), pairs(), ids=[p[2].name for p in pairs()])
def test_report_matches_golden(old: Path, new: Path, expected: Path) -> None:
    """Same bytes as the checked-in report; exit status 1 exactly when it has breaking lines."""
    done = run("--git-base", relative(old), relative(new))
    assert done.returncode in (0, 1), done.stderr
    if os.environ.get("SPEC_DIFF_UPDATE_GOLDEN"):
        expected.write_text(done.stdout, encoding="utf-8")
    assert done.stdout == expected.read_text(encoding="utf-8")
    breaking = "\n## Breaking\n\nNone.\n" not in done.stdout and "No changes." not in done.stdout
    assert done.returncode == (1 if breaking else 0)


def test_timeline_has_history() -> None:
    """At least three snapshots, each starting with the line naming its commit."""
    assert len(SNAPSHOTS) >= 3
    for path in SNAPSHOTS:
        assert path.read_text().startswith(
            "# Snapshot of spec/interactions.openapi.yaml at commit "
        )


def test_two_spellings_of_the_old_spec_agree() -> None:
    """OLD NEW and --git-base OLD NEW give the same report."""
    old, new = relative(SNAPSHOTS[-2]), relative(SNAPSHOTS[-1])
    assert run(old, new).stdout == run("--git-base", old, new).stdout
