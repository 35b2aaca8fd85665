"""Request bodies from Python arguments: plain dicts, generated models, or msgspec Structs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import msgspec

from ._generated.create_body import AGENT_ONLY, MODEL_ONLY, CreateBody

__all__ = ["CreateBody", "build_create_body", "to_json_value"]


_OPTIONS: Final = CreateBody.__optional_keys__


def to_json_value(value: Any) -> Any:
    """JSON-ready form of a dict/list/str, a msgspec Struct, or a generated attrs model."""
    if isinstance(value, msgspec.Struct):
        return msgspec.to_builtins(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    return value


def build_create_body(
    input: Any,
    *,
    model: str | None,
    agent: str | None,
    stream: bool,
    options: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Body of a create request; checks what the API would reject before sending it."""
    unknown = set(options) - _OPTIONS
    if unknown:
        raise TypeError(f"create() got unexpected keyword arguments: {sorted(unknown)}")
    if (model is None) == (agent is None):
        raise ValueError("pass exactly one of model= or agent=")
    if input is None and not options.get("continuation_token"):
        raise ValueError(
            "input is required (a string, content blocks, or a list of turns)"
            " unless continuation_token continues an earlier answer"
        )
    wrong = sorted(
        key
        for key in (MODEL_ONLY if agent is not None else AGENT_ONLY)
        if options.get(key) is not None
    )
    if wrong:
        kind = "model" if agent is not None else "agent"
        raise ValueError(f"{', '.join(wrong)} applies to {kind} interactions only")
    if options.get("background") and options.get("store") is False:
        raise ValueError("background=True requires store=True")
    body: dict[str, Any] = {"model": model} if model is not None else {"agent": agent}
    if input is not None:
        body["input"] = to_json_value(input)
    for key, value in options.items():
        if value is not None:
            body[key] = to_json_value(value)
    if stream:
        body["stream"] = True
    if extra_body:
        body.update(to_json_value(dict(extra_body)))
    return body
