"""Composition keywords: oneOf/anyOf with their discriminator, allOf, not, if/then/else."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .context import BREAKS_BOTH, Ctx, Emitter
from .document import Document
from .model import REQ, RESP, Json, Severity, as_dict, as_list, code, schema_name
from .normalize import DOC_KEYWORDS, flatten_all_of, keyed_members, merge, normalize_30, same_shape

UNION_NAMES = {"oneOf": "one-of", "anyOf": "any-of"}
INFO = Severity.INFO


def union_keyword(node: Json) -> str | None:
    """``oneOf`` or ``anyOf`` when the schema is a union."""
    return next((k for k in UNION_NAMES if isinstance(node.get(k), list)), None)


def _members(node: Json) -> list[Json]:
    """The union members of a schema, as mappings."""
    return [as_dict(m) for m in as_list(node.get("oneOf") or node.get("anyOf"))]


def structural(node: Json, ignore: tuple[str, ...] = ()) -> set[str]:
    """Keywords that constrain values (not documentation, not the ignored ones)."""
    skip = {*DOC_KEYWORDS, "deprecated", "default", *ignore}
    return {key for key in node if key not in skip and not key.startswith("x-")}


def expand_all_of(node: Json, doc: Document, seen: frozenset[str] = frozenset()) -> Json | None:
    """The schema with its allOf $refs resolved and merged in, or None when they conflict."""
    out = {k: v for k, v in node.items() if k != "allOf"}
    for member in as_list(node.get("allOf")):
        name = schema_name(member)
        if name is not None and name in seen:
            return None
        target = as_dict(doc.resolve(member)) if name is not None else as_dict(member)
        part = expand_all_of(normalize_30(target), doc, seen | {name} if name else seen)
        combined = merge(out, part) if part is not None else None
        if combined is None:
            return None
        out = combined
    return out


UNION_KEYWORDS = (
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "if",
    "then",
    "else",
    "contentSchema",
    "discriminator",
)


class UnionRules(Emitter):
    """Rules for composed schemas."""

    # -- a schema that became (or stopped being) a union ------------------------

    def wrapping(self, old: Json, new: Json, ctx: Ctx) -> bool:
        """X → oneOf [X, Y] widens (original preserved); anything else changes the shape."""
        old_kw, new_kw = union_keyword(old), union_keyword(new)
        if (old_kw is None) == (new_kw is None):
            return False
        wrapped = new_kw is not None
        keyword = str(new_kw or old_kw)
        union, plain = (new, old) if wrapped else (old, new)
        if structural(union, (keyword, "discriminator")):
            return False  # the union constrains a schema that is still there: keyword rules
        plain_doc, union_doc = (self.old, self.new) if wrapped else (self.new, self.old)
        resolved = plain_doc.resolve(plain)
        if union_keyword(as_dict(resolved)) is not None:
            return False  # a $ref to a union: compared through the reference
        kept = any(
            same_shape(resolved, union_doc.resolve(member)) for member in as_list(union[keyword])
        )
        name = UNION_NAMES[keyword]
        suffix = f"wrapped-in-{name}" if wrapped else f"unwrapped-from-{name}"
        message = f"became a union ({keyword})" if wrapped else f"no longer a union ({keyword})"
        if kept:
            message += (
                ", the old schema one of its members" if wrapped else ", was one of its members"
            )
            self.change(ctx, f"{suffix}-original-preserved", message, narrowed=not wrapped)
        else:
            self.emit(ctx, suffix, message, BREAKS_BOTH)
        return True

    # -- unions on both sides ---------------------------------------------------

    def diff_unions(self, old: Json, new: Json, ctx: Ctx) -> None:
        """oneOf/anyOf members (by discriminator tag, or by shape) and the discriminator."""
        old_kw, new_kw = union_keyword(old), union_keyword(new)
        if old_kw is None or new_kw is None:
            if old_kw or new_kw:
                keyword = str(old_kw or new_kw)
                verb = "added" if new_kw else "removed"
                message = f"{keyword} constraint {verb}"
                self.change(ctx, f"{UNION_NAMES[keyword]}-{verb}", message, narrowed=bool(new_kw))
            self.diff_all_of(old, new, ctx)
            return
        if old_kw != new_kw:
            self.neutral(
                ctx, "schema-union-keyword-changed", f"union keyword changed {old_kw} → {new_kw}"
            )
        self.diff_discriminator(old, new, ctx)
        old_tags, new_tags = self.old.union_tags(old), self.new.union_tags(new)
        if old_tags is not None and new_tags is not None and old_tags[0] == new_tags[0]:
            self.diff_tagged(old_tags[1], new_tags[1], ctx, new_kw)
        else:
            pairs = self.pair_untagged(as_list(old[old_kw]), as_list(new[new_kw]))
            self.diff_members(pairs, ctx, new_kw, tagged=False)
        self.diff_all_of(old, new, ctx)

    def pair_untagged(self, old: list[Any], new: list[Any]) -> dict[str, tuple[Any, Any]]:
        """Members by ref name or type; an inline member equal to a $ref target pairs with it."""
        before, after = keyed_members(old), keyed_members(new)
        pairs = {key: (before.get(key), after.get(key)) for key in set(before) | set(after)}
        gone = [k for k, (o, n) in sorted(pairs.items()) if n is None]
        came = [k for k, (o, n) in sorted(pairs.items()) if o is None]
        for key in gone:
            match = next(
                (
                    k
                    for k in came
                    if same_shape(self.old.resolve(before[key]), self.new.resolve(after[k]))
                ),
                None,
            )
            if match is not None:
                came.remove(match)
                pairs[key] = (before[key], after[match])
                del pairs[match]
        return pairs

    def diff_tagged(self, old: dict[str, Any], new: dict[str, Any], ctx: Ctx, keyword: str) -> None:
        """Tagged members: a member under another tag is a tag change, not remove + add."""
        pairs = {tag: (old.get(tag), new.get(tag)) for tag in set(old) | set(new)}
        came = {
            schema_name(n): tag for tag, (o, n) in pairs.items() if o is None and schema_name(n)
        }
        for tag, (before, after) in sorted(pairs.items()):
            name = schema_name(before)
            if after is None and name is not None and name in came:
                moved = came.pop(name)
                message = f"member {code(name)} tag changed {code(tag)} → {code(moved)}"
                rules = {
                    d: (Severity.BREAKING, "client-tagged-union-tag-changed") for d in ctx.dirs
                }
                self.emit_each(ctx.at(f".{keyword}"), message, rules)
                pairs[tag] = (before, pairs.pop(moved)[1])
        self.diff_members(pairs, ctx, keyword, tagged=True)

    def diff_members(
        self, pairs: dict[str, tuple[Any, Any]], ctx: Ctx, keyword: str, tagged: bool
    ) -> None:
        """Members removed (narrows), added (widens) or changed."""
        for key, (before, after) in sorted(pairs.items()):
            if after is None:
                self.member_change(ctx, key, keyword, tagged, added=False)
            elif before is None:
                self.member_change(ctx, key, keyword, tagged, added=True)
            else:
                old_name, new_name = schema_name(before), schema_name(after)
                if tagged and old_name and new_name and old_name != new_name:
                    self.mapping_changed(ctx, key, keyword, (old_name, new_name))
                self.diff_schema(before, after, ctx.at(f".{keyword}[{key}]"))

    def member_change(self, ctx: Ctx, key: str, keyword: str, tagged: bool, added: bool) -> None:
        """One member added or removed."""
        verb = "added" if added else "removed"
        if self.is_open_union(ctx):
            # SSE event and delta unions are open: readers skip unknown types, and a type
            # that is no longer sent is data a reader no longer gets.
            kind = "event" if self.at_event_union(ctx) else "variant"
            severity = Severity.NON_BREAKING if added else Severity.BREAKING
            self.add(
                severity,
                self.member_label(ctx, key, keyword, tagged),
                verb,
                f"response-sse-{kind}-{verb}",
            )
            return
        what = "variant" if tagged else "member"
        message = f"{what} {code(key)} {verb}"
        self.change(
            ctx.at(f".{keyword}"), f"{UNION_NAMES[keyword]}-{verb}", message, narrowed=not added
        )

    def mapping_changed(self, ctx: Ctx, key: str, keyword: str, names: tuple[str, str]) -> None:
        """A tag that maps to another component: the generated union decodes it as another
        class (breaking for readers matching on the class), unless the class was renamed
        (reported once, as the rename)."""
        old_name, new_name = names
        message = f"discriminator mapping changed {code(old_name)} → {code(new_name)}"
        renamed = self.renames.get(old_name) == new_name
        if not renamed:
            message += f": the generated union decodes this tag as {code(new_name)}"
        client = (
            (INFO, f"{ctx.subject(RESP)}-discriminator-mapping-changed")
            if renamed
            else (Severity.BREAKING, "client-tagged-union-member-changed")
        )
        if self.is_open_union(ctx):
            self.add(client[0], self.member_label(ctx, key, keyword, True), message, client[1])
            return
        rules = {REQ: (INFO, f"{ctx.subject(REQ)}-discriminator-mapping-changed"), RESP: client}
        spot = ctx.at(f".{keyword}")
        self.emit_each(spot, f"variant {code(key)} {message}", {d: rules[d] for d in ctx.dirs})

    def diff_discriminator(self, old: Json, new: Json, ctx: Ctx) -> None:
        """discriminator presence and propertyName (mapping changes are per member)."""
        before, after = as_dict(old.get("discriminator")), as_dict(new.get("discriminator"))
        if bool(before) != bool(after):
            if after:
                message = "discriminator added"
                self.emit(ctx, "discriminator-added", message, dict.fromkeys(ctx.dirs, INFO))
                return
            members = as_list(old.get("oneOf") or old.get("anyOf"))
            rules = {REQ: (INFO, f"{ctx.subject(REQ)}-discriminator-removed")}
            # The generated msgspec union switches on the tag; without one it cannot
            # tell object members apart when decoding.
            decodes = Severity.BREAKING if len(members) > 1 else INFO
            rules[RESP] = (decodes, "client-tagged-union-removed")
            message = "discriminator removed (the generated union is no longer tagged)"
            self.emit_each(ctx, message, {d: rules[d] for d in ctx.dirs})
        elif before.get("propertyName") != after.get("propertyName"):
            message = (
                f"discriminator propertyName changed {code(before.get('propertyName'))}"
                f" → {code(after.get('propertyName'))}"
            )
            self.emit(ctx, "discriminator-property-name-changed", message, BREAKS_BOTH)
        else:
            old_map, new_map = as_dict(before.get("mapping")), as_dict(after.get("mapping"))
            # Only keys of members on both sides: members added or removed, and keys that
            # moved to another member (a tag change), are reported per member.
            kept = {m.get("$ref") for m in _members(old)} & {m.get("$ref") for m in _members(new)}
            moved = set(old_map.values()) & set(new_map.values())
            added = {k for k in set(new_map) - set(old_map) if new_map[k] in kept - moved}
            deleted = {k for k in set(old_map) - set(new_map) if old_map[k] in kept - moved}
            for verb, keys in (("added", added), ("deleted", deleted)):
                if keys:
                    shown = ", ".join(code(k) for k in sorted(keys))
                    message = f"discriminator mapping {verb}: {shown}"
                    self.emit(
                        ctx, f"discriminator-mapping-{verb}", message, dict.fromkeys(ctx.dirs, INFO)
                    )

    # -- SSE naming -------------------------------------------------------------

    def at_event_union(self, ctx: Ctx) -> bool:
        """Whether ctx is the root of the SSE event union."""
        return not ctx.path and ctx.component in (self.new.sse.union, self.old.sse.union)

    def is_open_union(self, ctx: Ctx) -> bool:
        """SSE event and delta unions are open: clients must skip unknown types."""
        if ctx.path or ctx.component is None:
            return False
        nested = set(self.new.sse.nested) | set(self.old.sse.nested)
        return self.at_event_union(ctx) or ctx.component in nested

    def member_label(self, ctx: Ctx, key: str, keyword: str, tagged: bool) -> str:
        """How an SSE union member is named: events and delta types by their tag."""
        if self.at_event_union(ctx):
            return f"SSE event {code(key)}"
        component = ctx.component or ""
        nested = self.new.sse.nested.get(component) or self.old.sse.nested.get(component) or []
        prop = nested[0][1] if nested else "variant"
        kind = "delta type" if prop == "delta" else f"{code(prop)} type"
        events = ", ".join(code(tag) for tag in sorted({tag for tag, _ in nested}))
        return f"SSE {kind} {code(key)} (in {events})"

    # -- allOf and conditionals ---------------------------------------------------

    def align_all_of(self, old: Json, new: Json, ctx: Ctx) -> tuple[Json, Json]:
        """When the allOf $refs differ, compare the merged schemas instead of the parts."""
        refs_old = {schema_name(m) for m in as_list(old.get("allOf")) if schema_name(m)}
        refs_new = {schema_name(m) for m in as_list(new.get("allOf")) if schema_name(m)}
        if refs_old == refs_new:
            return old, new
        merged_old, merged_new = expand_all_of(old, self.old), expand_all_of(new, self.new)
        if merged_old is None or merged_new is None:
            return old, new
        shown = [
            ", ".join(code(n) for n in sorted(str(r) for r in refs)) or "none"
            for refs in (refs_old, refs_new)
        ]
        message = f"allOf references changed {shown[0]} → {shown[1]} (compared merged)"
        self.neutral(ctx, "schema-all-of-references-changed", message)
        return flatten_all_of(merged_old), flatten_all_of(merged_new)

    def diff_all_of(self, old: Json, new: Json, ctx: Ctx) -> None:
        """allOf parts left after merging: adding one narrows, removing one widens."""
        if "allOf" not in old and "allOf" not in new:
            return
        before = keyed_members(as_list(old.get("allOf")))
        after = keyed_members(as_list(new.get("allOf")))
        for key in sorted(set(before) | set(after)):
            spot = ctx.at(f".allOf[{key}]")
            if key not in after:
                self.change(
                    ctx.at(".allOf"),
                    "all-of-removed",
                    f"member {code(key)} removed",
                    narrowed=False,
                )
            elif key not in before:
                self.change(
                    ctx.at(".allOf"), "all-of-added", f"member {code(key)} added", narrowed=True
                )
            else:
                self.diff_schema(before[key], after[key], spot)

    def diff_conditionals(self, old: Json, new: Json, ctx: Ctx) -> None:
        """not (polarity swapped), if/then/else and contentSchema."""
        if "not" in old and "not" in new:
            inner = replace(ctx.at(".not"), negated=not ctx.negated)
            self.diff_schema(old["not"], new["not"], inner)
        else:
            self.subschema(old, new, ctx, "not", "not")
        if old.get("if") != new.get("if") and "if" in old and "if" in new:
            self.emit(ctx, "if-changed", "if condition changed", BREAKS_BOTH)
        elif old.get("if") != new.get("if"):
            verb = "added" if "if" in new else "removed"
            self.neutral(ctx, f"schema-if-{verb}", f"if {verb}")
        for key in ("then", "else", "contentSchema"):
            self.subschema(old, new, ctx, key, "content-schema" if key == "contentSchema" else key)
