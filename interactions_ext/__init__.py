"""A Python client for Google's Interactions API (Gemini Developer API and Vertex AI).

>>> from interactions_ext import Client
>>> with Client() as client:                      # GEMINI_API_KEY from the environment
...     print(client.create("Hi", model="gemini-2.5-flash").status)

``Emulator`` is loaded on first use: it needs the ``[emulator]`` extra.
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

from . import types
from .checkpoint import Checkpoint
from .client import AsyncClient, Client
from .config import ClientOptions, Settings
from .continuation import IncompleteInteractionWarning, continuation_hops
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
from .raw import RawResponse
from .retry import RetryPolicy
from .routing import Router
from .stream import AsyncInteractionStream, InteractionStream

if TYPE_CHECKING:
    from .emulator import Emulator


def __getattr__(name: str) -> Any:
    # The emulator pulls in Starlette and uvicorn: loaded only when asked for.
    if name == "Emulator":
        from .emulator import Emulator

        globals()["Emulator"] = Emulator
        return Emulator
    raise AttributeError(f"module 'interactions_ext' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
