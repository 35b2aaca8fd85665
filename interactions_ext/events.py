"""SSE messages and REST bodies to typed objects, for both API revisions; nothing is lost.

The common case is one msgspec decode straight from the bytes into the generated tagged
union. Anything else takes a slower, tolerant path:

- a new event type becomes an ``UnknownEvent``; a new delta/step/content/tool type nested
  in a known event becomes ``UnknownDelta``/``UnknownStep``/``UnknownContent``;
- enum fields are plain strings, so an enum value the spec does not list decodes as is;
- a union member that does not match its schema becomes the same ``Unknown*`` object
  (in tolerant mode), and an event that still fails becomes an ``InvalidEvent``, so one
  bad event never ends a stream. ``strict=True`` raises ``StreamDecodeError`` instead.

Every top-level object decoded from the wire (stream events and ``Interaction``
resources) keeps the server's bytes: ``raw(obj)`` parses them on demand, unknown
fields included.
"""

from __future__ import annotations

import functools
import logging
import threading
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import msgspec

from ._generated import models as m
from .errors import StreamDecodeError

if TYPE_CHECKING:
    from .sse import ServerSentEvent

__all__ = [
    "DONE",
    "RAW_KEY",
    "Done",
    "Event",
    "InvalidEvent",
    "UnknownContent",
    "UnknownDelta",
    "UnknownEvent",
    "UnknownStep",
    "convert",
    "cursor_of",
    "decode",
    "decode_data",
    "decode_interaction",
    "event_decoder",
    "event_id_of",
    "interaction_id_of",
    "raw",
]

logger = logging.getLogger(__name__)


class UnknownEvent(msgspec.Struct, frozen=True):
    """An event whose ``event_type`` this client does not know; nothing is dropped."""

    event_type: str
    raw: bytes
    event_id: str | None = None

    def json(self) -> Any:
        """The event's JSON payload, parsed."""
        return msgspec.json.decode(self.raw)


class InvalidEvent(msgspec.Struct, frozen=True):
    """An event that could not be decoded to its typed model; the stream goes on.

    ``data`` is the payload as the server sent it, ``error`` says why it failed;
    ``event_id`` and ``event_type`` are set when the payload is readable enough.
    """

    data: bytes
    error: str
    event_id: str | None = None
    event_type: str | None = None


class UnknownDelta(msgspec.Struct, frozen=True):
    """A delta of an unknown ``type`` (or one that fails its schema), with its raw JSON."""

    type: str
    raw: dict[str, Any]


class UnknownStep(msgspec.Struct, frozen=True):
    """A step of an unknown ``type`` (or one that fails its schema), with its raw JSON."""

    type: str
    raw: dict[str, Any]


class UnknownContent(msgspec.Struct, frozen=True):
    """A content block, tool, annotation or config of an unknown ``type``, with its raw JSON."""

    type: str
    raw: dict[str, Any]


class Done(msgspec.Struct, frozen=True):
    """The ``[DONE]`` sentinel that ends a stream."""


DONE: Final = Done()

Event: TypeAlias = m.StreamEvent | UnknownEvent | InvalidEvent
_Unknown: TypeAlias = UnknownDelta | UnknownStep | UnknownContent

_DONE_DATA: Final = b"[DONE]"
RAW_KEY: Final = "_raw"
"""Where a decoded top-level object keeps the bytes it came from, for ``raw()``: a key
of its own ``__dict__`` (the generated top-level classes have ``dict=True`` for this),
so the bytes stay out of its fields, repr, equality and encoding. No copy, no parse."""
_RAW: Final = RAW_KEY


# Decoders are built once, on first use, under a lock: building msgspec decoders (and
# the type information they cache on the model classes) from several threads at the
# same moment is unsafe in msgspec 0.22. Until built, the module-level names point at
# the builders; afterwards at the decoders' bound ``decode``: one global lookup per event.
# Each is built when first needed (a unary create needs only the resource's, a stream
# only the events'); the tolerant paths, which convert piecewise, build both first.
_build_lock = threading.Lock()


def _built_event_decoder() -> Callable[[bytes], Any]:
    global _decode_event
    with _build_lock:
        if _decode_event is _first_event:
            _decode_event = msgspec.json.Decoder(m.StreamEvent).decode
    return _decode_event


def _built_interaction_decoder() -> Callable[[bytes], Any]:
    global _decode_interaction
    with _build_lock:
        if _decode_interaction is _first_interaction:
            _decode_interaction = msgspec.json.Decoder(m.Interaction).decode
    return _decode_interaction


def _first_event(data: bytes) -> Any:
    return _built_event_decoder()(data)


def _first_interaction(body: bytes) -> Any:
    return _built_interaction_decoder()(body)


_decode_event: Callable[[bytes], Any] = _first_event
_decode_interaction: Callable[[bytes], Any] = _first_interaction


def _build_decoders() -> None:
    """Both decoders, so that every model's type information exists before piecewise
    conversion (``msgspec.convert`` builds what is missing, unlocked)."""
    _built_event_decoder()
    _built_interaction_decoder()


def event_decoder() -> Callable[[bytes], Any]:
    """The typed decoder of one ``data`` payload, for loops over many events.

    It raises ``msgspec.DecodeError`` for what only ``decode_data`` sorts out (``[DONE]``,
    unknown types, bad payloads), and leaves ``RAW_KEY`` to the caller: what
    ``decode`` does per event, without a Python call around the C decode.
    """
    decode = _decode_event
    return decode if decode is not _first_event else _built_event_decoder()


def decode(sse: ServerSentEvent, *, strict: bool = False) -> Event | Done:
    """Decode one server-sent event into a typed event (or ``DONE``).

    Tolerant by default: a payload that cannot be typed becomes an ``InvalidEvent``.
    With ``strict=True`` it raises ``StreamDecodeError``.
    """
    data = sse.data_bytes
    # The hot path of every stream: one C call when the event is a known type; the
    # rare rest ([DONE], unknown types, bad payloads) is sorted out by decode_data.
    try:
        event = _decode_event(data)
    except msgspec.DecodeError:
        return decode_data(data, sse.event, strict=strict)
    event.__dict__[_RAW] = data
    return event  # type: ignore[no-any-return]


def decode_data(
    data: bytes, event_name: str | None = None, *, strict: bool = False
) -> Event | Done:
    """Decode one SSE ``data`` payload; ``event_name`` is the SSE event field, for errors."""
    try:
        event = _decode_event(data)
    except msgspec.DecodeError:
        # [DONE] fails as "expected an object, got an array"; anything else that fails
        # (bad JSON included) is sorted out on the tolerant path.
        if data.strip() == _DONE_DATA:
            return DONE
        return _decode_tolerant(bytes(data), event_name, strict)
    event.__dict__[_RAW] = data
    return event  # type: ignore[no-any-return]


def _invalid(
    data: bytes, event_name: str | None, error: str, strict: bool, obj: Any = None
) -> InvalidEvent:
    if strict:
        raise StreamDecodeError(error, event=event_name, data=data)
    fields = obj if isinstance(obj, dict) else {}
    event_id = fields.get("event_id")
    event_type = fields.get("event_type", event_name)
    return InvalidEvent(
        data=bytes(data),
        error=error,
        event_id=event_id if isinstance(event_id, str) else None,
        event_type=event_type if isinstance(event_type, str) else None,
    )


def _decode_tolerant(data: bytes, event_name: str | None, strict: bool) -> Event:
    _build_decoders()
    try:
        obj = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        return _invalid(data, event_name, f"malformed JSON in stream event: {exc}", strict)
    if not isinstance(obj, dict) or not isinstance(obj.get("event_type"), str):
        return _invalid(data, event_name, "stream event has no string event_type", strict, obj)
    event_type: str = obj["event_type"]
    cls = _event_classes().get(event_type)
    if cls is None:
        raw_id = obj.get("event_id")
        event_id = raw_id if isinstance(raw_id, str) else None
        return UnknownEvent(event_type=event_type, raw=data, event_id=event_id)
    try:
        event: Any = _convert(obj, cls, "$", not strict)
    except (msgspec.ValidationError, TypeError) as exc:
        error = f"stream event does not match the {event_type!r} schema: {exc}"
        return _invalid(data, event_name, error, strict, obj)
    event.__dict__[_RAW] = data
    result: Event = event
    return result


def decode_interaction(body: bytes, *, strict: bool = False) -> m.Interaction:
    """Decode an Interaction JSON resource, keeping unknown step/content types.

    Tolerant by default: a step (or content block, tool, ...) that fails its schema
    becomes ``UnknownStep`` (``UnknownContent``, ...); ``strict=True`` raises instead.
    An interaction that cannot be typed at all raises ``StreamDecodeError``.
    """
    try:
        interaction: m.Interaction = _decode_interaction(body)
    except msgspec.ValidationError:
        _build_decoders()
        try:
            interaction = _convert(msgspec.json.decode(body), m.Interaction, "$", not strict)
        except (msgspec.ValidationError, TypeError) as exc:
            raise StreamDecodeError(
                f"interaction does not match the schema: {exc}", data=body
            ) from exc
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(f"malformed interaction JSON: {exc}", data=body) from exc
    interaction.__dict__[_RAW] = body
    return interaction


def raw(obj: object) -> dict[str, Any]:
    """The JSON object exactly as the server sent it, fields this client does not model included.

    Works for every top-level event a stream yields (typed, ``UnknownEvent`` or
    ``InvalidEvent``), every ``Interaction`` that create/get/cancel return, and the
    ``Unknown*`` objects nested in them. Parsed on each call, so the result is yours to
    change. Raises ``ValueError`` for objects built locally (not decoded from the wire)
    and ``StreamDecodeError`` when the bytes are not a JSON object.
    """
    if isinstance(obj, UnknownDelta | UnknownStep | UnknownContent):
        return dict(obj.raw)
    if isinstance(obj, UnknownEvent):
        data: bytes | None = obj.raw
    elif isinstance(obj, InvalidEvent):
        data = obj.data
    else:
        data = getattr(obj, "__dict__", {}).get(_RAW)
    if data is None:
        raise ValueError(
            f"raw() needs an object decoded from the server; this {type(obj).__name__} "
            "was built locally (or is nested: ask its top-level event or interaction)"
        )
    try:
        value = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise StreamDecodeError(f"not valid JSON: {exc}", data=data) from exc
    if not isinstance(value, dict):
        raise StreamDecodeError("not a JSON object", data=data)
    return value


def event_id_of(event: Event) -> str | None:
    """The resume token carried in the event's JSON, if any."""
    value = getattr(event, "event_id", None)
    return value if isinstance(value, str) else None


def cursor_of(event: Event, sse_id: str | None) -> str | None:
    """The resume token of an event: its JSON ``event_id``, else the SSE ``id:`` field.

    When both are present and disagree the JSON wins (it is what the resume endpoint
    takes); the disagreement is logged at DEBUG.
    """
    json_id = event_id_of(event)
    if json_id is None:
        return sse_id or None
    if sse_id and sse_id != json_id:
        logger.debug("SSE id %r differs from event_id %r; using event_id", sse_id, json_id)
    return json_id


def interaction_id_of(event: Event) -> str | None:
    """The interaction id an event names, in either revision."""
    interaction = getattr(event, "interaction", None)
    if interaction is not None:
        value = getattr(interaction, "id", None)
        return value if isinstance(value, str) and value else None
    value = getattr(event, "interaction_id", None)
    return value if isinstance(value, str) and value else None


def convert(value: Any, target: Any, *, strict: bool = False) -> Any:
    """Convert decoded JSON to ``target`` like ``msgspec.convert``, keeping unknown union members.

    Unknown tags inside tagged unions become ``UnknownDelta``/``UnknownStep``/
    ``UnknownContent``; so do members that fail their schema unless ``strict``. Other
    type errors raise ``msgspec.ValidationError``.
    """
    _build_decoders()
    return _convert(value, target, "$", not strict)


@functools.cache
def _event_classes() -> dict[str, type[msgspec.Struct]]:
    return {str(cls.__struct_config__.tag): cls for cls in _members(m.StreamEvent)}


def _strip_annotated(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


@functools.cache
def _members(tp: Any) -> tuple[Any, ...]:
    """A union's alternatives, nested unions and ``Annotated`` aliases flattened."""
    tp = _strip_annotated(tp)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return tuple(member for arg in typing.get_args(tp) for member in _members(arg))
    return (tp,)


@functools.cache
def _hints(cls: type[msgspec.Struct]) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def _unknown_for(members: tuple[Any, ...]) -> type[_Unknown]:
    if m.TextDelta in members:
        return UnknownDelta
    if m.UserInputStep in members:
        return UnknownStep
    return UnknownContent


def _tagged(member: Any) -> bool:
    return (
        isinstance(member, type)
        and issubclass(member, msgspec.Struct)
        and member.__struct_config__.tag is not None
    )


def _convert(value: Any, tp: Any, path: str, tolerant: bool) -> Any:
    tp = _strip_annotated(tp)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _convert_union(value, tp, path, tolerant)
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(tp)
        return [_convert(v, item, f"{path}[{i}]", tolerant) for i, v in enumerate(value)]
    if origin is dict and isinstance(value, dict):
        _, item = typing.get_args(tp)
        return {k: _convert(v, item, f"{path}.{k}", tolerant) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct) and isinstance(value, dict):
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for name, wire in zip(tp.__struct_fields__, tp.__struct_encode_fields__, strict=True):
            if wire in value:
                kwargs[name] = _convert(value[wire], hints[name], f"{path}.{wire}", tolerant)
        try:
            return tp(**kwargs)
        except TypeError as exc:
            raise msgspec.ValidationError(f"{exc} - at `{path}`") from exc
    return _leaf(value, tp, path)


def _leaf(value: Any, tp: Any, path: str) -> Any:
    try:
        return msgspec.convert(value, tp)
    except msgspec.ValidationError as exc:
        # msgspec names the path from the value it was given; name it from the payload.
        message = str(exc)
        if " - at `$" in message:
            message = message.replace(" - at `$", f" - at `{path}", 1)
        else:
            message = f"{message} - at `{path}`"
        raise msgspec.ValidationError(message) from exc


def _convert_union(value: Any, tp: Any, path: str, tolerant: bool) -> Any:
    members = tuple(a for a in _members(tp) if a is not msgspec.UnsetType)
    tagged = [a for a in members if _tagged(a)]
    if tagged and isinstance(value, dict):
        tag = value.get(tagged[0].__struct_config__.tag_field or "type")
        for member in tagged:
            if member.__struct_config__.tag == tag:
                if not tolerant:
                    return _convert(value, member, path, tolerant)
                try:
                    return _convert(value, member, path, tolerant)
                except (msgspec.ValidationError, TypeError):
                    # A known type that does not match its schema: kept whole, like a new type.
                    return _unknown_for(members)(type=str(tag), raw=value)
        if isinstance(tag, str) or tolerant:
            return _unknown_for(members)(type=tag if isinstance(tag, str) else "", raw=value)
    # Untagged alternatives: the JSON kind picks the one member that can hold it.
    if isinstance(value, dict):
        holders = [a for a in members if _holds_object(a)]
    elif isinstance(value, list):
        holders = [a for a in members if typing.get_origin(a) is list]
    else:
        holders = []
    if len(holders) == 1:
        return _convert(value, holders[0], path, tolerant)
    if len(members) == 1:
        return _convert(value, members[0], path, tolerant)
    return _leaf(value, tp, path)


def _holds_object(member: Any) -> bool:
    if typing.get_origin(member) is dict:
        return True
    return isinstance(member, type) and issubclass(member, msgspec.Struct) and not _tagged(member)
