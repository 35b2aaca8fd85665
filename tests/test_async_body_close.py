"""Async bodies are finished by the client, not left to the garbage collector.

httpx2's body iterators are async generators. One that is left suspended is finalised
whenever a collection finds it, on whatever thread and possibly after its event loop
closed, which fails as an "exception ignored" in an unrelated place. Every way a body
can stop being read must close its iterator before the call returns.
"""

from __future__ import annotations

import asyncio
import sys
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable
from types import AsyncGeneratorType
from typing import Any

import pytest

from interactions_ext import AsyncClient, RetryPolicy
from interactions_ext.errors import APIStatusError

from .hostile import Answer, HostileServer, completed, created, delta, sse

NO_RETRIES = RetryPolicy(max_retries=0)
BODY = [
    sse(created("v1_a", "evt_0")),
    *(sse(delta(0, f"w{i} ", f"evt_{i}")) for i in range(1, 6)),
    sse(completed("v1_a", "evt_6")),
    sse("[DONE]"),
]


def _left_suspended(scenario: Callable[[AsyncClient], Awaitable[None]], url: str) -> list[str]:
    """Run ``scenario``; the HTTP stack's async generators still suspended afterwards."""
    opened: list[weakref.ref[AsyncGenerator[Any, Any]]] = []

    async def main() -> list[str]:
        firstiter, finalizer = sys.get_asyncgen_hooks()

        def record(agen: AsyncGenerator[Any, Any]) -> None:
            opened.append(weakref.ref(agen))
            if firstiter is not None:
                firstiter(agen)

        sys.set_asyncgen_hooks(firstiter=record, finalizer=finalizer)
        async with AsyncClient(api_key="k", base_url=url, retry_policy=NO_RETRIES) as client:
            await scenario(client)
            left = [agen for ref in opened if (agen := ref()) is not None]
            return [
                agen.__qualname__
                for agen in left
                if isinstance(agen, AsyncGeneratorType)
                and agen.ag_frame is not None
                and "httpx2" in agen.ag_code.co_filename
            ]

    return asyncio.run(main())


async def _read_whole(client: AsyncClient) -> None:
    stream = await client.create("x", model="m", stream=True)
    async with stream:
        assert len([event async for event in stream]) == 7


async def _break_off(client: AsyncClient) -> None:
    stream = await client.create("x", model="m", stream=True)
    async with stream:
        async for _ in stream:
            break


async def _large_error(client: AsyncClient) -> None:
    with pytest.raises(APIStatusError) as info:
        await client.create("x", model="m", stream=True)
    assert info.value.status_code == 400


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        (_read_whole, Answer(BODY)),
        (_break_off, Answer([*BODY[:2], 5.0, *BODY[2:]])),
        # More than the client reads of an error body: it stops reading at the limit.
        (_large_error, Answer([b"x" * (1 << 16)] * 40, status=400, content_type="text/plain")),
    ],
    ids=["read-whole", "broken-off", "large-error-body"],
)
def test_every_body_iterator_is_closed_when_the_call_returns(
    hostile: HostileServer, scenario: Callable[[AsyncClient], Awaitable[None]], answer: Answer
) -> None:
    hostile.play(answer)
    assert _left_suspended(scenario, hostile.base_url) == []
