"""Schema comparison: the keyword rules for types, values, bounds and documentation.

Objects, arrays and unions have modules of their own; ``SchemaRules`` ties them together.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from .arrays import ARRAY_KEYWORDS, ArrayRules
from .context import BREAKS_BOTH, WIDENING, Ctx
from .model import REQ, RESP, Json, Severity, as_list, code, schema_name
from .normalize import DOC_KEYWORDS, prepare, same_shape, type_set, universal_pattern, widens
from .objects import OBJECT_KEYWORDS, ObjectRules
from .unions import UNION_KEYWORDS, UnionRules

# Bound keywords and the names their rules use.
LOWER_BOUNDS = {
    "minimum": "min",
    "exclusiveMinimum": "exclusive-min",
    "minLength": "min-length",
    "minItems": "min-items",
    "minProperties": "min-properties",
    "minContains": "min-contains",
}
UPPER_BOUNDS = {
    "maximum": "max",
    "exclusiveMaximum": "exclusive-max",
    "maxLength": "max-length",
    "maxItems": "max-items",
    "maxProperties": "max-properties",
    "maxContains": "max-contains",
}
# format pairs where the second admits every value of the first.
FORMAT_WIDENINGS = frozenset({("int32", "int64"), ("float", "double")})
HANDLED = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "format",
        "enum",
        "x-extensible-enum",
        "const",
        "default",
        "pattern",
        "multipleOf",
        "uniqueItems",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
        *DOC_KEYWORDS,
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
        *OBJECT_KEYWORDS,
        *ARRAY_KEYWORDS,
        *UNION_KEYWORDS,
    }
)


def kebab(name: str) -> str:
    """``externalDocs`` → ``external-docs``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def shown(node: Json, key: str) -> str:
    """A keyword's value for a message, or ``none``."""
    return code(node[key]) if key in node else "none"


class SchemaRules(ObjectRules, ArrayRules, UnionRules):
    """Compares two schemas keyword by keyword."""

    def diff_schema(self, old: Any, new: Any, ctx: Ctx) -> None:
        """Compare two schema nodes; same-named $refs stop here (compared as components)."""
        if old == new:
            return
        was_null, old_core = prepare(old)
        now_null, new_core = prepare(new)
        if was_null != now_null:
            message = "became nullable" if now_null else "no longer nullable"
            suffix = "became-nullable" if now_null else "became-not-nullable"
            self.change(ctx, suffix, message, narrowed=was_null)
        if old_core == new_core:
            return
        old_name, new_name = schema_name(old_core), schema_name(new_core)
        if (
            old_name is not None
            and new_name is not None
            and new_name in (old_name, self.renames.get(old_name))
        ):
            self.diff_docs(old_core, new_core, ctx)  # the component itself is compared once
            return
        if not isinstance(old_core, dict) or not isinstance(new_core, dict):
            message = f"schema changed {code(old_core)} → {code(new_core)}"
            self.emit(ctx, "schema-changed", message, BREAKS_BOTH)
            return
        if self.wrapping(old_core, new_core, ctx):
            self.diff_docs(old_core, new_core, ctx)
            return
        old_core, new_core = as_all_of(old_core, new_core), as_all_of(new_core, old_core)
        if "$ref" in old_core or "$ref" in new_core:
            self.diff_refs(old_core, new_core, ctx)
            return
        old_core, new_core = self.align_all_of(old_core, new_core, ctx)
        self.diff_keywords(old_core, new_core, ctx)

    def diff_keywords(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Every keyword rule, on two schemas in normal form."""
        self.diff_types(old, new, ctx)
        self.diff_format(old, new, ctx)
        self.diff_values(old, new, ctx)
        self.diff_default(old, new, ctx)
        self.diff_bounds(old, new, ctx)
        self.diff_pattern(old, new, ctx)
        self.diff_multiple_of(old, new, ctx)
        self.diff_objects(old, new, ctx)
        self.diff_arrays(old, new, ctx)
        self.diff_unions(old, new, ctx)
        self.diff_conditionals(old, new, ctx)
        self.diff_other(old, new, ctx)
        self.diff_docs(old, new, ctx)

    def diff_refs(self, old: Any, new: Any, ctx: Ctx) -> None:
        """A $ref that changed target, or was inlined: compare what they resolve to."""
        pair = (str(old.get("$ref", "")), str(new.get("$ref", "")))
        if pair in ctx.seen:
            return  # recursive schemas: this pair is already being compared higher up
        before = schema_name(old) or "inline schema"
        after = schema_name(new) or "inline schema"
        resolved_old, resolved_new = self.old.resolve(old), self.new.resolve(new)
        message = f"reference changed {code(before)} → {code(after)}"
        if same_shape(resolved_old, resolved_new):
            message += " (same schema)"
        self.neutral(ctx, "schema-reference-changed", message)
        self.diff_schema(resolved_old, resolved_new, replace(ctx, seen=ctx.seen | {pair}))

    # -- types and values ------------------------------------------------------

    def diff_types(self, old: Json, new: Json, ctx: Ctx) -> None:
        """type keyword without null: changed, widened (integer ⊂ number) or narrowed."""
        before, after = type_set(old), type_set(new)
        if before == after:
            return
        if before is None or after is None:
            narrowed = before is None
            kinds = "|".join(sorted(after if after is not None else before or []))
            verb = "constrained to" if narrowed else "constraint removed, was"
            suffix = "type-specialized" if narrowed else "type-generalized"
            self.change(ctx, suffix, f"type {verb} {code(kinds)}", narrowed)
            return
        message = f"type changed {code('|'.join(sorted(before)))} → {code('|'.join(sorted(after)))}"
        if widens(before, after):
            self.change(ctx, "type-generalized", message, narrowed=False)
        elif widens(after, before):
            self.change(ctx, "type-specialized", message, narrowed=True)
        else:
            self.emit(ctx, "type-changed", message, BREAKS_BOTH)

    def diff_format(self, old: Json, new: Json, ctx: Ctx) -> None:
        """format keyword: added narrows, removed widens, int32→int64 and float→double widen."""
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        if before is None:
            self.change(ctx, "format-added", f"format {code(after)} added", narrowed=True)
        elif after is None:
            self.change(ctx, "format-removed", f"format {code(before)} removed", narrowed=False)
        else:
            message = f"format changed {code(before)} → {code(after)}"
            if (before, after) in FORMAT_WIDENINGS:
                self.change(ctx, "format-generalized", message, narrowed=False)
            elif (after, before) in FORMAT_WIDENINGS:
                self.change(ctx, "format-specialized", message, narrowed=True)
            else:
                self.emit(ctx, "format-changed", message, BREAKS_BOTH)

    def diff_values(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Closed (enum, const) and open (x-extensible-enum) value lists."""
        before, after = value_list(old), value_list(new)
        if before == after:
            return
        if before is None or after is None:
            self.value_constraint(before, after, ctx)
            return
        if len(before[1]) == 1 == len(after[1]) and "open" not in (before[0], after[0]):
            message = f"const changed {code(before[1][0])} → {code(after[1][0])}"
            self.emit(ctx, "const-changed", message, BREAKS_BOTH)
            return
        if before[0] != "open" and after[0] == "open":
            message = "enum made extensible (x-extensible-enum)"
            self.emit(ctx, "enum-became-extensible", message, dict.fromkeys(ctx.dirs, NB))
        elif before[0] == "open" and after[0] != "open":
            message = "extensible enum made closed"
            self.emit(ctx, "enum-became-closed", message, dict.fromkeys(ctx.dirs, INFO))
        old_values = {json.dumps(v, default=str): v for v in before[1]}
        new_values = {json.dumps(v, default=str): v for v in after[1]}
        prefix = "x-extensible-enum" if before[0] == "open" else "enum"
        for key in sorted(set(old_values) - set(new_values)):
            message = f"enum value {code(old_values[key])} removed"
            self.change(ctx, f"{prefix}-value-removed", message, narrowed=True)
        for key in sorted(set(new_values) - set(old_values)):
            message = f"enum value {code(new_values[key])} added"
            if after[0] == "open":
                # x-extensible-enum tells clients to accept unknown values already.
                severities = dict.fromkeys(ctx.dirs, NB)
                self.emit(ctx, "x-extensible-enum-value-added", message, severities)
            else:
                self.open_values(ctx, "enum-value-added", message)

    def value_constraint(
        self, before: tuple[str, list[Any]] | None, after: tuple[str, list[Any]] | None, ctx: Ctx
    ) -> None:
        """A value list that appeared or went away."""
        kind, values = after or before or ("enum", [])
        added = before is None
        if kind == "open":
            verb = "added" if added else "removed"
            self.neutral(ctx, f"schema-x-extensible-enum-{verb}", f"x-extensible-enum {verb}")
        elif kind == "const":
            verb = "added" if added else "removed"
            message = f"const {code(values[0])} {verb}"
            if added:
                self.change(ctx, "const-added", message, narrowed=True)
            else:
                self.open_values(ctx, "const-removed", message)
        elif added:
            self.change(ctx, "became-enum", "enum constraint added", narrowed=True)
        else:
            self.open_values(ctx, "enum-removed", "enum constraint removed")

    def open_values(self, ctx: Ctx, suffix: str, message: str) -> None:
        """Values a closed list did not allow: fine in requests; in responses, by decoder.

        A closed ``enum`` is generated as a ``StrEnum`` field (and a ``check_*`` function in
        the low-level client) that rejects values outside the list, so readers break; the
        spec declares the lists it expects to grow with ``x-extensible-enum``, read as plain
        strings. ``--tolerant-enums`` is for clients that read any value as a string.
        """
        for one in self.split(ctx):
            if REQ in one.dirs or ctx.negated:
                self.change(one, suffix, message, narrowed=False)
            elif self.tolerant_enums:
                note = "; tolerant decoders read it as a string"
                self.emit(one, suffix, message + note, {RESP: Severity.INFO})
            else:
                note = "; closed enum: the generated StrEnum and the low-level check_* reject it"
                self.emit(one, suffix, message + note, WIDENING)

    def diff_default(self, old: Json, new: Json, ctx: Ctx) -> None:
        """default: clients that omit a request value get another behaviour when it changes."""
        if old.get("default") == new.get("default") and ("default" in old) == ("default" in new):
            return
        message = f"default changed {shown(old, 'default')} → {shown(new, 'default')}"
        if "default" not in old:
            suffix, request = "default-value-added", NB
        elif "default" not in new:
            suffix, request = "default-value-removed", Severity.BREAKING
        else:
            suffix, request = "default-value-changed", Severity.BREAKING
        self.emit(ctx, suffix, message, {REQ: request, RESP: INFO})

    # -- bounds ---------------------------------------------------------------

    def diff_bounds(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Numeric, length, size and count bounds."""
        for bounds, lower in ((LOWER_BOUNDS, True), (UPPER_BOUNDS, False)):
            for key, name in bounds.items():
                before, after = old.get(key), new.get(key)
                if before == after:
                    continue
                message = f"{key} changed {shown(old, key)} → {shown(new, key)}"
                if before is None or after is None:
                    narrowed = before is None
                    suffix = f"{name}-set" if narrowed else f"{name}-unset"
                elif is_number(before) and is_number(after):
                    narrowed = (after > before) == lower
                    suffix = f"{name}-increased" if after > before else f"{name}-decreased"
                else:
                    self.emit(ctx, f"{name}-changed", message, BREAKS_BOTH)
                    continue
                self.change(ctx, suffix, message, narrowed)

    def diff_pattern(self, old: Json, new: Json, ctx: Ctx) -> None:
        """pattern: a pattern every string matches (``.*``, empty) is no constraint."""
        before, after = old.get("pattern"), new.get("pattern")
        if before == after:
            return
        message = f"pattern changed {shown(old, 'pattern')} → {shown(new, 'pattern')}"
        if universal_pattern(before) and universal_pattern(after):
            self.neutral(ctx, "schema-pattern-changed", message + " (both match every string)")
        elif universal_pattern(after):
            suffix = "pattern-removed" if after is None else "pattern-generalized"
            self.change(ctx, suffix, message, narrowed=False)
        elif universal_pattern(before):
            self.change(ctx, "pattern-added", message, narrowed=True)
        else:
            self.emit(ctx, "pattern-changed", message, BREAKS_BOTH)

    def diff_multiple_of(self, old: Json, new: Json, ctx: Ctx) -> None:
        """multipleOf: a multiple of the old step narrows, a divisor of it widens."""
        before, after = old.get("multipleOf"), new.get("multipleOf")
        if before == after:
            return
        message = f"multipleOf changed {shown(old, 'multipleOf')} → {shown(new, 'multipleOf')}"
        if before is None or after is None:
            suffix = "multiple-of-set" if before is None else "multiple-of-unset"
            self.change(ctx, suffix, message, narrowed=before is None)
        elif is_number(before) and is_number(after) and divides(before, after):
            self.change(ctx, "multiple-of-specialized", message, narrowed=True)
        elif is_number(before) and is_number(after) and divides(after, before):
            self.change(ctx, "multiple-of-generalized", message, narrowed=False)
        else:
            self.emit(ctx, "multiple-of-changed", message, BREAKS_BOTH)

    # -- everything else ------------------------------------------------------

    def diff_other(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Keywords without rules of their own: informational."""
        for key in sorted((set(old) | set(new)) - HANDLED):
            if old.get(key) == new.get(key):
                continue
            if key == "x-api-revisions":
                before, after = (
                    code(", ".join(str(v) for v in as_list(doc[key]))) if key in doc else "all"
                    for doc in (old, new)
                )
                rule, message = (
                    "schema-api-revisions-changed",
                    f"API revisions changed {before} → {after}",
                )
            elif key.startswith("x-"):
                rule, message = "schema-extension-changed", f"extension {code(key)} changed"
            else:
                rule, message = "schema-keyword-changed", f"keyword {code(key)} changed"
            self.neutral(ctx, rule, message)

    def diff_docs(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Documentation-only keywords and deprecation."""
        for key in DOC_KEYWORDS:
            if old.get(key) != new.get(key):
                self.neutral(ctx, f"schema-{kebab(key)}-changed", f"{key} changed")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            now = bool(new.get("deprecated"))
            rule = "schema-deprecated" if now else "schema-reactivated"
            self.neutral(ctx, rule, "deprecated" if now else "no longer deprecated")


NB = Severity.NON_BREAKING
INFO = Severity.INFO


def as_all_of(node: Json, other: Json) -> Json:
    """A bare $ref compared with an allOf of $refs is the allOf of that one $ref."""
    if "$ref" in node and "$ref" not in other and isinstance(other.get("allOf"), list):
        return {"allOf": [node]}
    return node


def value_list(node: Json) -> tuple[str, list[Any]] | None:
    """("const" | "enum" | "open", values) of a schema, or None without a value list."""
    if "const" in node:
        return "const", [node["const"]]
    if "enum" in node:
        return "enum", as_list(node["enum"])
    if "x-extensible-enum" in node:
        return "open", as_list(node["x-extensible-enum"])
    return None


def is_number(value: Any) -> bool:
    """An int or float that is not a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def divides(step: float, multiple: float) -> bool:
    """Whether ``multiple`` is a whole multiple of ``step``."""
    if step == 0:
        return False
    ratio = multiple / step
    return abs(ratio - round(ratio)) < 1e-9
