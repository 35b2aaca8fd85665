"""``httpx2.Auth`` for both backends: an API key, or Google credentials.

The key goes only in the ``x-goog-api-key`` header. Google credentials (ADC or an
object passed in) are refreshed before a request when not valid, and once more on
a 401; the async flavour refreshes in a worker thread so the event loop never
blocks. google-auth is imported only when credentials are actually used.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any

import httpx2

from . import _aio
from .config import SecretStr, Settings
from .errors import CredentialsRefreshError, MissingCredentialsError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AUTH_HEADERS",
    "CLOUD_PLATFORM_SCOPE",
    "ApiKeyAuth",
    "GoogleCredentialsAuth",
    "auth_for",
]

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"

AUTH_HEADERS = frozenset({"x-goog-api-key", "authorization"})
"""The headers these auth classes set: a call that brings one of its own is not given ours."""
_NEEDS_VERTEX_EXTRA = (
    "Vertex AI with Google credentials needs google-auth: "
    "pip install 'interactions-ext[vertex]' (or pass an API key for Vertex express mode)"
)


def _require_google_auth() -> None:
    """Fail when the client is built, not at its first request, if the extra is missing."""
    for module in ("google.auth", "requests"):  # google-auth[requests] refreshes tokens
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # no parent package, or blocked in sys.modules
            found = False
        if not found:
            raise ImportError(_NEEDS_VERTEX_EXTRA, name=module)


class ApiKeyAuth(httpx2.Auth):
    """Sends the API key as ``x-goog-api-key`` (never in the URL)."""

    def __init__(self, key: SecretStr | str) -> None:
        self._key = key if isinstance(key, SecretStr) else SecretStr(key)

    def __repr__(self) -> str:
        return "ApiKeyAuth(key=SecretStr('**********'))"

    def auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers["x-goog-api-key"] = self._key.get_secret_value()
        yield request


class GoogleCredentialsAuth(httpx2.Auth):
    """``Authorization: Bearer`` from google-auth credentials, plus ``x-goog-user-project``.

    Quota project: the explicit/env value given here, else the credentials' own
    ``quota_project_id``.
    """

    def __init__(
        self,
        credentials: Any = None,
        *,
        quota_project_id: str | None = None,
        scopes: tuple[str, ...] = (CLOUD_PLATFORM_SCOPE,),
    ) -> None:
        _require_google_auth()
        self._credentials = credentials
        self._quota_project_id = quota_project_id
        self._scopes = scopes
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return f"GoogleCredentialsAuth(quota_project_id={self._quota_project_id!r})"

    @property
    def credentials(self) -> Any:
        """The credentials, loaded from Application Default Credentials on first use."""
        if self._credentials is None:
            try:
                import google.auth
            except ImportError as exc:  # pragma: no cover - checked when built
                raise ImportError(_NEEDS_VERTEX_EXTRA, name="google.auth") from exc
            try:
                self._credentials, _ = google.auth.default(scopes=list(self._scopes))
            except google.auth.exceptions.DefaultCredentialsError as exc:
                raise MissingCredentialsError(
                    "No Google credentials: run `gcloud auth application-default login`, set "
                    "GOOGLE_APPLICATION_CREDENTIALS, or pass credentials=."
                ) from exc
        return self._credentials

    @property
    def quota_project_id(self) -> str | None:
        """The quota project sent as ``x-goog-user-project``, if any."""
        own = getattr(self.credentials, "quota_project_id", None)
        return self._quota_project_id or (own if isinstance(own, str) and own else None)

    def _refresh(self, force: bool) -> None:
        with self._lock:
            credentials = self.credentials
            if force or not credentials.valid:
                from google.auth.exceptions import GoogleAuthError
                from google.auth.transport.requests import Request

                try:
                    credentials.refresh(Request())
                except GoogleAuthError as exc:
                    # A failed refresh is an authentication failure like a 401, typed so
                    # that retries, resumes and the CLI treat it as one.
                    raise CredentialsRefreshError(
                        f"could not refresh Google credentials: {type(exc).__name__}: {exc}"
                    ) from exc

    def _apply(self, request: httpx2.Request) -> None:
        request.headers["authorization"] = f"Bearer {self.credentials.token}"
        quota = self.quota_project_id
        if quota:
            request.headers["x-goog-user-project"] = quota

    def sync_auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        self._refresh(force=False)
        self._apply(request)
        response = yield request
        if response.status_code == 401:
            self._refresh(force=True)
            self._apply(request)
            yield request

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        await self._arefresh(force=False)
        self._apply(request)
        response = yield request
        if response.status_code == 401:
            await self._arefresh(force=True)
            self._apply(request)
            yield request

    async def _arefresh(self, force: bool) -> None:
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            credentials = await _aio.to_thread(lambda: self.credentials)
            if force or not credentials.valid:
                await _aio.to_thread(lambda: self._refresh(force))


def auth_for(settings: Settings) -> httpx2.Auth:
    """The auth a client with these settings uses."""
    if settings.backend == "gemini" or settings.vertex_express:
        assert settings.api_key is not None
        return ApiKeyAuth(settings.api_key)
    return GoogleCredentialsAuth(settings.credentials, quota_project_id=settings.quota_project_id)
