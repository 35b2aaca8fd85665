"""Command line: ``spec_diff.py OLD NEW`` or ``spec_diff.py --git-base REF NEW``."""

from __future__ import annotations

import argparse
import sys

from .differ import compare
from .loader import FileSource, load, load_git_base
from .model import Severity, SpecError
from .report import render


def parse_args(argv: list[str]) -> argparse.Namespace:
    """OLD NEW, or --git-base REF NEW; --tolerant-enums."""
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
        description="Classify the changes between two OpenAPI documents for API clients.",
        epilog="Exit status: 0 no breaking change, 1 breaking changes, 2 unusable input.",
    )
    parser.add_argument("--git-base", metavar="REF", help="old spec: NEW's path at this git ref")
    parser.add_argument(
        "--tolerant-enums",
        action="store_true",
        help="the client reads unknown values of closed response enums as strings: new values are informational",
    )
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="OLD NEW, or NEW with --git-base")
    args = parser.parse_args(argv)
    expected = 1 if args.git_base else 2
    if len(args.specs) != expected:
        parser.error("expected NEW with --git-base, else OLD NEW")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the report; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.git_base:
            old, old_label = load_git_base(args.git_base, args.specs[0])
            new, new_label = load(FileSource(), args.specs[0])
        else:
            old, old_label = load(FileSource(), args.specs[0])
            new, new_label = load(FileSource(), args.specs[1])
        findings = compare(old, new, old_label, new_label, tolerant_enums=args.tolerant_enums)
    except SpecError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spec_diff: schema nesting too deep to compare", file=sys.stderr)
        return 2
    sys.stdout.write(render(findings, old_label, new_label))
    return 1 if any(f.severity == Severity.BREAKING for f in findings) else 0
