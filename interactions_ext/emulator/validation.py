"""Top-level shape checks on create bodies, answered with 400 as the real API does."""

from __future__ import annotations

from typing import Any, Final

from .._generated.create_body import JSON_TYPES
from .model import InvalidRequest

__all__ = ["check_create_body"]

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
