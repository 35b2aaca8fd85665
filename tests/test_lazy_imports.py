"""What importing the package costs: each public name loads its own module, on first use.

Every check runs in a fresh interpreter, so nothing imported by other tests counts.
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys

import interactions_ext
from interactions_ext import events

from .hostile import Answer, HostileServer

# Loaded by the first decode, the first stream or the first wait, never by the import.
HEAVY = (
    "msgspec",
    "interactions_ext._generated.models",
    "interactions_ext.events",
    "interactions_ext.stream_core",
    "interactions_ext.continuation",
    "interactions_ext.polling",
    "interactions_ext._sync.stream",
    "interactions_ext._async.client",
    "asyncio",
    "difflib",
)


def _modules_after(program: str, *args: str) -> list[str]:
    report = "import sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", f"{program}\n{report}", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(out.stdout.splitlines()[-1])
    return modules


def test_import_loads_only_the_package() -> None:
    loaded = _modules_after("import interactions_ext")
    assert [m for m in loaded if m.startswith("interactions_ext")] == ["interactions_ext"]


def test_importing_client_loads_no_models_streams_or_asyncio() -> None:
    loaded = set(_modules_after("from interactions_ext import Client\nClient(api_key='k')"))
    assert "interactions_ext._sync.client" in loaded
    assert sorted(loaded & set(HEAVY)) == []


def test_every_public_name_resolves_and_raw_stays_the_function(hostile: HostileServer) -> None:
    # A call imports the module behind RawResponse; the name ``raw`` must still be
    # the function that returns an object's JSON.
    hostile.play(
        Answer([b'{"id": "v1_a", "status": "completed"}'], content_type="application/json")
    )
    program = (
        "import sys, interactions_ext as ie\n"
        "with ie.Client(api_key='k', base_url=sys.argv[1]) as c:\n"
        "    c.with_raw_response.get('v1_a')\n"
        "assert all(getattr(ie, n) is not None for n in ie.__all__)\n"
        "from interactions_ext.events import raw\n"
        "assert ie.raw is raw, ie.raw\n"
    )
    assert "interactions_ext.raw_response" in _modules_after(program, hostile.base_url)


def test_names_resolve_to_their_definitions() -> None:
    assert interactions_ext.raw is events.raw
    assert interactions_ext.Client.__module__ == "interactions_ext._sync.client"
    assert set(dir(interactions_ext)) == set(interactions_ext.__all__)


def test_version_is_the_distribution_version() -> None:
    assert interactions_ext.__version__ == importlib.metadata.version("interactions-ext")
