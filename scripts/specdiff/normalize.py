"""Schema spellings that mean the same thing, brought to one form before comparing.

- OpenAPI 3.0 ``nullable: true``, 3.1 ``type: [X, 'null']`` and ``anyOf: [X, {type: 'null'}]``
  all become "X, and null is allowed" (``split_null``).
- 3.0 boolean ``exclusiveMinimum``/``exclusiveMaximum`` become the 3.1 numeric form;
  ``contentEncoding: base64`` / ``contentMediaType: application/octet-stream`` on a string
  become ``format: byte`` / ``format: binary``.
- draft 2019 ``dependencies`` splits into ``dependentRequired`` and ``dependentSchemas``.
- ``allOf`` parts that do not conflict are merged into one schema, so splitting or joining
  ``allOf`` parts is no change (``flatten_all_of``).
"""

from __future__ import annotations

import json
from typing import Any

from .model import Json, as_dict, as_list, schema_name

DOC_KEYWORDS = ("description", "title", "summary", "example", "examples", "externalDocs")
# Keywords whose value is a map of names to subschemas.
SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
# Keywords whose value is a subschema (or a list of them).
SCHEMA_VALUES = (
    "items",
    "additionalProperties",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "contentSchema",
)
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
UNIVERSAL_PATTERNS = frozenset({"", ".*", "^.*$", "^.*", ".*$", "[\\s\\S]*", "^[\\s\\S]*$"})


def is_null_schema(node: Any) -> bool:
    """A subschema that only admits null (the anyOf [X, {type: null}] idiom)."""
    node = as_dict(node)
    return node.get("type") in ("null", ["null"]) or ("const" in node and node["const"] is None)


def type_set(node: Json) -> frozenset[str] | None:
    """The non-null JSON types a schema allows (None: no type keyword)."""
    value = node.get("type")
    if value is None:
        return None
    types = {value} if isinstance(value, str) else {str(v) for v in as_list(value)}
    return frozenset(types - {"null"})


def widens(before: frozenset[str], after: frozenset[str]) -> bool:
    """Whether every value of the old types is a value of the new ones (integer ⊂ number)."""
    return all(t in after or (t == "integer" and "number" in after) for t in before)


def prepare(node: Any) -> tuple[bool, Any]:
    """(null allowed, the schema without null) in the normal form used for comparing."""
    if node is True:
        node = {}
    elif node is False:
        node = {"not": {}}
    if not isinstance(node, dict):
        return False, node
    return split_null(flatten_all_of(normalize_30(node)))


def normalize_30(node: Json) -> Json:
    """OpenAPI 3.0 spellings rewritten in their 3.1 form (and a few equivalent pairs)."""
    out = dict(node)
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = out.get(exclusive)
        if isinstance(flag, bool):
            del out[exclusive]
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
    if out.get("type") == "string" and "format" not in out:
        if out.get("contentEncoding") == "base64":
            del out["contentEncoding"]
            out["format"] = "byte"
        elif out.get("contentMediaType") == "application/octet-stream":
            del out["contentMediaType"]
            out["format"] = "binary"
    if isinstance(out.get("dependencies"), dict):
        for key, value in out.pop("dependencies").items():
            target = "dependentRequired" if isinstance(value, list) else "dependentSchemas"
            out[target] = {**as_dict(out.get(target)), key: value}
    if isinstance(out.get("type"), list) and len(out["type"]) == 1:
        out["type"] = out["type"][0]
    if "enum" in out and len(as_list(out["enum"])) == 1 and "const" not in out:
        out["const"] = out.pop("enum")[0]
    return out


def split_null(node: Json) -> tuple[bool, Json]:
    """Take null out of a schema: (whether null was allowed, what else is allowed)."""
    out = dict(node)
    nullable = out.pop("nullable", False) is True
    kind = out.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) > 1:
        rest = [t for t in kind if t != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
        nullable = True
    if isinstance(out.get("enum"), list) and None in out["enum"] and len(out["enum"]) > 1:
        out["enum"] = [v for v in out["enum"] if v is not None]
        nullable = True
    for keyword in ("anyOf", "oneOf"):
        members = as_list(out.get(keyword))
        rest = [m for m in members if not is_null_schema(m)]
        if not members or len(rest) == len(members) or not rest:
            continue
        nullable = True
        out[keyword] = rest
        if len(rest) == 1:
            out = _unwrap_single(out, keyword)
    return nullable, out


def _unwrap_single(node: Json, keyword: str) -> Json:
    """``anyOf: [X]`` with nothing else but documentation is X itself."""
    member = node[keyword][0]
    rest = {k: v for k, v in node.items() if k != keyword}
    structural = {k for k in rest if k not in DOC_KEYWORDS and k != "default"}
    if isinstance(member, dict) and "$ref" in member and not structural:
        return {**member, **rest}
    if isinstance(member, dict) and "$ref" not in member and not set(member) & set(rest):
        return flatten_all_of({**rest, **member})
    return node


def flatten_all_of(node: Json) -> Json:
    """Merge the inline allOf parts that do not conflict; ``allOf: [$ref]`` alone is the $ref."""
    members = node.get("allOf")
    if not isinstance(members, list):
        return node
    merged = {k: v for k, v in node.items() if k != "allOf"}
    kept: list[Any] = []
    for member in members:
        if isinstance(member, dict) and "$ref" not in member:
            part = flatten_all_of(normalize_30(member))
            combined = merge(merged, part)
            if combined is not None:
                merged = combined
                continue
        kept.append(member)
    if not kept:
        return merged
    structural = {k for k in merged if k not in DOC_KEYWORDS and k not in ("nullable", "default")}
    if len(kept) == 1 and schema_name(kept[0]) is not None and not structural:
        return {**as_dict(kept[0]), **merged}
    merged["allOf"] = kept
    return merged


def merge(first: Json, second: Json) -> Json | None:
    """The schema both describe together, or None when they conflict."""
    out = dict(first)
    for key, value in second.items():
        if key not in out or out[key] == value:
            out[key] = value
        elif key == "properties":
            props = dict(as_dict(out[key]))
            for name, schema in as_dict(value).items():
                if name in props and props[name] != schema:
                    props[name] = {"allOf": [props[name], schema]}
                else:
                    props[name] = schema
            out[key] = props
        elif key == "required":
            out[key] = [*as_list(out[key]), *(n for n in as_list(value) if n not in out[key])]
        else:
            return None
    return out


def shape(node: Any) -> Any:
    """A schema in normal form without documentation keywords, for equivalence checks."""
    if isinstance(node, list):
        return [shape(item) for item in node]
    if not isinstance(node, dict):
        return node
    nullable, core = prepare(node)
    out: Json = {}
    for key, value in as_dict(core).items():
        if key in DOC_KEYWORDS or key == "deprecated":
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: shape(sub) for name, sub in value.items()}
        elif key in SCHEMA_VALUES or key in SCHEMA_LISTS:
            out[key] = shape(value)
        else:
            out[key] = value
    return {"nullable": nullable, "core": out if isinstance(core, dict) else core}


def same_shape(first: Any, second: Any) -> bool:
    """Whether two schemas admit the same values, up to spelling and documentation."""
    return bool(shape(first) == shape(second))


def member_key(member: Any, index: int) -> str:
    """A stable key for a member of an undiscriminated union."""
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
        key = member_key(prepare(member)[1], index)
        keyed[key if key not in keyed else f"{key}#{index}"] = member
    return keyed


def universal_pattern(pattern: Any) -> bool:
    """A pattern every string matches (or no pattern at all)."""
    return pattern is None or (isinstance(pattern, str) and pattern in UNIVERSAL_PATTERNS)
