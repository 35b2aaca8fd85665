"""Shared vocabulary: directions, severities, findings, and small JSON helpers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

Json = dict[str, Any]

REQ = "request"
RESP = "response"
BOTH: frozenset[str] = frozenset({REQ, RESP})
SCHEMA_PREFIX = "#/components/schemas/"


class SpecError(Exception):
    """An input that cannot be read or is not a usable OpenAPI document (exit status 2)."""


class Severity(IntEnum):
    """Report sections, most severe first (min() picks the worst)."""

    BREAKING = 0
    NON_BREAKING = 1
    INFO = 2


SECTION_TITLES = {
    Severity.BREAKING: "Breaking",
    Severity.NON_BREAKING: "Non-breaking",
    Severity.INFO: "Informational",
}


@dataclass(frozen=True, order=True)
class Finding:
    """One classified change: its section, where it happened, what happened, and the rule."""

    severity: Severity
    location: str
    message: str
    rule: str

    def render(self) -> str:
        """The markdown list item for this finding."""
        return f"- {self.location} {self.message} [`{self.rule}`]"


def code(value: Any) -> str:
    """Render a value as inline code that keeps backticks balanced on one line."""
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    text = " ".join(text.replace("`", "'").split())
    return f"`{text}`"


def as_dict(value: Any) -> Json:
    """The value when it is a mapping, else an empty one (tolerates sloppy documents)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """The value when it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def schema_name(node: Any) -> str | None:
    """The component name a schema node refers to, if it is a local schema $ref."""
    ref = as_dict(node).get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def schema_ref(name: str) -> str:
    """The local $ref string of a component schema."""
    return SCHEMA_PREFIX + name.replace("~", "~0").replace("/", "~1")
