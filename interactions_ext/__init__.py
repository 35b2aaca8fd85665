"""A Python client for Google's Interactions API (Gemini Developer API and Vertex AI).

>>> from interactions_ext import Client
>>> with Client() as client:                      # GEMINI_API_KEY from the environment
...     print(client.create("Hi", model="gemini-2.5-flash").status)

Names are loaded on first use so that ``import interactions_ext`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "Client": "client",
    "AsyncClient": "client",
    "InteractionStream": "stream",
    "AsyncInteractionStream": "stream",
    "ClientOptions": "config",
    "Settings": "config",
    "Router": "routing",
    "RetryPolicy": "retry",
    "Emulator": "emulator",
    "DONE": "events",
    "Event": "events",
    "UnknownEvent": "events",
    "UnknownDelta": "events",
    "UnknownStep": "events",
    "UnknownContent": "events",
    "FunctionCall": "outputs",
    "output_text": "outputs",
    "function_calls": "outputs",
    "TERMINAL_STATUSES": "polling",
    "InteractionsError": "errors",
    "ConfigurationError": "errors",
    "MissingCredentialsError": "errors",
    "APIError": "errors",
    "APIStatusError": "errors",
    "BadRequestError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "NotFoundError": "errors",
    "ConflictError": "errors",
    "UnprocessableEntityError": "errors",
    "RateLimitError": "errors",
    "InternalServerError": "errors",
    "ServiceUnavailableError": "errors",
    "DeadlineExceededError": "errors",
    "APIConnectionError": "errors",
    "APITimeoutError": "errors",
    "StreamDecodeError": "errors",
    "StreamEventError": "errors",
    "StreamInterruptedError": "errors",
    "SSEFrameTooLargeError": "errors",
    "WaitTimeoutError": "errors",
}

__all__ = [
    "DONE",
    "TERMINAL_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncInteractionStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "Emulator",
    "Event",
    "FunctionCall",
    "InteractionStream",
    "InteractionsError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Router",
    "SSEFrameTooLargeError",
    "ServiceUnavailableError",
    "Settings",
    "StreamDecodeError",
    "StreamEventError",
    "StreamInterruptedError",
    "UnknownContent",
    "UnknownDelta",
    "UnknownEvent",
    "UnknownStep",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
    "function_calls",
    "output_text",
    "types",
]

if TYPE_CHECKING:
    from . import types
    from .client import AsyncClient, Client
    from .config import ClientOptions, Settings
    from .emulator import Emulator
    from .errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        DeadlineExceededError,
        InteractionsError,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServiceUnavailableError,
        SSEFrameTooLargeError,
        StreamDecodeError,
        StreamEventError,
        StreamInterruptedError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from .events import DONE, Event, UnknownContent, UnknownDelta, UnknownEvent, UnknownStep
    from .outputs import FunctionCall, function_calls, output_text
    from .polling import TERMINAL_STATUSES
    from .retry import RetryPolicy
    from .routing import Router
    from .stream import AsyncInteractionStream, InteractionStream


def __getattr__(name: str) -> Any:
    if name == "types":
        # The generated msgspec models: events, deltas, steps, Interaction.
        return importlib.import_module(".types", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'interactions_ext' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
