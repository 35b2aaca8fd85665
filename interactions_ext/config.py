"""Settings resolved once: explicit arguments > environment variables > defaults.

Environment variables (the ones Google's SDK users already set):

- ``GOOGLE_API_KEY`` (wins) / ``GEMINI_API_KEY``: API key (Gemini, or Vertex express mode)
- ``GOOGLE_GENAI_USE_VERTEXAI``: ``true``/``1``/``yes`` selects Vertex AI
- ``GOOGLE_CLOUD_PROJECT``, ``GOOGLE_CLOUD_LOCATION`` (Vertex; location defaults to ``global``)
- quota project, first found: the ``quota_project_id`` argument, ``VERTEX_QUOTA_PROJECT_ID``,
  ``GOOGLE_CLOUD_QUOTA_PROJECT``, then the credentials' own ``quota_project_id`` (in auth.py)
- ``GOOGLE_GEMINI_BASE_URL`` / ``GOOGLE_VERTEX_BASE_URL``: host overrides
- ``GOOGLE_GENAI_API_VERSION``: API version segment; ``GOOGLE_GENAI_API_REVISION``: pins
  the ``Api-Revision`` header (not sent unless set)
"""

from __future__ import annotations

import functools
import os
import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Union, Unpack, get_args, get_origin, get_type_hints

import httpx2

from . import __version__
from .errors import ConfigurationError, MissingCredentialsError

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_KEEPALIVE",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "SecretStr",
    "Settings",
    "as_timeout",
    "check_options",
    "default_headers",
]

DEFAULT_TIMEOUT = httpx2.Timeout(connect=10.0, read=600.0, write=60.0, pool=None)
"""Connect 10 s; a read may wait 10 minutes for the next bytes (a non-streaming create
answers only when the model is done; in a stream it is the idle time between events);
writes 60 s; waiting for a free pooled connection is not bounded (it is not an error
to have more calls in flight than connections)."""
DEFAULT_MAX_CONNECTIONS = 100
"""Connections the pool opens at most. httpcore2 walks every pooled connection (and
every request in flight) each time a request starts or ends, so its cost per request
grows with the pool: 1000 streams started at once took 2.3 times the CPU per event on
1000 connections (100 idle) as on this default (bench/RESULTS.md, section e). More calls
than this wait for a connection; raise it to hold more streams open at once."""
DEFAULT_MAX_KEEPALIVE = 20
"""Idle connections kept for reuse. Each idle connection is probed for a server-side
close whenever a request starts or ends, so few are kept."""

_TRUE = {"1", "true", "yes", "on"}
_PYTHON = "{}.{}.{}".format(*sys.version_info[:3])  # the interpreter, without importing platform


class ClientOptions(TypedDict, total=False):
    """How a client reaches the API; each falls back to the environment, then a default."""

    api_key: str | None
    """API key (``GOOGLE_API_KEY``, else ``GEMINI_API_KEY``); sent only as a header."""
    vertexai: bool | None
    """Use Vertex AI (``GOOGLE_GENAI_USE_VERTEXAI``)."""
    project: str | None
    """Vertex project (``GOOGLE_CLOUD_PROJECT``)."""
    location: str | None
    """Vertex location (``GOOGLE_CLOUD_LOCATION``, default ``global``)."""
    credentials: Any
    """google-auth credentials for Vertex; Application Default Credentials when omitted."""
    quota_project_id: str | None
    """Quota project (``VERTEX_QUOTA_PROJECT_ID``, ``GOOGLE_CLOUD_QUOTA_PROJECT``, then the
    credentials' own), sent as ``x-goog-user-project``."""
    base_url: str | None
    """Host override (``GOOGLE_GEMINI_BASE_URL`` / ``GOOGLE_VERTEX_BASE_URL``)."""
    api_version: str | None
    """Path version (``GOOGLE_GENAI_API_VERSION``; v1beta on Gemini, v1beta1 on Vertex)."""
    api_revision: str | None
    """Pin the ``Api-Revision`` header (``GOOGLE_GENAI_API_REVISION``)."""
    vertex_scoping: Literal["all", "create-only"] | None
    """Which Vertex operations go under ``projects/{p}/locations/{l}`` (default ``all``)."""
    timeout: float | httpx2.Timeout | None
    """Seconds, or an ``httpx2.Timeout`` (default ``DEFAULT_TIMEOUT``: connect 10 s,
    read 600 s, write 60 s, no pool timeout)."""
    max_connections: int | None
    """Connections the pool opens at most (default 100); more calls wait for one, so
    raise it to hold more streams open at once (``DEFAULT_MAX_CONNECTIONS`` says what
    a larger pool costs)."""
    max_keepalive_connections: int | None
    """Idle connections kept for reuse (default 20)."""
    default_headers: Mapping[str, str] | None
    """Headers sent with every request of the client (per-call ``extra_headers`` win)."""
    max_retries: int | None
    """Retries of a failed request (default 3)."""


# The clients' own keywords, next to the options, so that a misspelling of one is
# suggested too.
_CLIENT_KEYWORDS = ("retry_policy", "auto_resume", "http_client", "strict", "store")


@functools.cache
def _option_types() -> dict[str, Any]:
    return get_type_hints(ClientOptions)


def _fits(value: object, hint: Any) -> bool:
    """Whether ``value`` is of the annotated type (a Literal is checked as its base type)."""
    if hint is Any:
        return True
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(_fits(value, arg) for arg in get_args(hint))
    if origin is Literal:
        return any(isinstance(value, type(arg)) for arg in get_args(hint))
    if hint is type(None):
        return value is None
    if origin is not None:  # a parametrised collection: its container type is checked
        return isinstance(value, origin)
    if isinstance(value, bool) and hint is not bool:
        return False  # True is an int, but never a timeout or a retry count
    return isinstance(value, (int, float) if hint is float else hint)


def check_options(options: Mapping[str, object]) -> None:
    """Reject unknown option names and values of the wrong type, as a call would.

    Raises ``TypeError`` naming the keyword (with the closest known name when one is
    close), or ``ValueError`` for a negative timeout, retry or connection count.
    """
    hints = _option_types()
    for name, value in options.items():
        if name not in hints:
            message = f"unexpected keyword argument {name!r}"
            import difflib  # only to name a likely typo

            close = difflib.get_close_matches(name, [*hints, *_CLIENT_KEYWORDS], n=1)
            raise TypeError(f"{message}; did you mean {close[0]!r}?" if close else message)
        if not _fits(value, hints[name]):
            declared = ClientOptions.__annotations__[name]
            expected = getattr(declared, "__forward_arg__", declared)
            raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    for name in ("timeout", "max_retries", "max_connections", "max_keepalive_connections"):
        number = options.get(name)
        if isinstance(number, int | float) and number < 0:
            raise ValueError(f"{name} must not be negative, got {number!r}")


class SecretStr:
    """A string that never shows itself in ``repr``/``str``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        """The secret itself; send it only in a header."""
        return self._value

    def __repr__(self) -> str:
        return "SecretStr('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def as_timeout(value: float | httpx2.Timeout) -> httpx2.Timeout:
    """Seconds as a Timeout (connect capped at 10 s, no pool timeout), or the Timeout."""
    if isinstance(value, httpx2.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"timeout must be seconds or an httpx2.Timeout, not {value!r}")
    seconds = float(value)
    return httpx2.Timeout(seconds, connect=min(10.0, seconds), pool=None)


def _first_int(value: int | None, default: int) -> int:
    return default if value is None else value


def _first(*values: str | None) -> str | None:
    for value in values:
        if value:
            return value
    return None


@dataclass(frozen=True)
class Settings:
    """Resolved configuration of a client; build it with ``Settings.resolve``."""

    backend: Literal["gemini", "vertex"]
    api_key: SecretStr | None = None
    project: str | None = None
    location: str | None = None
    credentials: Any = field(default=None, repr=False)
    quota_project_id: str | None = None
    base_url: str | None = None
    api_version: str = "v1beta"
    api_revision: str | None = None
    vertex_scoping: Literal["all", "create-only"] = "all"
    timeout: httpx2.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = 3
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    max_keepalive_connections: int = DEFAULT_MAX_KEEPALIVE
    default_headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def vertex_express(self) -> bool:
        """Vertex AI with an API key and no project: unscoped paths, key header."""
        return self.backend == "vertex" and self.api_key is not None and not self.project

    @classmethod
    def resolve(
        cls, *, env: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]
    ) -> Settings:
        """Resolve explicit ``options``, then ``env`` (default ``os.environ``), then defaults.

        An unknown option or a value of the wrong type is a ``TypeError`` (see
        ``check_options``), raised before anything is read from the environment.
        """
        check_options(options)
        env = os.environ if env is None else env
        vertexai = options.get("vertexai")
        if vertexai is None:
            vertexai = env.get("GOOGLE_GENAI_USE_VERTEXAI", "").strip().lower() in _TRUE
        key = _first(options.get("api_key"), env.get("GOOGLE_API_KEY"), env.get("GEMINI_API_KEY"))
        scoping = options.get("vertex_scoping") or "all"
        if scoping not in ("all", "create-only"):
            raise ConfigurationError("vertex_scoping must be 'all' or 'create-only'")
        timeout, max_retries = options.get("timeout"), options.get("max_retries")
        if isinstance(timeout, int | float):
            timeout = as_timeout(timeout)
        common: dict[str, Any] = {
            "api_revision": _first(
                options.get("api_revision"), env.get("GOOGLE_GENAI_API_REVISION")
            ),
            "timeout": timeout or DEFAULT_TIMEOUT,
            "max_retries": 3 if max_retries is None else max_retries,
            "vertex_scoping": scoping,
            "max_connections": options.get("max_connections") or DEFAULT_MAX_CONNECTIONS,
            "default_headers": dict(options.get("default_headers") or {}),
            "max_keepalive_connections": _first_int(
                options.get("max_keepalive_connections"), DEFAULT_MAX_KEEPALIVE
            ),
        }
        if not vertexai:
            if not key:
                raise MissingCredentialsError(
                    "No API key for the Gemini Developer API: set GEMINI_API_KEY (or "
                    "GOOGLE_API_KEY), or pass api_key=. For Vertex AI set "
                    "GOOGLE_GENAI_USE_VERTEXAI=true and GOOGLE_CLOUD_PROJECT."
                )
            return cls(
                backend="gemini",
                api_key=SecretStr(key),
                base_url=_first(options.get("base_url"), env.get("GOOGLE_GEMINI_BASE_URL")),
                api_version=_first(options.get("api_version"), env.get("GOOGLE_GENAI_API_VERSION"))
                or "v1beta",
                **common,
            )
        project = _first(options.get("project"), env.get("GOOGLE_CLOUD_PROJECT"))
        if not project and not key:
            raise MissingCredentialsError(
                "Vertex AI needs a project: set GOOGLE_CLOUD_PROJECT (and GOOGLE_CLOUD_LOCATION, "
                "default 'global') or pass project=; credentials come from "
                "GOOGLE_APPLICATION_CREDENTIALS / application-default login, or credentials=. "
                "For Vertex express mode pass an API key (GOOGLE_API_KEY) instead."
            )
        return cls(
            backend="vertex",
            # With a project, OAuth credentials are used; the key only for express mode.
            api_key=SecretStr(key) if key and not project else None,
            project=project,
            location=_first(options.get("location"), env.get("GOOGLE_CLOUD_LOCATION")) or "global",
            credentials=options.get("credentials"),
            quota_project_id=_first(
                options.get("quota_project_id"),
                env.get("VERTEX_QUOTA_PROJECT_ID"),
                env.get("GOOGLE_CLOUD_QUOTA_PROJECT"),
            ),
            base_url=_first(options.get("base_url"), env.get("GOOGLE_VERTEX_BASE_URL")),
            api_version=_first(options.get("api_version"), env.get("GOOGLE_GENAI_API_VERSION"))
            or "v1beta1",
            **common,
        )


def default_headers(settings: Settings) -> dict[str, str]:
    """Headers sent on every request; auth headers come from auth.py, Api-Revision from routing."""
    agent = f"interactions-ext/{__version__} gl-python/{_PYTHON}"
    return {"user-agent": agent, "x-goog-api-client": agent, **settings.default_headers}
