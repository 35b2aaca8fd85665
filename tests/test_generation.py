"""The spec is valid, generation is deterministic, and staleness is caught."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "interactions.openapi.yaml"


def _spec() -> dict:
    return yaml.safe_load(SPEC.read_text())


def test_spec_validates() -> None:
    validate(_spec())


def test_spec_models_every_event_of_both_revisions() -> None:
    mapping = _spec()["components"]["schemas"]["StreamEvent"]["discriminator"]["mapping"]
    assert set(mapping) == {
        "interaction.created",
        "interaction.status_update",
        "step.start",
        "step.delta",
        "step.stop",
        "interaction.completed",
        "error",
        "interaction.start",
        "content.start",
        "content.delta",
        "content.stop",
        "interaction.complete",
    }


def test_spec_has_both_path_forms_for_every_operation() -> None:
    ops = {
        (method, path)
        for path, item in _spec()["paths"].items()
        for method in item
        if method in {"get", "post", "delete"}
    }
    for prefix in ("/{version}", "/{version}/projects/{project}/locations/{location}"):
        assert ("post", f"{prefix}/interactions") in ops
        assert ("get", f"{prefix}/interactions/{{id}}") in ops
        assert ("delete", f"{prefix}/interactions/{{id}}") in ops
        assert ("post", f"{prefix}/interactions/{{id}}/cancel") in ops


def test_generated_code_imports_httpx2_only() -> None:
    for path in (ROOT / "interactions_ext" / "_generated").rglob("*.py"):
        for line in path.read_text().splitlines():
            assert line.strip() not in {"import httpx", "from httpx import *"}, path


def _copy_project(dest: Path) -> Path:
    for name in ("spec", "scripts", "interactions_ext"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / ".venv").symlink_to(ROOT / ".venv")
    return dest


@pytest.mark.timeout(900)
def test_generation_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    subprocess.run([ROOT / "scripts" / "generate", a], check=True)
    subprocess.run([ROOT / "scripts" / "generate", b], check=True)
    cmp = filecmp.dircmp(a, b)
    assert not cmp.diff_files and not cmp.left_only and not cmp.right_only


@pytest.mark.timeout(900)  # regenerates the whole tree twice
@pytest.mark.parametrize(
    "target",
    [
        "_generated/models.py",
        "_generated/lowlevel/models/text_delta.py",
        "_generated/routes.py",
        "_generated/create_body.py",
        "_sync/client.py",
        "_sync/stream.py",
    ],
)
def test_check_generated_fails_when_one_character_changes(tmp_path: Path, target: str) -> None:
    project = _copy_project(tmp_path)
    ok = subprocess.run([project / "scripts" / "check_generated"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    path = project / "interactions_ext" / target
    text = path.read_text()
    index = text.index("class ")
    path.write_text(text[:index] + "K" + text[index + 1 :])
    stale = subprocess.run(
        [project / "scripts" / "check_generated"], capture_output=True, text=True
    )
    assert stale.returncode == 1
    assert "make generate" in stale.stderr
