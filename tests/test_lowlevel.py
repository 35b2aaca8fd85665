"""The low-level layer works on its own with our credentials: docs/lowlevel.md runs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import Emu

DOC = Path(__file__).resolve().parents[1] / "docs" / "lowlevel.md"
(BLOCK,) = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.DOTALL)


def test_the_documented_example_runs_against_the_emulator(
    emu: Emu, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "lowlevel-key")
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_GENAI_USE_VERTEXAI", raising=False)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", emu.base_url)
    namespace: dict[str, Any] = {}
    exec(compile(BLOCK, str(DOC), "exec"), namespace)
    assert capsys.readouterr().out.strip() == "completed"
    calls = emu.requests()
    assert [(c["method"], c["path"]) for c in calls] == [
        ("POST", "/v1beta/interactions"),
        ("GET", f"/v1beta/interactions/{namespace['created'].id}"),
    ]
    # Our auth and user agent, not the generator's defaults.
    assert all(c["headers"]["x-goog-api-key"].startswith("<redacted") for c in calls)
    assert all(c["headers"]["user-agent"].startswith("interactions-ext/") for c in calls)
