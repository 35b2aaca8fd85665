"""Top-level shape checks on create bodies, answered with 400 as the real API does."""

from __future__ import annotations

from typing import Any

from .model import InvalidRequest

__all__ = ["check_create_body"]

_OBJECT = (dict,)
_LIST = (list,)
_TEXT = (str,)
_FLAG = (bool,)

# Field -> accepted JSON types. Fields the emulator echoes back must be checked
# here, or a malformed request would come back as a malformed resource.
_FIELDS: dict[str, tuple[type, ...]] = {
    "model": _TEXT,
    "agent": _TEXT,
    "input": (str, list, dict),
    "stream": _FLAG,
    "background": _FLAG,
    "store": _FLAG,
    "previous_interaction_id": _TEXT,
    "system_instruction": _TEXT,
    "tools": _LIST,
    "generation_config": _OBJECT,
    "agent_config": _OBJECT,
    "response_format": (dict, list),
    "response_mime_type": _TEXT,
    "response_modalities": _LIST,
    "safety_settings": _LIST,
    "service_tier": _TEXT,
    "labels": _OBJECT,
    "webhook_config": _OBJECT,
}

_JSON_NAMES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}


def _describe(types: tuple[type, ...]) -> str:
    return " or ".join(_JSON_NAMES[t] for t in types)


def check_create_body(body: dict[str, Any]) -> None:
    """Raise :class:`InvalidRequest` naming the first field of the wrong JSON type."""
    for name, types in _FIELDS.items():
        if name not in body:
            continue
        value = body[name]
        # bool is an int subclass but never a str/list/dict, so isinstance is exact here.
        if not isinstance(value, types):
            raise InvalidRequest(f"Invalid value at `{name}`: expected {_describe(types)}.")
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
