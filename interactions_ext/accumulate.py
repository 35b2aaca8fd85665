"""Rebuild the final interaction from its stream events, in either revision.

The terminal event carries the interaction without its steps/outputs, so the
content is assembled from the start/delta events, in the wire shape, and converted
to the generated ``Interaction`` model once at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

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
        # Where the last text delta went: (event class, index) and the pieces it extended.
        # The next text delta of the same step or output is one append; any other event
        # forgets it, so what it may change is folded the long way.
        self._text_event: type | None = None
        self._text_index = -1
        self._text = _Parts()

    def add(self, event: Event) -> None:
        """Fold one event in."""
        cls = event.__class__
        if cls is self._text_event:
            delta_event: Any = event
            delta = delta_event.delta
            if delta.__class__ is m.TextDelta and delta_event.index == self._text_index:
                self._text.append(delta.text or "")
                return
        self._text_event = None
        fold = _FOLDS.get(cls)
        if fold is None:
            fold = _fold_for(cls)
        if fold is not _skip:
            fold(self, event)

    def _remember_text(self, cls: type, index: int, parts: _Parts) -> None:
        self._text_event, self._text_index, self._text = cls, index, parts

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
        self._step_delta(event.index, event.delta)

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

    def _step_delta(self, index: int, delta: Any) -> None:
        step = self._steps.setdefault(index, {"type": "model_output", "content": []})
        if isinstance(delta, m.TextDelta):
            parts = _append_text(step.setdefault("content", []), delta.text or "")
            self._remember_text(m.StepDeltaEvent, index, parts)
        elif isinstance(delta, m.ArgumentsDelta):
            if isinstance(delta.arguments, str):
                self._arguments.setdefault(index, []).append(delta.arguments)
        elif isinstance(delta, m.TextAnnotationDelta):
            blocks = step.setdefault("content", [])
            if blocks and blocks[-1].get("type") == "text":
                blocks[-1].setdefault("annotations", []).extend(
                    msgspec.to_builtins(delta.annotations or [])
                )
        elif isinstance(delta, m.ImageDelta | m.AudioDelta | m.VideoDelta | m.DocumentDelta):
            step.setdefault("content", []).append(msgspec.to_builtins(delta))
        else:
            self._other_delta(step, delta)

    def _other_delta(self, target: dict[str, Any], delta: Any) -> None:
        """Deltas folded the same way in both revisions (into a step or an output)."""
        if isinstance(delta, m.ThoughtSummaryDelta):
            self._add_summary(target, delta)
        elif isinstance(delta, m.ThoughtSignatureDelta):
            target["signature"] = delta.signature
        elif not isinstance(delta, UnknownDelta):
            fields = msgspec.to_builtins(delta)
            fields.pop("type", None)
            target.update(fields)

    @staticmethod
    def _add_summary(step: dict[str, Any], delta: m.ThoughtSummaryDelta) -> None:
        summary = step.setdefault("summary", [])
        content = delta.content
        if isinstance(content, m.TextContent):
            _append_text(summary, content.text)
        elif content is not msgspec.UNSET:
            summary.append(_builtins(content))

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

    def _content_delta(self, index: int, delta: Any) -> None:
        block = self._outputs.setdefault(index, {"type": "text"})
        if isinstance(delta, m.TextDelta):
            parts = _extend_text(block, delta.text or "")
            self._remember_text(m.ContentDeltaEvent, index, parts)
        else:
            self._other_delta(block, delta)

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
# What each kind of event folds, in the order of an isinstance chain (first match wins).
# Unknown and invalid events are not kept: the caller saw them, and keeping them would
# grow with the stream.
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
)
_FOLDS: Final[dict[type, _Fold]] = {}


def _fold_for(cls: type) -> _Fold:
    """The fold of an event class, looked up once per class."""
    fold = next((fold for classes, fold in _CHAIN if issubclass(cls, classes)), _skip)
    _FOLDS[cls] = fold
    return fold
