"""What both conversation flavours share: the chain of turns and the tool results."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from ._async.client import AsyncClient
from ._generated import models as m
from ._sync.client import Client
from .errors import ConfigurationError, ToolLoopError
from .inputs import function_result
from .outputs import function_calls
from .threads import WAIT, Turn, thread_key

__all__ = ["Chain", "Tools", "too_many_steps", "tool_results"]

_STORE_FALSE = (
    "store=False: the server keeps no turns, so previous_interaction_id cannot chain them. "
    "Use store=True, or send the whole history as `input` on each call yourself."
)


class _Named(Protocol):
    @property
    def interaction_id(self) -> str | None: ...


_S = TypeVar("_S", bound=_Named)
_C = TypeVar("_C", Client, AsyncClient)


class Chain(Generic[_C]):
    """What both conversation flavours share: the client, defaults and the last turn's id."""

    def __init__(
        self,
        client: _C,
        *,
        model: str | None = None,
        agent: str | None = None,
        store: bool = True,
        previous_interaction_id: str | None = None,
        thread: str | None = None,
        wait: float = WAIT,
        **options: Any,
    ) -> None:
        if not store:
            raise ConfigurationError(_STORE_FALSE)
        if (model is None) == (agent is None):
            raise ValueError("pass exactly one of model= or agent=")
        if thread is not None:
            thread_key(thread)  # checks the name
            if previous_interaction_id is not None:
                raise ValueError(
                    "a thread= keeps its own chain: previous_interaction_id is not used"
                )
        self.client: _C = client
        self.thread = thread
        """The name of the thread in the client's store (None: the chain lives here)."""
        self.wait = wait
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

    def _options(self, overrides: Mapping[str, Any], turn: Turn | None = None) -> dict[str, Any]:
        previous = self.last_id if turn is None else turn.head
        return {"previous_interaction_id": previous, **self._defaults, **overrides}

    def _sent(self, interaction: m.Interaction) -> m.Interaction:
        self._last_id, self._pending = interaction.id, None
        return interaction

    def _streaming(self, stream: _S) -> _S:
        self._pending = stream
        return stream


Tools = Mapping[str, Callable[..., Any]]


def tool_results(interaction: m.Interaction, tools: Tools) -> list[m.FunctionResultStep]:
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


def too_many_steps(max_steps: int, interaction: m.Interaction) -> ToolLoopError:
    return ToolLoopError(
        f"the model still calls tools after {max_steps} steps", interaction=interaction
    )
