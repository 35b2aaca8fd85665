"""The emulated model: turns a create request (and its history) into a ``Turn``."""

from __future__ import annotations

import json
import re
from typing import Any

from .content import Answer, Turn, seed_of
from .settings import RequestScenario

__all__ = ["InvalidRequest", "compose_turn", "function_results", "prompt_text"]


class InvalidRequest(ValueError):
    """The request is one the API would reject with 400 invalid_request."""


def prompt_text(value: Any) -> str:
    """The user text of an ``input`` in any accepted shape."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            return str(value["text"])
        return prompt_text(value.get("content", []))
    if isinstance(value, list):
        return " ".join(t for t in (prompt_text(v) for v in value) if t)
    return ""


def function_results(value: Any) -> list[dict[str, Any]]:
    """``function_result`` items anywhere in an ``input``."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if value.get("type") == "function_result":
            found.append(value)
        else:
            found.extend(function_results(value.get("content")))
    elif isinstance(value, list):
        for item in value:
            found.extend(function_results(item))
    return found


def _sample(schema: Any, prompt: str, name: str, malformed: bool) -> Any:
    if not isinstance(schema, dict):
        return "example"
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {k: _sample(v, prompt, k, malformed) for k, v in props.items()}
    if kind == "array":
        return [_sample(schema.get("items"), prompt, name, malformed)]
    match = re.search(rf"\b{re.escape(name)}=(\S+)", prompt) if name else None
    if kind == "integer":
        return int(match.group(1)) if match and match.group(1).lstrip("-").isdigit() else 1
    if kind == "number":
        try:
            return float(match.group(1)) if match else 1.5
        except ValueError:
            return 1.5
    if kind == "boolean":
        return True
    if match:
        return match.group(1)
    words = re.findall(r"[A-Za-z]+", prompt)
    return words[0] if words else "example"


def _json_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    formats = body.get("response_format")
    items = formats if isinstance(formats, list) else [formats] if formats else []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("schema"), dict):
            mime = item.get("mime_type") or body.get("response_mime_type")
            if mime == "application/json":
                return dict(item["schema"])
    return None


def _declared_functions(body: dict[str, Any]) -> list[dict[str, Any]]:
    tools = body.get("tools") or []
    return [
        t for t in tools if isinstance(t, dict) and t.get("type") == "function" and t.get("name")
    ]


def compose_turn(
    body: dict[str, Any],
    *,
    history: list[str],
    chain_prompt: str,
    called: list[str],
    results: list[dict[str, Any]],
    malformed_json: bool,
    scenario: RequestScenario,
    call_number: int,
) -> tuple[Turn, dict[str, Any] | None]:
    """The model's turn, and the function call it makes (if any)."""
    words = scenario.answer_words or 0
    if "agent" in body:
        words *= 10
    prompt = prompt_text(body.get("input"))
    config = body.get("generation_config") or {}
    thinking = config.get("thinking_summaries") == "auto" or bool(config.get("thinking_level"))
    thought = ["Considering the question. ", "Planning the answer."] if thinking else []
    flags = (
        scenario.unknown_event,
        scenario.unknown_delta,
        scenario.error_event,
        scenario.every_step,
        scenario.unknown_field,
    )
    functions = _declared_functions(body)
    pending = [
        f
        for f in sorted(functions, key=lambda f: _position(chain_prompt, f["name"]))
        if f["name"] in chain_prompt and f["name"] not in called
    ]
    if pending:
        fn = pending[0]
        call = {
            "id": f"call_{seed_of(chain_prompt) % 100000:05d}_{call_number}",
            "name": fn["name"],
            "arguments": _sample(fn.get("parameters") or {}, chain_prompt, "", False)
            if (fn.get("parameters") or {}).get("properties")
            else {},
        }
        return Turn(None, thought, call, *flags), call
    prefix: list[str] = []
    if history:
        quoted = " ".join(f'"{h}".' for h in history)
        prefix.append(f"Earlier you said: {quoted} ")
    for result in results:
        value = json.dumps(result.get("result"), sort_keys=True)
        prefix.append(f"{result.get('name') or result.get('call_id')} returned {value}. ")
    schema = _json_schema(body)
    if schema is not None:
        document = {"unexpected": True} if malformed_json else _sample(schema, prompt, "", False)
        text = json.dumps(document)
        size = max(1, len(text) // 4)
        answer = Answer(prefix=[text[i : i + size] for i in range(0, len(text), size)])
    else:
        answer = Answer(prefix=prefix, words=words, seed=seed_of(prompt or "empty"))
    return Turn(answer, thought, None, *flags), None


def _position(text: str, name: str) -> int:
    index = text.find(name)
    return index if index >= 0 else len(text)
