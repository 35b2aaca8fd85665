"""``Client`` and ``AsyncClient``: create, get, cancel, delete, stream, resume and wait.

Both share ``_ClientCore`` (settings, routing, request building, response parsing);
only sending differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Unpack, overload

import httpx2

from ._generated import models as m
from .auth import auth_for
from .config import ClientOptions, Settings, default_headers
from .events import decode_interaction
from .params import CreateBody, build_create_body
from .polling import PollPlan, ProgressCallback, async_wait, wait
from .retry import RetryPolicy, asend_with_retries, send_with_retries
from .routing import Operation, Route, Router
from .stream import AsyncInteractionStream, AsyncOpener, InteractionStream, Opener, StreamCore

__all__ = ["AsyncClient", "Client", "CreateOptions"]

_ACCEPT_JSON = {"accept": "application/json"}
_ACCEPT_SSE = {"accept": "text/event-stream"}


class CreateOptions(CreateBody, total=False):
    """Keyword arguments of ``create`` besides ``input`` and ``stream``."""

    model: str | None
    agent: str | None
    extra_body: Mapping[str, Any] | None
    """Extra JSON fields merged into the body as they are."""
    extra_headers: Mapping[str, str] | None
    """Extra HTTP headers for the create request only (resumptions send the client's own)."""
    auto_resume: bool | None
    """Override the client's automatic stream resumption for this stream."""
    accumulate: bool
    """Keep streamed content for ``interaction()`` / ``until_done()`` (default True).
    False keeps memory flat on very long streams: only the interaction events are kept."""


class _ClientCore:
    """I/O-free part of both clients."""

    def __init__(
        self,
        options: ClientOptions,
        retry_policy: RetryPolicy | None,
        auto_resume: bool,
    ) -> None:
        self.settings = Settings.resolve(**options)
        self.router = Router(self.settings)
        self.policy = retry_policy or RetryPolicy(max_retries=self.settings.max_retries)
        self.auto_resume = auto_resume

    def __repr__(self) -> str:
        return f"{type(self).__name__}(backend={self.settings.backend!r}, base_url={self.router.base_url!r})"

    def http_options(self) -> dict[str, Any]:
        return {
            "timeout": self.settings.timeout,
            "auth": auth_for(self.settings),
            "headers": default_headers(self.settings),
        }

    def create_route(
        self, input: Any, stream: bool, options: CreateOptions
    ) -> tuple[Route, Mapping[str, str] | None, bool | None, bool]:
        fields: dict[str, Any] = dict(options)
        extra_headers: Mapping[str, str] | None = fields.pop("extra_headers", None)
        auto_resume: bool | None = fields.pop("auto_resume", None)
        accumulate: bool = fields.pop("accumulate", True)
        extra_body: Mapping[str, Any] | None = fields.pop("extra_body", None)
        model: str | None = fields.pop("model", None)
        agent: str | None = fields.pop("agent", None)
        body = build_create_body(
            input, model=model, agent=agent, stream=stream, options=fields, extra_body=extra_body
        )
        return self.router.route("create", body=body), extra_headers, auto_resume, accumulate

    def route(
        self,
        op: Operation,
        interaction_id: str,
        *,
        stream: bool = False,
        last_event_id: str | None = None,
    ) -> Route:
        return self.router.route(
            op, interaction_id=interaction_id, stream=stream, last_event_id=last_event_id
        )

    @staticmethod
    def headers(route: Route, stream: bool, extra: Mapping[str, str] | None) -> dict[str, str]:
        return {**route.headers, **(_ACCEPT_SSE if stream else _ACCEPT_JSON), **(extra or {})}

    def new_core(
        self,
        interaction_id: str | None,
        last_event_id: str | None,
        auto_resume: bool | None,
        accumulate: bool,
    ) -> StreamCore:
        return StreamCore(
            policy=self.policy,
            auto_resume=self.auto_resume if auto_resume is None else auto_resume,
            interaction_id=interaction_id,
            last_event_id=last_event_id,
            accumulate=accumulate,
        )


class Client:
    """Synchronous client for the Interactions API (Gemini Developer API or Vertex AI).

    Credentials and backend come from the keyword arguments (see ``ClientOptions``),
    else the environment (``GEMINI_API_KEY``/``GOOGLE_API_KEY``,
    ``GOOGLE_GENAI_USE_VERTEXAI``, ...). ``retry_policy`` replaces the default
    ``RetryPolicy(max_retries=...)``; ``http_client`` brings your own ``httpx2.Client``.
    Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        retry_policy: RetryPolicy | None = None,
        auto_resume: bool = True,
        http_client: httpx2.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._core = _ClientCore(options, retry_policy, auto_resume)
        self._http = http_client or httpx2.Client(**self._core.http_options())

    @property
    def settings(self) -> Settings:
        """The resolved settings (the API key is never shown)."""
        return self._core.settings

    @property
    def router(self) -> Router:
        """Where each operation goes."""
        return self._core.router

    def __repr__(self) -> str:
        return repr(self._core)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _send(
        self,
        route: Route,
        *,
        stream: bool,
        idempotent: bool,
        interaction_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx2.Response:
        headers = self._core.headers(route, stream, extra_headers)
        return send_with_retries(
            self._http,
            lambda: self._http.build_request(
                route.method, route.url, params=route.params, headers=headers, json=route.json
            ),
            policy=self._core.policy,
            idempotent=idempotent,
            stream=stream,
            interaction_id=interaction_id,
        )

    def _interaction(
        self,
        route: Route,
        interaction_id: str | None,
        extra_headers: Mapping[str, str] | None,
        *,
        idempotent: bool,
    ) -> m.Interaction:
        response = self._send(
            route,
            stream=False,
            idempotent=idempotent,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )
        return decode_interaction(response.content)

    @overload
    def create(
        self, input: Any = ..., *, stream: Literal[False] = ..., **options: Unpack[CreateOptions]
    ) -> m.Interaction: ...
    @overload
    def create(
        self, input: Any = ..., *, stream: Literal[True], **options: Unpack[CreateOptions]
    ) -> InteractionStream: ...

    def create(
        self, input: Any = None, *, stream: bool = False, **options: Unpack[CreateOptions]
    ) -> m.Interaction | InteractionStream:
        """Create an interaction with a ``model`` or an ``agent``.

        ``input`` is a string, content blocks, or a list of turns/steps; every other
        field of the API's create body is a keyword (see ``CreateOptions``). With
        ``stream=True`` returns an ``InteractionStream`` of typed events that resumes
        by itself when the connection drops; otherwise the ``Interaction``.
        """
        route, extra_headers, auto_resume, accumulate = self._core.create_route(
            input, stream, options
        )
        if not stream:
            return self._interaction(route, None, extra_headers, idempotent=False)
        response = self._send(route, stream=True, idempotent=False, extra_headers=extra_headers)
        return InteractionStream(
            response, self._opener(), self._core.new_core(None, None, auto_resume, accumulate)
        )

    @overload
    def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[False] = ...,
        last_event_id: None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
    ) -> m.Interaction: ...
    @overload
    def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[True],
        last_event_id: str | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
    ) -> InteractionStream: ...

    def get(
        self,
        interaction_id: str,
        *,
        stream: bool = False,
        last_event_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        auto_resume: bool | None = None,
        accumulate: bool = True,
    ) -> m.Interaction | InteractionStream:
        """Get an interaction, or with ``stream=True`` its events after ``last_event_id``."""
        if not stream:
            route = self._core.route("get", interaction_id)
            return self._interaction(route, interaction_id, extra_headers, idempotent=True)
        route = self._core.route("get", interaction_id, stream=True, last_event_id=last_event_id)
        response = self._send(
            route,
            stream=True,
            idempotent=True,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )
        core = self._core.new_core(interaction_id, last_event_id, auto_resume, accumulate)
        return InteractionStream(response, self._opener(extra_headers), core)

    def resume(
        self,
        interaction_id: str,
        last_event_id: str | None = None,
        *,
        auto_resume: bool | None = None,
        accumulate: bool = True,
    ) -> InteractionStream:
        """Continue a stream after ``last_event_id`` (e.g. from ``StreamInterruptedError``)."""
        return self.get(
            interaction_id,
            stream=True,
            last_event_id=last_event_id,
            auto_resume=auto_resume,
            accumulate=accumulate,
        )

    def _opener(self, extra_headers: Mapping[str, str] | None = None) -> Opener:
        def open_resume(interaction_id: str, last_event_id: str | None) -> httpx2.Response:
            route = self._core.route(
                "get", interaction_id, stream=True, last_event_id=last_event_id
            )
            return self._send(
                route,
                stream=True,
                idempotent=True,
                interaction_id=interaction_id,
                extra_headers=extra_headers,
            )

        return open_resume

    def cancel(
        self, interaction_id: str, *, extra_headers: Mapping[str, str] | None = None
    ) -> m.Interaction:
        """Cancel a running background interaction; returns it, now ``cancelled``."""
        route = self._core.route("cancel", interaction_id)
        return self._interaction(route, interaction_id, extra_headers, idempotent=True)

    def delete(
        self, interaction_id: str, *, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Delete a stored interaction."""
        route = self._core.route("delete", interaction_id)
        self._send(
            route,
            stream=False,
            idempotent=True,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )

    def wait_for_completion(
        self,
        interaction_id: str,
        timeout: float | None = None,
        *,
        timeout_ms: int | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        on_status: ProgressCallback | None = None,
        stream: bool = False,
    ) -> m.Interaction:
        """Wait until the interaction ends (or needs action); ``WaitTimeoutError`` on timeout.

        ``timeout`` is in seconds (``timeout_ms`` also accepted); ``None`` waits as long
        as it takes. With ``stream=True`` follows the event stream instead of polling.
        """
        plan = PollPlan(
            timeout=_seconds(timeout, timeout_ms),
            interval=poll_interval,
            max_interval=max_poll_interval,
        )
        if stream:
            # Only the end matters: the final state comes from one get below.
            with self.get(interaction_id, stream=True, accumulate=False) as events:
                for _ in events:
                    plan.check_deadline()
        return wait(lambda: self.get(interaction_id), plan, on_status=on_status)


class AsyncClient:
    """Asynchronous twin of ``Client``; use ``async with`` or ``await aclose()``."""

    def __init__(
        self,
        *,
        retry_policy: RetryPolicy | None = None,
        auto_resume: bool = True,
        http_client: httpx2.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._core = _ClientCore(options, retry_policy, auto_resume)
        self._http = http_client or httpx2.AsyncClient(**self._core.http_options())

    @property
    def settings(self) -> Settings:
        """The resolved settings (the API key is never shown)."""
        return self._core.settings

    @property
    def router(self) -> Router:
        """Where each operation goes."""
        return self._core.router

    def __repr__(self) -> str:
        return repr(self._core)

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def _send(
        self,
        route: Route,
        *,
        stream: bool,
        idempotent: bool,
        interaction_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx2.Response:
        headers = self._core.headers(route, stream, extra_headers)
        return await asend_with_retries(
            self._http,
            lambda: self._http.build_request(
                route.method, route.url, params=route.params, headers=headers, json=route.json
            ),
            policy=self._core.policy,
            idempotent=idempotent,
            stream=stream,
            interaction_id=interaction_id,
        )

    async def _interaction(
        self,
        route: Route,
        interaction_id: str | None,
        extra_headers: Mapping[str, str] | None,
        *,
        idempotent: bool,
    ) -> m.Interaction:
        response = await self._send(
            route,
            stream=False,
            idempotent=idempotent,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )
        return decode_interaction(response.content)

    @overload
    async def create(
        self, input: Any = ..., *, stream: Literal[False] = ..., **options: Unpack[CreateOptions]
    ) -> m.Interaction: ...
    @overload
    async def create(
        self, input: Any = ..., *, stream: Literal[True], **options: Unpack[CreateOptions]
    ) -> AsyncInteractionStream: ...

    async def create(
        self, input: Any = None, *, stream: bool = False, **options: Unpack[CreateOptions]
    ) -> m.Interaction | AsyncInteractionStream:
        """Create an interaction; see ``Client.create``."""
        route, extra_headers, auto_resume, accumulate = self._core.create_route(
            input, stream, options
        )
        if not stream:
            return await self._interaction(route, None, extra_headers, idempotent=False)
        response = await self._send(
            route, stream=True, idempotent=False, extra_headers=extra_headers
        )
        return AsyncInteractionStream(
            response, self._opener(), self._core.new_core(None, None, auto_resume, accumulate)
        )

    @overload
    async def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[False] = ...,
        last_event_id: None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
    ) -> m.Interaction: ...
    @overload
    async def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[True],
        last_event_id: str | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
    ) -> AsyncInteractionStream: ...

    async def get(
        self,
        interaction_id: str,
        *,
        stream: bool = False,
        last_event_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        auto_resume: bool | None = None,
        accumulate: bool = True,
    ) -> m.Interaction | AsyncInteractionStream:
        """Get an interaction, or with ``stream=True`` its events after ``last_event_id``."""
        if not stream:
            route = self._core.route("get", interaction_id)
            return await self._interaction(route, interaction_id, extra_headers, idempotent=True)
        route = self._core.route("get", interaction_id, stream=True, last_event_id=last_event_id)
        response = await self._send(
            route,
            stream=True,
            idempotent=True,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )
        core = self._core.new_core(interaction_id, last_event_id, auto_resume, accumulate)
        return AsyncInteractionStream(response, self._opener(extra_headers), core)

    async def resume(
        self,
        interaction_id: str,
        last_event_id: str | None = None,
        *,
        auto_resume: bool | None = None,
        accumulate: bool = True,
    ) -> AsyncInteractionStream:
        """Continue a stream after ``last_event_id``."""
        return await self.get(
            interaction_id,
            stream=True,
            last_event_id=last_event_id,
            auto_resume=auto_resume,
            accumulate=accumulate,
        )

    def _opener(self, extra_headers: Mapping[str, str] | None = None) -> AsyncOpener:
        async def open_resume(interaction_id: str, last_event_id: str | None) -> httpx2.Response:
            route = self._core.route(
                "get", interaction_id, stream=True, last_event_id=last_event_id
            )
            return await self._send(
                route,
                stream=True,
                idempotent=True,
                interaction_id=interaction_id,
                extra_headers=extra_headers,
            )

        return open_resume

    async def cancel(
        self, interaction_id: str, *, extra_headers: Mapping[str, str] | None = None
    ) -> m.Interaction:
        """Cancel a running background interaction."""
        route = self._core.route("cancel", interaction_id)
        return await self._interaction(route, interaction_id, extra_headers, idempotent=True)

    async def delete(
        self, interaction_id: str, *, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Delete a stored interaction."""
        route = self._core.route("delete", interaction_id)
        await self._send(
            route,
            stream=False,
            idempotent=True,
            interaction_id=interaction_id,
            extra_headers=extra_headers,
        )

    async def wait_for_completion(
        self,
        interaction_id: str,
        timeout: float | None = None,
        *,
        timeout_ms: int | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        on_status: ProgressCallback | None = None,
        stream: bool = False,
    ) -> m.Interaction:
        """Async twin of ``Client.wait_for_completion``."""
        plan = PollPlan(
            timeout=_seconds(timeout, timeout_ms),
            interval=poll_interval,
            max_interval=max_poll_interval,
        )
        if stream:
            # Only the end matters: the final state comes from one get below.
            async with await self.get(interaction_id, stream=True, accumulate=False) as events:
                async for _ in events:
                    plan.check_deadline()
        return await async_wait(lambda: self.get(interaction_id), plan, on_status=on_status)


def _seconds(timeout: float | None, timeout_ms: int | None) -> float | None:
    if timeout is not None and timeout_ms is not None:
        raise ValueError("pass timeout (seconds) or timeout_ms, not both")
    return timeout_ms / 1000 if timeout_ms is not None else timeout
