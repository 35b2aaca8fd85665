"""Exactly-once delivery across reconnections, in memory that does not grow with the stream.

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
  (``client.resume(id, last_event_id)``, no ids kept) recognises one. Its events that
  cannot be placed against the cursor (opaque ids) are held, not dropped: the cursor
  showing up proves them replayed; the stream's end, or an event known to follow the
  cursor, proves them new (the server honoured the cursor and only resent its opening);
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
# The lane's ids wait for the window until a lookup needs it, with their payloads (for
# the content hashes): more than this many bytes of them fold them.
_LANE_BYTES: Final = 4 * 1024 * 1024
_SHAPES: Final = 16  # more id shapes than this: the ids are opaque, never compared
_RUNS: Final = re.compile(r"(\d+)")

# What to do with an event ``is_new`` did not pass (``Delivery.pending``):
DROP: Final = 0  # delivered before
HOLD: Final = 1  # unknown yet: keep it until the body shows whether it is new
RELEASE: Final = 2  # new, and so is everything held before it: deliver them in order


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
        "_cursor",
        "_filling",
        "_first_ids",
        "_held",
        "_lane_bytes",
        "_lane_data",
        "_lane_ids",
        "_older",
        "_recent",
        "_seeking",
        "_shapes",
        "_skip",
        "_starting",
        "_steady",
        "_unsure",
        "laned",
        "pending",
        "since_cursor",
        "top",
    )

    def __init__(self, cursor: str | None = None) -> None:
        self._cursor = cursor  # up to date once the lane is folded
        self.since_cursor = 0
        """Id-less events delivered after ``cursor``."""
        # shape -> (last delivered numbers, increases seen, still ordered)
        self._shapes: dict[str, tuple[tuple[int, ...], int, bool]] = {}
        # The window of recent ids with their content hashes, in two generations of
        # delivery order: once ``_recent`` holds _WINDOW ids it becomes ``_older`` (the
        # older generation is forgotten), so the last _WINDOW to 2 * _WINDOW are known.
        self._recent: dict[str, int] = {}
        self._older: dict[str, int] = {}
        self.top = cursor
        """The greatest id delivered (in string order), or the starting cursor: an id
        above it was never delivered (behind the lane's ids until they are folded)."""
        # Ids (and payloads) delivered through the lane, not yet in the window, and the
        # bytes read since they were last folded or weighed (a bound on the payloads).
        self._lane_ids: list[str] = []
        self._lane_data: list[bytes] = []
        self._lane_bytes = 0
        self.laned = 0
        """Events delivered through the lane and folded (``lane_count`` adds the rest)."""
        self._first_ids: dict[str, int] = {}
        self._filling = True  # _first_ids has room
        self._starting = True
        self._seeking = False
        self._skip = 0
        self._steady = False  # not starting, not seeking, nothing to skip
        self._unsure = False  # seeking a replay recognised by its opening event alone
        self._held = 0
        self.pending = DROP
        """What to do with the last event that ``is_new`` did not pass."""

    @property
    def cursor(self) -> str | None:
        """The last delivered event id (the resume cursor)."""
        ids = self._lane_ids
        return ids[-1] if ids else self._cursor

    @property
    def lane_count(self) -> int:
        """Events delivered through the lane so far."""
        return self.laned + len(self._lane_ids)

    def lane(self, size: int = 0) -> tuple[list[str], list[bytes]] | None:
        """While the connection is steady: two lists for the fast path of a new id.

        Then the cursor is the greatest id delivered (in string order), so an event whose
        id is above it is new: the caller delivers it by appending the id and its payload
        to the lists (the last id appended is the cursor). Any other call moves them into
        the window (``fold``), as if each had gone through ``is_new``; until then nothing
        else changed, so the lane stays open. Ask again after each ``is_new`` call and for
        each chunk, with ``size`` the bytes read since the last ask: that bounds what the
        lists keep.
        """
        ids = self._lane_ids
        if ids:
            if len(ids) >= 2 * _WINDOW:
                self._forget()
            self._lane_bytes += size
            if self._lane_bytes > _LANE_BYTES:
                # Bytes read include framing and events dropped since: weigh what is kept.
                self._lane_bytes = sum(map(len, self._lane_data))
                if self._lane_bytes > _LANE_BYTES:
                    self.fold()
            if ids:
                return ids, self._lane_data
        if (
            self._steady
            and not self._filling
            and not self.since_cursor
            and self.top == self._cursor
        ):
            return self._lane_ids, self._lane_data
        return None

    def fold(self) -> None:
        """Move the ids delivered through the lane into the window, in order."""
        ids, data = self._lane_ids, self._lane_data
        if not ids:
            return
        self._cursor = self.top = ids[-1]  # the lane's ids grow: its last is the greatest
        self._forget()
        hashes = list(map(hash, data))  # the content hashes, as ``is_new`` is given them
        start, count = 0, len(ids)
        while start < count:
            end = start + _WINDOW - len(self._recent)
            self._recent.update(zip(ids[start:end], hashes[start:end], strict=True))
            start = end
            if len(self._recent) >= _WINDOW:
                self._older, self._recent = self._recent, {}
        self.laned += count
        self._lane_bytes = 0
        ids.clear()
        data.clear()

    def _forget(self) -> None:
        """Drop the lane's oldest ids that folding would forget (it keeps the last
        ``_WINDOW`` to ``2 * _WINDOW`` ids): whole generations of the window go, so
        folding the rest leaves the window as folding them all would."""
        ids = self._lane_ids
        kept = len(self._recent)
        gone = ((kept + len(ids)) // _WINDOW - 1) * _WINDOW - kept
        if gone > 0:
            # At least _WINDOW ids remain: folded, they replace the older generation too.
            self._recent = {}
            del ids[:gone], self._lane_data[:gone]
            self.laned += gone

    def new_connection(self) -> None:
        """A resumed body starts: expect the id-less tail since the cursor again."""
        if self._lane_ids:
            self.fold()
        self._starting = True
        self._seeking = False
        self._skip = self.since_cursor
        self._steady = False
        self._held = 0
        self._shapes = self._learn_shapes()

    def release(self) -> None:
        """The held events are new (the body ended, or went past the cursor, without
        showing it): stop seeking; ``is_new`` then passes them in order."""
        if self._lane_ids:
            self.fold()
        self._seeking = False
        self._held = 0

    def is_new(self, event_id: str | None, content: int, opening: bool = False) -> bool:
        """Whether to deliver an event; ``content`` is a hash of its payload, ``opening``
        whether it is the stream's opening event."""
        if self._lane_ids:
            self.fold()
        if event_id is None or not self._steady:
            verdict = self._is_new(event_id, content, opening)
            self._steady = not (self._starting or self._seeking or self._skip)
            if verdict is not None or event_id is None:  # an id-less one always has one
                return verdict is True
        # Within a connection, past its first event: the path of nearly every event, so
        # the bookkeeping of a delivered id is written out here; what the ids say about
        # their order is worked out when a resumed body starts (``_learn_shapes``).
        recent = self._recent
        if (
            event_id in recent
            or event_id in self._older
            or event_id in self._first_ids
            or event_id == self._cursor
        ):
            self._check_reuse(event_id, content)
            return False
        self._cursor = event_id
        self.since_cursor = 0
        if self.top is None or event_id > self.top:
            self.top = event_id
        if self._filling:
            self._first_ids[event_id] = content
            self._filling = len(self._first_ids) < _FIRST
        recent[event_id] = content
        if len(recent) >= _WINDOW:
            self._older, self._recent = recent, {}
        return True

    def _is_new(self, event_id: str | None, content: int, opening: bool) -> bool | None:
        """``is_new`` at a connection's start, while seeking, skipping or for an id-less
        event; None: an id to judge by the window (``is_new`` does)."""
        if self._starting:
            self._starting = False
            replays = event_id is not None and self._replays(event_id)
            self._seeking = self._cursor is not None and (opening or replays)
            self._unsure = self._seeking and not replays
        if self._seeking:
            verdict = self._sought(event_id)
            if verdict is not None:
                return verdict
        if event_id is None:
            if self._skip:
                self._skip -= 1
                return False
            self.since_cursor += 1
            return True
        if self._skip:
            log.debug("expected %d id-less events again before %s", self._skip, event_id)
            self._skip = 0
        return None

    def _sought(self, event_id: str | None) -> bool | None:
        """While skipping a replay (everything up to the cursor was delivered): the verdict,
        or None once past the cursor, where events are judged as usual."""
        if event_id is not None and event_id == self._cursor:
            self._seeking = False
            self._skip = self.since_cursor
            self._held = 0
            self.pending = DROP  # and so were the held events before it
            return False
        after = None if event_id is None else self._past_cursor(event_id)
        if after:
            self._seeking = False
            if not self._held:
                return None
            self._held = 0
            self.pending = RELEASE
            return False
        if after is None and self._unsure:
            self._held += 1
            self.pending = HOLD
        else:
            self._held = 0
            self.pending = DROP
        return False

    def _replays(self, event_id: str) -> bool:
        """The first event of a resumed body was delivered before: the server replays."""
        if self._cursor is None:
            return False
        return (
            event_id == self._cursor
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
        delivered here, so nothing learnt) compares with the cursor's own number when both
        are the same text around one number (``evt_000041``): ids with several numbers,
        such as hashes, can share a shape by chance and are left to the held-event rule.
        """
        order = self._order(event_id)
        if order is not None:
            return order == 1
        key, at = order_key(event_id), order_key(self._cursor or "")
        delivered = self._recent or self._older
        if delivered or key is None or at is None or key[0] != at[0] or len(key[1]) != 1:
            return None
        return key[1] > at[1]

    def _ordered_not_after(self, event_id: str) -> bool:
        return self._order(event_id) in (-1, 0)

    def _check_reuse(self, event_id: str, content: int) -> None:
        """A delivered id came again: warn when its content differs."""
        seen = self._recent.get(event_id, self._older.get(event_id, self._first_ids.get(event_id)))
        if seen is not None and seen != content:
            log.warning("event id %s was reused with different content; dropped", event_id)

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
