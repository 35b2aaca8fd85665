"""Component schemas: added, removed, renamed (a generated class name changes) and changed."""

from __future__ import annotations

import json
from typing import Any

from .context import Ctx, Emitter
from .document import Document
from .model import BOTH, Severity, as_dict, code, schema_name, schema_ref
from .normalize import shape

TYPES_MODULE = "interactions_ext.types"


def renamed_shape(node: Any, old_name: str, new_name: str) -> Any:
    """A schema's shape with references to itself spelled with another name."""
    text = json.dumps(node, sort_keys=True, default=str)
    text = text.replace(json.dumps(schema_ref(new_name)), json.dumps(schema_ref(old_name)))
    return shape(json.loads(text))


def mapping_hints(old: Document, new: Document) -> dict[str, str]:
    """old → new component names from tagged unions whose tag now maps to another schema."""
    hints: dict[str, str] = {}
    for name in sorted(set(old.schemas) & set(new.schemas)):
        before, after = old.union_tags(old.schemas[name]), new.union_tags(new.schemas[name])
        if before is None or after is None:
            continue
        for tag, member in sorted(before[1].items()):
            was, now = schema_name(member), schema_name(after[1].get(tag))
            if was and now and was != now and was not in new.schemas and now not in old.schemas:
                hints.setdefault(was, now)
    return hints


class ComponentRules(Emitter):
    """Rules for components/schemas."""

    def diff_components(self) -> None:
        """Every component schema; a removed one matched by an added one is a rename."""
        old_s, new_s = self.old.schemas, self.new.schemas
        renames = self.renames
        targets = set(renames.values())
        for name in sorted(set(old_s) | set(new_s)):
            spot = f"schema {code(name)}"
            if name in renames:
                new_name = renames[name]
                message = (
                    f"renamed {code(new_name)}: the generated class {code(name)} becomes"
                    f" {code(new_name)} in {code(TYPES_MODULE)}"
                )
                self.add(Severity.BREAKING, spot, message, "client-model-renamed")
                self.diff_component(name, new_name)
            elif name not in new_s:
                message = f"removed: the generated class is gone from {code(TYPES_MODULE)}"
                self.add(Severity.BREAKING, spot, message, "client-model-removed")
            elif name not in old_s:
                if name not in targets:
                    self.add(Severity.INFO, spot, "added", "api-schema-added")
            else:
                self.diff_component(name, name)

    def diff_component(self, old_name: str, new_name: str) -> None:
        """One component on both sides, in the directions it travels."""
        dirs = self.old.usage.get(old_name, frozenset()) | self.new.usage.get(new_name, frozenset())
        tag = self.new.sse.tag_of(new_name) or self.old.sse.tag_of(old_name)
        ctx = Ctx(root=new_name, dirs=dirs or BOTH, component=new_name, sse_tag=tag)
        seen = frozenset({(schema_ref(old_name), schema_ref(new_name))})
        if old_name != new_name:
            ctx = Ctx(root=new_name, dirs=dirs or BOTH, component=new_name, sse_tag=tag, seen=seen)
        self.diff_schema(self.old.schemas[old_name], self.new.schemas[new_name], ctx)

    def find_renames(self) -> dict[str, str]:
        """Removed → added component names: same schema, or the same discriminator tag."""
        gone = sorted(set(self.old.schemas) - set(self.new.schemas))
        came = sorted(set(self.new.schemas) - set(self.old.schemas))
        renames = {
            k: v for k, v in mapping_hints(self.old, self.new).items() if k in gone and v in came
        }
        free = [name for name in came if name not in renames.values()]
        for name in gone:
            if name in renames:
                continue
            before = shape(as_dict(self.old.schemas[name]))
            match = next(
                (c for c in free if renamed_shape(self.new.schemas[c], name, c) == before), None
            )
            if match is not None:
                renames[name] = match
                free.remove(match)
        return renames
