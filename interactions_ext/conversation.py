"""Multi-turn conversations chained by ``previous_interaction_id``, and the tool loop."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from ._generated import models as m
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


class _Named(Protocol):
    @property
    def interaction_id(self) -> str | None: ...


_S = TypeVar("_S", bound=_Named)
_C = TypeVar("_C", Client, AsyncClient)


class _Chain(Generic[_C]):
    """What both conversation flavours share: the client, defaults and the last turn's id."""

    def __init__(
        self,
        client: _C,
        *,
        model: str | None = None,
        agent: str | None = None,
        store: bool = True,
        previous_interaction_id: str | None = None,
        **options: Any,
    ) -> None:
        if not store:
            raise ConfigurationError(_STORE_FALSE)
        if (model is None) == (agent is None):
            raise ValueError("pass exactly one of model= or agent=")
        self.client: _C = client
        self._defaults: dict[str, Any] = {"model": model, "agent": agent, "store": True, **options}
        self._last_id = previous_interaction_id
        self._pending: _Named | None = None

    @property
    def last_id(self) -> str | None:
        """The interaction the next turn continues (a streamed turn counts once it is named)."""
        if self._pending is not None and self._pending.interaction_id:
            self._last_id = self._pending.interaction_id
            self._pending = None
        return self._last_id

    def _options(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        return {"previous_interaction_id": self.last_id, **self._defaults, **overrides}

    def _sent(self, interaction: m.Interaction) -> m.Interaction:
        self._last_id, self._pending = interaction.id, None
        return interaction

    def _streaming(self, stream: _S) -> _S:
        self._pending = stream
        return stream


class Conversation(_Chain[Client]):
    """Sends each turn with ``previous_interaction_id`` set to the last one.

    ``model`` or ``agent``, and any other create option, apply to every turn; a turn's
    own keywords override them. ``store=False`` is refused: nothing would be chained.
    """

    def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        return self._sent(self.client.create(input, **self._options(overrides)))

    def stream(self, input: Any, **overrides: Any) -> InteractionStream:
        """Send one turn as a stream; its id is remembered as soon as the stream names it."""
        return self._streaming(self.client.create(input, stream=True, **self._options(overrides)))


class AsyncConversation(_Chain[AsyncClient]):
    """Async twin of ``Conversation``."""

    async def send(self, input: Any, **overrides: Any) -> m.Interaction:
        """Send one turn; returns the interaction and remembers its id."""
        return self._sent(await self.client.create(input, **self._options(overrides)))

    async def stream(self, input: Any, **overrides: Any) -> AsyncInteractionStream:
        """Send one turn as a stream; its id is remembered as soon as the stream names it."""
        stream = await self.client.create(input, stream=True, **self._options(overrides))
        return self._streaming(stream)


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


def _too_many_steps(max_steps: int, interaction: m.Interaction) -> ToolLoopError:
    return ToolLoopError(
        f"the model still calls tools after {max_steps} steps", interaction=interaction
    )


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
    model. Each round trip is a turn of a ``Conversation``. Raises ``ToolLoopError``
    after ``max_steps`` model turns.
    """
    chat = Conversation(client, model=model, tools=declarations, **options)
    interaction = chat.send(input)
    for _ in range(max_steps):
        results = _results(interaction, tools)
        if not results:
            return interaction
        interaction = chat.send(results)
    raise _too_many_steps(max_steps, interaction)


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
    chat = AsyncConversation(client, model=model, tools=declarations, **options)
    interaction = await chat.send(input)
    for _ in range(max_steps):
        results = _results(interaction, tools)
        if not results:
            return interaction
        interaction = await chat.send(results)
    raise _too_many_steps(max_steps, interaction)
