"""SSE messages to typed events, for both API revisions.

The common case is one msgspec decode straight from the ``data`` bytes into the
generated tagged union. Anything the generated models do not know (a new event
type, a new delta/step/content type nested inside a known event) takes a slower,
tolerant path that keeps the raw JSON in an ``Unknown*`` object instead of failing.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import msgspec

from ._generated import models as m
from .errors import StreamDecodeError
from .sse import ServerSentEvent

__all__ = [
    "DONE",
    "Done",
    "Event",
    "UnknownContent",
    "UnknownDelta",
    "UnknownEvent",
    "UnknownStep",
    "convert",
    "decode",
    "decode_data",
    "decode_interaction",
    "event_id_of",
    "interaction_id_of",
]


class UnknownEvent(msgspec.Struct, frozen=True):
    """An event whose ``event_type`` this client does not know; nothing is dropped."""

    event_type: str
    raw: bytes
    event_id: str | None = None

    def json(self) -> Any:
        """The event's JSON payload, parsed."""
        return msgspec.json.decode(self.raw)


class UnknownDelta(msgspec.Struct, frozen=True):
    """A delta whose ``type`` this client does not know, with its raw JSON object."""

    type: str
    raw: dict[str, Any]


class UnknownStep(msgspec.Struct, frozen=True):
    """A step whose ``type`` this client does not know, with its raw JSON object."""

    type: str
    raw: dict[str, Any]


class UnknownContent(msgspec.Struct, frozen=True):
    """A content block, tool or annotation of an unknown ``type``, with its raw JSON."""

    type: str
    raw: dict[str, Any]


class Done(msgspec.Struct, frozen=True):
    """The ``[DONE]`` sentinel that ends a stream."""


DONE: Final = Done()

Event: TypeAlias = m.StreamEvent | UnknownEvent


def _build_event_decoder(data: bytes) -> Any:
    """Build the decoder on first use (it costs milliseconds), then decode with it."""
    global _decode_event
    _decode_event = msgspec.json.Decoder(m.StreamEvent).decode
    return _decode_event(data)


# Rebound to the decoder's bound ``decode`` on first call: no import-time cost, and
# afterwards one global lookup per event.
_decode_event: Callable[[bytes], Any] = _build_event_decoder
_DONE_DATA: Final = b"[DONE]"


def decode_data(data: bytes, event_name: str | None = None) -> Event | Done:
    """Decode one SSE ``data`` payload; ``event_name`` is the SSE event field, for errors."""
    try:
        event: Event = _decode_event(data)
    except msgspec.ValidationError:
        if data.strip() == _DONE_DATA:
            return DONE
        return _decode_tolerant(data, event_name)
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(
            f"malformed JSON in stream event: {exc}", event=event_name, data=data
        ) from exc
    return event


def decode(sse: ServerSentEvent) -> Event | Done:
    """Decode one server-sent event into a typed event (or ``DONE``)."""
    # The hot path of every stream: one C call when the event is a known type; the
    # rare rest (``[DONE]``, unknown types, bad JSON) is sorted out by ``decode_data``.
    try:
        event: Event = _decode_event(sse.data_bytes)
    except msgspec.DecodeError:
        return decode_data(sse.data_bytes, sse.event)
    return event


def event_id_of(event: Event) -> str | None:
    """The resume token carried by ``event``, if any."""
    value = getattr(event, "event_id", None)
    return value if isinstance(value, str) else None


def interaction_id_of(event: Event) -> str | None:
    """The interaction id an event names, in either revision."""
    interaction = getattr(event, "interaction", None)
    if interaction is not None:
        value = getattr(interaction, "id", None)
        return value if isinstance(value, str) and value else None
    value = getattr(event, "interaction_id", None)
    return value if isinstance(value, str) and value else None


def convert(value: Any, target: Any) -> Any:
    """Convert decoded JSON to ``target`` like ``msgspec.convert``, keeping unknown union members.

    Unknown tags inside tagged unions become ``UnknownDelta``/``UnknownStep``/
    ``UnknownContent``; other type errors raise ``msgspec.ValidationError``.
    """
    return _convert(value, target, "$")


def _decode_tolerant(data: bytes, event: str | None) -> Event:
    try:
        obj = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(
            f"malformed JSON in stream event: {exc}", event=event, data=data
        ) from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("event_type"), str):
        raise StreamDecodeError("stream event has no string event_type", event=event, data=data)
    event_type: str = obj["event_type"]
    cls = _event_classes().get(event_type)
    raw_id = obj.get("event_id")
    event_id = raw_id if isinstance(raw_id, str) else None
    if cls is None:
        return UnknownEvent(event_type=event_type, raw=bytes(data), event_id=event_id)
    try:
        result: Event = _convert(obj, cls, "$")
    except (msgspec.ValidationError, TypeError) as exc:
        raise StreamDecodeError(
            f"stream event does not match the {event_type!r} schema: {exc}", event=event, data=data
        ) from exc
    return result


@functools.cache
def _event_classes() -> dict[str, type[msgspec.Struct]]:
    return {
        str(cls.__struct_config__.tag): cls
        for cls in typing.get_args(_strip_annotated(m.StreamEvent))
    }


def _strip_annotated(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


@functools.cache
def _hints(cls: type[msgspec.Struct]) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def _unknown_for(members: tuple[Any, ...]) -> type[UnknownDelta | UnknownStep | UnknownContent]:
    if m.TextDelta in members:
        return UnknownDelta
    if m.UserInputStep in members:
        return UnknownStep
    return UnknownContent


def _convert(value: Any, tp: Any, path: str) -> Any:
    tp = _strip_annotated(tp)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        members = typing.get_args(tp)
        tagged = [
            a
            for a in members
            if isinstance(a, type)
            and issubclass(a, msgspec.Struct)
            and a.__struct_config__.tag is not None
        ]
        if tagged and isinstance(value, dict):
            tag_field = tagged[0].__struct_config__.tag_field or "type"
            tag = value.get(tag_field)
            for member in tagged:
                if member.__struct_config__.tag == tag:
                    return _convert(value, member, path)
            if isinstance(tag, str):
                return _unknown_for(members)(type=tag, raw=value)
        concrete = [a for a in members if a is not msgspec.UnsetType]
        if len(concrete) == 1:
            return _convert(value, concrete[0], path)
        return msgspec.convert(value, tp)
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(tp)
        return [_convert(v, item, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct) and isinstance(value, dict):
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for name, wire in zip(tp.__struct_fields__, tp.__struct_encode_fields__, strict=True):
            if wire in value:
                kwargs[name] = _convert(value[wire], hints[name], f"{path}.{wire}")
        try:
            return tp(**kwargs)
        except TypeError as exc:
            raise msgspec.ValidationError(f"{exc} - at `{path}`") from exc
    return msgspec.convert(value, tp)


def _build_interaction_decoder(body: bytes) -> Any:
    """Like ``_build_event_decoder``, for Interaction resources."""
    global _decode_interaction
    _decode_interaction = msgspec.json.Decoder(m.Interaction).decode
    return _decode_interaction(body)


_decode_interaction: Callable[[bytes], Any] = _build_interaction_decoder


def decode_interaction(body: bytes) -> m.Interaction:
    """Decode an Interaction JSON resource, keeping unknown step/content types."""
    try:
        interaction: m.Interaction = _decode_interaction(body)
        return interaction
    except msgspec.ValidationError:
        try:
            result: m.Interaction = convert(msgspec.json.decode(body), m.Interaction)
        except (msgspec.ValidationError, TypeError) as exc:
            raise StreamDecodeError(
                f"interaction does not match the schema: {exc}", data=body
            ) from exc
        return result
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(f"malformed interaction JSON: {exc}", data=body) from exc
