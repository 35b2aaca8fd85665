"""Object keywords: properties and required (with readOnly/writeOnly), additional and
unevaluated properties, patternProperties, propertyNames, dependentRequired/Schemas."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .context import Ctx, Emitter
from .document import Document
from .model import REQ, RESP, Json, Severity, as_dict, as_list, code
from .normalize import prepare

BREAKING = Severity.BREAKING
NB = Severity.NON_BREAKING
INFO = Severity.INFO


def access(doc: Document, node: Any) -> tuple[bool, bool]:
    """(readOnly, writeOnly) of a property schema, looking through its $ref and null union."""
    resolved = as_dict(prepare(doc.resolve(node))[1])
    return resolved.get("readOnly") is True, resolved.get("writeOnly") is True


def hidden_dirs(read_only: bool, write_only: bool) -> frozenset[str]:
    """Directions a property is not transmitted in."""
    return frozenset({REQ} if read_only else set()) | frozenset({RESP} if write_only else set())


def word(required: bool) -> str:
    """``required`` / ``optional`` for rule ids."""
    return "required" if required else "optional"


OBJECT_KEYWORDS = (
    "properties",
    "required",
    "additionalProperties",
    "unevaluatedProperties",
    "patternProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
)


class ObjectRules(Emitter):
    """Rules for object schemas."""

    def diff_objects(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Every object keyword."""
        self.diff_properties(old, new, ctx)
        self.open_keyword(old, new, ctx, "additionalProperties", "additional-properties")
        self.open_keyword(old, new, ctx, "unevaluatedProperties", "unevaluated-properties")
        self.diff_pattern_properties(old, new, ctx)
        self.subschema(old, new, ctx, "propertyNames", "property-names")
        self.diff_dependent_required(old, new, ctx)
        self.diff_dependent_schemas(old, new, ctx)

    def diff_properties(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Fields added, removed or changed, and required-list changes."""
        old_props, new_props = as_dict(old.get("properties")), as_dict(new.get("properties"))
        old_req = {str(n) for n in as_list(old.get("required"))}
        new_req = {str(n) for n in as_list(new.get("required"))}
        for name in sorted(set(old_props) | set(new_props) | old_req | new_req):
            spot = ctx.at(f".{name}")
            if name in old_props and name not in new_props:
                self.property_removed(spot, name in old_req, old_props[name])
            elif name in new_props and name not in old_props:
                self.property_added(spot, name in new_req, new_props[name])
            elif name in old_props:
                was, now = name in old_req, name in new_req
                self.diff_property(old_props[name], new_props[name], (was, now), spot)
            else:
                self.required_changed(spot, name in old_req, name in new_req)

    def property_removed(self, ctx: Ctx, required: bool, node: Any) -> None:
        """A field that is gone: requests that send it and readers that expect it break."""
        ctx = replace(ctx, hidden=ctx.hidden | hidden_dirs(*access(self.old, node)))
        message = "required field removed" if required else "field removed"
        rules = {
            REQ: (BREAKING, "request-property-removed"),
            RESP: (BREAKING, f"response-{word(required)}-property-removed"),
        }
        self.emit_each(ctx, message, rules)

    def property_added(self, ctx: Ctx, required: bool, node: Any) -> None:
        """A new field: a required one breaks requests that do not send it."""
        ctx = replace(ctx, hidden=ctx.hidden | hidden_dirs(*access(self.new, node)))
        message = "required field added" if required else "optional field added"
        rules = {
            REQ: (BREAKING if required else NB, f"new-{word(required)}-request-property"),
            RESP: (NB, f"response-{word(required)}-property-added"),
        }
        self.emit_each(ctx, message, rules)

    def diff_property(self, old: Any, new: Any, required: tuple[bool, bool], ctx: Ctx) -> None:
        """A field on both sides: visibility, schema, required flag."""
        old_access, new_access = access(self.old, old), access(self.new, new)
        self.diff_access(old_access, new_access, required, ctx)
        hidden = hidden_dirs(*old_access) | hidden_dirs(*new_access)
        inner = replace(ctx, hidden=ctx.hidden | hidden)
        self.diff_schema(old, new, inner)
        self.required_changed(inner, *required)

    def diff_access(
        self,
        old: tuple[bool, bool],
        new: tuple[bool, bool],
        required: tuple[bool, bool],
        ctx: Ctx,
    ) -> None:
        """readOnly takes a field out of requests, writeOnly out of responses."""
        for index, name, hides in ((0, "read-only", REQ), (1, "write-only", RESP)):
            if old[index] == new[index]:
                continue
            now = new[index]
            for one in self.split(ctx):
                direction = next(iter(one.dirs))
                if direction != hides:
                    verb = "became" if now else "became-not"
                    rule = f"{direction}-{word(required[1])}-property-{verb}-{name}"
                    message = f"{'now' if now else 'no longer'} {name} (no effect in {direction}s)"
                    self.emit_each(one, message, {direction: (INFO, rule)})
                elif now:
                    rule = f"{direction}-{word(required[0])}-property-became-{name}"
                    message = f"became {name} (no longer sent in {direction}s)"
                    self.emit_each(one, message, {direction: (BREAKING, rule)})
                else:
                    rule = f"{direction}-{word(required[1])}-property-became-not-{name}"
                    severity = BREAKING if direction == REQ and required[1] else NB
                    message = f"no longer {name} (now sent in {direction}s)"
                    self.emit_each(one, message, {direction: (severity, rule)})

    def required_changed(self, ctx: Ctx, was: bool, now: bool) -> None:
        """A field entering or leaving the required list."""
        if now and not was:
            rules = {
                REQ: (BREAKING, "request-property-became-required"),
                RESP: (NB, "response-property-became-required"),
            }
            self.emit_each(ctx, "made required", rules)
        elif was and not now:
            rules = {
                REQ: (NB, "request-property-became-optional"),
                RESP: (BREAKING, "response-property-became-optional"),
            }
            self.emit_each(ctx, "no longer required", rules)

    def diff_pattern_properties(self, old: Json, new: Json, ctx: Ctx) -> None:
        """patternProperties: a new pattern constrains matching names (or admits them when
        additionalProperties is false)."""
        before = as_dict(old.get("patternProperties"))
        after = as_dict(new.get("patternProperties"))
        closed = (
            old.get("additionalProperties") is False or new.get("additionalProperties") is False
        )
        for pattern in sorted(set(before) | set(after)):
            if pattern not in after:
                message = f"patternProperties {code(pattern)} removed"
                self.change(ctx, "pattern-property-removed", message, narrowed=closed)
            elif pattern not in before:
                message = f"patternProperties {code(pattern)} added"
                self.change(ctx, "pattern-property-added", message, narrowed=not closed)
            else:
                spot = ctx.at(f"{{/{pattern}/}}")
                self.diff_schema(before[pattern], after[pattern], spot)

    def diff_dependent_required(self, old: Json, new: Json, ctx: Ctx) -> None:
        """dependentRequired: each (trigger, required field) pair added narrows."""
        before = _pairs(old.get("dependentRequired"))
        after = _pairs(new.get("dependentRequired"))
        for trigger, field in sorted(after - before):
            message = f"dependentRequired: {code(trigger)} now requires {code(field)}"
            self.change(ctx, "dependent-required-added", message, narrowed=True)
        for trigger, field in sorted(before - after):
            message = f"dependentRequired: {code(trigger)} no longer requires {code(field)}"
            self.change(ctx, "dependent-required-removed", message, narrowed=False)

    def diff_dependent_schemas(self, old: Json, new: Json, ctx: Ctx) -> None:
        """dependentSchemas: a schema applied when a field is present."""
        before = as_dict(old.get("dependentSchemas"))
        after = as_dict(new.get("dependentSchemas"))
        for trigger in sorted(set(before) | set(after)):
            if trigger not in after:
                message = f"dependentSchemas {code(trigger)} removed"
                self.change(ctx, "dependent-schema-removed", message, narrowed=False)
            elif trigger not in before:
                message = f"dependentSchemas {code(trigger)} added"
                self.change(ctx, "dependent-schema-added", message, narrowed=True)
            else:
                spot = ctx.at(f".dependentSchemas[{trigger}]")
                self.diff_schema(before[trigger], after[trigger], spot)


def _pairs(value: Any) -> set[tuple[str, str]]:
    """(trigger, required field) pairs of a dependentRequired map."""
    return {(str(k), str(f)) for k, fields in as_dict(value).items() for f in as_list(fields)}
