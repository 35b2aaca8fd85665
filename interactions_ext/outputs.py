"""Read what an interaction produced: its text and its function calls, in either revision."""

from __future__ import annotations

from typing import Any

import msgspec

from ._generated import models as m

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


def _last_turn(interaction: m.Interaction | m.PartialInteraction) -> list[Any]:
    """What the model produced after the last user input: steps, or legacy outputs."""
    steps = interaction.steps if isinstance(interaction.steps, list) else []
    if steps:
        last_user = max(
            (i for i, s in enumerate(steps) if isinstance(s, m.UserInputStep)), default=-1
        )
        return steps[last_user + 1 :]
    return interaction.outputs if isinstance(interaction.outputs, list) else []


def output_text(interaction: m.Interaction | m.PartialInteraction) -> str:
    """The model's text after the last user input (the SDKs' computed ``output_text``)."""
    parts: list[str] = []
    for item in _last_turn(interaction):
        if isinstance(item, m.ModelOutputStep):
            parts.extend(_texts(item.content))
        elif isinstance(item, m.TextContent):
            parts.append(item.text)
    return "".join(parts)


def function_calls(interaction: m.Interaction | m.PartialInteraction) -> list[FunctionCall]:
    """The function calls of the last model turn, in order."""
    return [
        FunctionCall(
            id=str(item.id or ""),
            name=str(item.name or ""),
            arguments=dict(item.arguments) if isinstance(item.arguments, dict) else {},
        )
        for item in _last_turn(interaction)
        if isinstance(item, m.FunctionCallStep | m.LegacyFunctionCallContent)
    ]
