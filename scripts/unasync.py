"""Write the sync twins of the async modules (the technique of httpcore's unasync script).

Usage: python scripts/unasync.py SRC_DIR DEST_DIR

Every ``*.py`` in SRC_DIR (``interactions_ext/_async``) is rewritten token by token:
``async def`` → ``def``, ``await x`` → ``x``, ``AsyncClient`` → ``Client``, ``aclose`` →
``close``, and so on (``RULES``). Run by scripts/generate; ``make check-generated`` fails
when a sync file differs from what this writes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Final

RULES: Final = (
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\b_aio\.sleep\b", "time.sleep"),
    (r"\bAsyncClient\b", "Client"),
    (r"\bAsyncInteractionStream\b", "InteractionStream"),
    (r"\bAsyncConversation\b", "Conversation"),
    (r"\bAsyncOpener\b", "Opener"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncIterable\b", "Iterable"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\baclose\b", "close"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\baread\b", "read"),
    (r"\basync_(\w+)", r"\1"),
    (r"\basync ", ""),
    (r"\b_async\b", "_sync"),
    (r"\bAsync twin of\b", "Sync twin of"),
)
_COMPILED: Final = tuple((re.compile(p), r) for p, r in RULES)


def unasync_line(line: str) -> str:
    """The sync form of one line of async source."""
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
    return line


def unasync_source(source: str, origin: str) -> str:
    """The sync form of one module, with a header naming its source."""
    body = "".join(unasync_line(line) for line in source.splitlines(keepends=True))
    return f"# Generated from {origin} by scripts/unasync.py. Do not edit.\n{body}"


def main(argv: list[str]) -> None:
    src, dest = Path(argv[1]), Path(argv[2])
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.py")):
        origin = f"interactions_ext/_async/{path.name}"
        (dest / path.name).write_text(unasync_source(path.read_text(), origin))


if __name__ == "__main__":
    main(sys.argv)
