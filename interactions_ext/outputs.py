"""Read what an interaction produced: its text and its function calls, in either revision."""

from __future__ import annotations

from typing import Any

import msgspec

from ._generated import models as m

__all__ = ["FunctionCall", "all_output_text", "function_calls", "output_text"]


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
    """The answer's final run of text: google-genai's ``output_text``.

    Walking back from the end of the model's turn, the text blocks of its output up to
    the first non-text block or non-output step (thoughts are skipped). An answer that
    interleaves text with images or tool calls yields only its last text run; use
    ``all_output_text`` for every text block of the turn.
    """
    parts: list[str] = []
    for item in reversed(_last_turn(interaction)):
        if isinstance(item, m.ThoughtStep):
            continue
        blocks = item.content if isinstance(item, m.ModelOutputStep) else [item]
        if not isinstance(blocks, list):
            continue
        for block in reversed(blocks):
            if isinstance(block, m.TextContent):
                parts.append(block.text)
            elif parts:
                return "".join(reversed(parts))
        if not isinstance(item, m.ModelOutputStep | m.TextContent) and parts:
            break
    return "".join(reversed(parts))


def all_output_text(interaction: m.Interaction | m.PartialInteraction) -> str:
    """Every text block the model produced after the last user input, joined."""
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
