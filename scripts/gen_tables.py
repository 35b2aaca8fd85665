"""Write the tables the extension reads from the spec: operations and create-body fields.

Usage: python scripts/gen_tables.py SPEC OUT_DIR

``OUT_DIR/routes.py``: one ``OperationSpec`` per operation (method, path template, path,
query and header parameters), keyed by (operation, scoped).
``OUT_DIR/create_body.py``: ``CreateBody``, the create-body fields as a typed ``TypedDict``
with the spec's descriptions, and the field sets the client and the emulator check bodies
against. Run by scripts/generate; the output is formatted there.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

_OPERATION_ID = re.compile(r"^(create|get|cancel|delete)(Scoped)?Interaction$")
_SCALARS = {"string": "str", "boolean": "bool", "integer": "int", "number": "float"}
_JSON_TYPE_OF = {str: "string", bool: "boolean", int: "integer", float: "number"}
_NOT_OPTIONS = ("model", "agent", "input", "stream")
_HEADER = '"""{doc}\n\nGenerated from spec/interactions.openapi.yaml by scripts/gen_tables.py. Do not edit.\n"""\n\n'


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec["components"]["parameters" if "/parameters/" in node["$ref"] else "schemas"][
            name
        ]
    return node


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path, item in spec["paths"].items():
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if method == "parameters":
                continue
            match = _OPERATION_ID.match(op["operationId"])
            if match is None:
                raise SystemExit(f"unexpected operationId {op['operationId']!r}")
            params = shared + [_resolve(spec, p) for p in op.get("parameters", [])]
            ops.append(
                {
                    "name": match.group(1),
                    "scoped": match.group(2) is not None,
                    "method": method.upper(),
                    "path": path,
                    "path_params": [p["name"] for p in params if p["in"] == "path"],
                    "query": [p["name"] for p in params if p["in"] == "query"],
                    "headers": [p["name"] for p in params if p["in"] == "header"],
                    "has_body": "requestBody" in op,
                }
            )
    return sorted(ops, key=lambda o: (o["name"], o["scoped"]))


def routes_module(spec: dict[str, Any]) -> str:
    """Source of ``routes.py``."""
    rows = []
    for op in _operations(spec):
        rows.append(
            f"    ({op['name']!r}, {op['scoped']!r}): OperationSpec(\n"
            f"        name={op['name']!r}, method={op['method']!r}, path={op['path']!r},\n"
            f"        path_params={tuple(op['path_params'])!r}, query={tuple(op['query'])!r},\n"
            f"        headers={tuple(op['headers'])!r}, has_body={op['has_body']!r},\n"
            "    ),"
        )
    return (
        _HEADER.format(doc="The API's operations, one row per (operation, scoped) pair.")
        + "from __future__ import annotations\n\n"
        "from dataclasses import dataclass\n"
        "from typing import Final, Literal\n\n"
        'OperationName = Literal["create", "get", "cancel", "delete"]\n\n\n'
        "@dataclass(frozen=True, slots=True)\n"
        "class OperationSpec:\n"
        '    """Method, path template and parameter names of one operation."""\n\n'
        "    name: OperationName\n"
        "    method: str\n"
        "    path: str\n"
        "    path_params: tuple[str, ...]\n"
        "    query: tuple[str, ...]\n"
        "    headers: tuple[str, ...]\n"
        "    has_body: bool\n\n\n"
        "OPERATIONS: Final[dict[tuple[OperationName, bool], OperationSpec]] = {\n"
        + "\n".join(rows)
        + "\n}\n"
    )


def _top_level(union: str) -> list[str]:
    """The members of a ``a | b[c | d]`` annotation, split outside brackets only."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(union):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and union.startswith(" | ", i):
            parts.append(union[start:i])
            start = i + 3
    return [*parts, union[start:]]


class _Types:
    """Python annotations for spec schemas, naming generated models where they exist."""

    def __init__(self, spec: dict[str, Any], models: set[str]) -> None:
        self.spec = spec
        self.models = models

    def of(self, node: dict[str, Any]) -> str:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            target = self.spec["components"]["schemas"][name]
            if "enum" in target:
                return self._literal(target["enum"])
            if name in self.models and target.get("type") == "object":
                return f"models.{name} | Mapping[str, Any]"
            return self.of(target)
        for key in ("oneOf", "anyOf"):
            if key in node:
                parts = (part for n in node[key] for part in _top_level(self.of(n)))
                return " | ".join(dict.fromkeys(parts))
        if "enum" in node:
            return self._literal(node["enum"])
        kind = node.get("type")
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return f"Sequence[{self.of(node.get('items', {}))}]"
        extra = node.get("additionalProperties")
        if kind == "object" and isinstance(extra, dict) and extra:
            return f"Mapping[str, {self.of(extra)}]"
        return "Mapping[str, Any]" if kind == "object" else "Any"

    @staticmethod
    def _literal(values: list[Any]) -> str:
        return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _json_types(spec: dict[str, Any], node: dict[str, Any]) -> list[str]:
    """The JSON types a value of ``node`` may have (``object``, ``array``, ``string``, ...)."""
    node = _resolve(spec, node)
    for key in ("oneOf", "anyOf"):
        if key in node:
            found = (t for n in node[key] for t in _json_types(spec, n))
            return sorted(set(found))
    kind = node.get("type")
    if isinstance(kind, list):
        return sorted(kind)
    if kind is None and "enum" in node:
        return sorted({_JSON_TYPE_OF[type(v)] for v in node["enum"]})
    return [kind] if kind else []


def _create_variants(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    union = spec["components"]["schemas"]["CreateInteractionRequest"]["oneOf"]
    variants = {}
    for ref in union:
        schema = _resolve(spec, ref)
        kind = "agent" if "agent" in schema.get("properties", {}) else "model"
        variants[kind] = schema["properties"]
    return variants


def create_body_module(spec: dict[str, Any], models: set[str]) -> str:
    """Source of ``create_body.py``."""
    variants = _create_variants(spec)
    types = _Types(spec, models)
    fields: dict[str, dict[str, Any]] = {}
    for props in variants.values():
        for name, node in props.items():
            fields.setdefault(name, node)
    json_types = {name: _json_types(spec, node) for name, node in sorted(fields.items())}
    lines = []
    for name, node in fields.items():
        if name in _NOT_OPTIONS:
            continue
        lines.append(f"    {name}: {types.of(node)} | None")
        doc = _resolve(spec, node).get("description") or node.get("description")
        if doc:
            lines.append(f'    """{doc.strip()}"""')
    model_only = sorted(set(variants["model"]) - set(variants["agent"]))
    agent_only = sorted(set(variants["agent"]) - set(variants["model"]))
    return (
        _HEADER.format(doc="The fields of a create request body, from the spec.")
        + "from __future__ import annotations\n\n"
        "from collections.abc import Mapping, Sequence\n"
        "from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict\n\n"
        "if TYPE_CHECKING:\n"
        "    from . import models\n"
        "else:\n\n"
        "    class _Models:\n"
        '        """The models, imported when an annotation is first evaluated (pdoc,\n'
        '        ``typing.get_type_hints``): importing this module does not load them."""\n\n'
        "        def __getattr__(self, name: str) -> Any:\n"
        "            from . import models\n\n"
        "            return getattr(models, name)\n\n"
        "    models = _Models()\n\n\n"
        "class CreateBody(TypedDict, total=False):\n"
        '    """Create-body fields passed to ``create`` as keywords (besides model/agent/input)."""\n\n'
        + "\n".join(lines)
        + "\n\n\n"
        f"CREATE_FIELDS: Final = frozenset({sorted(fields)!r})\n"
        '"""Every top-level field of a create body."""\n'
        f"JSON_TYPES: Final[dict[str, tuple[str, ...]]] = {{{', '.join(f'{k!r}: {tuple(v)!r}' for k, v in json_types.items())}}}\n"
        '"""The JSON types each create-body field accepts."""\n'
        f"MODEL_ONLY: Final = frozenset({model_only!r})\n"
        '"""Fields that only model interactions accept."""\n'
        f"AGENT_ONLY: Final = frozenset({agent_only!r})\n"
        '"""Fields that only agent interactions accept."""\n'
    )


def main(argv: list[str]) -> None:
    spec_path, out = Path(argv[1]), Path(argv[2])
    spec = yaml.safe_load(spec_path.read_text())
    models = set(re.findall(r"^class (\w+)\(", (out / "models.py").read_text(), re.M))
    (out / "routes.py").write_text(routes_module(spec))
    (out / "create_body.py").write_text(create_body_module(spec, models))


if __name__ == "__main__":
    main(sys.argv)
