"""Array keywords: items, prefixItems, contains, unevaluatedItems, uniqueItems."""

from __future__ import annotations

from .context import Ctx, Emitter
from .model import Json, as_list

ARRAY_KEYWORDS = ("items", "prefixItems", "contains", "unevaluatedItems", "uniqueItems")


class ArrayRules(Emitter):
    """Rules for array schemas (minContains/maxContains are bounds, with the others)."""

    def diff_arrays(self, old: Json, new: Json, ctx: Ctx) -> None:
        """Every array keyword."""
        if "items" in old or "items" in new:
            self.diff_schema(old.get("items", True), new.get("items", True), ctx.at("[]"))
        self.diff_prefix_items(old, new, ctx)
        self.subschema(old, new, ctx, "contains", "contains")
        self.open_keyword(old, new, ctx, "unevaluatedItems", "unevaluated-items")
        before, after = old.get("uniqueItems") is True, new.get("uniqueItems") is True
        if before != after:
            suffix = "unique-items-set" if after else "unique-items-unset"
            message = f"uniqueItems changed {str(before).lower()} → {str(after).lower()}"
            self.change(ctx, suffix, message, narrowed=after)

    def diff_prefix_items(self, old: Json, new: Json, ctx: Ctx) -> None:
        """prefixItems by position: a new position constrains it (or admits it when
        ``items: false`` closes the tuple)."""
        before, after = as_list(old.get("prefixItems")), as_list(new.get("prefixItems"))
        closed = old.get("items") is False or new.get("items") is False
        for index in range(max(len(before), len(after))):
            if index >= len(after):
                message = f"prefixItems[{index}] removed"
                self.change(ctx, "prefix-items-removed", message, narrowed=closed)
            elif index >= len(before):
                message = f"prefixItems[{index}] added"
                self.change(ctx, "prefix-items-added", message, narrowed=not closed)
            else:
                self.diff_schema(before[index], after[index], ctx.at(f"[{index}]"))
