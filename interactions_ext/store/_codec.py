"""How record values are written: compact JSON objects, the same for every backend."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

__all__ = ["decode_value", "encode_value"]

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(dict[str, Any])


def encode_value(value: Mapping[str, Any]) -> bytes:
    """``value`` as JSON; ``TypeError`` when it is not a JSON object."""
    if not isinstance(value, Mapping):
        raise TypeError(f"a store value is a mapping, not {type(value).__name__}")
    try:
        return _ENCODER.encode(dict(value))
    except (TypeError, msgspec.EncodeError) as exc:
        raise TypeError(f"a store value must be JSON-serialisable: {exc}") from None


def decode_value(data: bytes | str) -> dict[str, Any]:
    """The value written by ``encode_value``."""
    return _DECODER.decode(data)
