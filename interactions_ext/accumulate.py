"""Rebuild the final interaction from its stream events, in either revision.

The terminal event carries the interaction without its steps/outputs, so the
content is assembled from the start/delta events, in the wire shape, and converted
to the generated ``Interaction`` model once at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

import msgspec

from ._generated import models as m
from .errors import FunctionArgumentsError
from .events import (
    Event,
    InvalidEvent,
    UnknownContent,
    UnknownDelta,
    UnknownEvent,
    UnknownStep,
    convert,
    raw,
)
from .outputs import FunctionCall, function_calls

__all__ = ["StreamAccumulator"]


def _builtins(obj: Any) -> Any:
    if isinstance(obj, UnknownDelta | UnknownStep | UnknownContent):
        return dict(obj.raw)
    return msgspec.to_builtins(obj)


def _as_sent(event: Any, key: str) -> Any:
    """``event.<key>`` as the server sent it (unknown fields and blocks kept), when known."""
    try:
        return raw(event)[key]
    except (ValueError, KeyError):
        return _builtins(getattr(event, key))


class _Parts(list[str]):
    """Text that arrives in pieces; joined once, so long streams stay linear."""


def _extend_text(block: dict[str, Any], text: str) -> _Parts:
    current = block.get("text")
    if isinstance(current, _Parts):
        current.append(text)
        return current
    parts = block["text"] = _Parts([current or "", text])
    return parts


def _append_text(blocks: list[dict[str, Any]], text: str) -> _Parts:
    if blocks and blocks[-1].get("type") == "text":
        return _extend_text(blocks[-1], text)
    parts = _Parts([text])
    blocks.append({"type": "text", "text": parts})
    return parts


def _joined(value: Any) -> Any:
    """A copy of ``value`` with every ``_Parts`` joined into its string."""
    if isinstance(value, _Parts):
        return "".join(value)
    if isinstance(value, dict):
        return {k: _joined(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_joined(v) for v in value]
    return value


class StreamAccumulator:
    """Folds events into the final interaction; I/O-free, shared by sync and async streams."""

    def __init__(self) -> None:
        self._base: dict[str, Any] = {}
        self._steps: dict[int, dict[str, Any]] = {}
        self._outputs: dict[int, dict[str, Any]] = {}
        self._arguments: dict[int, list[str]] = {}
        self._bad_arguments: dict[int, str] = {}
        self.legacy = False
        # Where the last text went: event class, index and delta class (text or thought
        # summary) and the pieces it extended. The next such delta of the same step or
        # output is one append; any other event forgets it, so what it may change is
        # folded the long way.
        self._text_event: type | None = None
        self._text_index = -1
        self._text_delta: type | None = None
        self._text = _Parts()

    def add(self, event: Event) -> None:
        """Fold one event in."""
        cls = event.__class__
        if cls is self._text_event:
            delta_event: Any = event
            delta: Any = delta_event.delta
            if delta.__class__ is self._text_delta and delta_event.index == self._text_index:
                if delta.__class__ is m.TextDelta:
                    self._text.append(delta.text or "")
                    return
                content = delta_event.delta.content  # a thought summary
                if content.__class__ is m.TextContent:
                    self._text.append(content.text)
                    return
        self._text_event = None
        fold = _FOLDS.get(cls)
        if fold is None:
            fold = _lookup(_FOLDS, _CHAIN, cls)
        fold(self, event)

    def text_lane(self) -> tuple[type | None, int, Callable[[str], None]]:
        """Where the next text delta goes when folding it is one append: its event class
        (None: no such place), index, and the append to call with ``delta.text or ""``
        for a ``TextDelta`` of that class and index, instead of ``add``. Ask again after
        every ``add``."""
        if self._text_delta is m.TextDelta:
            return self._text_event, self._text_index, self._text.append
        return None, -1, self._text.append

    def _remember_text(self, cls: type, index: int, delta: type, parts: _Parts) -> None:
        self._text_event, self._text_index, self._text_delta, self._text = (
            cls,
            index,
            delta,
            parts,
        )

    def _interaction_start(self, event: Any) -> None:
        self.legacy = isinstance(event, m.InteractionStartEvent)
        self._merge_interaction(event.interaction)

    def _interaction_end(self, event: Any) -> None:
        self._merge_interaction(event.interaction)

    def _status_update(self, event: Any) -> None:
        self._base["status"] = event.status
        if event.interaction_id:
            self._base.setdefault("id", event.interaction_id)
        if isinstance(event.usage, m.Usage):
            self._base["usage"] = msgspec.to_builtins(event.usage)

    def _step_start(self, event: Any) -> None:
        self._steps[event.index] = _as_sent(event, "step")

    def _step_delta_event(self, event: Any) -> None:
        index = event.index
        step = self._steps.get(index)
        if step is None:
            step = self._steps[index] = {"type": "model_output", "content": []}
        delta = event.delta
        fold = _STEP_DELTAS.get(delta.__class__)
        if fold is None:
            fold = _lookup(_STEP_DELTAS, _STEP_DELTA_CHAIN, delta.__class__)
        fold(self, index, step, delta)

    def _step_stop(self, event: Any) -> None:
        self._finish_arguments(event.index)
        if isinstance(event.usage, m.Usage):
            self._base["usage"] = msgspec.to_builtins(event.usage)

    def _content_start(self, event: Any) -> None:
        self.legacy = True
        content = event.content
        self._outputs[event.index] = (
            _as_sent(event, "content") if content is not msgspec.UNSET else {"type": "text"}
        )

    def _content_delta_event(self, event: Any) -> None:
        self.legacy = True
        self._content_delta(event.index, event.delta)

    def _merge_interaction(self, interaction: m.PartialInteraction) -> None:
        data = msgspec.to_builtins(interaction)
        # Terminal events carry empty steps/outputs: the deltas are the content.
        for key in ("steps", "outputs"):
            if not data.get(key):
                data.pop(key, None)
        self._base.update(data)

    def _content_delta(self, index: int, delta: Any) -> None:
        block = self._outputs.setdefault(index, {"type": "text"})
        _lookup(_CONTENT_DELTAS, _CONTENT_DELTA_CHAIN, delta.__class__)(self, index, block, delta)

    def _step_text(self, index: int, step: dict[str, Any], delta: m.TextDelta) -> None:
        parts = _append_text(step.setdefault("content", []), delta.text or "")
        self._remember_text(m.StepDeltaEvent, index, m.TextDelta, parts)

    def _output_text(self, index: int, block: dict[str, Any], delta: m.TextDelta) -> None:
        parts = _extend_text(block, delta.text or "")
        self._remember_text(m.ContentDeltaEvent, index, m.TextDelta, parts)

    def _arguments_delta(self, index: int, step: dict[str, Any], delta: m.ArgumentsDelta) -> None:
        if isinstance(delta.arguments, str):
            self._arguments.setdefault(index, []).append(delta.arguments)

    def _annotations(self, index: int, step: dict[str, Any], delta: m.TextAnnotationDelta) -> None:
        blocks = step.setdefault("content", [])
        if blocks and blocks[-1].get("type") == "text":
            blocks[-1].setdefault("annotations", []).extend(
                msgspec.to_builtins(delta.annotations or [])
            )

    def _media(self, index: int, step: dict[str, Any], delta: Any) -> None:
        step.setdefault("content", []).append(msgspec.to_builtins(delta))

    def _step_summary(self, index: int, step: dict[str, Any], delta: m.ThoughtSummaryDelta) -> None:
        parts = self._add_summary(step, delta)
        if parts is not None:
            self._remember_text(m.StepDeltaEvent, index, m.ThoughtSummaryDelta, parts)

    def _output_summary(
        self, index: int, block: dict[str, Any], delta: m.ThoughtSummaryDelta
    ) -> None:
        parts = self._add_summary(block, delta)
        if parts is not None:
            self._remember_text(m.ContentDeltaEvent, index, m.ThoughtSummaryDelta, parts)

    def _signature(
        self, index: int, target: dict[str, Any], delta: m.ThoughtSignatureDelta
    ) -> None:
        target["signature"] = delta.signature

    def _fields(self, index: int, target: dict[str, Any], delta: Any) -> None:
        """Other known deltas, folded the same way in both revisions: field by field."""
        fields = msgspec.to_builtins(delta)
        fields.pop("type", None)
        target.update(fields)

    def _nothing(self, index: int, target: dict[str, Any], delta: Any) -> None:
        """Unknown deltas: the caller saw them; nothing to fold."""

    @staticmethod
    def _add_summary(step: dict[str, Any], delta: m.ThoughtSummaryDelta) -> _Parts | None:
        """Fold a thought summary; the text pieces it extended, if it was text."""
        summary = step.setdefault("summary", [])
        content = delta.content
        if isinstance(content, m.TextContent):
            return _append_text(summary, content.text)
        if content is not msgspec.UNSET:
            summary.append(_builtins(content))
        return None

    def _finish_arguments(self, index: int) -> None:
        fragments = self._arguments.pop(index, None)
        if fragments is None:
            return
        step = self._steps.setdefault(index, {"type": "function_call"})
        text = "".join(fragments)
        step["arguments_text"] = text
        try:
            step["arguments"] = msgspec.json.decode(text) if text.strip() else {}
        except msgspec.DecodeError:
            # Kept as {} in the interaction; function_calls() reports the raw text.
            step["arguments"] = {}
            self._bad_arguments[index] = text

    @property
    def interaction_id(self) -> str | None:
        value = self._base.get("id")
        return value if isinstance(value, str) else None

    def function_calls(self) -> list[FunctionCall]:
        """The streamed function calls, with arguments parsed from their fragments.

        Raises ``FunctionArgumentsError`` (carrying the raw text) when a call's
        fragments do not join into valid JSON.
        """
        for index, text in sorted(self._bad_arguments.items()):
            name = self._steps.get(index, {}).get("name")
            raise FunctionArgumentsError(
                "function call arguments are not valid JSON", name=name, raw=text
            )
        return function_calls(self.interaction())

    def interaction(self) -> m.Interaction:
        """The interaction as the events describe it so far."""
        data = {k: v for k, v in self._base.items() if k not in ("steps", "outputs")}
        data.setdefault("id", "")
        data.setdefault("status", "in_progress")
        if self.legacy:
            data["outputs"] = [self._outputs[i] for i in sorted(self._outputs)]
        else:
            data["steps"] = [
                {k: v for k, v in self._steps[i].items() if k != "arguments_text"}
                for i in sorted(self._steps)
            ]
        result: m.Interaction = convert(_joined(data), m.Interaction)
        return result


def _skip(accumulator: StreamAccumulator, event: Any) -> None:
    """Events with nothing to fold (unknown, invalid, errors, stops of legacy content)."""


_Fold = Callable[[StreamAccumulator, Any], None]
_DeltaFold = Callable[[StreamAccumulator, int, dict[str, Any], Any], None]
F = TypeVar("F")

# What each kind of event (and delta) folds, in the order of an isinstance chain: the
# first match wins, looked up once per class. Unknown and invalid events are not kept:
# the caller saw them, and keeping them would grow with the stream.
_CHAIN: Final[tuple[tuple[tuple[type, ...], _Fold], ...]] = (
    ((UnknownEvent, InvalidEvent), _skip),
    ((m.InteractionCreatedEvent, m.InteractionStartEvent), StreamAccumulator._interaction_start),
    ((m.InteractionCompletedEvent, m.InteractionCompleteEvent), StreamAccumulator._interaction_end),
    ((m.InteractionStatusUpdateEvent,), StreamAccumulator._status_update),
    ((m.StepStartEvent,), StreamAccumulator._step_start),
    ((m.StepDeltaEvent,), StreamAccumulator._step_delta_event),
    ((m.StepStopEvent,), StreamAccumulator._step_stop),
    ((m.ContentStartEvent,), StreamAccumulator._content_start),
    ((m.ContentDeltaEvent,), StreamAccumulator._content_delta_event),
    ((object,), _skip),
)
_A = StreamAccumulator
# Deltas folded the same way in both revisions, into a step or a legacy output.
_COMMON_DELTAS: Final[tuple[tuple[tuple[type, ...], _DeltaFold], ...]] = (
    ((m.ThoughtSignatureDelta,), _A._signature),
    ((UnknownDelta,), _A._nothing),
    ((object,), _A._fields),
)
_STEP_DELTA_CHAIN: Final[tuple[tuple[tuple[type, ...], _DeltaFold], ...]] = (
    ((m.TextDelta,), _A._step_text),
    ((m.ArgumentsDelta,), _A._arguments_delta),
    ((m.TextAnnotationDelta,), _A._annotations),
    ((m.ImageDelta, m.AudioDelta, m.VideoDelta, m.DocumentDelta), _A._media),
    ((m.ThoughtSummaryDelta,), _A._step_summary),
    *_COMMON_DELTAS,
)
_CONTENT_DELTA_CHAIN: Final[tuple[tuple[tuple[type, ...], _DeltaFold], ...]] = (
    ((m.TextDelta,), _A._output_text),
    ((m.ThoughtSummaryDelta,), _A._output_summary),
    *_COMMON_DELTAS,
)
_FOLDS: Final[dict[type, _Fold]] = {}
_STEP_DELTAS: Final[dict[type, _DeltaFold]] = {}
_CONTENT_DELTAS: Final[dict[type, _DeltaFold]] = {}


def _lookup(table: dict[type, F], chain: tuple[tuple[tuple[type, ...], F], ...], cls: type) -> F:
    """What ``chain`` does with ``cls`` (its first entry that ``cls`` is a subclass of)."""
    found = table.get(cls)
    if found is None:
        found = table[cls] = next(fold for classes, fold in chain if issubclass(cls, classes))
    return found
