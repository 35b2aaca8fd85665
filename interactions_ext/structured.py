"""Structured output: parse an interaction's JSON answer into your own type."""

from __future__ import annotations

from typing import TypeVar

import msgspec

from ._generated import models as m
from .errors import StructuredOutputError
from .outputs import output_text

__all__ = ["parse_output"]

T = TypeVar("T")


def parse_output(interaction: m.Interaction, type_: type[T]) -> T:
    """Decode the answer text as JSON into ``type_`` (a msgspec Struct, dataclass, dict, ...).

    Raises ``StructuredOutputError`` carrying the text when it is not valid JSON or
    does not match ``type_``.
    """
    text = output_text(interaction)
    try:
        return msgspec.json.decode(text, type=type_)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        name = getattr(type_, "__name__", repr(type_))
        raise StructuredOutputError(
            f"the answer does not parse as {name}: {exc}", text=text
        ) from exc
