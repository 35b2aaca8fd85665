"""Properties of the spec diff over generated schemas: a schema never differs from itself or
from an equivalent spelling of itself, and every finding names a well-formed rule."""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import specdiff  # noqa: E402

RULE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PREFIXES = ("request-", "response-", "new-", "client-", "schema-", "api-", "endpoint-")

scalars = st.sampled_from(["string", "integer", "number", "boolean"])
names = st.sampled_from(["a", "b", "c", "kind"])


def leaf() -> st.SearchStrategy[dict[str, Any]]:
    """Scalar schemas with a few constraints, some allowing null (3.1 type list)."""
    base = st.fixed_dictionaries(
        {"type": scalars},
        optional={
            "maxLength": st.integers(0, 9),
            "minimum": st.integers(-3, 3),
            "enum": st.lists(st.sampled_from(["x", "y", "z"]), min_size=1, max_size=3, unique=True),
            "default": st.sampled_from(["x", 1]),
            "readOnly": st.just(True),
            "pattern": st.sampled_from(["^a", ".*"]),
        },
    )
    return st.builds(
        lambda d, null: {**d, "type": [d["type"], "null"]} if null else d, base, st.booleans()
    )


def extend(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects, arrays and unions over smaller schemas."""
    objects = st.builds(
        lambda props, req: {
            "type": "object",
            "properties": props,
            "required": sorted(req & set(props)),
        },
        st.dictionaries(names, children, max_size=3),
        st.sets(names),
    )
    arrays = st.builds(lambda item: {"type": "array", "items": item}, children)
    unions = st.builds(lambda ms: {"anyOf": ms}, st.lists(children, min_size=2, max_size=3))
    return objects | arrays | unions


schemas = st.recursive(leaf(), extend, max_leaves=8)


def respell(node: Any) -> Any:
    """The same schema in other spellings: enum of one as const, 3.1 null types as 3.0
    ``nullable`` (strings) or as an anyOf with null (others), objects split into two allOf
    parts."""
    if not isinstance(node, dict):
        return node
    out = {k: respell(v) if k in ("items",) else v for k, v in node.items()}
    kind = out.get("type")
    if isinstance(kind, list) and "null" in kind:
        single = next(t for t in kind if t != "null")
        if single == "string":
            out = {**out, "type": single, "nullable": True}
        else:
            inner = {k: v for k, v in out.items() if k not in ("type", "default")}
            rest = {k: v for k, v in out.items() if k == "default"}
            out = {"anyOf": [{"type": single, **inner}, {"type": "null"}], **rest}
    if "properties" in out:
        out["properties"] = {k: respell(v) for k, v in out["properties"].items()}
    if "anyOf" in out:
        out["anyOf"] = [respell(m) for m in out["anyOf"]]
    if isinstance(out.get("enum"), list) and len(out["enum"]) == 1:
        out["const"] = out.pop("enum")[0]
    if out.get("type") == "object" and len(out.get("properties", {})) >= 2:
        first, *rest = sorted(out["properties"])
        out = {
            "allOf": [
                {"type": "object", "properties": {first: out["properties"][first]}},
                {
                    "type": "object",
                    "properties": {k: out["properties"][k] for k in rest},
                    "required": out["required"],
                },
            ]
        }
    return out


def document(schema: Any) -> dict[str, Any]:
    """An API sending and returning the schema."""
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/t": {
                "post": {
                    "requestBody": {"content": content},
                    "responses": {"200": {"description": "ok", "content": content}},
                }
            }
        },
        "components": {"schemas": {"Thing": schema}},
    }


def findings(old: Any, new: Any) -> list[specdiff.Finding]:
    """Findings between two documents around the schemas."""
    return specdiff.compare(document(old), document(new), "old", "new")


@settings(max_examples=150, deadline=None)
@given(schemas)
def test_a_schema_equals_itself_and_its_respelling(schema: dict[str, Any]) -> None:
    """No finding against a copy, nor against an equivalent spelling."""
    assert findings(schema, copy.deepcopy(schema)) == []
    assert findings(schema, respell(schema)) == [], respell(schema)


@settings(max_examples=150, deadline=None)
@given(schemas, schemas)
def test_every_finding_names_a_rule(old: dict[str, Any], new: dict[str, Any]) -> None:
    """Any two schemas compare without error; each finding has a well-formed rule id and
    renders as one markdown line ending in it."""
    for finding in findings(old, new):
        assert RULE.match(finding.rule), finding
        assert finding.rule.startswith(PREFIXES), finding
        line = finding.render()
        assert "\n" not in line and line.endswith(f"[`{finding.rule}`]")
        if finding.rule.startswith("request-"):
            assert "(response)" not in finding.location, finding
        if finding.rule.startswith("response-"):
            assert "(request)" not in finding.location, finding
