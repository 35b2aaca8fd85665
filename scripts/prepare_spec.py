"""Prepare the spec for the code generators; deterministic, run by scripts/generate.

Usage: python scripts/prepare_spec.py SPEC OUT_DIR

``OUT_DIR/interactions.openapi.yaml``: the spec with every open enum's known values
(``x-extensible-enum``) written into its description. The generators type open enums as
plain strings, so an unknown value decodes instead of failing; this keeps the known
values in the generated docstrings and ``Meta(description=...)``.
``OUT_DIR/msgspec-template-data.json``: per-class options for datamodel-codegen. The
top-level objects (every stream event and the Interaction resource) get ``dict=True`` so
that ``events.raw()`` can keep the server's bytes beside the decoded object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

_TOP_LEVEL_UNION = "StreamEvent"
_TOP_LEVEL_EXTRA = ("Interaction",)


def document_open_enums(node: Any) -> None:
    """Append ``Known values: ...`` to the description of every ``x-extensible-enum`` node."""
    if isinstance(node, dict):
        values = node.get("x-extensible-enum")
        if isinstance(values, list) and values:
            known = "Known values: " + ", ".join(f"`{v}`" for v in values) + "."
            text = str(node.get("description", "")).strip()
            node["description"] = f"{text} {known}" if text else known
        for value in node.values():
            document_open_enums(value)
    elif isinstance(node, list):
        for value in node:
            document_open_enums(value)


def top_level(spec: dict[str, Any]) -> list[str]:
    """Names of the schemas decoded at the top of a payload."""
    schemas = spec["components"]["schemas"]
    members = [m["$ref"].rsplit("/", 1)[-1] for m in schemas[_TOP_LEVEL_UNION]["oneOf"]]
    return sorted({*members, *_TOP_LEVEL_EXTRA})


def main(argv: list[str]) -> None:
    source, out = Path(argv[1]), Path(argv[2])
    spec: dict[str, Any] = yaml.safe_load(source.read_text())
    template_data = {name: {"base_class_kwargs": {"dict": True}} for name in top_level(spec)}
    document_open_enums(spec)
    out.mkdir(parents=True, exist_ok=True)
    (out / source.name).write_text(yaml.safe_dump(spec, sort_keys=False, width=120))
    (out / "msgspec-template-data.json").write_text(
        json.dumps(template_data, indent=2, sort_keys=True) + "\n"
    )


if __name__ == "__main__":
    main(sys.argv)
