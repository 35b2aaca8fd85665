"""Every Python example in the README runs, in order, against the emulator.

Blocks share one namespace (as a reader's session would) and each sees an open
``client``; the Vertex quickstart needs Google credentials and the fixture example is
a test function, so those two are only compiled.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from interactions_ext import Client

from .conftest import Emu

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def _needs_outside_world(block: str) -> bool:
    return "vertexai=True" in block or "def test_" in block


def test_the_readme_has_examples_to_run() -> None:
    runnable = [b for b in BLOCKS if not _needs_outside_world(b)]
    assert len(runnable) >= 5


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_every_block_compiles(index: int) -> None:
    compile(BLOCKS[index], f"README.md[python block {index}]", "exec")


def test_readme_examples_run_against_the_emulator(
    emu: Emu, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "readme-key")
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_GENAI_USE_VERTEXAI", raising=False)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", emu.base_url)
    emu.scenario(clock_speed=40)
    shared: dict[str, Any] = {"__name__": "readme"}
    with Client() as client:
        for index, block in enumerate(BLOCKS):
            if _needs_outside_world(block):
                continue
            namespace = {**shared, "client": client}
            exec(compile(block, f"README.md[python block {index}]", "exec"), namespace)
            shared.update({k: v for k, v in namespace.items() if k != "client"})
    printed = capsys.readouterr().out
    assert "cancelled" in printed
    assert shared["final"].status == "completed"
    assert shared["city"].population > 0
    calls = {(r["method"], r["path"]) for r in emu.requests()}
    run_id = shared["run"].id
    assert ("DELETE", f"/v1beta/interactions/{run_id}") in calls
    assert ("POST", f"/v1beta/interactions/{shared['other'].id}/cancel") in calls
