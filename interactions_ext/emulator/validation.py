"""Request bodies: JSON parsing with a nesting limit, and top-level shape checks on create
bodies, answered with 400 as the real API does."""

from __future__ import annotations

import json
from typing import Any, Final

from .._generated.create_body import JSON_TYPES
from .model import InvalidRequest

__all__ = ["MAX_DEPTH", "check_create_body", "parse_json"]

MAX_DEPTH: Final = 100
"""Deepest nesting of arrays and objects accepted in a request body."""

_PYTHON: Final = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "integer": int,
    "number": float,
}
_JSON_NAMES: Final = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
}
# Field -> accepted JSON types, from the spec. Fields the emulator echoes back must be
# checked here, or a malformed request would come back as a malformed resource.
_FIELDS: Final = {
    name: (tuple(_PYTHON[t] for t in kinds), " or ".join(_JSON_NAMES[t] for t in kinds))
    for name, kinds in JSON_TYPES.items()
}


def check_create_body(body: dict[str, Any]) -> None:
    """Raise :class:`InvalidRequest` naming the first field of the wrong JSON type."""
    for name, (types, described) in _FIELDS.items():
        if name not in body:
            continue
        value = body[name]
        # bool is an int subclass but never a str/list/dict, so isinstance is exact here.
        if not isinstance(value, types):
            raise InvalidRequest(f"Invalid value at `{name}`: expected {described}.")
    for index, tool in enumerate(body.get("tools") or []):
        if not isinstance(tool, dict) or not isinstance(tool.get("type"), str):
            raise InvalidRequest(
                f"Invalid value at `tools[{index}]`: expected an object with `type`."
            )
        if tool["type"] == "function" and not isinstance(tool.get("name"), str):
            raise InvalidRequest(f"Invalid value at `tools[{index}].name`: expected a string.")
    for key, label in (body.get("labels") or {}).items():
        if not isinstance(label, str):
            raise InvalidRequest(f"Invalid value at `labels.{key}`: expected a string.")


def parse_json(raw: bytes, what: str = "The request body") -> Any:
    """``raw`` as JSON, or :class:`InvalidRequest` if it is not JSON or nests too deeply."""
    try:
        value = json.loads(raw)
    except RecursionError:
        raise InvalidRequest(f"{what} nests deeper than {MAX_DEPTH} levels.") from None
    except ValueError as exc:
        raise InvalidRequest(f"{what} is not valid JSON: {exc}") from None
    if _depth_exceeds(value, MAX_DEPTH):
        raise InvalidRequest(f"{what} nests deeper than {MAX_DEPTH} levels.")
    return value


def _depth_exceeds(value: Any, limit: int) -> bool:
    # Iterative: a recursive walk is what a deep body would overflow.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
