"""Our spec against Google's own types: every type, field, union member and enum value.

google-genai's ``_gaos`` package is Google's generated model of the Interactions API,
an independent description of what the server sends and accepts. Anything it has and
our spec lacks fails here, unless ``ALLOWED`` says why we model it differently.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests import genai_types as g

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "interactions.openapi.yaml"

# google-genai name -> our schema name, where the two differ (same shape, our spelling).
OUR_NAME: dict[str, str] = {
    "CodeExecution": "CodeExecutionTool",
    "ComputerUse": "ComputerUseTool",
    "Error": "StreamError",
    "FileSearch": "FileSearchTool",
    "Function": "FunctionTool",
    "GoogleMaps": "GoogleMapsTool",
    "GoogleMapsCallArguments": "QueriesArguments",
    "GoogleSearch": "GoogleSearchTool",
    "GoogleSearchCallArguments": "QueriesArguments",
    "InteractionSSEStreamEvent": "ServerSentEvent",
    "InteractionSseEventInteraction": "PartialInteraction",
    "InteractionStatusUpdate": "InteractionStatusUpdateEvent",
    "MCPServer": "McpServerTool",
    "MCPServerToolCallDelta": "McpServerToolCallDelta",
    "MCPServerToolCallStep": "McpServerToolCallStep",
    "MCPServerToolResultDelta": "McpServerToolResultDelta",
    "MCPServerToolResultStep": "McpServerToolResultStep",
    "Retrieval": "RetrievalTool",
    "RetrievalCallArguments": "QueriesArguments",
    "Status": "RpcStatus",
    "StepDelta": "StepDeltaEvent",
    "StepDeltaMetadata": "StreamMetadata",
    "StepStart": "StepStartEvent",
    "StepStop": "StepStopEvent",
    "URLCitation": "UrlCitation",
    "URLContext": "UrlContextTool",
    "URLContextCallArguments": "UrlContextCallArguments",
    "URLContextCallDelta": "UrlContextCallDelta",
    "URLContextCallStep": "UrlContextCallStep",
    "URLContextResult": "UrlContextResult",
    "URLContextResultDelta": "UrlContextResultDelta",
    "URLContextResultStep": "UrlContextResultStep",
}

# google-genai union -> our discriminated union.
OUR_UNION: dict[str, str] = {
    "Annotation": "Annotation",
    "Content": "Content",
    "FunctionResultSubcontent": "Content",
    "InteractionAgentConfig": "AgentConfig",
    "InteractionSseEvent": "StreamEvent",
    "Step": "Step",
    "StepDeltaData": "Delta",
    "ThoughtSummaryContent": "Content",
    "Tool": "Tool",
    "TranscriptionMode": "TranscriptionMode",
}

# What google-genai has and our spec deliberately lacks; one line of why each.
ALLOWED: dict[str, str] = {
    "Interaction.id": "required as in js-genai and the Vertex REST reference: later calls need it",
    "Interaction.output_text": "computed by the SDK, not on the wire (ours: outputs.output_text)",
    "Interaction.output_image": "computed by the SDK, not on the wire",
    "Interaction.output_audio": "computed by the SDK, not on the wire",
    "Interaction.output_video": "computed by the SDK, not on the wire",
    "Interaction.continuation_ids": "added by the SDK when it merges continuation hops",
}

# Fields of ours that google-genai 3.3.0 lacks, each with the source that backs it.
EXTRA: dict[str, str] = {
    "*.metadata": "Vertex REST reference and js-genai: optional metadata on any streamed event",
    "FunctionResultDelta.call_id": "Google's Java SDK (gaos FunctionResultDelta.callId, required)",
    "Interaction.role": "Vertex REST reference v1beta1 Interaction: role (deprecated, legacy revision)",
    "Interaction.outputs": "Vertex REST reference v1beta1 Interaction: outputs (deprecated, legacy revision)",
    "PartialInteraction.role": "legacy revision events carry the whole Interaction resource",
    "PartialInteraction.outputs": "legacy revision events carry the whole Interaction resource",
    "PartialInteraction.previous_interaction_id": "legacy revision events carry the whole resource",
}


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def schemas() -> dict[str, Any]:
    result: dict[str, Any] = spec()["components"]["schemas"]
    return result


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schemas()[node["$ref"].rsplit("/", 1)[-1]]
    return node


def our_name(google: str) -> str:
    return OUR_NAME.get(google, google)


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = schema.get("properties", {})
    return result


def allowed_values(node: dict[str, Any], seen: frozenset[str] = frozenset()) -> set[str]:
    """Values a property documents: enum, x-extensible-enum and const, through refs/unions."""
    found: set[str] = set()
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        target = schemas()[name]
        # A named string enum is followed; a model's own fields are checked where it is defined.
        if name in seen or properties(target):
            return found
        return allowed_values(target, seen | {name})
    for key in ("enum", "x-extensible-enum"):
        found.update(v for v in node.get(key, []) if isinstance(v, str))
    if isinstance(node.get("const"), str):
        found.add(node["const"])
    for key in ("oneOf", "anyOf"):
        for member in node.get(key, []):
            found |= allowed_values(member, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            found |= allowed_values(node[key], seen)
    return found


def _models() -> list[str]:
    return sorted(name for name, model in g.models().items() if not g.placeholder(model))


def _fields() -> list[tuple[str, str]]:
    return [(name, field.name) for name in _models() for field in g.field_list(g.models()[name])]


@pytest.mark.parametrize("google", _models())
def test_every_type_has_a_schema(google: str) -> None:
    if google in ALLOWED:
        pytest.skip(ALLOWED[google])
    assert our_name(google) in schemas(), f"{google}: no schema {our_name(google)!r} in the spec"


@pytest.mark.parametrize(("google", "field"), _fields())
def test_every_field_is_in_the_spec(google: str, field: str) -> None:
    key = f"{google}.{field}"
    if google in ALLOWED or (
        key in ALLOWED and field not in properties(schemas()[our_name(google)])
    ):
        pytest.skip(ALLOWED.get(key) or ALLOWED[google])
    schema = schemas().get(our_name(google))
    if schema is None:
        pytest.fail(f"{google}: no schema")
    assert field in properties(schema), f"{our_name(google)} lacks {field!r} ({key})"
    info = next(f for f in g.field_list(g.models()[google]) if f.name == field)
    tag = g.constant(info.annotation)
    if tag is not None:
        assert properties(schema)[field].get("const") == tag, f"{key}: not the constant {tag!r}"
        return
    if not info.required and key not in ALLOWED:
        required = schema.get("required", [])
        assert field not in required, f"{key} is optional in google-genai, required in ours"
    values = g.literal_values(info.annotation)
    missing = values - allowed_values(properties(schema)[field])
    assert not missing, f"{key}: values {sorted(missing)} not in the spec"
    if info.deprecated:
        assert properties(schema)[field].get("deprecated"), f"{key} is deprecated in google-genai"


@pytest.mark.parametrize("union", sorted(g.open_unions()))
def test_every_union_member_is_in_the_spec(union: str) -> None:
    ours = OUR_UNION.get(union)
    assert ours is not None, f"google-genai union {union} is not mapped to one of ours"
    mapping = schemas()[ours]["discriminator"]["mapping"]
    for tag, model in g.open_unions()[union].items():
        assert tag in mapping, f"{ours} lacks the {tag!r} member ({union})"
        target = mapping[tag].rsplit("/", 1)[-1]
        assert target == our_name(model.__name__), f"{ours}[{tag!r}] is {target}"


def _mapped() -> list[str]:
    return sorted(
        {our_name(name) for name in _models() if our_name(name) in schemas()} - {"ServerSentEvent"}
    )


@pytest.mark.parametrize("ours", _mapped())
def test_every_field_of_ours_has_a_source(ours: str) -> None:
    google_fields: set[str] = set()
    for name, model in g.models().items():
        if our_name(name) == ours:
            google_fields |= {f.name for f in g.field_list(model)}
    unsourced = [
        f"{ours}.{field}"
        for field in properties(schemas()[ours])
        if field not in google_fields
        and f"{ours}.{field}" not in EXTRA
        and f"*.{field}" not in EXTRA
    ]
    assert not unsourced, f"not in google-genai and no source given: {unsourced}"


def test_allow_lists_are_short_and_explained() -> None:
    assert len(ALLOWED) <= 10
    for table in (ALLOWED, EXTRA):
        for key, why in table.items():
            assert why.strip() and "\n" not in why, key
    stale = [key for key in ALLOWED if key.split(".")[0] not in g.models()]
    assert not stale, f"allow-list entries google-genai no longer has: {stale}"
