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

import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx2

from .errors import ConfigurationError, MissingCredentialsError

__all__ = ["DEFAULT_TIMEOUT", "SecretStr", "Settings", "default_headers"]

DEFAULT_TIMEOUT = httpx2.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
"""Connect 10 s; a read may wait 60 s for the next bytes (also between stream events)."""

_TRUE = {"1", "true", "yes", "on"}


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

    @property
    def vertex_express(self) -> bool:
        """Vertex AI with an API key and no project: unscoped paths, key header."""
        return self.backend == "vertex" and self.api_key is not None and not self.project

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None = None,
        vertexai: bool | None = None,
        project: str | None = None,
        location: str | None = None,
        credentials: Any = None,
        quota_project_id: str | None = None,
        base_url: str | None = None,
        api_version: str | None = None,
        api_revision: str | None = None,
        vertex_scoping: Literal["all", "create-only"] | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        """Resolve explicit arguments, then ``env`` (default ``os.environ``), then defaults."""
        env = os.environ if env is None else env
        if vertexai is None:
            vertexai = env.get("GOOGLE_GENAI_USE_VERTEXAI", "").strip().lower() in _TRUE
        key = _first(api_key, env.get("GOOGLE_API_KEY"), env.get("GEMINI_API_KEY"))
        scoping = vertex_scoping or "all"
        if scoping not in ("all", "create-only"):
            raise ConfigurationError("vertex_scoping must be 'all' or 'create-only'")
        if isinstance(timeout, int | float):
            timeout = httpx2.Timeout(float(timeout), connect=min(10.0, float(timeout)))
        common: dict[str, Any] = {
            "api_revision": _first(api_revision, env.get("GOOGLE_GENAI_API_REVISION")),
            "timeout": timeout or DEFAULT_TIMEOUT,
            "max_retries": 3 if max_retries is None else max_retries,
            "vertex_scoping": scoping,
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
                base_url=_first(base_url, env.get("GOOGLE_GEMINI_BASE_URL")),
                api_version=_first(api_version, env.get("GOOGLE_GENAI_API_VERSION")) or "v1beta",
                **common,
            )
        project = _first(project, env.get("GOOGLE_CLOUD_PROJECT"))
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
            location=_first(location, env.get("GOOGLE_CLOUD_LOCATION")) or "global",
            credentials=credentials,
            quota_project_id=_first(
                quota_project_id,
                env.get("VERTEX_QUOTA_PROJECT_ID"),
                env.get("GOOGLE_CLOUD_QUOTA_PROJECT"),
            ),
            base_url=_first(base_url, env.get("GOOGLE_VERTEX_BASE_URL")),
            api_version=_first(api_version, env.get("GOOGLE_GENAI_API_VERSION")) or "v1beta1",
            **common,
        )


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("interactions-ext")
    except Exception:  # not installed as a distribution
        return "0.0.0"


def default_headers(settings: Settings) -> dict[str, str]:
    """Headers sent on every request; auth headers come from auth.py, Api-Revision from routing."""
    del settings  # the same for every backend today
    agent = f"interactions-ext/{_version()} gl-python/{platform.python_version()}"
    return {"user-agent": agent, "x-goog-api-client": agent}
