"""The Python examples in docs/emulator.md run, in order, in a scratch directory."""

from __future__ import annotations

import re
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
