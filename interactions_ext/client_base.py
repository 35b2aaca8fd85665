"""What ``Client`` and ``AsyncClient`` share: settings, routing, request building (no I/O)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypedDict

import httpx2

from ._generated.create_body import CreateBody
from .auth import AUTH_HEADERS, auth_for
from .config import ClientOptions, Settings, as_timeout, default_headers
from .errors import ConfigurationError
from .retry import RetryPolicy
from .routing import Operation, Route, Router

# What only a call needs (request bodies, continuation, streams, polling) is imported
# by that call: building a client, or importing one, does not load the event models.
if TYPE_CHECKING:
    from .checkpoint import CheckpointLedger
    from .continuation import ContinuationPlan, Deadline, StreamHops
    from .polling import PollPlan
    from .store.protocol import Store
    from .stream_core import StreamCore

__all__ = ["Call", "ClientBase", "CreateOptions", "CreateRequest", "RequestOptions", "seconds"]

_ACCEPT_JSON = {"accept": "application/json"}
_ACCEPT_SSE = {"accept": "text/event-stream"}


class RequestOptions(TypedDict, total=False):
    """Per-call options every method accepts."""

    timeout: float | httpx2.Timeout | None
    """This call's timeout: seconds, or an ``httpx2.Timeout`` (default: the client's)."""
    extra_headers: Mapping[str, str] | None
    """Extra HTTP headers for this call (a credential header replaces the client's own)."""
    extra_query: Mapping[str, str] | None
    """Extra query parameters for this call."""
    max_retries: int | None
    """Retries of this call (default: the client's retry policy)."""


class CreateOptions(CreateBody, RequestOptions, total=False):
    """Keyword arguments of ``create`` besides ``input`` and ``stream``."""

    model: str | None
    """Model name, e.g. ``gemini-2.5-flash`` (exactly one of ``model`` / ``agent``)."""
    agent: str | None
    """Agent name, e.g. ``deep-research-pro-preview-12-2025``."""
    extra_body: Mapping[str, Any] | None
    """Extra JSON fields merged into the body as they are."""
    auto_resume: bool | None
    """Override the client's automatic stream resumption for this stream."""
    automatic_continuation: bool | None
    """Continue an answer that stopped at the per-request output limit (status
    ``requires_continuation``) with further requests, and return or stream it whole.
    Default (None): on for model interactions that are not background runs (the server
    continues agents and background runs itself). False returns the partial interaction
    and warns (``IncompleteInteractionWarning``); its ``continuation_token`` continues it.
    A ``timeout`` in seconds bounds the whole call, across hops (``ContinuationTimeoutError``
    then carries the token); an ``httpx2.Timeout`` applies to each request."""
    accumulate: bool
    """Keep streamed content for ``interaction()`` / ``until_done()`` (default True).
    False keeps memory flat on very long streams: only the interaction events are kept."""
    checkpoint: str | None
    """With ``stream=True``: record the stream's progress in the client's store under
    this name, so ``resume_checkpoint(name)`` continues it from any process sharing the
    store (see docs/replicas.md). Needs ``store=True`` (the default)."""


@dataclass(frozen=True, slots=True)
class Call:
    """The per-call options of one method call, resolved against the client's."""

    headers: Mapping[str, str]
    query: Mapping[str, str]
    timeout: httpx2.Timeout | None
    policy: RetryPolicy

    def for_resume(self) -> Call:
        """What a create's resumes keep: credential headers, timeout and retries; the
        create's other extra headers and query belong to the create alone."""
        headers = {k: v for k, v in self.headers.items() if k.lower() in AUTH_HEADERS}
        return replace(self, headers=headers, query={})


@dataclass(frozen=True, slots=True)
class CreateRequest:
    """One create call, split into what is sent and how the answer is handled."""

    route: Route
    call: Call
    auto_resume: bool | None
    accumulate: bool
    plan: ContinuationPlan
    checkpoint: str | None = None


class ClientBase:
    """The I/O-free half of both clients."""

    def __init__(
        self,
        options: ClientOptions,
        retry_policy: RetryPolicy | None,
        auto_resume: bool,
        strict: bool = False,
        store: str | Store | None = None,
    ) -> None:
        self._store_spec = store
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._settings = Settings.resolve(**options)
        self._router = Router(self._settings)
        self._policy = retry_policy or RetryPolicy(max_retries=self._settings.max_retries)
        self._auto_resume = auto_resume
        self._strict = strict
        # Auth and default headers go on each request, not on the httpx2 client, so a
        # client passed in as ``http_client`` sends them too.
        self._auth = auth_for(self._settings)
        self._default_headers = default_headers(self._settings)

    @property
    def settings(self) -> Settings:
        """The resolved settings (the API key is never shown)."""
        return self._settings

    @property
    def store(self) -> Store:
        """Where checkpoints and conversation threads are kept, opened on first use.

        The client's ``store=`` (a URL or a ``Store``), else ``$INTERACTIONS_STORE``, else
        SQLite in the user's data directory (``interactions_ext.store.open_store``).
        """
        with self._store_lock:
            if self._store is None:
                from .store import open_store

                self._store = open_store(self._store_spec)
            return self._store

    def _close_store(self) -> None:
        """Close the store if this client opened it (a ``Store`` passed in stays open)."""
        with self._store_lock:
            store, self._store = self._store, None
        if store is not None and store is not self._store_spec:
            store.close()

    @property
    def router(self) -> Router:
        """Where each operation goes."""
        return self._router

    def __repr__(self) -> str:
        return f"{type(self).__name__}(backend={self._settings.backend!r}, base_url={self._router.base_url!r})"

    def _http_options(self) -> dict[str, Any]:
        s = self._settings
        limits = httpx2.Limits(
            max_connections=s.max_connections,
            max_keepalive_connections=s.max_keepalive_connections,
        )
        return {"timeout": s.timeout, "limits": limits, "follow_redirects": False}

    def _auth_for(self, headers: Mapping[str, str]) -> httpx2.Auth | None:
        """The client's auth, unless the call brings its own credential header."""
        if any(name.lower() in AUTH_HEADERS for name in headers):
            return None
        return self._auth

    def _create_request(self, input: Any, stream: bool, options: CreateOptions) -> CreateRequest:
        from .continuation import ContinuationPlan
        from .params import build_create_body

        fields: dict[str, Any] = dict(options)
        timeout = fields.pop("timeout", None)
        call = self._call(
            RequestOptions(
                timeout=timeout,
                extra_headers=fields.pop("extra_headers", None),
                extra_query=fields.pop("extra_query", None),
                max_retries=fields.pop("max_retries", None),
            )
        )
        auto_resume: bool | None = fields.pop("auto_resume", None)
        accumulate: bool = fields.pop("accumulate", True)
        automatic: bool | None = fields.pop("automatic_continuation", None)
        extra_body: Mapping[str, Any] | None = fields.pop("extra_body", None)
        checkpoint: str | None = fields.pop("checkpoint", None)
        model: str | None = fields.pop("model", None)
        agent: str | None = fields.pop("agent", None)
        body = build_create_body(
            input, model=model, agent=agent, stream=stream, options=fields, extra_body=extra_body
        )
        # Seconds bound the whole call, across continuation hops; a Timeout each request.
        total = None if isinstance(timeout, httpx2.Timeout | None) else float(timeout)
        plan = ContinuationPlan.for_body(body, automatic, total)
        if checkpoint is not None:
            _check_checkpoint(checkpoint, stream, plan)
        route = self._router.route("create", body=body)
        return CreateRequest(route, call, auto_resume, accumulate, plan, checkpoint)

    def _hop(
        self, call: Call, deadline: Deadline, body: Mapping[str, Any] | None
    ) -> tuple[Route, Call, httpx2.Timeout | None]:
        """Route, call and timeout of one create request of a call bounded by ``deadline``."""
        remaining = deadline.remaining()
        bounded = replace(call, policy=deadline.retry_policy(call.policy))
        return (
            self._router.route("create", body=dict(body or {})),
            bounded,
            (self._timeout_within(remaining)),
        )

    def _stream_hops(self, request: CreateRequest) -> StreamHops:
        from .continuation import StreamHops

        def new_core(
            interaction_id: str | None,
            last_event_id: str | None,
            check_deadline: Callable[[], float | None],
        ) -> StreamCore:
            return self._stream_core(
                interaction_id,
                last_event_id,
                request.auto_resume,
                request.accumulate,
                check_deadline,
            )

        return StreamHops(request.plan, new_core)

    def _resumed(
        self,
        ledger: CheckpointLedger,
        cursor: str | None,
        auto_resume: bool | None,
        accumulate: bool,
        options: RequestOptions,
    ) -> tuple[CreateRequest, StreamHops, StreamCore]:
        """The request, hops and core of a stream picked up from its checkpoint."""
        from .continuation import ContinuationPlan

        state = ledger.checkpoint
        assert state.interaction_id is not None
        body = ledger.request
        plan = ContinuationPlan.for_body(body, None if ledger.continues else False, None)
        route = self._router.route("create", body=body)
        request = CreateRequest(route, self._call(options), auto_resume, accumulate, plan)
        hops = self._stream_hops(request)
        hops.resume_from(
            state.interaction_id, state.continuation_token, ledger.token_owner, state.status
        )
        return request, hops, hops.new_core(state.interaction_id, cursor)

    def _call(self, options: RequestOptions) -> Call:
        unknown = set(options) - RequestOptions.__optional_keys__
        if unknown:
            raise TypeError(f"unexpected keyword arguments: {sorted(unknown)}")
        retries = options.get("max_retries")
        timeout = options.get("timeout")
        return Call(
            headers=dict(options.get("extra_headers") or {}),
            query=dict(options.get("extra_query") or {}),
            timeout=as_timeout(timeout) if timeout is not None else None,
            policy=self._policy if retries is None else replace(self._policy, max_retries=retries),
        )

    def _route(
        self,
        op: Operation,
        interaction_id: str,
        *,
        stream: bool = False,
        last_event_id: str | None = None,
    ) -> Route:
        return self._router.route(
            op, interaction_id=interaction_id, stream=stream, last_event_id=last_event_id
        )

    def _headers(self, route: Route, stream: bool, call: Call) -> dict[str, str]:
        accept = _ACCEPT_SSE if stream else _ACCEPT_JSON
        return {**self._default_headers, **route.headers, **accept, **call.headers}

    def _stream_core(
        self,
        interaction_id: str | None,
        last_event_id: str | None,
        auto_resume: bool | None,
        accumulate: bool,
        check_deadline: Callable[[], float | None] | None = None,
    ) -> StreamCore:
        from .stream_core import StreamCore

        return StreamCore(
            policy=self._policy,
            auto_resume=self._auto_resume if auto_resume is None else auto_resume,
            interaction_id=interaction_id,
            last_event_id=last_event_id,
            accumulate=accumulate,
            check_deadline=check_deadline,
            strict=self._strict,
        )

    def _timeout_within(self, remaining: float | None) -> httpx2.Timeout | None:
        """The client's timeouts, none longer than ``remaining`` seconds (None: as they are)."""
        if remaining is None:
            return None
        t = self._settings.timeout
        cap = max(remaining, 0.001)
        return httpx2.Timeout(
            connect=min(t.connect or cap, cap),
            read=min(t.read or cap, cap),
            write=min(t.write or cap, cap),
            pool=min(t.pool or cap, cap),
        )

    @staticmethod
    def _poll_plan(
        timeout: float | None,
        timeout_ms: int | None,
        poll_interval: float,
        max_poll_interval: float,
    ) -> PollPlan:
        from .polling import PollPlan

        return PollPlan(
            timeout=seconds(timeout, timeout_ms),
            interval=poll_interval,
            max_interval=max_poll_interval,
        )


def _check_checkpoint(name: str, stream: bool, plan: ContinuationPlan) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError(f"checkpoint is a non-empty name, not {name!r}")
    if not stream:
        raise ValueError("checkpoint= applies to streams: pass stream=True")
    if not plan.stateful:
        raise ConfigurationError(
            "checkpoint= needs store=True: with store=False the server keeps nothing a"
            " checkpoint could resume from"
        )


def seconds(timeout: float | None, timeout_ms: int | None) -> float | None:
    """One timeout in seconds from ``timeout`` (s) or ``timeout_ms``; not both."""
    if timeout is not None and timeout_ms is not None:
        raise ValueError("pass timeout (seconds) or timeout_ms, not both")
    return timeout_ms / 1000 if timeout_ms is not None else timeout
