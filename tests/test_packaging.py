"""What a user installs: the wheel's contents and metadata, and the missing-extra errors.

The wheel is built from this checkout with the locked hatchling and installed into a
fresh virtual environment that sees nothing of this checkout; its dependencies come
from the development environment's site-packages, added without that environment's
own path hooks (which would point back at the checkout).
"""

from __future__ import annotations

import email.message
import email.parser
import importlib.metadata
import re
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "interactions_ext"


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
        "--no-build-isolation", "--wheel-dir", out, ROOT,
    )  # fmt: skip
    (built,) = out.glob("interactions_ext-*.whl")
    return built


@pytest.fixture(scope="module")
def metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode())


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_only_the_package_is_at_the_top_of_the_wheel(wheel: Path) -> None:
    names = _names(wheel)
    top = {n.split("/")[0] for n in names}
    assert top == {PACKAGE, f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}
    assert f"{PACKAGE}/_generated/models.py" in names
    assert any(n.startswith(f"{PACKAGE}/_generated/lowlevel/") for n in names)
    assert f"{PACKAGE}/types.py" in names
    assert f"{PACKAGE}/relay/page.html" in names  # the relay's chat page is package data


def test_the_wheel_marks_the_package_typed_and_carries_the_licence(
    wheel: Path, metadata: email.message.Message
) -> None:
    names = _names(wheel)
    assert f"{PACKAGE}/py.typed" in names
    (licence,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(licence).decode()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]


def test_requirements_are_ranges_without_pins_or_development_tools(
    metadata: email.message.Message,
) -> None:
    requirements = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    assert {r.name for r in requirements} >= {"httpx2", "attrs", "msgspec", "google-auth"}
    for requirement in requirements:
        operators = {spec.operator for spec in requirement.specifier}
        assert not operators & {"==", "==="}, str(requirement)
        assert requirement.specifier, f"{requirement} has no lower bound"
        if requirement.name != "attrs":  # calendar versions: no major version to stop at
            assert "<" in operators, f"{requirement} has no upper bound"
    assert set(metadata.get_all("Provides-Extra") or []) == {"vertex", "emulator", "redis", "relay"}


def test_requirements_admit_what_google_genai_requires_and_what_is_locked(
    metadata: email.message.Message,
) -> None:
    """A version exists that both we and google-genai accept: the one installed here."""
    ours = {Requirement(r).name: Requirement(r) for r in metadata.get_all("Requires-Dist") or []}
    theirs = [Requirement(r) for r in importlib.metadata.requires("google-genai") or []]
    shared = [r for r in theirs if r.name in ours and r.marker is None]
    assert {r.name for r in shared} >= {"google-auth", "httpx2"}
    for requirement in shared:
        installed = importlib.metadata.version(requirement.name)
        assert requirement.specifier.contains(installed), (requirement, installed)
        assert ours[requirement.name].specifier.contains(installed), (ours, installed)
    for requirement in ours.values():
        installed = importlib.metadata.version(requirement.name)
        assert requirement.specifier.contains(installed), (requirement, installed)


def test_the_metadata_says_where_the_project_lives(metadata: email.message.Message) -> None:
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(u.startswith(urls["Source"]) for u in urls.values()), urls
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers


def test_readme_links_survive_rendering_on_a_package_index(
    metadata: email.message.Message,
) -> None:
    """An index renders the README away from the repository: links must be absolute."""
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    readme = (ROOT / "README.md").read_text()
    targets = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert targets
    for target in targets:
        assert target.startswith(("https://", "#")), target
        if "/blob/" in target or "/tree/" in target:
            assert target.startswith(urls["Source"] + "/"), target


def test_readme_says_how_to_install_from_source() -> None:
    readme = (ROOT / "README.md").read_text()
    assert re.search(r'pip install "interactions-ext\[vertex\] @ git\+https://', readme)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with only the wheel installed; yields its python."""
    env = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        "--no-index", wheel,
    )  # fmt: skip
    site = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    )
    # A plain path line: the directory joins sys.path after the venv's own
    # site-packages, and its .pth files (the editable install's hook) are not run.
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    yield python


def test_the_installed_wheel_imports_from_the_fresh_venv(installed: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import importlib.resources, importlib.metadata, sys
        import interactions_ext, interactions_ext.types, interactions_ext._generated.models
        from interactions_ext import Client, types
        print(interactions_ext.__file__)
        print(importlib.resources.files("interactions_ext").joinpath("py.typed").is_file())
        print(types.Interaction.__module__)
        print(importlib.metadata.version("interactions-ext"))
        """
    )
    out = _run(installed, "-c", script, cwd=tmp_path).stdout.split()
    assert Path(out[0]).is_relative_to(installed.parent.parent), out[0]
    assert out[1] == "True"
    assert out[2].startswith("interactions_ext._generated")
    assert out[3] == importlib.metadata.version("interactions-ext")


def test_the_installed_wheel_adds_no_other_top_level_name(installed: Path, tmp_path: Path) -> None:
    script = "import importlib.metadata as m; print(*m.distribution('interactions-ext').files)"
    files = _run(installed, "-c", script, cwd=tmp_path).stdout.split()
    top = {f.split("/")[0] for f in files if not f.startswith("..")}
    assert top == {PACKAGE, next(t for t in top if t.endswith(".dist-info"))}


def test_a_type_checker_sees_the_installed_types(installed: Path, tmp_path: Path) -> None:
    """With py.typed, mypy reads our annotations: a misuse is an error, not an Any."""
    out = _mypy_strict(
        installed,
        tmp_path,
        """
        from interactions_ext import Client

        client = Client(api_key="k")
        count: int = client.settings.backend
        """,
    )
    assert "import-untyped" not in out, out
    assert 'Incompatible types in assignment (expression has type "Literal' in out, out
    assert out.count("error:") == 1, out


def _mypy_strict(installed: Path, cwd: Path, source: str) -> str:
    (cwd / "app.py").write_text(textwrap.dedent(source))
    mypy = Path(sys.executable).parent / "mypy"
    args = ["--strict", "--no-incremental", "--python-executable", str(installed), "app.py"]
    result = subprocess.run(
        [str(mypy), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    return result.stdout


# The README's examples, with what each result is: assert_type fails the check when
# mypy infers anything else (Any included).
_README_APP = """
    import asyncio
    from collections.abc import Iterator
    from typing import Any, assert_type

    from interactions_ext import (
        AsyncClient, AsyncInteractionStream, Client, Event, InteractionStream, InvalidEvent,
        StreamInterruptedError, continuation_hops, output_text, raw,
    )
    from interactions_ext.types import Interaction

    with Client() as client:
        interaction = client.create("What is the capital of France?", model="gemini-2.5-flash")
        assert_type(interaction, Interaction)
        assert_type(interaction.id, str)
        assert_type(output_text(interaction), str)
        assert_type(continuation_hops(interaction), tuple[str, ...])
        with client.create("Write a poem", model="gemini-2.5-flash", stream=True) as stream:
            assert_type(stream, InteractionStream)
            assert_type(stream.text_deltas(), Iterator[str])
            for event in stream:
                assert_type(event, Event)
                if isinstance(event, InvalidEvent):
                    assert_type(event.error, str)
                assert_type(raw(event), dict[str, Any])  # a JSON object
            assert_type(stream.last_event_id, str | None)
        try:
            story = client.create("Write a story", model="gemini-2.5-flash", stream=True).text()
            assert_type(story, str)
        except StreamInterruptedError as err:
            assert_type(err.interaction_id, str | None)
            if err.interaction_id is not None:
                with client.resume(err.interaction_id, err.last_event_id) as resumed:
                    assert_type(resumed.until_done(), Interaction)
        run = client.create("Research", agent="deep-research-pro-preview-12-2025", background=True)
        assert_type(client.wait_for_completion(run.id, timeout=3600), Interaction)
        assert_type(client.get(run.id), Interaction)
        assert_type(client.cancel(run.id), Interaction)
        assert_type(client.delete(run.id), None)


    async def main() -> None:
        async with AsyncClient() as aclient:
            answer = await aclient.create("Hi", model="gemini-2.5-flash")
            assert_type(answer, Interaction)
            astream = await aclient.create("Hi", model="gemini-2.5-flash", stream=True)
            assert_type(astream, AsyncInteractionStream)
            async for text in astream.text_deltas():
                assert_type(text, str)


    asyncio.run(main())
"""


def test_a_readme_app_type_checks_strictly_with_concrete_types(
    installed: Path, tmp_path: Path
) -> None:
    out = _mypy_strict(installed, tmp_path, _README_APP)
    assert out.startswith("Success: no issues found"), out


def test_a_misspelt_keyword_is_reported_by_the_type_checker(
    installed: Path, tmp_path: Path
) -> None:
    out = _mypy_strict(
        installed,
        tmp_path,
        """
        from interactions_ext import Client

        client = Client(api_key="k")
        client.create("Hi", modle="gemini-2.5-flash")
        client.create("Hi", model="gemini-2.5-flash", stream=True, acumulate=False)
        """,
    )
    assert re.search(r'app\.py:5: error: Unexpected keyword argument "modle"', out), out
    assert re.search(r'app\.py:6: error: .*"acumulate"', out), out


_MISSING_EXTRA = [
    pytest.param(
        "starlette",
        "from interactions_ext import Emulator\nEmulator()",
        "interactions-ext[emulator]",
        id="Emulator",
    ),
    pytest.param(
        "uvicorn",
        "from interactions_ext.emulator import create_app\ncreate_app()",
        "interactions-ext[emulator]",
        id="create_app",
    ),
    pytest.param(
        "starlette",
        "from interactions_ext.cli import main\nmain(['emulator'])",
        "interactions-ext[emulator]",
        id="cli",
    ),
    pytest.param(
        "starlette",
        "from interactions_ext.relay import create_relay",
        "interactions-ext[relay]",
        id="relay",
    ),
    pytest.param(
        "uvicorn",
        "from interactions_ext.relay.__main__ import main",
        "interactions-ext[relay]",
        id="relay-serve",
    ),
    pytest.param(
        "google.auth",
        "from interactions_ext import Client\nClient(vertexai=True, project='p')",
        "interactions-ext[vertex]",
        id="vertex",
    ),
    pytest.param(
        "requests",
        "from interactions_ext import AsyncClient\nAsyncClient(vertexai=True, project='p')",
        "interactions-ext[vertex]",
        id="vertex-requests",
    ),
    pytest.param(
        "redis",
        "from interactions_ext.store import open_store\nopen_store('redis://127.0.0.1:1/0')",
        "interactions-ext[redis]",
        id="redis",
    ),
]


@pytest.mark.parametrize(("blocked", "code", "extra"), _MISSING_EXTRA)
def test_a_missing_extra_is_named_when_its_object_is_built(
    blocked: str, code: str, extra: str, tmp_path: Path
) -> None:
    script = f"import sys\nsys.modules[{blocked!r}] = None\n{code}\n"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: "), result.stderr
    assert f"pip install '{extra}'" in last


@pytest.mark.parametrize(
    "code",
    [
        "from interactions_ext import Client\nClient(api_key='k')",
        "from interactions_ext import Client\nClient(vertexai=True, api_key='k')",
    ],
    ids=["gemini", "vertex-express"],
)
def test_no_extra_is_needed_for_an_api_key(code: str, tmp_path: Path) -> None:
    blocked = ["starlette", "uvicorn", "google", "google.auth", "requests"]
    script = f"import sys\nfor m in {blocked!r}: sys.modules[m] = None\n{code}\n"
    _run(sys.executable, "-c", script, cwd=tmp_path)
