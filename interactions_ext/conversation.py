"""Multi-turn conversations chained by ``previous_interaction_id``, and the tool loop."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from interactions_events import models as m

from .client import AsyncClient, Client
from .errors import ConfigurationError, ToolLoopError
from .inputs import function_result
from .outputs import function_calls
from .stream import AsyncInteractionStream, InteractionStream

__all__ = ["AsyncConversation", "Conversation", "async_run_tools", "run_tools"]

_STORE_FALSE = (
    "store=False: the server keeps no turns, so previous_interaction_id cannot chain them. "
    "Use store=True, or send the whole history as `input` on each call yourself."
)


def _defaults(
    model: str | None, agent: str | None, store: bool, options: Mapping[str, Any]
) -> dict[str, Any]:
    if not store:
        raise ConfigurationError(_STORE_FALSE)
    if (model is None) == (agent is None):
        raise ValueError("pass exactly one of model= or agent=")
    return {"model": model, "agent": agent, "store": True, **options}


class Conversation:
    """Sends each turn with ``previous_interaction_id`` set to the last one."""

    def __init__(
        self,
        client: Client,
        *,
        model: str | None = None,
        agent: str | None = None,
        store: bool = True,
        previous_interaction_id: str | None = None,
        **options: Any,
    ) -> None:
        self.client = client
        self.last_id = previous_interaction_id
        self._defaults = _defaults(model, agent, store, options)

    def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        interaction: m.Interaction = self.client.create(
            input, previous_interaction_id=self.last_id, **{**self._defaults, **overrides}
        )
        self.last_id = interaction.id
        return interaction

    def stream(self, input: Any, **overrides: Any) -> InteractionStream:
        """Send one turn as a stream; the id is remembered as soon as the stream names it."""
        stream = self.client.create(
            input,
            stream=True,
            previous_interaction_id=self.last_id,
            **{**self._defaults, **overrides},
        )
        return _Remembering(stream, self)  # type: ignore[return-value]


class _Remembering:
    """Wraps a stream so the conversation learns the new interaction id."""

    def __init__(self, stream: InteractionStream, conversation: Conversation) -> None:
        self._stream = stream
        self._conversation = conversation

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Any:
        for event in self._stream:
            if self._stream.interaction_id:
                self._conversation.last_id = self._stream.interaction_id
            yield event

    def __enter__(self) -> _Remembering:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


class AsyncConversation:
    """Async twin of ``Conversation``."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        model: str | None = None,
        agent: str | None = None,
        store: bool = True,
        previous_interaction_id: str | None = None,
        **options: Any,
    ) -> None:
        self.client = client
        self.last_id = previous_interaction_id
        self._defaults = _defaults(model, agent, store, options)

    async def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        interaction: m.Interaction = await self.client.create(
            input, previous_interaction_id=self.last_id, **{**self._defaults, **overrides}
        )
        self.last_id = interaction.id
        return interaction

    async def stream(self, input: Any, **overrides: Any) -> AsyncInteractionStream:
        """Send one turn as a stream; call ``until_done()`` to finish it and record its id."""
        stream = await self.client.create(
            input,
            stream=True,
            previous_interaction_id=self.last_id,
            **{**self._defaults, **overrides},
        )
        return stream


Tools = Mapping[str, Callable[..., Any]]


def _results(interaction: m.Interaction, tools: Tools) -> list[m.FunctionResultStep]:
    results = []
    for call in function_calls(interaction):
        fn = tools.get(call.name)
        if fn is None:
            results.append(
                function_result(
                    call.id, f"unknown function {call.name!r}", name=call.name, is_error=True
                )
            )
            continue
        try:
            value = fn(**call.arguments)
        except Exception as exc:  # the model is told, and may recover
            results.append(
                function_result(
                    call.id, f"{type(exc).__name__}: {exc}", name=call.name, is_error=True
                )
            )
        else:
            results.append(function_result(call.id, value, name=call.name))
    return results


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

    ``tools`` maps function names to Python callables (called with the parsed
    arguments as keywords); ``declarations`` are the tool declarations sent to the
    model. Raises ``ToolLoopError`` after ``max_steps`` model turns.
    """
    interaction: m.Interaction = client.create(
        input, model=model, tools=declarations, store=True, **options
    )
    for _ in range(max_steps):
        results = _results(interaction, tools)
        if not results:
            return interaction
        interaction = client.create(
            results,
            model=model,
            tools=declarations,
            store=True,
            previous_interaction_id=interaction.id,
            **options,
        )
    raise ToolLoopError(
        f"the model still calls tools after {max_steps} steps", interaction=interaction
    )


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
    """Async twin of ``run_tools``; the callables are called synchronously."""
    interaction: m.Interaction = await client.create(
        input, model=model, tools=declarations, store=True, **options
    )
    for _ in range(max_steps):
        results = _results(interaction, tools)
        if not results:
            return interaction
        interaction = await client.create(
            results,
            model=model,
            tools=declarations,
            store=True,
            previous_interaction_id=interaction.id,
            **options,
        )
    raise ToolLoopError(
        f"the model still calls tools after {max_steps} steps", interaction=interaction
    )
