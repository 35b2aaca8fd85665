"""Continuation hops: the per-request output limit, checkpoint tokens, and hop-body rules.

A token is opaque to clients. The emulator's carries everything a hop needs (where the
answer resumes, the limits, a digest of the original request), so ``store: false`` hops
work without anything kept on the server.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .model import InvalidRequest

__all__ = ["Continuation", "Token", "check_hop", "deltas_for", "request_digest"]

_PREFIX = "ct1."
_MAX_TOKEN = 2048
_WORDS_PER_DELTA = 3


def deltas_for(words: int) -> int:
    """Text deltas that hold ``words`` words (0 stays 0: no limit, no checkpoints)."""
    return -(-words // _WORDS_PER_DELTA) if words > 0 else 0


def request_digest(body: dict[str, Any]) -> str:
    """What a ``store: false`` hop must resend unchanged: the model and the input."""
    canonical = json.dumps(
        {"model": body.get("model"), "input": body.get("input")},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Continuation:
    """How one model answer is split: ``limit`` deltas per request, a checkpoint every ``every``."""

    limit: int
    every: int
    words: int
    digest: str

    def token(self, issuer: str, position: int) -> str:
        """The token that resumes this answer at delta ``position``."""
        return Token(issuer, position, self).encode()


@dataclass(frozen=True)
class Token:
    """A decoded continuation token."""

    issuer: str
    position: int
    plan: Continuation

    def encode(self) -> str:
        data = {
            "i": self.issuer,
            "p": self.position,
            "l": self.plan.limit,
            "c": self.plan.every,
            "w": self.plan.words,
            "d": self.plan.digest,
        }
        raw = json.dumps(data, separators=(",", ":")).encode()
        return _PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: Any) -> Token:
        """The token in ``text``, or ``InvalidRequest`` if it is not one this emulator issued."""
        bad = InvalidRequest("`continuation_token` is not a token this server issued.")
        if not isinstance(text, str) or len(text) > _MAX_TOKEN or not text.startswith(_PREFIX):
            raise bad
        payload = text[len(_PREFIX) :]
        try:
            data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except (ValueError, binascii.Error):
            raise bad from None
        if not isinstance(data, dict) or not _well_formed(data):
            raise bad
        plan = Continuation(data["l"], data["c"], data["w"], data["d"])
        return cls(data["i"], data["p"], plan)


def _well_formed(data: dict[str, Any]) -> bool:
    numbers = [data.get(k) for k in ("p", "l", "c", "w")]
    texts = [data.get(k) for k in ("i", "d")]
    return all(type(n) is int and 0 <= n < 1 << 53 for n in numbers) and all(
        isinstance(t, str) and t for t in texts
    )


def check_hop(body: dict[str, Any], token: Token, *, store: bool) -> None:
    """Refuse a continuation hop the API would refuse (400)."""
    if body.get("agent") is not None:
        raise InvalidRequest(
            "`continuation_token` is for model interactions; agents continue by themselves."
        )
    if body.get("background") is True:
        raise InvalidRequest(
            "`continuation_token` cannot be used with `background: true`: "
            "background runs continue on the server."
        )
    has_input = body.get("input") is not None
    if store:
        previous = body.get("previous_interaction_id")
        if previous != token.issuer:
            raise InvalidRequest(
                "With `store` on, `continuation_token` must be sent with "
                "`previous_interaction_id` set to the interaction that issued it."
            )
        if has_input:
            raise InvalidRequest(
                "With `store` on, a continuation sends no `input`: the server has it."
            )
        return
    if not has_input:
        raise InvalidRequest(
            "With `store: false`, a continuation must resend the original `input`."
        )
    if request_digest(body) != token.plan.digest:
        raise InvalidRequest(
            "`continuation_token` does not belong to this request: resend the original "
            "`model` and `input` unchanged."
        )
