"""``AsyncConversation`` and ``async_run_tools``: turns chained by ``previous_interaction_id``."""

from __future__ import annotations

from typing import Any

from .._chain import Chain, Tools, too_many_steps, tool_results
from .._generated import models as m
from .client import AsyncClient
from .stream import AsyncInteractionStream

__all__ = ["AsyncConversation", "async_run_tools"]


class AsyncConversation(Chain[AsyncClient]):
    """Sends each turn with ``previous_interaction_id`` set to the last one.

    ``model`` or ``agent``, and any other create option, apply to every turn; a turn's
    own keywords override them. ``store=False`` is refused: nothing would be chained.
    """

    async def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        return self._sent(await self.client.create(input, **self._options(overrides)))

    async def stream(self, input: Any, **overrides: Any) -> AsyncInteractionStream:
        """Send one turn as a stream; its id is remembered as soon as the stream names it."""
        stream = await self.client.create(input, stream=True, **self._options(overrides))
        return self._streaming(stream)


async def async_run_tools(
    client: AsyncClient,
    input: Any,
    *,
    tools: Tools,
    declarations: list[Any],
    model: str,
    max_steps: int = 8,
    **options: Any,
) -> m.Interaction:
    """Run the function-calling loop until the model answers without calls.

    ``tools`` maps function names to Python callables (called synchronously with the
    parsed arguments as keywords); ``declarations`` are the tool declarations sent to
    the model. Each round trip is a turn of a conversation. Raises ``ToolLoopError``
    after ``max_steps`` model turns.
    """
    chat = AsyncConversation(client, model=model, tools=declarations, **options)
    interaction = await chat.send(input)
    for _ in range(max_steps):
        results = tool_results(interaction, tools)
        if not results:
            return interaction
        interaction = await chat.send(results)
    raise too_many_steps(max_steps, interaction)
