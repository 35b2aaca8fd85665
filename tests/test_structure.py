"""The package's shape: spec-derived keywords, cheap first requests, one async source."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

import interactions_ext
from interactions_ext.client import CreateOptions
from interactions_ext.client_base import RequestOptions

from .conftest import MakeClient
from .hostile import Answer, HostileServer

ROOT = Path(__file__).resolve().parents[1]
# Keywords of create that are not body fields: where the call goes and how it is handled.
_CLIENT_ONLY = {
    "model",
    "agent",
    "extra_body",
    "auto_resume",
    "accumulate",
    "automatic_continuation",
    "checkpoint",
} | set(RequestOptions.__annotations__)


def _spec_create_fields() -> set[str]:
    spec = yaml.safe_load((ROOT / "spec" / "interactions.openapi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    fields: set[str] = set()
    for ref in schemas["CreateInteractionRequest"]["oneOf"]:
        fields |= set(schemas[ref["$ref"].rsplit("/", 1)[-1]]["properties"])
    return fields - {"model", "agent", "input", "stream"}


def test_create_keywords_are_the_spec_create_body_fields() -> None:
    keywords = set(CreateOptions.__annotations__)
    assert keywords - _CLIENT_ONLY == _spec_create_fields()


def test_new_body_fields_are_sent_as_typed_keywords(
    make_client: MakeClient, hostile: HostileServer
) -> None:
    done = Answer([b'{"id": "v1_a", "status": "completed"}'], content_type="application/json")
    hostile.play(done)
    with make_client(base_url=hostile.base_url) as client:
        client.create(
            "hi",
            model="gemini-2.5-flash",
            service_tier="flex",
            safety_settings=[{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "OFF"}],
            labels={"team": "search"},
            webhook_config={"uris": ["https://example.com/hook"]},
        )
    (request,) = hostile.received
    body = json.loads(request["body"])
    assert body["service_tier"] == "flex"
    assert body["labels"] == {"team": "search"}
    assert body["webhook_config"] == {"uris": ["https://example.com/hook"]}
    assert body["safety_settings"] == [
        {"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "OFF"}
    ]


_FIRST_REQUEST = """
import json, sys
from interactions_ext import Client
with Client(api_key="k", base_url=sys.argv[1]) as c:
    status = c.create("hi", model="m").status
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def test_first_create_imports_no_low_level_model(hostile: HostileServer) -> None:
    answer = b'{"id": "v1_a", "status": "completed", "steps": []}'
    hostile.play(Answer([answer], content_type="application/json"))
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_REQUEST, hostile.base_url],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["status"] == "completed"
    loaded = [m for m in result["modules"] if m.startswith("interactions_ext._generated.lowlevel")]
    assert loaded == []
    assert "attrs" not in result["modules"]
    assert "interactions_ext._generated.models" in result["modules"]


def test_no_reach_into_generated_private_functions() -> None:
    package_init = ROOT / "interactions_ext" / "__init__.py"
    for path in (ROOT / "interactions_ext").rglob("*.py"):
        if "_generated" in path.parts:
            continue
        text = path.read_text()
        assert "_get_kwargs" not in text, path
        # The package loads its public names on first use, from its own modules only.
        assert "import_module" not in text or path == package_init, path
    assert not any("_generated" in home for home in interactions_ext._HOMES.values())
