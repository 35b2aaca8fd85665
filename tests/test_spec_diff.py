"""scripts/spec_diff.py: one mutation of the real spec per classification rule, plus the CLI."""

from __future__ import annotations

import copy
import importlib.util
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "spec_diff.py"
SPEC = ROOT / "spec" / "interactions.openapi.yaml"
HISTORY = ROOT / "spec" / "history" / "2026-05-07.openapi.yaml"
SECTIONS = ("Breaking", "Non-breaking", "Informational")
SCHEMA = "#/components/schemas/"

Spec = dict[str, Any]
Mutation = Callable[[Spec], None]


def load_package() -> ModuleType:
    """Import scripts/specdiff (scripts/ is not on the import path)."""
    if str(SCRIPT.parent) not in sys.path:
        sys.path.insert(0, str(SCRIPT.parent))
    return importlib.import_module("specdiff")


spec_diff = load_package()
REAL: Spec = yaml.load(SPEC.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the script as CI does."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def report(old: Spec, new: Spec) -> str:
    """The markdown report for two in-memory documents."""
    findings = spec_diff.compare(old, new, "old.yaml", "new.yaml")
    return str(spec_diff.render(findings, "old.yaml", "new.yaml"))


def sections(text: str) -> dict[str, list[str]]:
    """Report items by section title."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:]
            found[current] = []
        elif line.startswith("- "):
            found[current].append(line[2:])
    return found


# ---------------------------------------------------------------------------
# Helpers over the real spec


def schema(doc: Spec, name: str) -> Spec:
    """A component schema."""
    result: Spec = doc["components"]["schemas"][name]
    return result


def prop(doc: Spec, name: str, field: str) -> Spec:
    """A property of a component schema."""
    result: Spec = schema(doc, name)["properties"][field]
    return result


def operation(doc: Spec, path: str, method: str) -> Spec:
    """An operation object."""
    result: Spec = doc["paths"][path][method]
    return result


def param(doc: Spec, path: str, method: str, name: str) -> Spec:
    """An operation-level parameter."""
    params = operation(doc, path, method)["parameters"]
    return next(p for p in params if p["name"] == name)


def ref(name: str) -> Spec:
    """A $ref to a component schema."""
    return {"$ref": SCHEMA + name}


def add_event(doc: Spec, tag: str, name: str, union: str = "StreamEvent") -> None:
    """Add a tagged member to a discriminated union (an SSE event or delta type)."""
    disc = schema(doc, union)["discriminator"]["propertyName"]
    doc["components"]["schemas"][name] = {
        "type": "object",
        "required": [disc],
        "properties": {disc: {"type": "string", "const": tag}},
    }
    schema(doc, union)["oneOf"].append(ref(name))
    schema(doc, union)["discriminator"]["mapping"][tag] = SCHEMA + name


def drop_member(doc: Spec, union: str, tag: str) -> None:
    """Remove a tagged member from a discriminated union."""
    target = schema(doc, union)["discriminator"]["mapping"].pop(tag)
    schema(doc, union)["oneOf"].remove({"$ref": target})


def closed(where: tuple[str, ...], values: list[str]) -> Mutation:
    """Make the string schema at ``where`` (schema name, then keys) a closed enum of ``values``.

    The real spec's enums are all open (x-extensible-enum); the closed-enum rules are
    exercised on copies that close one.
    """

    def mutate(doc: Spec) -> None:
        node = schema(doc, where[0])
        for key in where[1:]:
            node = node["properties"][key] if key in node.get("properties", {}) else node[key]
        node = (
            doc["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
            if "$ref" in node
            else node
        )
        node.pop("x-extensible-enum", None)
        node["enum"] = list(values)

    return mutate


def request_enum(values: list[str], array: bool = False) -> Mutation:
    """A closed enum on a request-only field (the real spec's request enums are all open)."""

    def mutate(doc: Spec) -> None:
        node: Spec = {"type": "string", "enum": values}
        if array:
            node = {"type": "array", "items": node}
        schema(doc, "CreateModelInteraction")["properties"]["tiers" if array else "tier"] = node

    return mutate


def set_usage_tier(values: list[str]) -> Mutation:
    """A closed response enum on Usage (the real spec has none on a response-only schema)."""

    def mutate(doc: Spec) -> None:
        schema(doc, "Usage")["properties"]["tier"] = {"type": "string", "enum": values}

    return mutate


def tree_schemas(doc: Spec, name: str, leaf_type: str) -> None:
    """A recursive schema (children of its own type) used by Interaction.tree."""
    doc["components"]["schemas"][name] = {
        "type": "object",
        "properties": {
            "name": {"type": leaf_type},
            "children": {"type": "array", "items": ref(name)},
        },
    }
    schema(doc, "Interaction")["properties"]["tree"] = ref(name)


def split_error_item(doc: Spec) -> None:
    """InteractionErrorItem as an allOf of two inline parts."""
    doc["components"]["schemas"]["InteractionErrorItem"] = {
        "allOf": [
            {"type": "object", "properties": {"code": {"type": "string"}}},
            {"type": "object", "properties": {"message": {"type": "string"}}},
        ]
    }


def split_error_item_without_message(doc: Spec) -> None:
    """split_error_item, then drop `message` from the second allOf part."""
    split_error_item(doc)
    schema(doc, "InteractionErrorItem")["allOf"][1]["properties"].pop("message")


# ---------------------------------------------------------------------------
# The corpus: one mutation per rule


@dataclass(frozen=True)
class Case:
    """A mutation of NEW (and optionally of OLD: base) and the report line it must produce."""

    name: str
    mutate: Mutation
    section: str
    location: str
    message: str
    base: Mutation | None = None


CREATE = "/{version}/interactions"
GET = "/{version}/interactions/{id}"
CANCEL = "/{version}/interactions/{id}/cancel"


def _m(fn: Callable[[Spec], Any]) -> Mutation:
    """Wrap a lambda whose value is irrelevant (dict.pop and friends)."""

    def mutate(doc: Spec) -> None:
        fn(doc)

    return mutate


CASES = [
    Case(
        "operation removed",
        _m(lambda d: d["paths"][CANCEL].pop("post")),
        "Breaking",
        "`POST /{version}/interactions/{id}/cancel`",
        "operation removed",
    ),
    Case(
        "operation added",
        _m(lambda d: d["paths"][CREATE].update(get={"responses": {"200": {"description": "ok"}}})),
        "Non-breaking",
        "`GET /{version}/interactions`",
        "operation added",
    ),
    Case(
        "path removed",
        _m(lambda d: d["paths"].pop(GET)),
        "Breaking",
        "`DELETE /{version}/interactions/{id}`",
        "operation removed",
    ),
    Case(
        "required parameter added",
        _m(
            lambda d: operation(d, CREATE, "post")["parameters"].append(
                {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
            )
        ),
        "Breaking",
        "`POST /{version}/interactions` parameter `region` (query)",
        "required parameter added",
    ),
    Case(
        "optional parameter added",
        _m(
            lambda d: operation(d, CREATE, "post")["parameters"].append(
                {"name": "region", "in": "query", "schema": {"type": "string"}}
            )
        ),
        "Non-breaking",
        "`POST /{version}/interactions` parameter `region` (query)",
        "optional parameter added",
    ),
    Case(
        "parameter removed",
        _m(
            lambda d: operation(d, GET, "get")["parameters"].remove(
                param(d, GET, "get", "last_event_id")
            )
        ),
        "Breaking",
        "`GET /{version}/interactions/{id}` parameter `last_event_id` (query)",
        "removed",
    ),
    Case(
        "parameter type changed",
        _m(lambda d: param(d, GET, "get", "include_input")["schema"].update(type="string")),
        "Breaking",
        "`GET /{version}/interactions/{id}` parameter `include_input` (query)",
        "type changed `boolean` → `string`",
    ),
    Case(
        "parameter made required",
        _m(lambda d: param(d, CREATE, "post", "Api-Revision").update(required=True)),
        "Breaking",
        "`POST /{version}/interactions` parameter `Api-Revision` (header)",
        "made required",
    ),
    Case(
        "parameter made optional",
        _m(lambda d: param(d, CREATE, "post", "Api-Revision").update(required=False)),
        "Non-breaking",
        "`POST /{version}/interactions` parameter `Api-Revision` (header)",
        "made optional",
        base=_m(lambda d: param(d, CREATE, "post", "Api-Revision").update(required=True)),
    ),
    Case(
        "parameter default changed",
        _m(lambda d: param(d, GET, "get", "stream")["schema"].update(default=True)),
        "Breaking",
        "`GET /{version}/interactions/{id}` parameter `stream` (query)",
        "default changed `false` → `true`",
    ),
    Case(
        "request field added required",
        _m(
            lambda d: (
                schema(d, "CreateModelInteraction")["properties"].update(region={"type": "string"}),
                schema(d, "CreateModelInteraction")["required"].append("region"),
            )
        ),
        "Breaking",
        "`CreateModelInteraction.region` (request)",
        "required field added",
    ),
    Case(
        "request field added optional",
        _m(
            lambda d: schema(d, "CreateModelInteraction")["properties"].update(
                region={"type": "string"}
            )
        ),
        "Non-breaking",
        "`CreateModelInteraction.region` (request)",
        "optional field added",
    ),
    Case(
        "request field removed",
        _m(lambda d: schema(d, "CreateModelInteraction")["properties"].pop("system_instruction")),
        "Breaking",
        "`CreateModelInteraction.system_instruction` (request)",
        "field removed",
    ),
    Case(
        "request field type changed",
        _m(lambda d: prop(d, "CreateModelInteraction", "stream").update(type="string")),
        "Breaking",
        "`CreateModelInteraction.stream` (request)",
        "type changed",
    ),
    Case(
        "request field type widened",
        _m(
            lambda d: prop(d, "CreateModelInteraction", "system_instruction").update(
                type=["string", "array"]
            )
        ),
        "Non-breaking",
        "`CreateModelInteraction.system_instruction` (request)",
        "type changed",
    ),
    Case(
        "format changed",
        _m(lambda d: prop(d, "Interaction", "created").update(format="date")),
        "Breaking",
        "`Interaction.created` (response)",
        "format changed `date-time` → `date`",
        base=_m(lambda d: prop(d, "Interaction", "created").update(format="date-time")),
    ),
    Case(
        "request enum value removed",
        request_enum(["standard", "priority"]),
        "Breaking",
        "`CreateModelInteraction.tier` (request)",
        "enum value `flex` removed",
        base=request_enum(["flex", "standard", "priority"]),
    ),
    Case(
        "request enum value added",
        request_enum(["flex", "standard", "batch"]),
        "Non-breaking",
        "`CreateModelInteraction.tier` (request)",
        "enum value `batch` added",
        base=request_enum(["flex", "standard"]),
    ),
    Case(
        "request enum value removed inside array items",
        request_enum(["text", "image"], array=True),
        "Breaking",
        "`CreateModelInteraction.tiers[]` (request)",
        "enum value `video` removed",
        base=request_enum(["text", "image", "video"], array=True),
    ),
    Case(
        "response enum value added",
        closed(("UrlContextResult", "status"), ["success", "error", "max"]),
        "Breaking",
        "`UrlContextResult.status` (response)",
        "enum value `max` added; closed enum",
        base=closed(("UrlContextResult", "status"), ["success", "error"]),
    ),
    Case(
        "response enum value removed",
        closed(("UrlContextResult", "status"), ["success"]),
        "Non-breaking",
        "`UrlContextResult.status` (response)",
        "enum value `error` removed",
        base=closed(("UrlContextResult", "status"), ["success", "error"]),
    ),
    Case(
        "response enum value added to a new closed enum",
        set_usage_tier(["a", "b", "c"]),
        "Breaking",
        "`Usage.tier` (response)",
        "enum value `c` added; closed enum",
        base=set_usage_tier(["a", "b"]),
    ),
    Case(
        "extensible enum value added",
        _m(lambda d: schema(d, "InteractionStatus")["x-extensible-enum"].append("paused")),
        "Non-breaking",
        "`InteractionStatus` (response)",
        "enum value `paused` added",
    ),
    Case(
        "response field became nullable",
        _m(lambda d: prop(d, "Interaction", "created").update(type=["string", "null"])),
        "Breaking",
        "`Interaction.created` (response)",
        "became nullable",
    ),
    Case(
        "request field became nullable",
        _m(
            lambda d: prop(d, "CreateModelInteraction", "system_instruction").update(
                type=["string", "null"]
            )
        ),
        "Non-breaking",
        "`CreateModelInteraction.system_instruction` (request)",
        "became nullable",
    ),
    Case(
        "request field no longer nullable",
        _m(lambda d: None),
        "Breaking",
        "`CreateModelInteraction.system_instruction` (request)",
        "no longer nullable",
        base=_m(
            lambda d: prop(d, "CreateModelInteraction", "system_instruction").update(
                type=["string", "null"]
            )
        ),
    ),
    Case(
        "request field made required",
        _m(lambda d: schema(d, "CreateModelInteraction")["required"].append("stream")),
        "Breaking",
        "`CreateModelInteraction.stream` (request)",
        "made required",
    ),
    Case(
        "response field no longer required",
        _m(lambda d: schema(d, "Interaction")["required"].remove("status")),
        "Breaking",
        "`Interaction.status` (response)",
        "no longer required",
    ),
    Case(
        "response field made required",
        _m(lambda d: schema(d, "Interaction")["required"].append("model")),
        "Non-breaking",
        "`Interaction.model` (response)",
        "made required",
    ),
    Case(
        "response field removed",
        _m(lambda d: schema(d, "Interaction")["properties"].pop("usage")),
        "Breaking",
        "`Interaction.usage` (response)",
        "field removed",
    ),
    Case(
        "response field type changed",
        _m(lambda d: prop(d, "Interaction", "created").update(type="integer")),
        "Breaking",
        "`Interaction.created` (response)",
        "type changed `string` → `integer`",
    ),
    Case(
        "response field added",
        _m(lambda d: schema(d, "Interaction")["properties"].update(region={"type": "string"})),
        "Non-breaking",
        "`Interaction.region` (response)",
        "optional field added",
    ),
    Case(
        "request union member removed",
        _m(lambda d: schema(d, "CreateInteractionRequest")["oneOf"].pop()),
        "Breaking",
        "`CreateInteractionRequest.oneOf` (request) member `CreateAgentInteraction`",
        "removed",
    ),
    Case(
        "request union member added",
        _m(lambda d: schema(d, "CreateInteractionRequest")["oneOf"].append(ref("WebhookConfig"))),
        "Non-breaking",
        "`CreateInteractionRequest.oneOf` (request) member `WebhookConfig`",
        "added",
    ),
    Case(
        "response union member added",
        _m(lambda d: prop(d, "ErrorResponse", "error")["oneOf"].append(ref("StreamError"))),
        "Breaking",
        "`ErrorResponse.error.oneOf` (response) member `StreamError`",
        "added",
    ),
    Case(
        "anyOf member added inside a field",
        _m(
            lambda d: prop(d, "StreamError", "code").update(
                anyOf=[*prop(d, "StreamError", "code").pop("oneOf"), {"type": "number"}]
            )
        ),
        "Breaking",
        "`StreamError.code.anyOf` (response) member `number`",
        "added",
    ),
    Case(
        "inline oneOf member changed",
        _m(lambda d: schema(d, "InteractionInput")["oneOf"][1]["items"].update(type="string")),
        "Breaking",
        "`InteractionInput.oneOf[array][]` (request)",
        "type changed",
    ),
    Case(
        "allOf member field removed",
        split_error_item_without_message,
        "Breaking",
        "`InteractionErrorItem.message` (response)",
        "field removed",
        base=split_error_item,
    ),
    Case(
        "discriminator propertyName changed",
        _m(lambda d: schema(d, "Content")["discriminator"].update(propertyName="kind")),
        "Breaking",
        "`Content` (response)",
        "discriminator propertyName changed `type` → `kind`",
    ),
    Case(
        "discriminator mapping changed",
        _m(
            lambda d: (
                d["components"]["schemas"].update(
                    ErrorEventV2=copy.deepcopy(schema(d, "ErrorEvent"))
                ),
                schema(d, "StreamEvent")["oneOf"].remove(ref("ErrorEvent")),
                schema(d, "StreamEvent")["oneOf"].append(ref("ErrorEventV2")),
                schema(d, "StreamEvent")["discriminator"]["mapping"].update(
                    error=SCHEMA + "ErrorEventV2"
                ),
            )
        ),
        "Breaking",
        "SSE event `error`",
        "discriminator mapping changed `ErrorEvent` → `ErrorEventV2`: the generated union decodes"
        " this tag as `ErrorEventV2`",
    ),
    Case(
        "const tag changed",
        _m(lambda d: prop(d, "ContentDeltaEvent", "event_type").update(const="content.delta.v2")),
        "Breaking",
        "SSE event `content.delta` (`ContentDeltaEvent.event_type`)",
        "const changed `content.delta` → `content.delta.v2`",
    ),
    Case(
        "SSE event type added",
        _m(lambda d: add_event(d, "interaction.paused", "InteractionPausedEvent")),
        "Non-breaking",
        "SSE event `interaction.paused`",
        "added",
    ),
    Case(
        "SSE event type removed",
        _m(lambda d: drop_member(d, "StreamEvent", "content.delta")),
        "Breaking",
        "SSE event `content.delta`",
        "removed",
    ),
    Case(
        "SSE event payload changed",
        _m(lambda d: schema(d, "StepDeltaEvent")["properties"].pop("metadata")),
        "Breaking",
        "SSE event `step.delta` (`StepDeltaEvent.metadata`)",
        "field removed",
    ),
    Case(
        "SSE delta type added",
        _m(lambda d: add_event(d, "code_diff", "CodeDiffDelta", union="Delta")),
        "Non-breaking",
        "SSE delta type `code_diff` (in `step.delta`)",
        "added",
    ),
    Case(
        "SSE delta type removed",
        _m(lambda d: drop_member(d, "LegacyDelta", "text")),
        "Breaking",
        "SSE delta type `text` (in `content.delta`)",
        "removed",
    ),
    Case(
        "default revision moved back",
        _m(lambda d: d["info"].update({"x-api-revision": "2026-05-07"})),
        "Breaking",
        "SSE event `step.delta`",
        "no longer sent by default (revision 2026-05-20 → 2026-05-07); "
        "pin `Api-Revision: 2026-05-20` or migrate to `content.delta`",
    ),
    Case(
        "request default changed",
        _m(lambda d: prop(d, "CreateModelInteraction", "stream").update(default=True)),
        "Non-breaking",
        "`CreateModelInteraction.stream` (request)",
        "default changed none → `true`",
    ),
    Case(
        "description changed",
        _m(lambda d: prop(d, "Interaction", "created").update(description="When.")),
        "Informational",
        "`Interaction.created` (response)",
        "description changed",
    ),
    Case(
        "operation summary changed",
        _m(lambda d: operation(d, CREATE, "post").update(summary="Make one")),
        "Informational",
        "`POST /{version}/interactions`",
        "summary changed",
    ),
    Case(
        "response status removed",
        _m(lambda d: operation(d, GET, "get")["responses"].pop("200")),
        "Breaking",
        "`GET /{version}/interactions/{id}` response `200`",
        "removed",
    ),
    Case(
        "response media type removed",
        _m(
            lambda d: operation(d, CREATE, "post")["responses"]["200"]["content"].pop(
                "text/event-stream"
            )
        ),
        "Breaking",
        "`POST /{version}/interactions` response `200` `text/event-stream`",
        "media type removed",
    ),
    Case(
        "request length bound tightened",
        _m(lambda d: prop(d, "CreateModelInteraction", "system_instruction").update(minLength=3)),
        "Breaking",
        "`CreateModelInteraction.system_instruction` (request)",
        "minLength changed `1` → `3`",
        base=_m(
            lambda d: prop(d, "CreateModelInteraction", "system_instruction").update(minLength=1)
        ),
    ),
    Case(
        "recursive schema behind a changed ref",
        _m(lambda d: tree_schemas(d, "TreeB", "integer")),
        "Breaking",
        "`Interaction.tree.name` (response)",
        "type changed",
        base=_m(lambda d: tree_schemas(d, "TreeA", "string")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mutation_is_classified(case: Case) -> None:
    """The expected line is in the expected section and in no other."""
    old, new = copy.deepcopy(REAL), copy.deepcopy(REAL)
    if case.base is not None:
        case.base(old)
    case.mutate(new)
    assert old != new, "the mutation changed nothing"
    found = sections(report(old, new))
    expected = f"{case.location} {case.message}"
    assert any(item.startswith(expected) for item in found[case.section]), (
        f"{expected!r} not under {case.section}: {found}"
    )
    for other in set(SECTIONS) - {case.section}:
        assert not any(item.startswith(expected) for item in found[other]), other


def test_corpus_covers_every_section() -> None:
    """At least 30 rules, and every section is exercised."""
    assert len(CASES) >= 30
    assert {c.section for c in CASES} == set(SECTIONS)


# ---------------------------------------------------------------------------
# Revisions


def test_spec_declares_revisions() -> None:
    """info.x-api-revision and x-api-revisions on every revision-specific event."""
    assert REAL["info"]["x-api-revision"] == "2026-05-20"
    doc = spec_diff.Document(copy.deepcopy(REAL), "spec")
    by_revision: dict[str, set[str]] = {}
    for tag, name in doc.sse.events.items():
        for revision in doc.event_revisions(name) or ["all"]:
            by_revision.setdefault(revision, set()).add(tag)
    assert by_revision == {
        "2026-05-07": {
            "interaction.start",
            "content.start",
            "content.delta",
            "content.stop",
            "interaction.complete",
        },
        "2026-05-20": {
            "interaction.created",
            "step.start",
            "step.delta",
            "step.stop",
            "interaction.completed",
        },
        "all": {"interaction.status_update", "error"},
    }


def test_history_snapshot_is_the_legacy_revision() -> None:
    """The snapshot has the legacy events and `outputs`, no steps, and validates."""
    from openapi_spec_validator import validate

    text = HISTORY.read_text()
    assert text.startswith("# ") and "2026-05-07" in text.splitlines()[0]
    doc = yaml.safe_load(text)
    validate(doc)
    assert doc["info"]["x-api-revision"] == doc["info"]["version"] == "2026-05-07"
    events = set(doc["components"]["schemas"]["StreamEvent"]["discriminator"]["mapping"])
    assert events == {
        "interaction.start",
        "content.start",
        "content.delta",
        "content.stop",
        "interaction.complete",
        "interaction.status_update",
        "error",
    }
    assert not [name for name in doc["components"]["schemas"] if name.startswith("Step")]
    interaction = doc["components"]["schemas"]["Interaction"]["properties"]
    assert "outputs" in interaction and "steps" not in interaction


def test_history_to_current_reports_renamed_events() -> None:
    """Every legacy event leaves the default stream, paired with its successor; exit 1."""
    done = run_cli(str(HISTORY.relative_to(ROOT)), str(SPEC.relative_to(ROOT)))
    assert done.returncode == 1, done.stderr
    breaking = sections(done.stdout)["Breaking"]
    renamed = {
        "interaction.start": "interaction.created",
        "content.start": "step.start",
        "content.delta": "step.delta",
        "content.stop": "step.stop",
        "interaction.complete": "interaction.completed",
    }
    for old, new in renamed.items():
        line = (
            f"SSE event `{old}` no longer sent by default (revision 2026-05-07 → 2026-05-20); "
            f"pin `Api-Revision: 2026-05-07` or migrate to `{new}`"
        )
        assert any(item.startswith(line + " [`") for item in breaking), breaking
    added = sections(done.stdout)["Non-breaking"]
    assert "SSE event `step.delta` added [`response-sse-event-added`]" in added


def test_no_default_stream_analysis_without_declared_revision() -> None:
    """An old document without info.x-api-revision makes no claim about defaults."""
    old = copy.deepcopy(REAL)
    del old["info"]["x-api-revision"]
    found = sections(report(old, copy.deepcopy(REAL)))
    assert found["Breaking"] == []
    assert (
        "`info.x-api-revision` default API revision changed none → `2026-05-20`"
        " [`api-default-revision-changed`]" in (found["Informational"])
    )


# ---------------------------------------------------------------------------
# Report format and CLI


def check_markdown(text: str) -> None:
    """Strict structure: headings, list items, balanced backticks, no trailing spaces."""
    lines = text.split("\n")
    assert lines[0].startswith("# ") and lines[-1] == ""
    titles = [line[3:] for line in lines if line.startswith("## ")]
    assert titles in ([], list(SECTIONS))
    for line in lines:
        assert line == line.rstrip(), f"trailing whitespace: {line!r}"
        assert line.count("`") % 2 == 0, f"unbalanced backticks: {line!r}"
        ok = (
            line == ""
            or re.match(r"#{1,2} \S", line)
            or line.startswith("- ")
            or line in ("None.", "No changes.")
            or re.fullmatch(r"\d+ breaking, \d+ non-breaking, \d+ informational\.", line)
        )
        assert ok, f"unexpected line: {line!r}"
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        return
    tokens = MarkdownIt().parse(text)
    headings = [t.tag for t in tokens if t.type == "heading_open"]
    assert headings == ["h1"] + ["h2"] * len(titles)
    items = sum(1 for t in tokens if t.type == "list_item_open")
    assert items == sum(1 for line in lines if line.startswith("- "))


def test_report_is_valid_markdown() -> None:
    """The history report and a report mixing every section parse as intended."""
    check_markdown(run_cli(str(HISTORY), str(SPEC)).stdout)
    new = copy.deepcopy(REAL)
    mixed = {
        "operation added",
        "required parameter added",
        "response field removed",
        "response enum value added",
        "SSE event type added",
        "SSE delta type removed",
        "description changed",
        "default revision moved back",
    }
    for case in CASES:
        if case.name in mixed:
            case.mutate(new)
    check_markdown(report(copy.deepcopy(REAL), new))


def test_report_is_deterministic() -> None:
    """Same bytes across runs and regardless of mapping order in the documents."""
    first = run_cli(str(HISTORY), str(SPEC))
    second = run_cli(str(HISTORY), str(SPEC))
    assert first.stdout.encode() == second.stdout.encode()
    old = yaml.safe_load(HISTORY.read_text())
    shuffled = copy.deepcopy(REAL)
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    schemas = shuffled["components"]["schemas"]
    shuffled["components"]["schemas"] = dict(reversed(list(schemas.items())))
    assert report(old, shuffled) == report(old, copy.deepcopy(REAL))


def test_identical_specs_report_no_changes() -> None:
    """Exit 0 and an empty report."""
    done = run_cli(str(SPEC), str(SPEC))
    assert done.returncode == 0, done.stderr
    assert "No changes." in done.stdout
    assert "## " not in done.stdout


def test_json_input_is_accepted(tmp_path: Path) -> None:
    """JSON documents compare like YAML ones."""
    import json

    as_json = tmp_path / "spec.json"
    as_json.write_text(json.dumps(REAL))
    done = run_cli(str(as_json), str(SPEC))
    assert done.returncode == 0 and "No changes." in done.stdout


def test_git_base_with_a_file_ref() -> None:
    """--git-base REF uses REF directly when it is a file."""
    done = run_cli("--git-base", str(HISTORY), str(SPEC))
    assert done.returncode == 1
    assert done.stdout == run_cli(str(HISTORY), str(SPEC)).stdout


def test_git_base_with_a_git_ref() -> None:
    """--git-base REF reads NEW's path at the ref (what `make spec-diff` runs)."""
    done = run_cli("--git-base", "HEAD", "spec/interactions.openapi.yaml")
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.startswith("# Spec diff: `HEAD:spec/interactions.openapi.yaml` → ")


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "cannot read"),
        ("openapi: 3.1.0\npaths: {a: [\n", "invalid YAML/JSON at line"),
        ("just: a mapping\n", "not an OpenAPI document"),
        ("openapi: 3.1.0\npaths: []\n", "'paths' must be a mapping"),
        (
            "openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'}}}\n",
            "unresolvable $ref",
        ),
        (
            "openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'},"
            " B: {$ref: '#/components/schemas/A'}}}\n",
            "circular $ref",
        ),
        (
            "openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: 'missing/a.yaml'}}}\n",
            "missing/a.yaml: cannot read",
        ),
        (
            "openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: 'https://example.com/a.yaml'}}}\n",
            "unsupported remote $ref",
        ),
        (
            "openapi: 3.1.0\npaths: {/a: {$ref: 'bad.yaml#/paths/~1a'}}\n",
            "circular $ref",
        ),
    ],
    ids=[
        "missing file",
        "invalid yaml",
        "not openapi",
        "paths not a mapping",
        "dangling ref",
        "ref loop",
        "missing referenced file",
        "remote ref",
        "ref loop across files",
    ],
)
def test_unusable_input_exits_2(tmp_path: Path, content: str | None, needle: str) -> None:
    """One clear line on stderr, no traceback, exit 2 (either side)."""
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
    for args in ((str(bad), str(SPEC)), (str(SPEC), str(bad))):
        done = run_cli(*args)
        assert done.returncode == 2
        assert done.stdout == ""
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert needle in done.stderr


def test_unknown_git_ref_exits_2() -> None:
    """A ref git cannot show is an unusable input."""
    done = run_cli("--git-base", "no-such-ref-xyz", "spec/interactions.openapi.yaml")
    assert done.returncode == 2
    assert done.stderr.startswith("spec_diff: git show no-such-ref-xyz:spec/interactions")


def test_tolerant_enums_makes_response_enum_additions_informational(tmp_path: Path) -> None:
    """A value added to a closed response enum is breaking (exit 1), informational with
    --tolerant-enums (exit 0)."""
    old, new = copy.deepcopy(REAL), copy.deepcopy(REAL)
    closed(("UrlContextResult", "status"), ["success", "error"])(old)
    closed(("UrlContextResult", "status"), ["success", "error", "max"])(new)
    paths = []
    for name, doc in (("old.yaml", old), ("new.yaml", new)):
        paths.append(str(tmp_path / name))
        (tmp_path / name).write_text(yaml.safe_dump(doc))
    strict = run_cli(*paths)
    tolerant = run_cli("--tolerant-enums", *paths)
    assert (tolerant.returncode, strict.returncode) == (0, 1), strict.stderr
    line = "`UrlContextResult.status` (response) enum value `max` added"
    assert any(i.startswith(line) for i in sections(tolerant.stdout)["Informational"])
    rule = "[`response-property-enum-value-added`]"
    breaking = sections(strict.stdout)["Breaking"]
    assert any(i.startswith(line) and i.endswith(rule) for i in breaking), breaking


def test_empty_paths_are_accepted(tmp_path: Path) -> None:
    """`paths:` with no value is a document without operations, not an error."""
    empty = tmp_path / "empty.yaml"
    empty.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n")
    done = run_cli(str(empty), str(empty))
    assert (done.returncode, done.stdout.count("No changes.")) == (0, 1), done.stderr
