"""Build the API reference from the docstrings with pdoc: ``make docs``.

Every public module of ``interactions_ext`` (no leading underscore anywhere in its
dotted name) gets a page; the top-level package's ``__all__`` alone would hide them.
Any warning pdoc raises (an unimportable module, a broken cross-reference, an
unparsable docstring) fails the build, so the reference cannot rot unnoticed.

    python docs/api.py [OUTPUT_DIR]      # default: build/api
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import typing
import warnings
from pathlib import Path

import pdoc
import pdoc.render

import interactions_ext

_INHERITED = re.compile(r"Cannot determine where (?P<name>[\w.]+) is taken from")


def public_modules() -> list[str]:
    """``interactions_ext`` and its public submodules, sorted.

    A submodule named in its parent's ``__all__`` is left out: pdoc adds it itself.
    """
    names = ["interactions_ext"]
    for info in pkgutil.walk_packages(interactions_ext.__path__, "interactions_ext."):
        parent, _, leaf = info.name.rpartition(".")
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        if leaf in getattr(importlib.import_module(parent), "__all__", ()):
            continue
        names.append(info.name)
    return sorted(names)


def _typeddict_field(message: str) -> bool:
    """Whether a warning is pdoc failing to trace a field inherited by a TypedDict.

    A TypedDict's ``__mro__`` does not list the TypedDicts it extends, so pdoc cannot
    tell where an inherited key was declared; the key is documented all the same.
    """
    match = _INHERITED.fullmatch(message.split(",")[0])
    if match is None:
        return False
    owner = _resolve(match["name"].rpartition(".")[0])
    return isinstance(owner, type) and typing.is_typeddict(owner)


def _resolve(dotted: str) -> object:
    """The object a dotted name points at: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            found = getattr(found, attr, None)
        return found
    return None


def main(argv: list[str]) -> int:
    output = Path(argv[1] if len(argv) > 1 else "build/api")
    pdoc.render.configure(docformat="restructuredtext", show_source=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*public_modules(), output_directory=output)
    caught = [w for w in caught if not _typeddict_field(str(w.message))]
    for warning in caught:
        print(f"docs: {warning.category.__name__}: {warning.message}", file=sys.stderr)
    if caught:
        print(f"docs: {len(caught)} warning(s); the reference was not accepted", file=sys.stderr)
        return 1
    print(f"docs: API reference in {output}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
