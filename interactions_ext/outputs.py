"""Read what an interaction produced: its text and its function calls, in either revision."""

from __future__ import annotations

from typing import Any

import msgspec
from interactions_events import models as m

__all__ = ["FunctionCall", "function_calls", "output_text"]


class FunctionCall(msgspec.Struct, frozen=True):
    """A call the model asked the app to make."""

    id: str
    name: str
    arguments: dict[str, Any]


def _texts(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return []
    return [b.text for b in blocks if isinstance(b, m.TextContent)]


def output_text(interaction: m.Interaction | m.PartialInteraction) -> str:
    """The model's text after the last user input (the SDKs' computed ``output_text``)."""
    steps = interaction.steps if isinstance(interaction.steps, list) else []
    if steps:
        last_user = max(
            (i for i, s in enumerate(steps) if isinstance(s, m.UserInputStep)), default=-1
        )
        parts: list[str] = []
        for step in steps[last_user + 1 :]:
            if isinstance(step, m.ModelOutputStep):
                parts.extend(_texts(step.content))
        return "".join(parts)
    outputs = interaction.outputs if isinstance(interaction.outputs, list) else []
    return "".join(_texts(outputs))


def function_calls(interaction: m.Interaction | m.PartialInteraction) -> list[FunctionCall]:
    """The function calls of the last model turn, in order."""
    calls: list[FunctionCall] = []
    items: list[Any] = []
    if isinstance(interaction.steps, list) and interaction.steps:
        last_user = max(
            (i for i, s in enumerate(interaction.steps) if isinstance(s, m.UserInputStep)),
            default=-1,
        )
        items = list(interaction.steps[last_user + 1 :])
    elif isinstance(interaction.outputs, list):
        items = list(interaction.outputs)
    for item in items:
        if isinstance(item, m.FunctionCallStep | m.LegacyFunctionCallContent):
            arguments = item.arguments if isinstance(item.arguments, dict) else {}
            calls.append(
                FunctionCall(
                    id=str(item.id or ""), name=str(item.name or ""), arguments=dict(arguments)
                )
            )
    return calls
