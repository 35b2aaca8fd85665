#!/usr/bin/env python3
"""Compare two OpenAPI documents and classify every change for API clients.

Usage:
    scripts/spec_diff.py OLD NEW
    scripts/spec_diff.py --git-base REF NEW

OLD and NEW are OpenAPI 3.x documents (YAML or JSON). With ``--git-base`` the old
document is NEW's path (relative to the repository root) at git ref REF, or REF
itself when REF names an existing file.

Prints a markdown report with the sections Breaking / Non-breaking / Informational.
Exit status: 0 without breaking changes, 1 with at least one, 2 when an input cannot
be read or is not a usable OpenAPI document.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path
from typing import Any

import yaml

REQ = "request"
RESP = "response"
BOTH: frozenset[str] = frozenset({REQ, RESP})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
# Keywords whose change only affects documentation.
DOC_KEYWORDS = ("description", "title", "summary", "example", "examples", "externalDocs")
# Subschema keywords compared recursively without special rules.
NESTED_KEYWORDS = ("contentSchema", "not", "if", "then", "else", "propertyNames", "contains")
# Numeric bounds: a bigger lower bound or a smaller upper bound rejects more values.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
HANDLED_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "format",
        "enum",
        "x-extensible-enum",
        "const",
        "default",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "oneOf",
        "anyOf",
        "allOf",
        "discriminator",
        "deprecated",
        "pattern",
        "multipleOf",
        "uniqueItems",
        *DOC_KEYWORDS,
        *NESTED_KEYWORDS,
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
    }
)
# Minimum similarity for pairing an event that left the default stream with one that joined.
PAIRING_THRESHOLD = 0.45


class SpecError(Exception):
    """An input that cannot be read or is not a usable OpenAPI document (exit status 2)."""


class Severity(IntEnum):
    """Report sections, most severe first (min() picks the worst)."""

    BREAKING = 0
    NON_BREAKING = 1
    INFO = 2


SECTION_TITLES = {
    Severity.BREAKING: "Breaking",
    Severity.NON_BREAKING: "Non-breaking",
    Severity.INFO: "Informational",
}


@dataclass(frozen=True, order=True)
class Finding:
    """One classified change: its section, where it happened and what happened."""

    severity: Severity
    location: str
    message: str

    def render(self) -> str:
        """The markdown list item for this finding."""
        return f"- {self.location} {self.message}"


def code(value: Any) -> str:
    """Render a value as inline code that keeps backticks balanced on one line."""
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    text = " ".join(text.replace("`", "'").split())
    return f"`{text}`"


def as_dict(value: Any) -> dict[str, Any]:
    """The value when it is a mapping, else an empty one (tolerates sloppy documents)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """The value when it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def by_direction(dirs: frozenset[str], request: Severity, response: Severity) -> Severity:
    """The worst severity over the directions (request/response) a schema travels in."""
    found = [sev for name, sev in ((REQ, request), (RESP, response)) if name in dirs]
    return min(found) if found else min(request, response)


# ---------------------------------------------------------------------------
# Loading


def parse_document(text: str, source: str) -> dict[str, Any]:
    """Parse YAML or JSON text into an OpenAPI document, or raise SpecError."""
    try:
        # The C loader when built: the real spec parses several times faster.
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise SpecError(f"{source}: invalid YAML/JSON{where}: {problem}") from None
    if not isinstance(data, dict) or not isinstance(data.get("openapi"), str):
        raise SpecError(f"{source}: not an OpenAPI document (no top-level 'openapi' key)")
    for key in ("paths", "components", "info"):
        if key in data and not isinstance(data[key], dict):
            raise SpecError(f"{source}: '{key}' must be a mapping")
    return data


def read_file(path: str) -> dict[str, Any]:
    """Load an OpenAPI document from a file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SpecError(f"{path}: cannot read: {reason}") from None
    return parse_document(text, path)


def git(args: list[str], cwd: Path) -> str:
    """Run git and return its stdout, or raise SpecError with git's first error line."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SpecError(f"cannot run git: {exc.strerror}") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise SpecError(f"git {' '.join(args)}: {lines[0] if lines else 'failed'}")
    return done.stdout


def read_git_base(ref: str, new_path: str) -> tuple[dict[str, Any], str]:
    """Load the old document for --git-base: REF as a file, or NEW's path at git ref REF."""
    if Path(ref).is_file():
        return read_file(ref), ref
    new = Path(new_path)
    if not new.exists():
        raise SpecError(f"{new_path}: cannot read: No such file or directory")
    folder = new.resolve().parent
    root = Path(git(["rev-parse", "--show-toplevel"], folder).strip())
    relative = new.resolve().relative_to(root.resolve()).as_posix()
    label = f"{ref}:{relative}"
    return parse_document(git(["show", label], root), label), label


# ---------------------------------------------------------------------------
# Documents


def schema_name(node: Any) -> str | None:
    """The component name a schema node refers to, if it is a local schema $ref."""
    ref = as_dict(node).get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return ref[len(SCHEMA_PREFIX) :]
    return None


def iter_refs(node: Any) -> Iterator[str]:
    """Every $ref string anywhere under a node."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for key, value in node.items():
            if key != "$ref":
                yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)


@dataclass(frozen=True)
class Operation:
    """One operation with its path-level parameters merged in."""

    key: str
    node: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]


@dataclass
class SseInfo:
    """The SSE event union of a document: its tags, member schemas and nested unions."""

    union: str | None = None
    discriminator: str = "event_type"
    events: dict[str, str] = field(default_factory=dict)  # tag -> member component
    order: list[str] = field(default_factory=list)
    nested: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def tag_of(self, component: str) -> str | None:
        """The event tag whose member schema is this component."""
        for tag, name in self.events.items():
            if name == component:
                return tag
        return None


class Document:
    """An OpenAPI document with $ref resolution and derived indexes."""

    def __init__(self, raw: dict[str, Any], source: str) -> None:
        self.raw = raw
        self.source = source
        self.schemas = as_dict(as_dict(raw.get("components")).get("schemas"))
        self._check_refs()
        self.operations = self._operations()
        self.usage = self._usage()
        self.sse = self._sse()

    @property
    def revision(self) -> str | None:
        """The API revision the server sends by default (info.x-api-revision)."""
        value = as_dict(self.raw.get("info")).get("x-api-revision")
        return str(value) if value is not None else None

    def lookup(self, ref: str) -> Any:
        """The node a local JSON-pointer $ref points to."""
        if not ref.startswith("#/"):
            raise SpecError(f"{self.source}: unsupported non-local $ref {ref!r}")
        node: Any = self.raw
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"{self.source}: unresolvable $ref {ref!r}")
        return node

    def resolve(self, node: Any) -> Any:
        """Follow $ref chains (siblings of $ref override the target); refuses ref loops."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"{self.source}: circular $ref {ref!r}")
            seen.add(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.lookup(ref)
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node

    def _check_refs(self) -> None:
        for ref in sorted(set(iter_refs(self.raw))):
            self.resolve({"$ref": ref})

    def _operations(self) -> dict[str, Operation]:
        found: dict[str, Operation] = {}
        for path, item in sorted(as_dict(self.raw.get("paths")).items()):
            item = as_dict(self.resolve(item))
            shared = self._parameters(item.get("parameters"))
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    op = item[method]
                    params = {**shared, **self._parameters(op.get("parameters"))}
                    key = f"{method.upper()} {path}"
                    found[key] = Operation(key, op, params)
        return found

    def _parameters(self, nodes: Any) -> dict[tuple[str, str], dict[str, Any]]:
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for node in as_list(nodes):
            param = as_dict(self.resolve(node))
            params[(str(param.get("in", "")), str(param.get("name", "")))] = param
        return params

    def _usage(self) -> dict[str, frozenset[str]]:
        """Which directions (request/response) each component schema is reached from."""
        roots: dict[str, list[Any]] = {REQ: [], RESP: []}
        for op in self.operations.values():
            roots[REQ].extend(op.parameters.values())
            roots[REQ].append(self.resolve(op.node.get("requestBody")))
            for response in as_dict(op.node.get("responses")).values():
                roots[RESP].append(self.resolve(response))
        usage: dict[str, set[str]] = {}
        for direction, nodes in roots.items():
            for name in self.reachable(nodes):
                usage.setdefault(name, set()).add(direction)
        return {name: frozenset(dirs) for name, dirs in usage.items()}

    def reachable(self, nodes: Iterable[Any]) -> set[str]:
        """Component schemas reachable from the nodes through $refs (cycle-safe)."""
        seen: set[str] = set()
        stack = [ref for node in nodes for ref in iter_refs(node)]
        while stack:
            ref = stack.pop()
            name = schema_name({"$ref": ref})
            if name is not None and name in seen:
                continue
            if name is not None:
                seen.add(name)
            stack.extend(iter_refs(self.lookup(ref)))
        return seen

    def union_tags(self, node: Any) -> tuple[str | None, dict[str, Any]] | None:
        """(discriminator, tag -> member) of a discriminated oneOf/anyOf, else None."""
        node = as_dict(node)
        members = as_list(node.get("oneOf") or node.get("anyOf"))
        if not members:
            return None
        disc = as_dict(node.get("discriminator"))
        prop = disc.get("propertyName") if isinstance(disc.get("propertyName"), str) else None
        prop = prop or self._common_const_property(members)
        if prop is None:
            return None
        by_ref = {v: k for k, v in sorted(as_dict(disc.get("mapping")).items())}
        tags: dict[str, Any] = {}
        for index, member in enumerate(members):
            tag = by_ref.get(as_dict(member).get("$ref")) or self._const_tag(member, prop)
            tag = tag or schema_name(member) or f"#{index}"
            tags[str(tag)] = member
        return prop, tags

    def _const_tag(self, member: Any, prop: str) -> str | None:
        props = as_dict(as_dict(self.resolve(member)).get("properties"))
        schema = as_dict(self.resolve(props.get(prop)))
        if "const" in schema:
            return str(schema["const"])
        enum = as_list(schema.get("enum"))
        return str(enum[0]) if len(enum) == 1 else None

    def _common_const_property(self, members: list[Any]) -> str | None:
        candidates: set[str] | None = None
        for member in members:
            props = as_dict(as_dict(self.resolve(member)).get("properties"))
            tagged = {p for p in props if self._const_tag(member, p) is not None}
            candidates = tagged if candidates is None else candidates & tagged
        return min(candidates) if candidates else None

    def _sse(self) -> SseInfo:
        """Find the event union carried by text/event-stream responses."""
        info = SseInfo()
        for op in self.operations.values():
            for response in as_dict(op.node.get("responses")).values():
                content = as_dict(as_dict(self.resolve(response)).get("content"))
                for media, body in sorted(content.items()):
                    if "event-stream" in media and info.union is None:
                        info.union = self._event_union(as_dict(body).get("schema"))
        if info.union is None:
            return info
        union = self.schemas.get(info.union)
        tagged = self.union_tags(union)
        if tagged is None:
            return info
        info.discriminator = tagged[0] or info.discriminator
        for tag, member in tagged[1].items():
            info.events[tag] = schema_name(member) or ""
            info.order.append(tag)
            self._nested_unions(info, tag, member)
        return info

    def _event_union(self, schema: Any) -> str | None:
        """The component holding the events: an SSE frame's contentSchema, or the schema."""
        pending = [schema]
        seen: set[str] = set()
        while pending:
            node = pending.pop(0)
            name = schema_name(node)
            if name is not None:
                if name in seen:
                    continue
                seen.add(name)
            resolved = self.resolve(node)
            if isinstance(resolved, dict) and "contentSchema" in resolved:
                target = schema_name(resolved["contentSchema"])
                if target is not None:
                    return target
            if isinstance(resolved, dict):
                pending.extend(v for _, v in sorted(resolved.items()) if isinstance(v, dict))
        name = schema_name(schema)
        return name if name is not None and self.union_tags(self.schemas.get(name)) else None

    def _nested_unions(self, info: SseInfo, tag: str, member: Any) -> None:
        props = as_dict(as_dict(self.resolve(member)).get("properties"))
        for prop, schema in sorted(props.items()):
            name = schema_name(schema)
            if name is not None and self.union_tags(self.schemas.get(name)) is not None:
                info.nested.setdefault(name, []).append((tag, prop))

    def default_events(self) -> set[str]:
        """Event tags sent without an Api-Revision header (x-api-revisions vs the default)."""
        revision = self.revision
        found = set()
        for tag, name in self.sse.events.items():
            revisions = self.event_revisions(name)
            if revision is None or revisions is None or revision in revisions:
                found.add(tag)
        return found

    def event_revisions(self, component: str) -> list[str] | None:
        """The x-api-revisions list of an event schema (None: every revision)."""
        value = as_dict(self.schemas.get(component)).get("x-api-revisions")
        return [str(v) for v in value] if isinstance(value, list) else None

    def event_properties(self, tag: str) -> set[str]:
        """Property names of an event, without the discriminator."""
        schema = as_dict(self.resolve(self.schemas.get(self.sse.events.get(tag, ""), {})))
        return set(as_dict(schema.get("properties"))) - {self.sse.discriminator}


# ---------------------------------------------------------------------------
# Schema comparison


@dataclass(frozen=True)
class Ctx:
    """Where the walk is: a rendered root, a schema path, and the traffic direction."""

    root: str
    dirs: frozenset[str]
    path: tuple[str, ...] = ()
    component: str | None = None
    sse_tag: str | None = None
    seen: frozenset[tuple[str, str]] = frozenset()

    def at(self, segment: str) -> Ctx:
        """The context one level deeper."""
        return replace(self, path=(*self.path, segment))

    def where(self) -> str:
        """The location as printed in the report."""
        tail = "".join(self.path)
        if self.component is None:
            return f"{self.root} schema {code(tail.lstrip('.'))}" if tail else self.root
        spot = code(f"{self.component}{tail}")
        if self.sse_tag is not None:
            return f"SSE event {code(self.sse_tag)} ({spot})"
        return f"{spot} ({', '.join(sorted(self.dirs))})"


def type_set(node: dict[str, Any]) -> frozenset[str] | None:
    """The non-null JSON types a schema allows (None: no type keyword)."""
    value = node.get("type")
    if value is None:
        return None
    types = {value} if isinstance(value, str) else {str(v) for v in as_list(value)}
    return frozenset(types - {"null"})


def is_null_schema(node: Any) -> bool:
    """A subschema that only admits null (the anyOf [X, {type: null}] idiom)."""
    value = as_dict(node).get("type")
    return value in ("null", ["null"])


def is_nullable(node: dict[str, Any]) -> bool:
    """Whether null is allowed: a 'null' type, OpenAPI 3.0 nullable, or a null union member."""
    value = node.get("type")
    if value == "null" or (isinstance(value, list) and "null" in value):
        return True
    if node.get("nullable") is True:
        return True
    members = as_list(node.get("oneOf")) + as_list(node.get("anyOf"))
    return any(is_null_schema(m) for m in members)


def member_key(member: Any, index: int) -> str:
    """A stable key for a member of an undiscriminated union or allOf."""
    node = as_dict(member)
    name = schema_name(node)
    if name is not None:
        return name
    if "const" in node:
        return f"const={json.dumps(node['const'], default=str)}"
    if isinstance(node.get("type"), str):
        return str(node["type"])
    if "type" in node:
        return "|".join(str(t) for t in as_list(node["type"]))
    return f"#{index}"


def keyed_members(members: list[Any]) -> dict[str, Any]:
    """Members keyed by member_key, numbered when keys repeat; null members left out."""
    keyed: dict[str, Any] = {}
    for index, member in enumerate(members):
        if is_null_schema(member):
            continue
        key = member_key(member, index)
        keyed[key if key not in keyed else f"{key}#{index}"] = member
    return keyed


class Differ:
    """Compares two documents and collects findings."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self.findings: set[Finding] = set()

    def add(self, severity: Severity, location: str, message: str) -> None:
        """Record one finding."""
        self.findings.add(Finding(severity, location, message))

    def run(self) -> list[Finding]:
        """Compare everything and return the sorted findings."""
        self.diff_info()
        self.diff_operations()
        self.diff_components()
        self.diff_default_events()
        return sorted(self.findings)

    # -- document level ----------------------------------------------------

    def diff_info(self) -> None:
        """info, servers and security schemes: informational."""
        old_info, new_info = as_dict(self.old.raw.get("info")), as_dict(self.new.raw.get("info"))
        for key in sorted(set(old_info) | set(new_info)):
            before, after = old_info.get(key), new_info.get(key)
            if before == after:
                continue
            shown = [code(v) if v is not None else "none" for v in (before, after)]
            if key == "x-api-revision":
                message = f"default API revision changed {shown[0]} → {shown[1]}"
            elif key == "version":
                message = f"changed {shown[0]} → {shown[1]}"
            else:
                message = "changed"
            self.add(Severity.INFO, code(f"info.{key}"), message)
        if self.old.raw.get("servers") != self.new.raw.get("servers"):
            self.add(Severity.INFO, code("servers"), "changed")
        old_sec = as_dict(as_dict(self.old.raw.get("components")).get("securitySchemes"))
        new_sec = as_dict(as_dict(self.new.raw.get("components")).get("securitySchemes"))
        for name in sorted(set(old_sec) | set(new_sec)):
            if old_sec.get(name) != new_sec.get(name):
                self.add(Severity.INFO, f"security scheme {code(name)}", "changed")

    def diff_operations(self) -> None:
        """Operations added, removed and changed."""
        old_ops, new_ops = self.old.operations, self.new.operations
        for key in sorted(set(old_ops) | set(new_ops)):
            if key not in new_ops:
                self.add(Severity.BREAKING, code(key), "operation removed")
            elif key not in old_ops:
                self.add(Severity.NON_BREAKING, code(key), "operation added")
            else:
                self.diff_operation(old_ops[key], new_ops[key])

    def diff_operation(self, old: Operation, new: Operation) -> None:
        """Parameters, request body, responses and documentation of one operation."""
        where = code(old.key)
        for key in ("summary", "description", "operationId", "tags", "security", "deprecated"):
            if old.node.get(key) != new.node.get(key):
                self.add(Severity.INFO, where, f"{key} changed")
        self.diff_parameters(old, new)
        self.diff_request_body(old, new)
        self.diff_responses(old, new)

    def diff_parameters(self, old: Operation, new: Operation) -> None:
        """Parameters keyed by (in, name)."""
        for key in sorted(set(old.parameters) | set(new.parameters)):
            where = f"{code(old.key)} parameter {code(key[1])} ({key[0]})"
            before, after = old.parameters.get(key), new.parameters.get(key)
            if after is None:
                self.add(Severity.BREAKING, where, "removed")
            elif before is None:
                if after.get("required") is True:
                    self.add(Severity.BREAKING, where, "required parameter added")
                else:
                    self.add(Severity.NON_BREAKING, where, "optional parameter added")
            else:
                self.diff_parameter(before, after, where)

    def diff_parameter(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        """One parameter present on both sides."""
        was, now = old.get("required") is True, new.get("required") is True
        if now and not was:
            self.add(Severity.BREAKING, where, "made required")
        elif was and not now:
            self.add(Severity.NON_BREAKING, where, "made optional")
        for key in ("style", "explode", "allowReserved"):
            if old.get(key) != new.get(key):
                self.add(Severity.BREAKING, where, f"serialization `{key}` changed")
        for key in ("description", "deprecated", "example", "examples"):
            if old.get(key) != new.get(key):
                self.add(Severity.INFO, where, f"{key} changed")
        ctx = Ctx(root=where, dirs=frozenset({REQ}))
        self.diff_schema(old.get("schema", {}), new.get("schema", {}), ctx)
        self.diff_content(old.get("content"), new.get("content"), where, REQ)

    def diff_request_body(self, old: Operation, new: Operation) -> None:
        """Presence, required flag and media types of the request body."""
        where = f"{code(old.key)} request body"
        before = self.old.resolve(old.node.get("requestBody"))
        after = self.new.resolve(new.node.get("requestBody"))
        if before is None and after is None:
            return
        if after is None:
            self.add(Severity.BREAKING, where, "removed")
            return
        if before is None:
            severity = Severity.BREAKING if after.get("required") else Severity.NON_BREAKING
            self.add(severity, where, "added")
            return
        was, now = before.get("required") is True, after.get("required") is True
        if now != was:
            severity = Severity.BREAKING if now else Severity.NON_BREAKING
            self.add(severity, where, "made required" if now else "made optional")
        if before.get("description") != after.get("description"):
            self.add(Severity.INFO, where, "description changed")
        self.diff_content(before.get("content"), after.get("content"), where, REQ)

    def diff_responses(self, old: Operation, new: Operation) -> None:
        """Status codes and their media types."""
        before = as_dict(old.node.get("responses"))
        after = as_dict(new.node.get("responses"))
        for status in sorted(set(before) | set(after), key=str):
            where = f"{code(old.key)} response {code(str(status))}"
            if status not in after:
                success = str(status).startswith("2")
                severity = Severity.BREAKING if success else Severity.NON_BREAKING
                self.add(severity, where, "removed")
            elif status not in before:
                self.add(Severity.NON_BREAKING, where, "added")
            else:
                old_resp = as_dict(self.old.resolve(before[status]))
                new_resp = as_dict(self.new.resolve(after[status]))
                if old_resp.get("description") != new_resp.get("description"):
                    self.add(Severity.INFO, where, "description changed")
                if old_resp.get("headers") != new_resp.get("headers"):
                    self.add(Severity.INFO, where, "headers changed")
                self.diff_content(old_resp.get("content"), new_resp.get("content"), where, RESP)

    def diff_content(self, old: Any, new: Any, where: str, direction: str) -> None:
        """Media types of a request body, response or parameter."""
        before, after = as_dict(old), as_dict(new)
        for media in sorted(set(before) | set(after)):
            spot = f"{where} {code(media)}"
            if media not in after:
                self.add(Severity.BREAKING, spot, "media type removed")
            elif media not in before:
                self.add(Severity.NON_BREAKING, spot, "media type added")
            else:
                ctx = Ctx(root=spot, dirs=frozenset({direction}))
                old_schema = as_dict(before[media]).get("schema", {})
                new_schema = as_dict(after[media]).get("schema", {})
                self.diff_schema(old_schema, new_schema, ctx)

    def diff_components(self) -> None:
        """Component schemas: added/removed (informational), changed (by usage)."""
        old_s, new_s = self.old.schemas, self.new.schemas
        for name in sorted(set(old_s) | set(new_s)):
            if name not in new_s:
                self.add(Severity.INFO, f"schema {code(name)}", "removed")
            elif name not in old_s:
                self.add(Severity.INFO, f"schema {code(name)}", "added")
            else:
                dirs = self.old.usage.get(name, frozenset()) | self.new.usage.get(name, frozenset())
                tag = self.new.sse.tag_of(name) or self.old.sse.tag_of(name)
                ctx = Ctx(root=name, dirs=dirs or BOTH, component=name, sse_tag=tag)
                self.diff_schema(old_s[name], new_s[name], ctx)

    # -- schemas -------------------------------------------------------------

    def diff_schema(self, old: Any, new: Any, ctx: Ctx) -> None:
        """Compare two schema nodes; same-named $refs stop here (compared as components)."""
        if old == new:
            return
        old_name, new_name = schema_name(old), schema_name(new)
        if old_name is not None and old_name == new_name:
            return
        if "$ref" in as_dict(old) or "$ref" in as_dict(new):
            self.diff_refs(old, new, ctx)
            return
        if not isinstance(old, dict) or not isinstance(new, dict):
            self.add(Severity.BREAKING, ctx.where(), f"schema changed {code(old)} → {code(new)}")
            return
        self.diff_types(old, new, ctx)
        self.diff_format(old, new, ctx)
        self.diff_enum(old, new, ctx)
        self.diff_const(old, new, ctx)
        self.diff_default(old, new, ctx)
        self.diff_bounds(old, new, ctx)
        self.diff_properties(old, new, ctx)
        self.diff_items(old, new, ctx)
        self.diff_additional(old, new, ctx)
        self.diff_unions(old, new, ctx)
        self.diff_all_of(old, new, ctx)
        self.diff_nested(old, new, ctx)
        self.diff_docs(old, new, ctx)

    def diff_refs(self, old: Any, new: Any, ctx: Ctx) -> None:
        """A $ref that changed target, or was inlined: compare what they resolve to."""
        pair = (str(as_dict(old).get("$ref", "")), str(as_dict(new).get("$ref", "")))
        if pair in ctx.seen:
            return  # recursive schemas: this pair is already being compared higher up
        before = schema_name(old) or "inline schema"
        after = schema_name(new) or "inline schema"
        self.add(Severity.INFO, ctx.where(), f"reference changed {code(before)} → {code(after)}")
        inner = replace(ctx, seen=ctx.seen | {pair})
        self.diff_schema(self.old.resolve(old), self.new.resolve(new), inner)

    def diff_types(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """type keyword (without null) and nullability."""
        before, after = type_set(old), type_set(new)
        if before != after:
            where = ctx.where()
            if before is None or after is None:
                narrowed = before is None
                message = f"type {'constrained to' if narrowed else 'constraint removed, was'} "
                message += code("|".join(sorted(after if narrowed and after else before or [])))
                severity = self.narrowing(ctx, narrowed)
            else:
                message = f"type changed {code('|'.join(sorted(before)))} → "
                message += code("|".join(sorted(after)))
                if before < after:
                    severity = self.narrowing(ctx, narrowed=False)
                elif after < before:
                    severity = self.narrowing(ctx, narrowed=True)
                else:
                    severity = Severity.BREAKING
            self.add(severity, where, message)
        was, now = is_nullable(old), is_nullable(new)
        if now != was:
            message = "became nullable" if now else "no longer nullable"
            self.add(self.narrowing(ctx, narrowed=was), ctx.where(), message)

    @staticmethod
    def narrowing(ctx: Ctx, narrowed: bool) -> Severity:
        """Fewer accepted values break requests; more possible values break responses."""
        if narrowed:
            return by_direction(ctx.dirs, Severity.BREAKING, Severity.NON_BREAKING)
        return by_direction(ctx.dirs, Severity.NON_BREAKING, Severity.BREAKING)

    def diff_format(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """format keyword."""
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        if before is None:
            self.add(self.narrowing(ctx, True), ctx.where(), f"format {code(after)} added")
        elif after is None:
            self.add(self.narrowing(ctx, False), ctx.where(), f"format {code(before)} removed")
        else:
            message = f"format changed {code(before)} → {code(after)}"
            self.add(Severity.BREAKING, ctx.where(), message)

    def diff_enum(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Closed (enum) and open (x-extensible-enum) value lists."""
        before = old.get("enum", old.get("x-extensible-enum"))
        after = new.get("enum", new.get("x-extensible-enum"))
        if before == after and ("enum" in old) == ("enum" in new):
            return
        where = ctx.where()
        if before is None or after is None:
            narrowed = before is None
            verb = "added" if narrowed else "removed"
            self.add(self.narrowing(ctx, narrowed), where, f"enum constraint {verb}")
            return
        open_after = "enum" not in new
        if ("enum" in old) and open_after:
            self.add(Severity.NON_BREAKING, where, "enum made extensible (x-extensible-enum)")
        elif "enum" not in old and not open_after:
            self.add(Severity.INFO, where, "extensible enum made closed")
        old_values = {json.dumps(v, default=str): v for v in as_list(before)}
        new_values = {json.dumps(v, default=str): v for v in as_list(after)}
        for key in sorted(set(old_values) - set(new_values)):
            self.add(
                self.narrowing(ctx, True), where, f"enum value {code(old_values[key])} removed"
            )
        for key in sorted(set(new_values) - set(old_values)):
            # x-extensible-enum tells clients to accept unknown values already.
            severity = Severity.NON_BREAKING if open_after else self.narrowing(ctx, False)
            self.add(severity, where, f"enum value {code(new_values[key])} added")

    def diff_const(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """const keyword (discriminator tags are consts)."""
        if old.get("const") == new.get("const") and ("const" in old) == ("const" in new):
            return
        where = ctx.where()
        if "const" not in old:
            self.add(self.narrowing(ctx, True), where, f"const {code(new['const'])} added")
        elif "const" not in new:
            self.add(self.narrowing(ctx, False), where, f"const {code(old['const'])} removed")
        else:
            message = f"const changed {code(old['const'])} → {code(new['const'])}"
            self.add(Severity.BREAKING, where, message)

    def diff_default(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """default keyword: behaviour changes for clients that omit the value."""
        if old.get("default") == new.get("default") and ("default" in old) == ("default" in new):
            return
        before = code(old["default"]) if "default" in old else "none"
        after = code(new["default"]) if "default" in new else "none"
        severity = by_direction(ctx.dirs, Severity.NON_BREAKING, Severity.INFO)
        self.add(severity, ctx.where(), f"default changed {before} → {after}")

    def diff_bounds(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Numeric/length bounds, pattern, multipleOf, uniqueItems."""
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "multipleOf", "uniqueItems"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if before is None or after is None:
                tightened = before is None
            elif key in LOWER_BOUNDS and isinstance(before, int | float):
                tightened = isinstance(after, int | float) and after > before
            elif key in UPPER_BOUNDS and isinstance(before, int | float):
                tightened = isinstance(after, int | float) and after < before
            else:
                tightened = True
            severity = by_direction(
                ctx.dirs,
                Severity.BREAKING if tightened else Severity.NON_BREAKING,
                Severity.NON_BREAKING,
            )
            message = f"{key} changed {code(before) if before is not None else 'none'} → "
            message += code(after) if after is not None else "none"
            self.add(severity, ctx.where(), message)

    def diff_properties(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Fields added/removed/changed and required-list changes."""
        old_props, new_props = as_dict(old.get("properties")), as_dict(new.get("properties"))
        old_req = {str(n) for n in as_list(old.get("required"))}
        new_req = {str(n) for n in as_list(new.get("required"))}
        for name in sorted(set(old_props) | set(new_props) | old_req | new_req):
            spot = ctx.at(f".{name}")
            if name in old_props and name not in new_props:
                message = "required field removed" if name in old_req else "field removed"
                self.add(Severity.BREAKING, spot.where(), message)
                continue
            if name in new_props and name not in old_props:
                if name in new_req:
                    severity = by_direction(ctx.dirs, Severity.BREAKING, Severity.NON_BREAKING)
                    self.add(severity, spot.where(), "required field added")
                else:
                    self.add(Severity.NON_BREAKING, spot.where(), "optional field added")
                continue
            if name in old_props:
                self.diff_schema(old_props[name], new_props[name], spot)
            if name in new_req and name not in old_req:
                severity = by_direction(ctx.dirs, Severity.BREAKING, Severity.NON_BREAKING)
                self.add(severity, spot.where(), "made required")
            elif name in old_req and name not in new_req:
                severity = by_direction(ctx.dirs, Severity.NON_BREAKING, Severity.BREAKING)
                self.add(severity, spot.where(), "no longer required")

    def diff_items(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Array items."""
        if "items" in old or "items" in new:
            self.diff_schema(old.get("items", {}), new.get("items", {}), ctx.at("[]"))

    def diff_additional(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """additionalProperties: a schema is compared, booleans open or close the object."""
        before = old.get("additionalProperties", True)
        after = new.get("additionalProperties", True)
        if before == after:
            return
        if isinstance(before, dict) and isinstance(after, dict):
            self.diff_schema(before, after, ctx.at("{*}"))
            return
        closed = after is False
        severity = self.narrowing(ctx, True) if closed else Severity.NON_BREAKING
        message = f"additionalProperties changed {code(before)} → {code(after)}"
        self.add(severity, ctx.where(), message)

    def diff_nested(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Subschema keywords without rules of their own, then any other keyword."""
        for key in NESTED_KEYWORDS:
            if key in old or key in new:
                self.diff_schema(old.get(key, {}), new.get(key, {}), ctx.at(f".{key}"))
        for key in sorted((set(old) | set(new)) - HANDLED_KEYWORDS):
            if old.get(key) == new.get(key):
                continue
            if key == "x-api-revisions":
                before, after = (
                    code(", ".join(str(v) for v in as_list(doc[key]))) if key in doc else "all"
                    for doc in (old, new)
                )
                message = f"API revisions changed {before} → {after}"
            else:
                kind = "extension" if key.startswith("x-") else "keyword"
                message = f"{kind} {code(key)} changed"
            self.add(Severity.INFO, ctx.where(), message)

    def diff_docs(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """Documentation-only keywords and deprecation."""
        for key in DOC_KEYWORDS:
            if old.get(key) != new.get(key):
                self.add(Severity.INFO, ctx.where(), f"{key} changed")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            message = "deprecated" if new.get("deprecated") else "no longer deprecated"
            self.add(Severity.INFO, ctx.where(), message)

    # -- unions ------------------------------------------------------------

    def diff_unions(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """oneOf/anyOf: members by discriminator tag (or by shape), discriminator changes."""
        old_kw = "oneOf" if "oneOf" in old else "anyOf" if "anyOf" in old else None
        new_kw = "oneOf" if "oneOf" in new else "anyOf" if "anyOf" in new else None
        if old_kw is None and new_kw is None:
            return
        where = ctx.where()
        if old_kw is None or new_kw is None:
            only_null = all(is_null_schema(m) for m in as_list(old.get(old_kw or new_kw or "")))
            if not only_null:
                became = "became a union" if old_kw is None else "no longer a union"
                self.add(Severity.BREAKING, where, became)
            return
        if old_kw != new_kw:
            self.add(Severity.INFO, where, f"union keyword changed {old_kw} → {new_kw}")
        self.diff_discriminator(old, new, ctx)
        old_tags, new_tags = self.old.union_tags(old), self.new.union_tags(new)
        if old_tags is not None and new_tags is not None:
            self.diff_members(old_tags[1], new_tags[1], ctx, new_kw, tagged=True)
        else:
            old_members = keyed_members(as_list(old[old_kw]))
            new_members = keyed_members(as_list(new[new_kw]))
            self.diff_members(old_members, new_members, ctx, new_kw, tagged=False)

    def diff_discriminator(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """discriminator presence and propertyName."""
        before, after = as_dict(old.get("discriminator")), as_dict(new.get("discriminator"))
        if bool(before) != bool(after):
            message = "discriminator added" if after else "discriminator removed"
            self.add(Severity.BREAKING, ctx.where(), message)
        elif before.get("propertyName") != after.get("propertyName"):
            message = (
                f"discriminator propertyName changed {code(before.get('propertyName'))}"
                f" → {code(after.get('propertyName'))}"
            )
            self.add(Severity.BREAKING, ctx.where(), message)

    def member_label(self, ctx: Ctx, key: str, keyword: str, tagged: bool) -> str:
        """How a union member is named: SSE events and delta types by their tag."""
        at_root = not ctx.path and ctx.component is not None
        if tagged and at_root and ctx.component in (self.new.sse.union, self.old.sse.union):
            return f"SSE event {code(key)}"
        nested = self.new.sse.nested.get(ctx.component or "") or self.old.sse.nested.get(
            ctx.component or ""
        )
        if tagged and at_root and nested:
            prop = nested[0][1]
            kind = "delta type" if prop == "delta" else f"{code(prop)} type"
            events = ", ".join(code(tag) for tag in sorted({tag for tag, _ in nested}))
            return f"SSE {kind} {code(key)} (in {events})"
        what = "variant" if tagged else "member"
        return f"{ctx.at(f'.{keyword}').where()} {what} {code(key)}"

    def is_open_union(self, ctx: Ctx) -> bool:
        """SSE event and delta unions are open: clients must skip unknown types."""
        if ctx.path or ctx.component is None:
            return False
        sse_unions = {self.new.sse.union, self.old.sse.union}
        nested = set(self.new.sse.nested) | set(self.old.sse.nested)
        return ctx.component in sse_unions or ctx.component in nested

    def diff_members(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, keyword: str, tagged: bool
    ) -> None:
        """Union members added, removed, or remapped to another schema."""
        for key in sorted(set(old) | set(new)):
            label = self.member_label(ctx, key, keyword, tagged)
            if key not in new:
                self.add(Severity.BREAKING, label, "removed")
            elif key not in old:
                if self.is_open_union(ctx):
                    severity = Severity.NON_BREAKING
                else:
                    severity = self.narrowing(ctx, False)
                self.add(severity, label, "added")
            else:
                before, after = schema_name(old[key]), schema_name(new[key])
                if tagged and before != after and before is not None and after is not None:
                    message = f"discriminator mapping changed {code(before)} → {code(after)}"
                    self.add(Severity.BREAKING, label, message)
                self.diff_schema(old[key], new[key], ctx.at(f".{keyword}[{key}]"))

    def diff_all_of(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx) -> None:
        """allOf members: adding one constrains requests, removing one drops response fields."""
        if "allOf" not in old and "allOf" not in new:
            return
        before = keyed_members(as_list(old.get("allOf")))
        after = keyed_members(as_list(new.get("allOf")))
        for key in sorted(set(before) | set(after)):
            spot = ctx.at(f".allOf[{key}]")
            if key not in after:
                self.add(self.narrowing(ctx, False), spot.where(), "allOf member removed")
            elif key not in before:
                self.add(self.narrowing(ctx, True), spot.where(), "allOf member added")
            else:
                self.diff_schema(before[key], after[key], spot)

    # -- API revisions -------------------------------------------------------

    def diff_default_events(self) -> None:
        """Events that leave or join the default stream when the default revision changes."""
        old_rev, new_rev = self.old.revision, self.new.revision
        if old_rev is None or new_rev is None:
            return  # without a declared default on both sides there is nothing to compare
        before, after = self.old.default_events(), self.new.default_events()
        gone = [tag for tag in self.old.sse.order if tag in before - after]
        joined = [tag for tag in self.new.sse.order if tag in after - before]
        pairs = self.pair_events(gone, joined)
        change = f"(revision {old_rev} → {new_rev})"
        for tag in gone:
            if tag not in self.new.sse.events:
                hint = f"; migrate to {code(pairs[tag])}" if tag in pairs else ""
                self.add(Severity.BREAKING, f"SSE event {code(tag)}", f"removed {change}{hint}")
                continue
            pinned = self.new.event_revisions(self.new.sse.events[tag]) or [old_rev]
            advice = f"pin {code('Api-Revision: ' + sorted(pinned)[-1])}"
            if tag in pairs:
                advice += f" or migrate to {code(pairs[tag])}"
            message = f"no longer sent by default {change}; {advice}"
            self.add(Severity.BREAKING, f"SSE event {code(tag)}", message)
        for tag in joined:
            if tag in self.old.sse.events:
                message = f"now sent by default {change}"
                self.add(Severity.NON_BREAKING, f"SSE event {code(tag)}", message)

    def pair_events(self, gone: list[str], joined: list[str]) -> dict[str, str]:
        """Pair each vanished event with its likely successor (greedy, best score first)."""
        scored = sorted(
            (
                (-self.event_similarity(g, gi, len(gone), j, ji, len(joined)), g, j)
                for gi, g in enumerate(gone)
                for ji, j in enumerate(joined)
            ),
        )
        pairs: dict[str, str] = {}
        taken: set[str] = set()
        for negative, g, j in scored:
            if -negative < PAIRING_THRESHOLD or g in pairs or j in taken:
                continue
            pairs[g] = j
            taken.add(j)
        return pairs

    def event_similarity(self, gone: str, gi: int, gn: int, joined: str, ji: int, jn: int) -> float:
        """Blend of payload shape, tag name and position in the union (0..1)."""
        old_props = self.old.event_properties(gone)
        new_props = self.new.event_properties(joined)
        union = old_props | new_props
        shape = len(old_props & new_props) / len(union) if union else 1.0
        whole = difflib.SequenceMatcher(None, gone, joined).ratio()
        last = difflib.SequenceMatcher(None, gone.rsplit(".")[-1], joined.rsplit(".")[-1]).ratio()
        position = 1.0 - abs(gi / max(gn - 1, 1) - ji / max(jn - 1, 1))
        return 0.4 * shape + 0.2 * whole + 0.2 * last + 0.2 * position


# ---------------------------------------------------------------------------
# Report


def render(findings: list[Finding], old_label: str, new_label: str) -> str:
    """The markdown report."""
    lines = [f"# Spec diff: {code(old_label)} → {code(new_label)}", ""]
    if not findings:
        return "\n".join([*lines, "No changes.", ""])
    counts = {sev: sum(1 for f in findings if f.severity == sev) for sev in Severity}
    summary = ", ".join(f"{counts[sev]} {SECTION_TITLES[sev].lower()}" for sev in Severity)
    lines += [f"{summary}.", ""]
    for severity in Severity:
        lines += [f"## {SECTION_TITLES[severity]}", ""]
        items = [f.render() for f in findings if f.severity == severity]
        lines += [*(items or ["None."]), ""]
    return "\n".join(lines)


def compare(
    old: dict[str, Any], new: dict[str, Any], old_label: str, new_label: str
) -> list[Finding]:
    """All findings between two parsed documents."""
    return Differ(Document(old, old_label), Document(new, new_label)).run()


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Command line: OLD NEW, or --git-base REF NEW."""
    parser = argparse.ArgumentParser(
        description="Classify the changes between two OpenAPI documents.",
        epilog="Exit status: 0 no breaking change, 1 breaking changes, 2 unusable input.",
    )
    parser.add_argument("--git-base", metavar="REF", help="old spec: NEW's path at this git ref")
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="OLD NEW, or NEW with --git-base")
    args = parser.parse_args(argv)
    expected = 1 if args.git_base else 2
    if len(args.specs) != expected:
        parser.error("expected NEW with --git-base, else OLD NEW")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the comparison; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.git_base:
            new_label = args.specs[0]
            old, old_label = read_git_base(args.git_base, new_label)
        else:
            old_label, new_label = args.specs
            old = read_file(old_label)
        new = read_file(new_label)
        findings = compare(old, new, old_label, new_label)
    except SpecError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spec_diff: schema nesting too deep to compare", file=sys.stderr)
        return 2
    sys.stdout.write(render(findings, old_label, new_label))
    return 1 if any(f.severity == Severity.BREAKING for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
