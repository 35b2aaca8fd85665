"""Continuation hops: answers longer than one request.

A model interaction can stop at the per-request output limit with status
``requires_continuation`` and a ``continuation_token``; the rest of the answer comes
from a new create carrying that token (a *hop*, itself a new interaction with its own
id). This module decides everything about hops without I/O: whether a call
continues, each hop's body, the call's deadline, how hops merge into one
``Interaction``, and where a broken stream hop picks up. ``_async/client.py`` and
``_async/stream.py`` (and their generated sync twins) apply it.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final, NoReturn

import httpx2
import msgspec

from ._generated import models as m
from .errors import APIError, APITimeoutError, ContinuationTimeoutError, StreamInterruptedError
from .events import Event, interaction_id_of
from .retry import RetryPolicy

if TYPE_CHECKING:  # a unary create does not load the stream machinery
    from .stream_core import StreamCore

__all__ = [
    "ContinuationPlan",
    "Deadline",
    "IncompleteInteractionWarning",
    "StreamHops",
    "UnaryHops",
    "continuation_hops",
    "merge_hops",
    "merge_usage",
]

REQUIRES_CONTINUATION: Final = "requires_continuation"
# A token is a place to pick up from while its hop's status is one of these.
_RESUMABLE: Final = frozenset({None, "in_progress", REQUIRES_CONTINUATION})
# A request timeout this close to the call's deadline is the deadline: the request's
# own timeout was capped at the time left.
_SLACK: Final = 0.1
# Usage lists are merged per key, summing the count.
_KEYED_USAGE: Final = {
    "input_tokens_by_modality": ("modality", "tokens"),
    "output_tokens_by_modality": ("modality", "tokens"),
    "cached_tokens_by_modality": ("modality", "tokens"),
    "tool_use_tokens_by_modality": ("modality", "tokens"),
    "grounding_tool_count": ("type", "count"),
}
_HOPS: Final = "continuation_hops"
_SNAPSHOTS: Final = (m.InteractionCreatedEvent, m.InteractionStartEvent)
_TERMINAL: Final = (m.InteractionCompletedEvent, m.InteractionCompleteEvent)
# Events that name their interaction or carry a status; every other kind (the steps and
# content of the answer, nearly all of a stream) only counts towards since_checkpoint.
_SNAPSHOTS_AND_TERMINAL: Final = (*_SNAPSHOTS, *_TERMINAL)
_STATEFUL: Final = (*_SNAPSHOTS_AND_TERMINAL, m.InteractionStatusUpdateEvent)
_PLAIN: Final[dict[type, bool]] = {}


def _plain(cls: type) -> bool:
    """Whether events of ``cls`` say nothing about the hop (looked up once per class)."""
    plain = _PLAIN[cls] = not issubclass(cls, _STATEFUL) and not any(
        name in ("interaction", "interaction_id") for name in getattr(cls, "__struct_fields__", ())
    )
    return plain


class IncompleteInteractionWarning(UserWarning):
    """An answer stopped at the per-request output limit and was not continued."""


def continuation_hops(interaction: m.Interaction) -> tuple[str, ...]:
    """Ids of the interactions (hops) that produced this answer, in order.

    One id when the answer took a single request; each further id is a continuation
    hop. The result of ``create`` and a stream's ``interaction()`` both carry them.
    """
    hops = getattr(interaction, "__dict__", {}).get(_HOPS)
    if isinstance(hops, tuple):
        return hops
    return (interaction.id,) if interaction.id else ()


@dataclass(frozen=True)
class Deadline:
    """The wall-clock budget of one create call across all of its hops (None: unbounded)."""

    timeout: float | None
    started: float = field(default_factory=time.monotonic)

    def remaining(self) -> float | None:
        if self.timeout is None:
            return None
        return self.timeout - (time.monotonic() - self.started)

    def expired(self, slack: float = 0.0) -> bool:
        """True once the time is up (``slack``: within that many seconds of it)."""
        left = self.remaining()
        return left is not None and left <= slack

    def retry_policy(self, policy: RetryPolicy) -> RetryPolicy:
        """``policy`` with its retries kept inside the time left."""
        left = self.remaining()
        if left is None:
            return policy
        total = left if policy.total_deadline is None else min(policy.total_deadline, left)
        return replace(policy, total_deadline=max(total, 0.0))

    def capped(self, delay: float) -> float:
        left = self.remaining()
        return delay if left is None else max(0.0, min(delay, left))


@dataclass(frozen=True)
class ContinuationPlan:
    """How one create call treats ``requires_continuation``, decided from its body."""

    body: Mapping[str, Any]
    enabled: bool
    warn: bool
    stateful: bool
    deadline: Deadline

    @classmethod
    def for_body(
        cls, body: Mapping[str, Any], automatic: bool | None, timeout: float | None
    ) -> ContinuationPlan:
        """The plan for ``body``; ``ValueError`` for combinations the server manages itself."""
        background = body.get("background") is True
        agent = body.get("agent") is not None
        if automatic is False and background:
            raise ValueError(
                "automatic_continuation=False cannot be used with background=True:"
                " the server continues background runs itself"
            )
        if automatic and (background or agent):
            raise ValueError(
                "automatic_continuation=True applies to model interactions that are not"
                " background runs; the server continues agents and background runs itself"
            )
        if timeout is not None and not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        manual = automatic is False and bool(body.get("continuation_token"))
        return cls(
            body=body,
            enabled=automatic is not False and not background and not agent,
            warn=not (background or agent or manual),
            stateful=body.get("store") is not False,
            deadline=Deadline(timeout),
        )

    def hop_body(self, token: str, owner: str | None) -> dict[str, Any]:
        """The create body that continues from ``token``, issued by interaction ``owner``.

        Stored (the default): the server rebuilds the context from ``owner``, so the
        hop names it as ``previous_interaction_id`` and sends no input. With
        ``store=False`` nothing is stored: the original input goes again.
        """
        body = dict(self.body)
        body["continuation_token"] = token
        if self.stateful and owner:
            body.pop("input", None)
            body["previous_interaction_id"] = owner
        return body

    def warn_if_incomplete(self, status: object, token: str | None, stacklevel: int) -> None:
        if not self.warn or status != REQUIRES_CONTINUATION or not token:
            return
        how = (
            "continuation_token=<token> with previous_interaction_id=<its id> and no input"
            if self.stateful
            else "continuation_token=<token> with the same input (store=False)"
        )
        warnings.warn(
            "the answer is incomplete (status 'requires_continuation'): the request reached"
            f" the per-request output limit. Continue it with create({how}), leave"
            " automatic_continuation unset to continue automatically, or use"
            " background=True to let the server continue it",
            IncompleteInteractionWarning,
            stacklevel=stacklevel,
        )


def _token(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _sum_keyed(lists: Sequence[list[Any]], key: str, count: str) -> list[Any]:
    merged: dict[Any, Any] = {}
    for items in lists:
        for item in items:
            name = getattr(item, key)
            seen = merged.get(name)
            if seen is None:
                merged[name] = item
                continue
            a, b = getattr(seen, count), getattr(item, count)
            if isinstance(a, int) and isinstance(b, int):
                merged[name] = msgspec.structs.replace(seen, **{count: a + b})
    return list(merged.values())


def merge_usage(usages: Sequence[m.Usage]) -> m.Usage | None:
    """Token usage of several hops: counts summed, per-modality/per-tool lists summed per key."""
    if len(usages) <= 1:
        return usages[0] if usages else None
    merged: dict[str, Any] = {}
    for name in m.Usage.__struct_fields__:
        values = [v for v in (getattr(u, name) for u in usages) if v is not msgspec.UNSET]
        if not values:
            continue
        if name in _KEYED_USAGE:
            merged[name] = _sum_keyed(values, *_KEYED_USAGE[name])
        elif all(isinstance(v, int) for v in values):
            merged[name] = sum(values)
        else:
            merged[name] = values[-1]
    return m.Usage(**merged)


def _own_items(items: object, later_hop: bool) -> list[Any] | None:
    if not isinstance(items, list):
        return None
    start = 0
    if later_hop:
        # A later hop continues the same turn: an echoed input would cut output_text short.
        while start < len(items) and isinstance(items[start], m.UserInputStep):
            start += 1
    return items[start:]


def merge_hops(hops: Sequence[m.Interaction]) -> m.Interaction:
    """One interaction from the hops of an answer.

    The last hop gives id, status and token; steps (or legacy outputs) of every hop
    follow each other in order; usage is summed (``merge_usage``); what describes the
    request (``previous_interaction_id``, ``created``, ``input``) is the first hop's.
    A single hop is returned as it is.
    """
    if len(hops) == 1:
        return hops[0]
    first, last = hops[0], hops[-1]
    fields = msgspec.structs.asdict(last)
    for name in ("steps", "outputs"):
        parts = [_own_items(getattr(h, name), i > 0) for i, h in enumerate(hops)]
        present = [p for p in parts if p is not None]
        fields[name] = [x for p in present for x in p] if present else msgspec.UNSET
    usage = merge_usage([h.usage for h in hops if isinstance(h.usage, m.Usage)])
    fields["usage"] = msgspec.UNSET if usage is None else usage
    for name in ("previous_interaction_id", "created", "input"):
        fields[name] = getattr(first, name)
    merged = m.Interaction(**fields)
    merged.__dict__[_HOPS] = tuple(dict.fromkeys(h.id for h in hops if h.id))
    return merged


class UnaryHops:
    """The hops of one unary create: what to send next, the merged answer, the errors."""

    def __init__(self, plan: ContinuationPlan) -> None:
        self.plan = plan
        self.hops: list[m.Interaction] = []
        first = _token(plan.body.get("continuation_token"))
        self._tokens: set[str] = {first} if first else set()

    def add(self, interaction: m.Interaction) -> dict[str, Any] | None:
        """Record a hop; the body of the next one, or None when the answer is done."""
        self.hops.append(interaction)
        token = _token(interaction.continuation_token)
        if (
            not self.plan.enabled
            or interaction.status != REQUIRES_CONTINUATION
            or token is None
            or token in self._tokens  # a token seen before would loop without progress
        ):
            return None
        self._tokens.add(token)
        return self.plan.hop_body(token, interaction.id or None)

    def result(self, stacklevel: int) -> m.Interaction:
        """The merged answer (warns when it stopped incomplete)."""
        merged = merge_hops(self.hops)
        self.plan.warn_if_incomplete(
            merged.status, _token(merged.continuation_token), stacklevel=stacklevel
        )
        return merged

    def _resume_point(self) -> tuple[str | None, str | None]:
        if not self.hops:
            return _token(self.plan.body.get("continuation_token")), None
        last = self.hops[-1]
        owner = (last.id or None) if self.plan.stateful else None
        return _token(last.continuation_token), owner

    def timed_out(self) -> ContinuationTimeoutError:
        token, owner = self._resume_point()
        return ContinuationTimeoutError(
            f"create() did not finish within timeout={self.plan.deadline.timeout:g} s"
            f" ({len(self.hops)} hops finished)",
            interaction_id=owner,
            continuation_token=token,
            partial=merge_hops(self.hops) if self.hops else None,
        )

    def fail(self, exc: APIError) -> NoReturn:
        """Raise for a hop that failed: the call's timeout, or ``exc`` with the resume point."""
        if self.plan.deadline.expired(_SLACK if isinstance(exc, APITimeoutError) else 0.0):
            raise self.timed_out() from exc
        if self.hops:
            exc.continuation_token, owner = self._resume_point()
            exc.interaction_id = exc.interaction_id or owner
            exc.partial = merge_hops(self.hops)
        raise exc


@dataclass
class _Hop:
    """What one hop of a stream has shown so far."""

    token: str | None = None  # the latest place to pick up from (seeded with the hop's own)
    owner: str | None = None  # the interaction that issued ``token``
    start_token: str | None = None
    id: str | None = None
    status: str | None = None
    # The core's ``delivered`` when ``token`` was issued, plus the events since that are
    # not output: ``delivered - checkpoint_at`` output events would be generated again.
    checkpoint_at: int = 0


class StreamHops:
    """The hops of one streamed create, across which the stream stays one stream.

    Each hop is read by its own ``StreamCore``; this keeps the finished hops, tracks
    checkpoint tokens, and says when and how to open the next hop or pick up a broken
    one that the cursor cannot resume (``store=False``, or no event seen yet).
    """

    def __init__(
        self,
        plan: ContinuationPlan,
        new_core: Callable[[str | None, str | None, Callable[[], float | None]], StreamCore],
    ) -> None:
        """``new_core(interaction_id, last_event_id, check_deadline)`` builds the
        ``StreamCore`` of one hop."""
        self.plan = plan
        self.finished: list[m.Interaction] = []
        self.reconnects = 0
        self._new_core = new_core
        first = _token(plan.body.get("continuation_token"))
        self._hop = _Hop(token=first, start_token=first)
        self._tokens: set[str] = {first} if first else set()
        self._stalls = 0

    def observe(self, event: Event, delivered: int) -> None:
        """Record a delivered event of the current hop that is not step or output
        content (``StreamCore.observer``); ``delivered`` counts the hop's events so far."""
        plain = _PLAIN.get(event.__class__)
        if plain or (plain is None and _plain(event.__class__)):
            return
        hop = self._hop
        hop.id = interaction_id_of(event) or hop.id
        if isinstance(event, m.InteractionStatusUpdateEvent):
            hop.status = str(event.status)
            self._checkpoint(_token(event.continuation_token), delivered)
        elif isinstance(event, _SNAPSHOTS_AND_TERMINAL):
            status = event.interaction.status
            hop.status = hop.status if status is msgspec.UNSET else str(status)
            token = _token(event.interaction.continuation_token)
            if isinstance(event, _TERMINAL):
                # The final snapshot is authoritative: without a token, nothing continues.
                hop.token, hop.owner, hop.checkpoint_at = token, hop.id, delivered
            else:
                self._checkpoint(token, delivered)

    def _checkpoint(self, token: str | None, delivered: int) -> None:
        hop = self._hop
        if token is not None:
            hop.token, hop.owner, hop.checkpoint_at = token, hop.id, delivered
        else:
            hop.checkpoint_at += 1  # a status or snapshot is not output: not counted

    def resume_point(self) -> tuple[str | None, str | None, str | None]:
        """The current hop's latest continuation token, the interaction that issued it,
        and the hop's last status: what a durable checkpoint keeps of the hops."""
        hop = self._hop
        return hop.token, hop.owner, hop.status

    def resume_from(
        self, interaction_id: str, token: str | None, owner: str | None, status: str | None
    ) -> None:
        """Pick up a stream recorded by ``resume_point`` in another process: the current
        hop is ``interaction_id``, already seen up to ``token`` and ``status``."""
        self._hop = _Hop(token=token, owner=owner, id=interaction_id, status=status)

    def new_core(
        self, interaction_id: str | None = None, last_event_id: str | None = None
    ) -> StreamCore:
        """A core for the next request (or for a hop picked up at ``last_event_id``),
        bound by the call's deadline."""
        core = self._new_core(interaction_id, last_event_id, self.remaining)
        core.observer = self.observe
        return core

    def interaction(self, current: m.Interaction) -> m.Interaction:
        """The answer so far: the finished hops merged with the current one."""
        return merge_hops([*self.finished, current]) if self.finished else current

    def _resumable_token(self) -> str | None:
        hop = self._hop
        return hop.token if hop.status in _RESUMABLE else None

    def _advance(self, core: StreamCore, token: str) -> tuple[StreamCore, dict[str, Any]]:
        hop = self._hop
        if core.interaction_id is not None:  # a hop cut before its first event showed nothing
            self.finished.append(core.accumulator.interaction())
        self.reconnects += core.reconnects
        self._hop = _Hop(token=token, owner=hop.owner, start_token=token)
        return self.new_core(), self.plan.hop_body(token, hop.owner)

    def next_hop(self, core: StreamCore) -> tuple[StreamCore, dict[str, Any]] | None:
        """After a hop ended: the core and body of the next one, or None when done."""
        hop = self._hop
        token = hop.token if hop.status == REQUIRES_CONTINUATION else None
        if not self.plan.enabled or token is None or token in self._tokens:
            self.plan.warn_if_incomplete(hop.status, token, stacklevel=5)
            return None
        self._tokens.add(token)
        self._stalls = 0
        self.remaining()  # raises once the call's time is up
        return self._advance(core, token)

    def after_drop(
        self, core: StreamCore, error: BaseException | None, elapsed: float
    ) -> tuple[float, StreamCore, dict[str, Any]] | None:
        """After a hop broke: None when the cursor resumes it (``core.plan_resume``), else
        the delay, core and body of a new create from the latest checkpoint.

        Output delivered after that checkpoint would be generated again, so then this
        raises ``StreamInterruptedError`` carrying the token instead of resending it.
        """
        self.remaining(_SLACK if isinstance(error, httpx2.TimeoutException) else 0.0)
        hop = self._hop
        if self.plan.stateful and core.interaction_id is not None:
            return None
        token = self._resumable_token()
        if not (self.plan.enabled and core.auto_resume and token):
            if self.plan.stateful:
                return None
            raise self.interrupted(core, error, "stream ended before a terminal event")
        since_checkpoint = core.delivered - hop.checkpoint_at
        if since_checkpoint:
            raise self.interrupted(
                core,
                error,
                f"stream ended {since_checkpoint} events after its last checkpoint;"
                " continuing from the checkpoint would generate them again",
            )
        self._stalls = self._stalls + 1 if token == hop.start_token else 0
        delay = core.policy.delay(attempt=max(0, self._stalls - 1), elapsed=elapsed)
        if delay is None:
            raise self.interrupted(
                core, error, f"gave up after {self._stalls} attempts without a new checkpoint"
            )
        next_core, body = self._advance(core, token)
        self.reconnects += 1
        return self.plan.deadline.capped(delay), next_core, body

    def interrupted(
        self, core: StreamCore, error: BaseException | None, reason: str
    ) -> StreamInterruptedError:
        token = self._resumable_token()
        if error is not None:
            reason = f"{reason} ({error!r})"
        return StreamInterruptedError(
            reason + ("; continue from continuation_token" if token else ""),
            interaction_id=core.interaction_id,
            last_event_id=core.last_event_id,
            cause=error,
            continuation_token=token,
        )

    def annotate(self, exc: StreamInterruptedError) -> StreamInterruptedError:
        """``exc`` with the checkpoint token when its cursor cannot be resumed."""
        if exc.interaction_id is None or not self.plan.stateful:
            exc.continuation_token = self._resumable_token()
        return exc

    def remaining(self, slack: float = 0.0) -> float | None:
        """Seconds left for the call (None: unbounded); ``ContinuationTimeoutError`` when
        none are (``slack``: or this few, after a request timeout capped at the rest)."""
        if self.plan.deadline.expired(slack):
            raise self._timed_out()
        return self.plan.deadline.remaining()

    def _timed_out(self) -> ContinuationTimeoutError:
        token = self._resumable_token()
        owner = self._hop.owner if token else self._hop.id
        return ContinuationTimeoutError(
            f"create() did not finish within timeout={self.plan.deadline.timeout:g} s"
            f" ({len(self.finished)} hops finished)",
            interaction_id=owner if self.plan.stateful else None,
            continuation_token=token,
        )

    def fail(self, exc: APIError) -> NoReturn:
        """Raise for a hop whose create failed: the call's timeout, or ``exc`` with the token."""
        if self.plan.deadline.expired(_SLACK if isinstance(exc, APITimeoutError) else 0.0):
            raise self._timed_out() from exc
        if self.finished:
            exc.continuation_token = self._resumable_token()
            if self.plan.stateful:
                exc.interaction_id = exc.interaction_id or self._hop.owner
        raise exc
