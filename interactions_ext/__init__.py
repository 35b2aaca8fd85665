"""A Python client for Google's Interactions API (Gemini Developer API and Vertex AI).

>>> from interactions_ext import Client
>>> with Client() as client:                      # GEMINI_API_KEY from the environment
...     print(client.create("Hi", model="gemini-2.5-flash").status)

Every name here is loaded on first use; ``Emulator`` needs the ``[emulator]`` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
    "Checkpoint",
    "CheckpointError",
    "Client",
    "ClientClosedError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "ContinuationTimeoutError",
    "CredentialsRefreshError",
    "DeadlineExceededError",
    "Emulator",
    "Event",
    "FunctionCall",
    "IncompleteInteractionWarning",
    "InteractionStream",
    "InteractionsError",
    "InternalServerError",
    "InvalidEvent",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "Router",
    "SSEFrameTooLargeError",
    "ServiceUnavailableError",
    "Settings",
    "StoreConflict",
    "StoreError",
    "StreamDecodeError",
    "StreamEventError",
    "StreamInterruptedError",
    "StreamNotAvailableError",
    "ThreadConflictError",
    "UnknownContent",
    "UnknownDelta",
    "UnknownEvent",
    "UnknownStep",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
    "all_output_text",
    "continuation_hops",
    "function_calls",
    "output_text",
    "raw",
    "types",
]

# Every public name is loaded on first use (PEP 562), so ``import interactions_ext`` and
# ``from interactions_ext import Client`` pay only for what they name: the event models,
# the stream machinery, the emulator (Starlette, uvicorn) load when first needed.
_HOMES: dict[str, str] = {
    "Checkpoint": ".checkpoint",
    "Client": "._sync.client",
    "AsyncClient": "._async.client",
    "ClientOptions": ".config",
    "Settings": ".config",
    "IncompleteInteractionWarning": ".continuation",
    "continuation_hops": ".continuation",
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "CheckpointError": ".errors",
    "ClientClosedError": ".errors",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ContinuationTimeoutError": ".errors",
    "CredentialsRefreshError": ".errors",
    "DeadlineExceededError": ".errors",
    "InteractionsError": ".errors",
    "InternalServerError": ".errors",
    "MissingCredentialsError": ".errors",
    "NotFoundError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "SSEFrameTooLargeError": ".errors",
    "ServiceUnavailableError": ".errors",
    "StoreConflict": ".errors",
    "StoreError": ".errors",
    "StreamDecodeError": ".errors",
    "StreamEventError": ".errors",
    "StreamInterruptedError": ".errors",
    "StreamNotAvailableError": ".errors",
    "ThreadConflictError": ".errors",
    "UnprocessableEntityError": ".errors",
    "WaitTimeoutError": ".errors",
    "DONE": ".events",
    "Event": ".events",
    "InvalidEvent": ".events",
    "UnknownContent": ".events",
    "UnknownDelta": ".events",
    "UnknownEvent": ".events",
    "UnknownStep": ".events",
    "raw": ".events",
    "FunctionCall": ".outputs",
    "all_output_text": ".outputs",
    "function_calls": ".outputs",
    "output_text": ".outputs",
    "TERMINAL_STATUSES": ".polling",
    "RawResponse": ".raw_response",
    "RetryPolicy": ".retry",
    "Router": ".routing",
    "InteractionStream": "._sync.stream",
    "AsyncInteractionStream": "._async.stream",
    "Emulator": ".emulator",
}
_MODULES = frozenset({"types"})

if TYPE_CHECKING:
    from . import types
    from ._async.client import AsyncClient
    from ._async.stream import AsyncInteractionStream
    from ._sync.client import Client
    from ._sync.stream import InteractionStream
    from .checkpoint import Checkpoint
    from .config import ClientOptions, Settings
    from .continuation import IncompleteInteractionWarning, continuation_hops
    from .emulator import Emulator
    from .errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CheckpointError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        ContinuationTimeoutError,
        CredentialsRefreshError,
        DeadlineExceededError,
        InteractionsError,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServiceUnavailableError,
        SSEFrameTooLargeError,
        StoreConflict,
        StoreError,
        StreamDecodeError,
        StreamEventError,
        StreamInterruptedError,
        StreamNotAvailableError,
        ThreadConflictError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from .events import (
        DONE,
        Event,
        InvalidEvent,
        UnknownContent,
        UnknownDelta,
        UnknownEvent,
        UnknownStep,
        raw,
    )
    from .outputs import FunctionCall, all_output_text, function_calls, output_text
    from .polling import TERMINAL_STATUSES
    from .raw_response import RawResponse
    from .retry import RetryPolicy
    from .routing import Router


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None and name not in _MODULES:
        raise AttributeError(f"module 'interactions_ext' has no attribute {name!r}")
    import importlib

    if home is None:
        value: Any = importlib.import_module(f".{name}", __name__)
    else:
        value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
