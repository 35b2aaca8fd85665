#!/usr/bin/env python3
"""Compare two OpenAPI documents and classify every change for API clients.

Usage:
    scripts/spec_diff.py [--tolerant-enums] OLD NEW
    scripts/spec_diff.py [--tolerant-enums] --git-base REF NEW

OLD and NEW are OpenAPI 3.0 or 3.1 documents (YAML or JSON, $refs to other files
allowed). With ``--git-base`` the old document is NEW's path (relative to the
repository root) at git ref REF, or REF itself when REF names an existing file.

Prints a markdown report with the sections Breaking / Non-breaking / Informational,
each line naming its rule. Exit status: 0 without breaking changes, 1 with at least
one, 2 when an input cannot be read or is not a usable OpenAPI document. The work is
done by the ``specdiff`` package next to this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specdiff import main

if __name__ == "__main__":
    sys.exit(main())
