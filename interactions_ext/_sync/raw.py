# Generated from interactions_ext/_async/raw.py by scripts/unasync.py. Do not edit.
"""``client.with_raw_response``: the client's calls, each returning a ``RawResponse``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._generated import models as m
from ..raw_response import RAW_RESPONSES, RawResponse

if TYPE_CHECKING:
    from .client import Client

__all__ = ["RawResponses"]

T = TypeVar("T")


class RawResponses:
    """``create``/``get``/``cancel``/``delete`` with the HTTP status and headers kept."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _capture(self, call: Callable[[], T]) -> RawResponse[T]:
        responses: list[Any] = []
        token = RAW_RESPONSES.set(responses)
        try:
            result = call()
        finally:
            RAW_RESPONSES.reset(token)
        return RawResponse.of(result, responses[-1])

    def create(self, input: Any = None, **options: Any) -> RawResponse[Any]:
        """``client.create(...)``; ``parsed`` is the Interaction or the stream."""
        return self._capture(lambda: self._client.create(input, **options))

    def get(self, interaction_id: str, **options: Any) -> RawResponse[Any]:
        """``client.get(...)``; ``parsed`` is the Interaction or the stream."""
        return self._capture(lambda: self._client.get(interaction_id, **options))

    def cancel(self, interaction_id: str, **options: Any) -> RawResponse[m.Interaction]:
        """``client.cancel(...)``."""
        return self._capture(lambda: self._client.cancel(interaction_id, **options))

    def delete(self, interaction_id: str, **options: Any) -> RawResponse[None]:
        """``client.delete(...)``."""
        return self._capture(lambda: self._client.delete(interaction_id, **options))
