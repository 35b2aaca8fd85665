"""Exactly-once delivery as it was before the per-chunk hot path: the differential tests' oracle.

With the later rules made the straightforward way: events of a replay recognised by its
opening alone that cannot be placed against the cursor are held (see
``interactions_ext.delivery``), and the id window is two generations of ``_WINDOW`` ids.

Original summary: exactly-once delivery across reconnections, in memory that does not grow
with the stream.

The server's event ids are ordered within an interaction. After a reconnect the
client asks for the events after its cursor (the last delivered id); a server that
honours it resends the id-less events delivered since the cursor, one that ignores it
replays from the start. ``Delivery`` tells, for each event of a connection, whether
the caller has already seen it:

- a resumed body whose first event was already delivered is a replay: everything up to
  the cursor is skipped. A replay is recognised by a window of recent ids and the first
  ids of the stream, and, once the stream has shown its ids to be ordered (same text
  with growing numbers, such as ``evt_000041``), by comparing with the cursor — so a
  replay of any length delivers nothing twice. A resumed body that opens with the
  stream's opening event (``interaction.created`` / ``interaction.start``, which only
  ever comes first) is a replay too: that is how a resume from nothing but a cursor
  (``client.resume(id, last_event_id)``, no ids kept) recognises one;
- an id seen in the window is never delivered again;
- id-less events are counted from the cursor and skipped by position.

A reused id whose content differs from what was delivered is logged as a warning.
A replay is recognised by its first event, so a stream whose first events carry no id
(real ones open with ``interaction.created``, which does) is resumed as from an honest
server.
"""

from __future__ import annotations

import logging
import re
from typing import Final

__all__ = ["DROP", "HOLD", "RELEASE", "Delivery", "order_key"]

log = logging.getLogger("interactions_ext")

_WINDOW: Final = 4096
_FIRST: Final = 64
_SHAPES: Final = 16  # more id shapes than this: the ids are opaque, never compared
_RUNS: Final = re.compile(r"(\d+)")

DROP: Final = 0
HOLD: Final = 1
RELEASE: Final = 2


def order_key(event_id: str) -> tuple[str, tuple[int, ...]] | None:
    """``(shape, numbers)`` of an id with digits, e.g. ``evt_7`` → ``("evt_#", (7,))``."""
    parts = _RUNS.split(event_id)
    if len(parts) == 1:
        return None
    shape = "#".join(parts[0::2])
    return shape, tuple(int(p) for p in parts[1::2])


class Delivery:
    """Which events of the current connection are new to the caller."""

    __slots__ = (
        "_first_ids",
        "_held",
        "_older",
        "_recent",
        "_seeking",
        "_shapes",
        "_skip",
        "_starting",
        "_unsure",
        "cursor",
        "pending",
        "since_cursor",
    )

    def __init__(self, cursor: str | None = None) -> None:
        self.cursor = cursor
        """The last delivered event id (the resume cursor)."""
        self.since_cursor = 0
        """Id-less events delivered after ``cursor``."""
        # shape -> (last delivered numbers, increases seen, still ordered)
        self._shapes: dict[str, tuple[tuple[int, ...], int, bool]] = {}
        # Two generations of _WINDOW ids: a full one becomes the older, which is forgotten.
        self._recent: dict[str, int] = {}
        self._older: dict[str, int] = {}
        self._first_ids: dict[str, int] = {}
        self._starting = True
        self._seeking = False
        self._skip = 0
        self._unsure = False
        self._held = 0
        self.pending = DROP

    def new_connection(self) -> None:
        """A resumed body starts: expect the id-less tail since the cursor again."""
        self._starting = True
        self._seeking = False
        self._skip = self.since_cursor
        self._held = 0
        self._shapes = self._learn_shapes()

    def release(self) -> None:
        self._seeking = False
        self._held = 0

    def is_new(self, event_id: str | None, content: int, opening: bool = False) -> bool:
        """Whether to deliver an event; ``content`` is a hash of its payload, ``opening``
        whether it is the stream's opening event."""
        if self._starting:
            self._starting = False
            replays = event_id is not None and self._replays(event_id)
            self._seeking = self.cursor is not None and (opening or replays)
            self._unsure = self._seeking and not replays
        if self._seeking:
            # A replay: everything up to the cursor was delivered, whatever its id;
            # what cannot be placed against the cursor is held.
            if event_id is not None and event_id == self.cursor:
                self._seeking = False
                self._skip = self.since_cursor
                self._held = 0
                self.pending = DROP
                return False
            after = None if event_id is None else self._past_cursor(event_id)
            if not after:
                if after is None and self._unsure:
                    self._held += 1
                    self.pending = HOLD
                else:
                    self._held = 0
                    self.pending = DROP
                return False
            self._seeking = False
            if self._held:
                self._held = 0
                self.pending = RELEASE
                return False
        if event_id is None:
            if self._skip:
                self._skip -= 1
                return False
            self.since_cursor += 1
            return True
        if self._skip:
            log.debug("expected %d id-less events again before %s", self._skip, event_id)
            self._skip = 0
        if self._seen(event_id, content):
            return False
        self._advance(event_id, content)
        return True

    def _replays(self, event_id: str) -> bool:
        """The first event of a resumed body was delivered before: the server replays."""
        if self.cursor is None:
            return False
        return (
            event_id == self.cursor
            or event_id in self._recent
            or event_id in self._older
            or event_id in self._first_ids
            or self._ordered_not_after(event_id)
        )

    def _order(self, event_id: str) -> int | None:
        """-1/0/1 for before, at or after the last delivered id of its shape; None when the
        shape has not shown to be ordered (too few or decreasing ids, or opaque ids)."""
        key = order_key(event_id)
        known = self._shapes.get(key[0]) if key is not None else None
        if key is None or known is None:
            return None
        last, increases, ordered = known
        if not ordered or increases < 2:
            return None
        return (key[1] > last) - (key[1] < last)

    def _past_cursor(self, event_id: str) -> bool | None:
        """While skipping a replay: whether ``event_id`` comes after the cursor (None:
        cannot tell).

        By the ids' learnt order. A resume from a bare cursor (``client.resume``: nothing
        delivered here, so nothing learnt) compares with the cursor's own numbers, when
        the id has the cursor's shape: skipping until the cursor itself would lose every
        event of a server that resends its opening event but honours the cursor.
        """
        order = self._order(event_id)
        if order is not None:
            return order == 1
        key, at = order_key(event_id), order_key(self.cursor or "")
        if (
            self._recent
            or self._older
            or key is None
            or at is None
            or key[0] != at[0]
            or len(key[1]) != 1
        ):
            return None
        return key[1] > at[1]

    def _ordered_not_after(self, event_id: str) -> bool:
        return self._order(event_id) in (-1, 0)

    def _seen(self, event_id: str, content: int) -> bool:
        seen = self._recent.get(event_id, self._older.get(event_id, self._first_ids.get(event_id)))
        if seen is not None:
            if seen != content:
                log.warning("event id %s was reused with different content; dropped", event_id)
            return True
        return event_id == self.cursor

    def _advance(self, event_id: str, content: int) -> None:
        # The hot path of every delivered event: bookkeeping only; what the ids say about
        # their order is worked out when a resumed body starts (``_learn_shapes``).
        self.cursor = event_id
        self.since_cursor = 0
        if len(self._first_ids) < _FIRST:
            self._first_ids[event_id] = content
        self._recent[event_id] = content
        if len(self._recent) >= _WINDOW:
            self._older, self._recent = self._recent, {}

    def _learn_shapes(self) -> dict[str, tuple[tuple[int, ...], int, bool]]:
        """For each id shape: its last numbers, how often they grew, whether they always did.

        Read off the ids kept (the first of the stream and the recent window, in delivery
        order); more shapes than ``_SHAPES`` means opaque ids, and nothing is compared.
        """
        shapes: dict[str, tuple[tuple[int, ...], int, bool]] = {}
        for event_id in dict.fromkeys([*self._first_ids, *self._older, *self._recent]):
            key = order_key(event_id)
            if key is None:
                continue
            shape, numbers = key
            known = shapes.get(shape)
            if known is None:
                if len(shapes) == _SHAPES:
                    return {}
                shapes[shape] = (numbers, 0, True)
            else:
                last, increases, ordered = known
                shapes[shape] = (numbers, increases + 1, ordered and numbers > last)
        return shapes
