"""The spec-diff rule corpus: pairs of documents (base, revision) and the rules they must
trigger, in both directions (base → revision and back) and, for schema cases, with the
schema in a request body and in a response body.

A case file in tests/spec_diff_cases/ is a YAML list of cases. Each side of a case is one of
- ``property: <schema>``: the schema of ``Thing.value`` (``Thing`` is an object component);
- ``thing: <schema>``: the ``Thing`` component itself;
- ``document: <OpenAPI document>`` (``openapi`` and ``info`` filled in when missing);
plus optionally ``components:`` (more component schemas) and ``files:`` (more files next to
the document, for $refs to other files).

Expected findings are ``<severity> <rule id>`` strings (severity: breaking, non-breaking,
info), compared as exact sets:
- ``request:`` / ``response:`` each with ``forward:`` and ``backward:`` lists (schema cases;
  Thing is the body of ``POST /things`` or of the ``GET /things`` answer), or
- ``forward:`` / ``backward:`` (document cases), or
- shorthands for schema cases whose rule depends only on narrowing or widening:
  ``narrows: [forward suffix, backward suffix]`` (the revision accepts fewer values),
  ``widens: [...]`` (the revision accepts more values),
  ``breaks: [...]`` (breaking both ways, in both bodies);
  the rule id is ``<direction>-property-<suffix>``.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "spec_diff_cases"
sys.path.insert(0, str(ROOT / "scripts"))

import specdiff  # noqa: E402

SEVERITIES = {
    "breaking": specdiff.Severity.BREAKING,
    "non-breaking": specdiff.Severity.NON_BREAKING,
    "info": specdiff.Severity.INFO,
}
TITLES = {"Breaking": "breaking", "Non-breaking": "non-breaking", "Informational": "info"}
# Shorthand -> (request severities, response severities), each (forward, backward).
SHORTHANDS = {
    "narrows": (("breaking", "non-breaking"), ("non-breaking", "breaking")),
    "widens": (("non-breaking", "breaking"), ("breaking", "non-breaking")),
    "breaks": (("breaking", "breaking"), ("breaking", "breaking")),
}
RULE = re.compile(r" \[`([a-z0-9-]+)`\]$")
Json = dict[str, Any]


def load_cases() -> list[Json]:
    """Every case of every file, with its file name."""
    found: list[Json] = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text()):
            found.append({**case, "file": path.stem})
    return found


ALL = load_cases()


def body_document(thing: Any, components: Json, direction: str) -> Json:
    """An API whose only operation sends (request) or returns (response) a Thing."""
    ref = {"$ref": "#/components/schemas/Thing"}
    content = {"application/json": {"schema": ref}}
    if direction == "request":
        operation = {
            "operationId": "createThing",
            "requestBody": {"required": True, "content": content},
            "responses": {"204": {"description": "Created."}},
        }
        paths = {"/things": {"post": operation}}
    else:
        operation = {
            "operationId": "getThing",
            "responses": {"200": {"description": "The thing.", "content": content}},
        }
        paths = {"/things": {"get": operation}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": paths,
        "components": {"schemas": {"Thing": thing, **copy.deepcopy(components)}},
    }


def build(side: Json, direction: str | None) -> Json:
    """The document for one side of a case."""
    if "document" in side:
        doc = copy.deepcopy(side["document"])
        doc.setdefault("openapi", "3.1.0")
        doc.setdefault("info", {"title": "Things", "version": "1"})
        return dict(doc)
    assert direction is not None
    if "property" in side:
        thing = {"type": "object", "properties": {"value": copy.deepcopy(side["property"])}}
    else:
        thing = copy.deepcopy(side["thing"])
    return body_document(thing, side.get("components", {}), direction)


def expand(case: Json) -> dict[tuple[str | None, str], set[tuple[str, str]]]:
    """(direction, forward|backward) -> expected {(severity, rule)}."""
    shorthand = next((k for k in SHORTHANDS if k in case), None)
    if shorthand is not None:
        forward, backward = case[shorthand]
        request, response = SHORTHANDS[shorthand]
        out: dict[tuple[str | None, str], set[tuple[str, str]]] = {}
        for direction, (fwd_sev, bwd_sev) in (("request", request), ("response", response)):
            out[(direction, "forward")] = {(fwd_sev, f"{direction}-property-{forward}")}
            out[(direction, "backward")] = {(bwd_sev, f"{direction}-property-{backward}")}
        return out
    expected: dict[tuple[str | None, str], set[tuple[str, str]]] = {}
    blocks = [(d, case[d]) for d in ("request", "response") if d in case] or [(None, case)]
    for direction, block in blocks:
        for way in ("forward", "backward"):
            items = [str(item).split(" ", 1) for item in block[way]]
            expected[(direction, way)] = {(sev, rule) for sev, rule in items}
    return expected


def runs() -> list[Any]:
    """One pytest param per case, direction and way."""
    params = []
    for case in ALL:
        for (direction, way), expected in sorted(expand(case).items(), key=str):
            label = f"{case['file']}: {case['name']} [{direction or 'document'}, {way}]"
            params.append(pytest.param(case, direction, way, expected, id=label))
    return params


def write_side(side: Json, direction: str | None, folder: Path) -> Path:
    """The side's document (and extra files) on disk."""
    folder.mkdir(parents=True)
    for name, content in side.get("files", {}).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(content, sort_keys=False))
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(build(side, direction), sort_keys=False))
    return path


def findings(report: str) -> set[tuple[str, str]]:
    """(severity, rule) of every report line, checking each line names its rule."""
    found: set[tuple[str, str]] = set()
    section = ""
    for line in report.splitlines():
        if line.startswith("## "):
            section = TITLES[line[3:]]
        elif line.startswith("- "):
            match = RULE.search(line)
            assert match, f"no rule id on {line!r}"
            found.add((section, match.group(1)))
    return found


@pytest.mark.parametrize(("case", "direction", "way", "expected"), runs())
def test_case(
    case: Json, direction: str | None, way: str, expected: set[tuple[str, str]], tmp_path: Path
) -> None:
    """The report names exactly the expected rules, each in its expected section."""
    sides = [case["base"], case["revision"]]
    if way == "backward":
        sides.reverse()
    old_path = write_side(sides[0], direction, tmp_path / "old")
    new_path = write_side(sides[1], direction, tmp_path / "new")
    old, old_label = specdiff.load(specdiff.FileSource(), str(old_path))
    new, new_label = specdiff.load(specdiff.FileSource(), str(new_path))
    tolerant = bool(case.get("options", {}).get("tolerant_enums"))
    result = specdiff.compare(old, new, old_label, new_label, tolerant_enums=tolerant)
    report = specdiff.render(result, old_label, new_label)
    assert findings(report) == expected, report


def test_every_file_has_cases() -> None:
    """No empty case file; names unique within a file."""
    for path in sorted(CASES.glob("*.yaml")):
        cases = yaml.safe_load(path.read_text())
        names = [c["name"] for c in cases]
        assert names and len(names) == len(set(names)), path.name


def expected_rules() -> set[str]:
    """Every rule id some case expects."""
    return {rule for case in ALL for values in expand(case).values() for _, rule in values}


def documented_patterns() -> list[re.Pattern[str]]:
    """The rule ids in docs/maintainers.md: ``<side>`` stands for any prefix, ``<lower>`` and
    ``<upper>`` for the bound names the guide lists."""
    text = (ROOT / "docs" / "maintainers.md").read_text()
    ids = set(re.findall(r"`((?:<side>-)?[a-z0-9<][a-z0-9<>-]*[a-z0-9>])`", text))
    bounds = ("exclusive", "length", "items", "properties", "contains")
    lower = "|".join(["min", *(f"min-{b}" for b in bounds[1:]), "exclusive-min"])
    upper = "|".join(["max", *(f"max-{b}" for b in bounds[1:]), "exclusive-max"])
    patterns = []
    for rule in ids:
        if "-" not in rule:
            continue
        regex = re.escape(rule).replace(re.escape("<side>"), r"[a-z-]+")
        regex = regex.replace(re.escape("<lower>"), f"(?:{lower})")
        regex = regex.replace(re.escape("<upper>"), f"(?:{upper})")
        patterns.append(re.compile(f"^{regex}$"))
    return patterns


def test_every_expected_rule_is_documented() -> None:
    """The maintainer guide names every rule the corpus exercises."""
    patterns = documented_patterns()
    missing = sorted(r for r in expected_rules() if not any(p.match(r) for p in patterns))
    assert not missing, missing
