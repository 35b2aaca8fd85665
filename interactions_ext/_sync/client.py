# Generated from interactions_ext/_async/client.py by scripts/unasync.py. Do not edit.
"""``Client``: create, get, cancel, delete, stream, resume and wait.

Written once, async; scripts/unasync.py writes the sync twin (``_sync/client.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx2

from ..client_base import Call, ClientBase, CreateOptions, CreateRequest, RequestOptions
from ..errors import APIError, CheckpointError, NotFoundError

# The models, the stream machinery, checkpoints and the transport loop are imported
# where first used: ``from interactions_ext import Client`` stays cheap.
if TYPE_CHECKING:
    from .._generated import models as m
    from ..checkpoint import Checkpoint
    from ..config import ClientOptions
    from ..polling import ProgressCallback
    from ..retry import RetryPolicy
    from ..routing import Route
    from ..store import protocol
    from ..stream_core import StreamCore
    from .checkpoint import Tracker
    from .raw import RawResponses
    from .stream import InteractionStream, Opener

__all__ = ["Client"]


class Client(ClientBase):
    """Client for the Interactions API (Gemini Developer API or Vertex AI).

    Credentials and backend come from the keyword arguments (see ``ClientOptions``),
    else the environment (``GEMINI_API_KEY``/``GOOGLE_API_KEY``,
    ``GOOGLE_GENAI_USE_VERTEXAI``, ...). ``retry_policy`` replaces the default
    ``RetryPolicy(max_retries=...)``; ``http_client`` brings your own ``httpx2.Client``
    (credentials and headers are still sent). ``strict=True`` raises ``StreamDecodeError``
    on an event or resource that does not match its schema, instead of delivering it as
    ``InvalidEvent`` / ``Unknown*``. ``store`` (a URL such as ``sqlite:///path.db`` or
    ``redis://host:6379/0``, or a ``Store``) keeps stream checkpoints and conversation
    threads; unset, ``$INTERACTIONS_STORE`` or SQLite in the user's data directory
    (opened on first use: see ``store``).
    Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        retry_policy: RetryPolicy | None = None,
        auto_resume: bool = True,
        strict: bool = False,
        http_client: httpx2.Client | None = None,
        store: str | protocol.Store | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(options, retry_policy, auto_resume, strict, store)
        self._http = http_client or httpx2.Client(**self._http_options())

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (and the store, when the client opened it)."""
        self._http.close()
        self._close_store()

    def _send(
        self,
        route: Route,
        call: Call,
        *,
        stream: bool,
        idempotent: bool,
        interaction_id: str | None = None,
        timeout: httpx2.Timeout | None = None,
    ) -> httpx2.Response:
        from ..raw_response import RAW_RESPONSES
        from .transport import send_with_retries

        headers = self._headers(route, stream, call)
        response = send_with_retries(
            self._http,
            lambda: self._http.build_request(
                route.method,
                route.url,
                params={**route.params, **call.query} or None,  # {} would re-parse the URL
                headers=headers,
                json=route.json,
                timeout=timeout or call.timeout or self._settings.timeout,
            ),
            policy=call.policy,
            idempotent=idempotent,
            auth=self._auth_for(headers),
            stream=stream,
            interaction_id=interaction_id,
        )
        captured = RAW_RESPONSES.get()
        if captured is not None:
            captured.append(response)
        return response

    def _interaction(
        self,
        route: Route,
        call: Call,
        interaction_id: str | None,
        *,
        idempotent: bool,
        timeout: httpx2.Timeout | None = None,
    ) -> m.Interaction:
        from ..events import decode_interaction

        response = self._send(
            route,
            call,
            stream=False,
            idempotent=idempotent,
            interaction_id=interaction_id,
            timeout=timeout,
        )
        return decode_interaction(response.content, strict=self._strict)

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
        field of the API's create body is a keyword (see ``CreateOptions``), as are the
        per-call ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body`` and
        ``max_retries``. With ``stream=True`` returns a stream of typed events that
        resumes by itself when the connection drops; otherwise the ``Interaction``.
        A model answer that stops at the per-request output limit is continued with
        further requests and returned (or streamed) whole: see
        ``automatic_continuation``; ``continuation_hops`` lists the hops' ids.
        """
        request = self._create_request(input, stream, options)
        if not stream:
            return self._create_unary(request)
        return self._create_stream(request)

    def _create_stream(
        self, request: CreateRequest, trackers: Sequence[Tracker] = ()
    ) -> InteractionStream:
        """Open a created stream; with a checkpoint or ``trackers``, a durable one."""
        from .checkpoint import CheckpointTracker, DurableStream
        from .stream import InteractionStream

        if request.checkpoint is not None:
            checkpoint = CheckpointTracker.start(self.store, request.checkpoint, request.plan)
            trackers = (checkpoint, *trackers)
        hops = self._stream_hops(request)
        open_hop = self._hop_opener(request)
        try:
            response = open_hop(request.route.json)
        except APIError as exc:
            for tracker in trackers:
                tracker.failed(exc)
                tracker.closed(None)
            hops.fail(exc)
        opener = self._opener(request.call.for_resume(), hops.remaining)
        if not trackers:
            return InteractionStream(response, opener, hops.new_core(), hops, open_hop)
        return DurableStream(response, opener, hops.new_core(), hops, open_hop, trackers)

    def _create_unary(self, request: CreateRequest) -> m.Interaction:
        from ..continuation import UnaryHops

        hops = UnaryHops(request.plan)
        body: Mapping[str, Any] | None = request.route.json
        while body is not None:
            if hops.plan.deadline.expired():
                raise hops.timed_out()
            route, call, timeout = self._hop(request.call, hops.plan.deadline, body)
            try:
                hop = self._interaction(route, call, None, idempotent=False, timeout=timeout)
            except APIError as exc:
                hops.fail(exc)
            body = hops.add(hop)
        return hops.result(stacklevel=5)

    def _hop_opener(
        self, request: CreateRequest
    ) -> Callable[[Mapping[str, Any] | None], httpx2.Response]:
        """Sends one create request of a streamed call (its first, or a continuation hop)."""

        def open_hop(body: Mapping[str, Any] | None) -> httpx2.Response:
            route, call, timeout = self._hop(request.call, request.plan.deadline, body)
            return self._send(route, call, stream=True, idempotent=False, timeout=timeout)

        return open_hop

    @overload
    def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[False] = ...,
        last_event_id: None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> m.Interaction: ...
    @overload
    def get(
        self,
        interaction_id: str,
        *,
        stream: Literal[True],
        last_event_id: str | None = ...,
        auto_resume: bool | None = ...,
        accumulate: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> InteractionStream: ...

    def get(
        self,
        interaction_id: str,
        *,
        stream: bool = False,
        last_event_id: str | None = None,
        auto_resume: bool | None = None,
        accumulate: bool = True,
        **options: Unpack[RequestOptions],
    ) -> m.Interaction | InteractionStream:
        """Get an interaction, or with ``stream=True`` its events after ``last_event_id``."""
        call = self._call(options)
        if not stream:
            if last_event_id is not None:
                raise ValueError("last_event_id applies to streams: pass stream=True")
            route = self._route("get", interaction_id)
            return self._interaction(route, call, interaction_id, idempotent=True)
        core = self._stream_core(interaction_id, last_event_id, auto_resume, accumulate)
        return self._follow(core, call)

    def _follow(
        self,
        core: StreamCore,
        call: Call,
        check_deadline: Callable[[], float | None] | None = None,
    ) -> InteractionStream:
        """Open the event stream of ``core``'s interaction after its cursor."""
        from .stream import InteractionStream

        opener = self._opener(call, check_deadline)
        assert core.interaction_id is not None
        response = opener(core.interaction_id, core.last_event_id)
        return InteractionStream(response, opener, core)

    def resume(
        self,
        interaction_id: str,
        last_event_id: str | None = None,
        *,
        auto_resume: bool | None = None,
        accumulate: bool = True,
        **options: Unpack[RequestOptions],
    ) -> InteractionStream:
        """Continue a stream after ``last_event_id`` (e.g. from ``StreamInterruptedError``)."""
        return self.get(
            interaction_id,
            stream=True,
            last_event_id=last_event_id,
            auto_resume=auto_resume,
            accumulate=accumulate,
            **options,
        )

    def resume_checkpoint(
        self,
        name: str,
        *,
        last_event_id: str | None = None,
        auto_resume: bool | None = None,
        accumulate: bool = True,
        **options: Unpack[RequestOptions],
    ) -> InteractionStream:
        """Continue the stream recorded as checkpoint ``name``, from any process.

        Delivers the events after the last one handled (the cursor committed when the
        caller asked for the next event), or after ``last_event_id`` of the current
        interaction when given, then follows any further continuation hops, and goes on
        recording. ``CheckpointError`` when there is no such checkpoint, or its stream
        never named its interaction. A finished checkpoint replays what follows the
        cursor and records nothing. ``interaction()`` of the stream assembles only the
        events it delivered itself.
        """
        from ..checkpoint import CheckpointLedger, checkpoint_key
        from .checkpoint import CheckpointTracker, DurableStream

        store = self.store
        record = store.get(checkpoint_key(name))
        if record is None:
            raise CheckpointError(
                f"no checkpoint named {name!r} (never created, or expired)",
                key=checkpoint_key(name),
            )
        ledger = CheckpointLedger(name, record)
        state = ledger.checkpoint
        if state.interaction_id is None:
            raise CheckpointError(
                f"checkpoint {name!r} never named its interaction: its stream stopped"
                " before the first event arrived, so there is nothing to resume",
                key=ledger.key,
            )
        cursor = state.last_event_id if last_event_id is None else last_event_id
        request, hops, core = self._resumed(ledger, cursor, auto_resume, accumulate, options)
        opener = self._opener(request.call, hops.remaining)
        response = opener(state.interaction_id, cursor)
        tracker = CheckpointTracker(store, ledger)
        open_hop = self._hop_opener(request)
        return DurableStream(response, opener, core, hops, open_hop, [tracker])

    def get_checkpoint(self, name: str) -> Checkpoint | None:
        """Checkpoint ``name`` as last committed, or None (never created, or expired)."""
        from ..checkpoint import Checkpoint, checkpoint_key

        record = self.store.get(checkpoint_key(name))
        return None if record is None else Checkpoint.from_value(name, record.value)

    def delete_checkpoint(self, name: str) -> None:
        """Forget checkpoint ``name`` (the interaction itself is not touched)."""
        from ..checkpoint import checkpoint_key

        self.store.delete(checkpoint_key(name))

    def _opener(
        self, call: Call, check_deadline: Callable[[], float | None] | None = None
    ) -> Opener:
        def open_resume(interaction_id: str, last_event_id: str | None) -> httpx2.Response:
            route = self._route("get", interaction_id, stream=True, last_event_id=last_event_id)
            remaining = check_deadline() if check_deadline is not None else None
            return self._send(
                route,
                call,
                stream=True,
                idempotent=True,
                interaction_id=interaction_id,
                timeout=self._timeout_within(remaining),
            )

        return open_resume

    def cancel(self, interaction_id: str, **options: Unpack[RequestOptions]) -> m.Interaction:
        """Cancel a running background interaction; returns it, now ``cancelled``."""
        route = self._route("cancel", interaction_id)
        return self._interaction(route, self._call(options), interaction_id, idempotent=True)

    def delete(self, interaction_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a stored interaction."""
        route = self._route("delete", interaction_id)
        self._send(
            route,
            self._call(options),
            stream=False,
            idempotent=True,
            interaction_id=interaction_id,
        )

    @property
    def with_raw_response(self) -> RawResponses:
        """The same calls, returning a ``RawResponse``: status and headers with the result."""
        from .raw import RawResponses

        return RawResponses(self)

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

        Returns on every status that cannot change by itself: the terminal ones,
        ``requires_action``, and ``requires_continuation`` (continue it with
        ``create(continuation_token=...)``; background runs never stop there).

        ``timeout`` is in seconds (``timeout_ms`` also accepted); ``None`` waits as long
        as it takes. With ``stream=True`` follows the event stream instead of polling.
        """
        plan = self._poll_plan(timeout, timeout_ms, poll_interval, max_poll_interval)
        if stream:
            # Only the end matters: the final state comes from the polls below. The
            # deadline is checked on every chunk (heartbeats too) and bounds every read.
            core = self._stream_core(interaction_id, None, None, False, plan.check_deadline)
            call = self._call({})
            with self._follow(core, call, plan.check_deadline) as events:
                for _ in events:
                    pass
        while True:
            try:
                if plan.observe(self.get(interaction_id), on_status):
                    assert plan.last is not None
                    return plan.last
            except NotFoundError as exc:
                plan.not_found(exc)
            time.sleep(plan.next_delay())
