"""The Python examples in docs/emulator.md run, in order, in a scratch directory."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "emulator.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.DOTALL)


def _is_a_test_body(block: str) -> bool:
    # Fixture and marker examples are test functions: pytest runs those, not exec.
    return "def test_" in block


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_every_block_compiles(index: int) -> None:
    compile(BLOCKS[index], f"emulator.md[python block {index}]", "exec")


def test_the_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runnable = [b for b in BLOCKS if not _is_a_test_body(b)]
    assert any("RecordingTransport" in b for b in runnable)
    namespace: dict[str, Any] = {"__name__": "emulator_docs"}
    for index, block in enumerate(runnable):
        exec(compile(block, f"emulator.md[runnable block {index}]", "exec"), namespace)
    assert namespace["recorded"]
    assert list((tmp_path / "cassettes").glob("*.ndjson"))


def test_the_pytest_examples_pass_under_pytest(tmp_path: Path) -> None:
    # The fixture and marker examples run as a test file of their own, with the plugin the
    # installed package registers and a copy of the shipped cassettes next to them.
    bodies = [b for b in BLOCKS if _is_a_test_body(b)]
    assert any("interactions_emulator" in b for b in bodies)
    shutil.copytree(DOC.parents[1] / "tests" / "cassettes", tmp_path / "cassettes")
    (tmp_path / "test_doc_examples.py").write_text("\n\n".join(bodies))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert f"{sum(b.count('def test_') for b in bodies)} passed" in run.stdout
