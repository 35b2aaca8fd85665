"""``client.with_raw_response``: the client's calls, each returning a ``RawResponse``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._generated import models as m
from ..raw_response import RAW_RESPONSES, RawResponse

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = ["AsyncRawResponses"]

T = TypeVar("T")


class AsyncRawResponses:
    """``create``/``get``/``cancel``/``delete`` with the HTTP status and headers kept."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _capture(self, call: Callable[[], Awaitable[T]]) -> RawResponse[T]:
        responses: list[Any] = []
        token = RAW_RESPONSES.set(responses)
        try:
            result = await call()
        finally:
            RAW_RESPONSES.reset(token)
        return RawResponse.of(result, responses[-1])

    async def create(self, input: Any = None, **options: Any) -> RawResponse[Any]:
        """``client.create(...)``; ``parsed`` is the Interaction or the stream."""
        return await self._capture(lambda: self._client.create(input, **options))

    async def get(self, interaction_id: str, **options: Any) -> RawResponse[Any]:
        """``client.get(...)``; ``parsed`` is the Interaction or the stream."""
        return await self._capture(lambda: self._client.get(interaction_id, **options))

    async def cancel(self, interaction_id: str, **options: Any) -> RawResponse[m.Interaction]:
        """``client.cancel(...)``."""
        return await self._capture(lambda: self._client.cancel(interaction_id, **options))

    async def delete(self, interaction_id: str, **options: Any) -> RawResponse[None]:
        """``client.delete(...)``."""
        return await self._capture(lambda: self._client.delete(interaction_id, **options))
