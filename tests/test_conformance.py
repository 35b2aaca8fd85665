"""A conformance corpus built from Google's own models decodes, typed, through ours.

For every event type google-genai models, and for the Interaction resource, the corpus
holds a full instance, a minimal one (required fields only), and one instance per
alternative of every field: each union member, each enum value and an enum value no
model lists yet (google-genai's enums are open). Each instance is validated by
google-genai, serialized as the server sends it, and must decode through
``interactions_ext.events`` (strictly: no fallback) to our typed model, with no
``Unknown*`` anywhere inside and exactly the same values.
"""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Iterator
from typing import Any

import msgspec
import pydantic
import pytest

from interactions_ext import types as t
from interactions_ext.events import (
    InvalidEvent,
    UnknownContent,
    UnknownDelta,
    UnknownEvent,
    UnknownStep,
    decode_data,
    decode_interaction,
    raw,
)
from tests import genai_types as g
from tests.test_parity import ALLOWED, our_name, properties, schemas

# google-genai warns when its models read fields the API deprecated; expected here.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

UNLISTED = "zz-value-no-model-lists"
_SAMPLES: dict[Any, Any] = {str: "text-1", int: 7, float: 0.5, bool: True}
_ANY: Any = {"any": ["json", 1, None, {"nested": True}]}
_MAX_DEPTH = 12


@functools.cache
def _visited() -> set[str]:
    return set()


def _dedupe(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = json.dumps(value, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def variants(annotation: Any, depth: int = 0) -> list[Any]:
    """JSON values covering every alternative of ``annotation``; the first is the fullest."""
    if depth > _MAX_DEPTH:
        raise AssertionError(f"models nest deeper than {_MAX_DEPTH}: {annotation!r}")
    out: list[Any] = []
    members = g.members(annotation)
    has_model = any(isinstance(a, type) and issubclass(a, pydantic.BaseModel) for a in members)
    for member in members:
        origin = typing.get_origin(member)
        if member is type(None):
            continue
        if has_model and origin is dict and typing.get_args(member)[1] is Any:
            # A free-form object beside models (ResponseFormat): pydantic reads any such
            # object as one of the models, with its keys as unknown fields; raw() has those.
            continue
        if member is g.UnrecognizedStr:
            out.append(UNLISTED)
        elif origin is typing.Literal:
            out.extend(typing.get_args(member))
        elif member in _SAMPLES:
            out.append(_SAMPLES[member])
        elif member is Any or member is object:
            out.append(_ANY)
        elif origin is list:
            out.extend([v] for v in variants(typing.get_args(member)[0], depth + 1))
        elif origin is dict:
            out.extend({"key": v} for v in variants(typing.get_args(member)[1], depth + 1))
        elif isinstance(member, type) and issubclass(member, pydantic.BaseModel):
            if not member.__name__.startswith("Unknown"):
                out.extend(model_variants(member, depth + 1))
        else:
            raise AssertionError(f"no sample for {member!r}")
    return _dedupe(out)


def model_variants(model: type[pydantic.BaseModel], depth: int = 0) -> list[dict[str, Any]]:
    """Full, minimal, then one instance per alternative of each field."""
    _visited().add(model.__name__)
    fields = g.field_list(model)
    if g.placeholder(model):
        return [{"free": "form", "n": 1}, {}]
    options = {f.name: variants(f.annotation, depth) for f in fields}
    full = {name: values[0] for name, values in options.items() if values}
    minimal = {
        f.name: options[f.name][0]
        for f in fields
        if options[f.name] and (f.required or g.constant(f.annotation) is not None)
    }
    out = [full, minimal]
    for name, values in options.items():
        out.extend({**full, name: value} for value in values[1:])
    return _dedupe(out)


def _top_level() -> dict[str, type[pydantic.BaseModel]]:
    events = dict(g.open_unions()["InteractionSseEvent"])
    return {
        **{tag: events[tag] for tag in sorted(events)},
        "Interaction": g.models()["Interaction"],
    }


@functools.cache
def _sdk_only(model: str) -> frozenset[str]:
    """Fields google-genai computes itself (never on the wire): the allow-listed ones."""
    ours = properties(schemas()[our_name(model)])
    return frozenset(
        key.split(".", 1)[1]
        for key in ALLOWED
        if key.startswith(f"{model}.") and key.split(".", 1)[1] not in ours
    )


def _wire(model: type[pydantic.BaseModel], data: dict[str, Any]) -> bytes:
    """Validated by google-genai, then serialized as the server sends JSON."""
    instance = model.model_validate(data)
    dumped = instance.model_dump(mode="json", by_alias=True, exclude_none=True)
    for key in _sdk_only(model.__name__):
        dumped.pop(key, None)
    return msgspec.json.encode(dumped)


def _fallbacks(obj: Any, path: str = "$") -> Iterator[str]:
    if isinstance(obj, UnknownEvent | InvalidEvent | UnknownDelta | UnknownStep | UnknownContent):
        yield f"{path}: {type(obj).__name__}"
    elif isinstance(obj, msgspec.Struct):
        for name in obj.__struct_fields__:
            yield from _fallbacks(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _fallbacks(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _fallbacks(item, f"{path}.{key}")


def _check(model: type[pydantic.BaseModel], payload: bytes) -> str | None:
    """Why ``payload`` does not decode to our typed twin of ``model`` (None when it does)."""
    target = getattr(t, our_name(model.__name__))
    try:
        if model.__name__ == "Interaction":
            decoded: Any = decode_interaction(payload, strict=True)
        else:
            decoded = decode_data(payload, strict=True)
    except Exception as exc:
        return f"raised {exc!r}"
    if not isinstance(decoded, target):
        return f"decoded as {type(decoded).__name__}, not {target.__name__}"
    fallbacks = list(_fallbacks(decoded))
    if fallbacks:
        return f"fell back: {fallbacks[:3]}"
    sent = msgspec.json.decode(payload)
    carried = msgspec.to_builtins(decoded)
    if carried != sent:
        return f"values differ: sent {sent!r}, typed object carries {carried!r}"
    if raw(decoded) != sent:
        return "raw() differs from what was sent"
    return None


@functools.cache
def corpus() -> dict[str, list[bytes]]:
    """The serialized instances, by top-level type; every one google-genai-valid."""
    result: dict[str, list[bytes]] = {}
    for key, model in _top_level().items():
        result[key] = [_wire(model, data) for data in model_variants(model)]
    return result


@pytest.mark.parametrize("key", list(_top_level()))
def test_every_instance_decodes_typed_with_the_same_values(key: str) -> None:
    model = _top_level()[key]
    instances = corpus()[key]
    failures = [(p, why) for p in instances if (why := _check(model, p)) is not None]
    reasons = {why[:160]: (p, why) for p, why in failures}
    report = "\n".join(f"- {why}\n  payload: {p[:300]!r}" for p, why in list(reasons.values())[:8])
    assert not failures, f"{len(failures)} of {len(instances)} {key} instances:\n{report}"


def test_corpus_covers_every_google_model_and_is_large() -> None:
    corpus()
    expected = {name for name, model in g.models().items() if not _request_only(name)}
    missed = sorted(expected - _visited())
    assert not missed, f"models no instance exercises: {missed}"
    assert sum(len(v) for v in corpus().values()) > 1000


def _request_only(name: str) -> bool:
    """Types only requests carry (never decoded from the server) and the SSE envelope."""
    return name in {
        "CreateAgentInteraction",
        "CreateModelInteraction",
        "InteractionSSEStreamEvent",
        "Empty",
    }


def test_an_enum_value_no_model_lists_decodes_as_a_plain_string() -> None:
    payload = json.dumps(
        {
            "event_type": "interaction.created",
            "interaction": {"id": "v1_x", "status": "paused_for_lunch", "service_tier": "gold"},
        }
    ).encode()
    event = decode_data(payload, strict=True)
    assert isinstance(event, t.InteractionCreatedEvent)
    assert (event.interaction.status, event.interaction.service_tier) == (
        "paused_for_lunch",
        "gold",
    )
