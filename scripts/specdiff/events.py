"""API revisions: SSE events that leave or join the stream a client gets by default."""

from __future__ import annotations

import difflib

from .context import Emitter
from .model import Severity, code

# Minimum similarity for pairing an event that left the default stream with one that joined.
PAIRING_THRESHOLD = 0.45


class EventRules(Emitter):
    """Rules driven by info.x-api-revision and the events' x-api-revisions."""

    def diff_default_events(self) -> None:
        """Events that leave or join the default stream when the default revision changes."""
        old_rev, new_rev = self.old.revision, self.new.revision
        if old_rev is None or new_rev is None:
            return  # without a declared default on both sides there is nothing to compare
        before, after = self.old.default_events(), self.new.default_events()
        # Events gone from the union altogether are reported by the union rules.
        gone = [t for t in self.old.sse.order if t in before - after and t in self.new.sse.events]
        joined = [tag for tag in self.new.sse.order if tag in after - before]
        pairs = self.pair_events(gone, joined)
        change = f"(revision {old_rev} → {new_rev})"
        for tag in gone:
            where = f"SSE event {code(tag)}"
            pinned = self.new.event_revisions(self.new.sse.events[tag]) or [old_rev]
            advice = f"pin {code('Api-Revision: ' + sorted(pinned)[-1])}"
            if tag in pairs:
                advice += f" or migrate to {code(pairs[tag])}"
            message = f"no longer sent by default {change}; {advice}"
            self.add(Severity.BREAKING, where, message, "response-sse-event-no-longer-default")
        for tag in joined:
            if tag in self.old.sse.events:
                message = f"now sent by default {change}"
                self.add(
                    Severity.NON_BREAKING,
                    f"SSE event {code(tag)}",
                    message,
                    "response-sse-event-now-default",
                )

    def pair_events(self, gone: list[str], joined: list[str]) -> dict[str, str]:
        """Pair each vanished event with its likely successor (greedy, best score first)."""
        scored = sorted(
            (-self.event_similarity(g, gi, len(gone), j, ji, len(joined)), g, j)
            for gi, g in enumerate(gone)
            for ji, j in enumerate(joined)
        )
        pairs: dict[str, str] = {}
        taken: set[str] = set()
        for negative, g, j in scored:
            if -negative < PAIRING_THRESHOLD or g in pairs or j in taken:
                continue
            pairs[g] = j
            taken.add(j)
        return pairs

    def event_similarity(self, gone: str, gi: int, gn: int, joined: str, ji: int, jn: int) -> float:
        """Blend of payload shape, tag name and position in the union (0..1)."""
        old_props = self.old.event_properties(gone)
        new_props = self.new.event_properties(joined)
        union = old_props | new_props
        shape = len(old_props & new_props) / len(union) if union else 1.0
        whole = difflib.SequenceMatcher(None, gone, joined).ratio()
        last = difflib.SequenceMatcher(None, gone.rsplit(".")[-1], joined.rsplit(".")[-1]).ratio()
        position = 1.0 - abs(gi / max(gn - 1, 1) - ji / max(jn - 1, 1))
        return 0.4 * shape + 0.2 * whole + 0.2 * last + 0.2 * position
