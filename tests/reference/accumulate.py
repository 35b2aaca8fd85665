"""The accumulator as it was before the per-chunk hot path (the oracle of the differential tests).

Original summary: Rebuild the final interaction from its stream events, in either revision.

The terminal event carries the interaction without its steps/outputs, so the
content is assembled from the start/delta events, in the wire shape, and converted
to the generated ``Interaction`` model once at the end.
"""

from __future__ import annotations

from typing import Any

import msgspec

from interactions_ext._generated import models as m
from interactions_ext.errors import FunctionArgumentsError
from interactions_ext.events import (
    Event,
    InvalidEvent,
    UnknownContent,
    UnknownDelta,
    UnknownEvent,
    UnknownStep,
    convert,
    raw,
)
from interactions_ext.outputs import FunctionCall, function_calls

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


def _extend_text(block: dict[str, Any], text: str) -> None:
    current = block.get("text")
    if isinstance(current, _Parts):
        current.append(text)
    else:
        block["text"] = _Parts([current or "", text])


def _append_text(blocks: list[dict[str, Any]], text: str) -> None:
    if blocks and blocks[-1].get("type") == "text":
        _extend_text(blocks[-1], text)
    else:
        blocks.append({"type": "text", "text": _Parts([text])})


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

    def add(self, event: Event) -> None:
        """Fold one event in."""
        if isinstance(event, UnknownEvent | InvalidEvent):
            # Nothing to fold: the caller saw it, and keeping it would grow with the stream.
            return
        if isinstance(event, m.InteractionCreatedEvent | m.InteractionStartEvent):
            self.legacy = isinstance(event, m.InteractionStartEvent)
            self._merge_interaction(event.interaction)
        elif isinstance(event, m.InteractionCompletedEvent | m.InteractionCompleteEvent):
            self._merge_interaction(event.interaction)
        elif isinstance(event, m.InteractionStatusUpdateEvent):
            self._base["status"] = event.status
            if event.interaction_id:
                self._base.setdefault("id", event.interaction_id)
            if isinstance(event.usage, m.Usage):
                self._base["usage"] = msgspec.to_builtins(event.usage)
        elif isinstance(event, m.StepStartEvent):
            self._steps[event.index] = _as_sent(event, "step")
        elif isinstance(event, m.StepDeltaEvent):
            self._step_delta(event.index, event.delta)
        elif isinstance(event, m.StepStopEvent):
            self._finish_arguments(event.index)
            if isinstance(event.usage, m.Usage):
                self._base["usage"] = msgspec.to_builtins(event.usage)
        elif isinstance(event, m.ContentStartEvent):
            self.legacy = True
            content = event.content
            self._outputs[event.index] = (
                _as_sent(event, "content") if content is not msgspec.UNSET else {"type": "text"}
            )
        elif isinstance(event, m.ContentDeltaEvent):
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
            _append_text(step.setdefault("content", []), delta.text or "")
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
            _extend_text(block, delta.text or "")
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
