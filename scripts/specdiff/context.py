"""Where a comparison is, how findings there are named, and the collector they go to."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .document import Document
from .model import REQ, RESP, Finding, Json, Severity, code

# Per direction: (severity when the change narrows what is allowed, when it widens it).
# A client writes requests (fewer accepted values break it) and reads responses (more
# possible values break it).
NARROWING = {REQ: Severity.BREAKING, RESP: Severity.NON_BREAKING}
WIDENING = {REQ: Severity.NON_BREAKING, RESP: Severity.BREAKING}
BREAKS_BOTH = {REQ: Severity.BREAKING, RESP: Severity.BREAKING}
HIDDEN_SUBJECT = {REQ: "request-read-only-property", RESP: "response-write-only-property"}


@dataclass(frozen=True)
class Ctx:
    """A place in a schema walk: its root, path, directions and how rules are named there.

    ``kind`` names the subject in rule ids: ``parameter`` (a request parameter's schema),
    ``body`` (a request or response body's schema) or ``property`` (anything below, and
    every component schema). ``hidden`` holds the directions in which this part is not
    transmitted (readOnly in requests, writeOnly in responses); changes there are
    informational. ``negated`` is set under ``not``, where narrowing and widening swap.
    """

    root: str
    dirs: frozenset[str]
    kind: str = "property"
    path: tuple[str, ...] = ()
    component: str | None = None
    sse_tag: str | None = None
    seen: frozenset[tuple[str, str]] = frozenset()
    hidden: frozenset[str] = frozenset()
    negated: bool = False

    def at(self, segment: str) -> Ctx:
        """The context one level deeper."""
        return replace(self, path=(*self.path, segment))

    def subject(self, direction: str) -> str:
        """The rule-id prefix here, e.g. ``request-parameter``, ``response-property``."""
        if direction in self.hidden:
            return HIDDEN_SUBJECT[direction]
        if self.kind == "parameter":
            return "request-parameter" if not self.path else "request-parameter-property"
        if self.kind == "body" and not self.path:
            return f"{direction}-body"
        return f"{direction}-property"

    def where(self, dirs: frozenset[str] | None = None) -> str:
        """The location as printed in the report (component roots name the directions)."""
        tail = "".join(self.path)
        if self.component is None:
            return f"{self.root} schema {code(tail.lstrip('.'))}" if tail else self.root
        spot = code(f"{self.component}{tail}")
        if self.sse_tag is not None:
            return f"SSE event {code(self.sse_tag)} ({spot})"
        return f"{spot} ({', '.join(sorted(self.dirs if dirs is None else dirs))})"


@dataclass
class Emitter:
    """Collects findings; shared by every part of the differ."""

    old: Document
    new: Document
    tolerant_enums: bool = False
    findings: set[Finding] = field(default_factory=set)
    renames: dict[str, str] = field(default_factory=dict)  # old -> new component name

    def add(self, severity: Severity, location: str, message: str, rule: str) -> None:
        """Record one finding."""
        self.findings.add(Finding(severity, location, message, rule))

    def emit(self, ctx: Ctx, suffix: str, message: str, severities: dict[str, Severity]) -> None:
        """One finding per direction, rule ``<subject>-<suffix>``, at that direction's severity."""
        rules = {d: (severities[d], f"{ctx.subject(d)}-{suffix}") for d in ctx.dirs}
        self.emit_each(ctx, message, rules)

    def emit_each(self, ctx: Ctx, message: str, rules: dict[str, tuple[Severity, str]]) -> None:
        """One finding per direction with a rule id of its own (``rules[direction]``)."""
        for direction in sorted(ctx.dirs):
            severity, rule = rules[direction]
            text = message
            if direction in ctx.hidden:
                severity = Severity.INFO
                text += " (read-only: not sent)" if direction == REQ else " (write-only: not sent)"
            self.add(severity, ctx.where(frozenset({direction})), text, rule)

    def change(self, ctx: Ctx, suffix: str, message: str, narrowed: bool) -> None:
        """A change that narrows (True) or widens (False) the values allowed here."""
        narrows = narrowed != ctx.negated
        self.emit(ctx, suffix, message, NARROWING if narrows else WIDENING)

    @staticmethod
    def split(ctx: Ctx) -> list[Ctx]:
        """The context once per direction (for messages that depend on the direction)."""
        return [replace(ctx, dirs=frozenset({d})) for d in sorted(ctx.dirs)]

    def neutral(self, ctx: Ctx, rule: str, message: str) -> None:
        """An informational finding that reads the same in every direction."""
        self.add(Severity.INFO, ctx.where(), message, rule)

    def subschema(self, old: Json, new: Json, ctx: Ctx, key: str, name: str) -> None:
        """A keyword holding one subschema that constrains the instance (contains, then, ...).

        Adding it narrows, removing it widens; present on both sides, it is compared as a
        schema one level down.
        """
        if key not in old and key not in new:
            return
        if key in old and key in new:
            self.diff_schema(old[key], new[key], ctx.at(f".{key}"))
        elif key in new:
            self.change(ctx, f"{name}-added", f"{key} added", narrowed=True)
        else:
            self.change(ctx, f"{name}-removed", f"{key} removed", narrowed=False)

    def open_keyword(self, old: Json, new: Json, ctx: Ctx, key: str, name: str) -> None:
        """additionalProperties-like keywords: absent/true, a schema, or false (nothing)."""
        before, after = old.get(key, True), new.get(key, True)
        if before == after:
            return
        if isinstance(before, dict) and isinstance(after, dict):
            self.diff_schema(before, after, ctx.at(f".{key}"))
            return
        rank = {True: 0, False: 2}
        old_rank = rank.get(before, 1) if isinstance(before, bool) else 1
        new_rank = rank.get(after, 1) if isinstance(after, bool) else 1
        if old_rank == 0:
            suffix = f"{name}-added"
        elif new_rank == 0:
            suffix = f"{name}-removed"
        else:
            suffix = f"{name}-narrowed" if new_rank > old_rank else f"{name}-widened"
        message = f"{key} changed {_state(before)} → {_state(after)}"
        self.change(ctx, suffix, message, narrowed=new_rank > old_rank)

    def diff_schema(self, old: Any, new: Any, ctx: Ctx) -> None:
        """Compare two schema nodes (implemented by the schema rules)."""
        raise NotImplementedError


def _state(value: Any) -> str:
    """An open-keyword value for a message: `true`, `false` or `schema`."""
    if isinstance(value, bool):
        return code(value)
    return "a schema"
