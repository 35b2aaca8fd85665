# Generated from interactions_ext/_async/conversation.py by scripts/unasync.py. Do not edit.
"""``Conversation`` and ``run_tools``: turns chained by ``previous_interaction_id``."""

from __future__ import annotations

from typing import Any

from .._chain import Chain, Tools, too_many_steps, tool_results
from .._generated import models as m
from .client import Client
from .stream import InteractionStream

__all__ = ["Conversation", "run_tools"]


class Conversation(Chain[Client]):
    """Sends each turn with ``previous_interaction_id`` set to the last one.

    ``model`` or ``agent``, and any other create option, apply to every turn; a turn's
    own keywords override them. ``store=False`` is refused: nothing would be chained.
    """

    def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        return self._sent(self.client.create(input, **self._options(overrides)))

    def stream(self, input: Any, **overrides: Any) -> InteractionStream:
        """Send one turn as a stream; its id is remembered as soon as the stream names it."""
        stream = self.client.create(input, stream=True, **self._options(overrides))
        return self._streaming(stream)


def run_tools(
    client: Client,
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
    chat = Conversation(client, model=model, tools=declarations, **options)
    interaction = chat.send(input)
    for _ in range(max_steps):
        results = tool_results(interaction, tools)
        if not results:
            return interaction
        interaction = chat.send(results)
    raise too_many_steps(max_steps, interaction)
