"""Compare two OpenAPI documents and classify every change from a client's point of view.

Modules: ``loader`` (files, git, multi-file bundling), ``document`` (resolution and
indexes), ``normalize`` (equivalent spellings), ``schemas``/``objects``/``arrays``/
``unions`` (schema rules), ``operations`` and ``components`` (API surface and generated
names), ``events`` (API revisions), ``report`` (markdown), ``cli``.
"""

from __future__ import annotations

from .cli import main
from .differ import Differ, compare
from .document import Document
from .loader import FileSource, GitSource, load, parse_document
from .model import Finding, Severity, SpecError
from .report import render

__all__ = [
    "Differ",
    "Document",
    "FileSource",
    "Finding",
    "GitSource",
    "Severity",
    "SpecError",
    "compare",
    "load",
    "main",
    "parse_document",
    "render",
]
