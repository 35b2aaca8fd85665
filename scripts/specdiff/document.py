"""An OpenAPI document: local $ref resolution, operations, schema usage and the SSE events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .model import REQ, RESP, Json, SpecError, as_dict, as_list, schema_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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

    method: str
    path: str
    node: Json
    parameters: dict[tuple[str, str], Json]

    @property
    def key(self) -> str:
        """``METHOD /path`` as printed in the report."""
        return f"{self.method.upper()} {self.path}"


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
    """An OpenAPI document (already bundled) with $ref resolution and derived indexes."""

    def __init__(self, raw: Json, source: str) -> None:
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
        if not ref.startswith("#"):
            raise SpecError(f"{self.source}: unsupported non-local $ref {ref!r}")
        node: Any = self.raw
        for part in ref[2:].split("/") if ref.strip("#/") else []:
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
                    operation = Operation(method, str(path), op, params)
                    found[operation.key] = operation
        return found

    def _parameters(self, nodes: Any) -> dict[tuple[str, str], Json]:
        params: dict[tuple[str, str], Json] = {}
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

    # -- tagged unions -------------------------------------------------------

    def union_tags(self, node: Any) -> tuple[str, dict[str, Any]] | None:
        """(tag property, tag -> member) of a discriminated oneOf/anyOf, else None."""
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

    # -- SSE -------------------------------------------------------------------

    def _sse(self) -> SseInfo:
        """Find the event union carried by text/event-stream responses."""
        info = SseInfo()
        for op in self.operations.values():
            for response in as_dict(op.node.get("responses")).values():
                content = as_dict(as_dict(self.resolve(response)).get("content"))
                for media, body in sorted(content.items()):
                    if "event-stream" in media and info.union is None:
                        info.union = self.event_union(as_dict(body).get("schema"))
        tagged = self.union_tags(self.schemas.get(info.union)) if info.union else None
        if tagged is None:
            info.union = None
            return info
        info.discriminator = tagged[0]
        for tag, member in tagged[1].items():
            info.events[tag] = schema_name(member) or ""
            info.order.append(tag)
            self._nested_unions(info, tag, member)
        return info

    def event_union(self, schema: Any) -> str | None:
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
