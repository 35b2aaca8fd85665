"""Section f: SSE framing alone: per-event and per-chunk costs, and chunking ratios.

Framing must cost the same per byte whatever the chunking, so the same bytes are
fed in 256 B and 64 KiB chunks and the time ratio is printed; the same bytes as
longer events show the growth with event size (linear: none; quadratic: in proportion).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import repeat

from bench.corpus import build_corpus, split_chunks
from bench.table import Row, best_of, rate
from interactions_ext.sse import ServerSentEvent, SSEDecoder

__all__ = ["run_sse"]

SECTION = "f. sse"
SMALL = 256
LARGE = 64 * 1024


def frame(chunks: list[bytes]) -> int:
    """Events the decoder frames from the chunks."""
    decoder = SSEDecoder()
    events = 0
    for chunk in chunks:
        events += len(decoder.feed(chunk))
    return events


class _SlotsEvent:
    """The reference: a plain ``__slots__`` class with a Python ``__init__``."""

    __slots__ = ("data_bytes", "event", "id", "retry")

    def __init__(
        self, event: str, data_bytes: bytes, id: str | None = None, retry: int | None = None
    ) -> None:
        self.event = event
        self.data_bytes = data_bytes
        self.id = id
        self.retry = retry


def _timed(chunks: list[bytes], runs: int, expected: int) -> float:
    count = frame(chunks)
    if count != expected:
        raise AssertionError(f"framed {count} events, expected {expected}")
    return best_of(runs, lambda: frame(chunks))


def _per_chunk_rows(data: bytes, runs: int, per_event_64k: float) -> list[Row]:
    blocks = [block + b"\n\n" for block in data.split(b"\n\n")[:-1]]
    with_ids = [b"id: %d\n" % i + block for i, block in enumerate(blocks)]
    halves = [part for b in blocks for part in (b[: len(b) // 2], b[len(b) // 2 :])]
    rows = []
    for name, chunks in [
        ("one event per chunk (event + data)", blocks),
        ("one event per chunk (id + event + data)", with_ids),
        ("each event split across two chunks", halves),
    ]:
        seconds = _timed(chunks, runs, len(blocks))
        per_event = seconds / len(blocks)
        rows.append(
            Row(
                SECTION,
                name,
                f"{per_event * 1e6:.2f} us/event, {rate(len(blocks), seconds)} events",
                f"+{(per_event - per_event_64k) * 1e6:.2f} us over 64 KiB chunks",
            )
        )
    return rows


def _construction_row(count: int) -> Row:
    events = ["step.delta"] * count
    data = [b"{}"] * count

    def build(cls: type) -> None:
        list(map(cls, events, data, repeat(None, count), repeat(None, count)))

    ours = best_of(5, lambda: build(ServerSentEvent)) / count
    slots = best_of(5, lambda: build(_SlotsEvent)) / count
    return Row(
        SECTION,
        "ServerSentEvent construction",
        f"{ours * 1e9:.0f} ns/event",
        f"__slots__ class with __init__: {slots * 1e9:.0f} ns ({slots / ours:.1f}x)",
    )


def _interleaved(runs: int, *fns: Callable[[], object]) -> list[float]:
    """Best time of each function, run in turns (a busy moment hits all alike)."""
    best = [float("inf")] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            best[i] = min(best[i], best_of(1, fn))
    return best


def _long_events(event_kib: int, total_mib: int = 4) -> bytes:
    block = b"event: x\ndata: " + b"z" * (event_kib << 10) + b"\n\n"
    return block * ((total_mib << 10) // event_kib)


def consume(chunks: list[bytes]) -> int:
    """The floor for small chunks: a Python consumer that only counts the bytes."""
    sink = _Sink()
    for chunk in chunks:
        sink.feed(chunk)
    return sink.size


class _Sink:
    __slots__ = ("size",)

    def __init__(self) -> None:
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)


def _ratio_rows(data: bytes, events: int, runs: int) -> list[Row]:
    inputs = {
        "corpus": (data, events),
        "1 MiB events": (_long_events(1024), 4),
        "16 KiB events": (_long_events(16), 256),
    }
    chunked: dict[tuple[str, int], list[bytes]] = {}
    for name, (body, count) in inputs.items():
        for size in (SMALL, LARGE):
            chunks = chunked[name, size] = split_chunks(body, size)
            if frame(chunks) != count:
                raise AssertionError(f"{name} in {size} B chunks: wrong event count")
    keys = list(chunked)
    fns = [partial(frame, chunked[k]) for k in keys]
    floors = {name: partial(consume, chunked[name, SMALL]) for name in ("corpus", "1 MiB events")}
    measured = _interleaved(runs, *fns, *floors.values())
    times = dict(zip(keys, measured, strict=False))
    floor = dict(zip(floors, measured[len(keys) :], strict=True))
    rows = []
    for name, limit in (("corpus", 10), ("1 MiB events", 20)):
        small, large = times[name, SMALL], times[name, LARGE]
        rows.append(
            Row(
                SECTION,
                f"chunking ratio, {name}: {SMALL} B vs 64 KiB chunks",
                f"{small / large:.1f}x the time",
                f"{small * 1e3:.1f} ms vs {large * 1e3:.1f} ms; a byte-counting consumer of "
                f"the {SMALL} B chunks: {floor[name] * 1e3:.1f} ms",
                target=f"<= {limit}x",
                met=small / large <= limit,
            )
        )
    growth = times["1 MiB events", SMALL] / times["16 KiB events", SMALL]
    rows.append(
        Row(
            SECTION,
            f"growth with event size, 4 MiB in {SMALL} B chunks: 1 MiB vs 16 KiB events",
            f"{growth:.2f}x the time",
            "linear: 1x, quadratic: 64x",
            target="<= 3x",
            met=growth <= 3,
        )
    )
    return rows


def run_sse(quick: bool = False) -> list[Row]:
    """Framing costs and chunking ratios; rows for the table."""
    corpus = build_corpus(40_000 if quick else 200_000)
    runs = 3 if quick else 5
    n = corpus.events + 1  # the decoder frames the [DONE] sentinel too
    seconds = _timed(split_chunks(corpus.data, LARGE), runs, n)
    per_event = seconds / n
    return [
        Row(
            SECTION,
            "64 KiB chunks of many events (the corpus)",
            f"{per_event * 1e6:.2f} us/event, {rate(n, seconds)} events",
            f"{corpus.mib:.1f} MiB, {n} events",
        ),
        *_per_chunk_rows(corpus.data, runs, per_event),
        _construction_row(100_000),
        *_ratio_rows(corpus.data, n, runs),
    ]
