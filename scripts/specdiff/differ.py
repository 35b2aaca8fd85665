"""The differ: every rule family over two documents."""

from __future__ import annotations

from .components import ComponentRules
from .document import Document
from .events import EventRules
from .model import Finding, Json, Severity, as_dict, code
from .operations import OperationRules
from .schemas import SchemaRules

INFO_RULES = {
    "version": "api-version-changed",
    "x-api-revision": "api-default-revision-changed",
}


class Differ(OperationRules, ComponentRules, EventRules, SchemaRules):
    """Compares two documents and collects findings."""

    def run(self) -> list[Finding]:
        """Compare everything and return the sorted findings."""
        self.renames = self.find_renames()
        self.diff_info()
        self.diff_operations()
        self.diff_components()
        self.diff_default_events()
        return sorted(self.findings)

    def diff_info(self) -> None:
        """OpenAPI version, info, servers and security: informational."""
        old, new = self.old.raw, self.new.raw
        if old.get("openapi") != new.get("openapi"):
            message = f"changed {code(old.get('openapi'))} → {code(new.get('openapi'))}"
            self.add(Severity.INFO, code("openapi"), message, "api-openapi-version-changed")
        old_info, new_info = as_dict(old.get("info")), as_dict(new.get("info"))
        for key in sorted(set(old_info) | set(new_info)):
            before, after = old_info.get(key), new_info.get(key)
            if before == after:
                continue
            shown = [code(v) if v is not None else "none" for v in (before, after)]
            if key == "x-api-revision":
                message = f"default API revision changed {shown[0]} → {shown[1]}"
            elif key == "version":
                message = f"changed {shown[0]} → {shown[1]}"
            else:
                message = "changed"
            self.add(
                Severity.INFO, code(f"info.{key}"), message, INFO_RULES.get(key, "api-info-changed")
            )
        if old.get("servers") != new.get("servers"):
            self.add(Severity.INFO, code("servers"), "changed", "api-servers-changed")
        if old.get("security") != new.get("security"):
            self.add(Severity.INFO, code("security"), "changed", "api-global-security-changed")
        self.diff_security_schemes(old, new)

    def diff_security_schemes(self, old: Json, new: Json) -> None:
        """components/securitySchemes added, removed or changed."""
        old_sec = as_dict(as_dict(old.get("components")).get("securitySchemes"))
        new_sec = as_dict(as_dict(new.get("components")).get("securitySchemes"))
        for name in sorted(set(old_sec) | set(new_sec)):
            if old_sec.get(name) == new_sec.get(name):
                continue
            verb = (
                "added" if name not in old_sec else "removed" if name not in new_sec else "changed"
            )
            self.add(
                Severity.INFO,
                f"security scheme {code(name)}",
                verb,
                f"api-security-component-{verb}",
            )


def compare(
    old: Json, new: Json, old_label: str, new_label: str, *, tolerant_enums: bool = False
) -> list[Finding]:
    """All findings between two parsed (bundled) documents."""
    differ = Differ(
        Document(old, old_label), Document(new, new_label), tolerant_enums=tolerant_enums
    )
    return differ.run()
