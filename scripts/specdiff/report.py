"""The markdown report."""

from __future__ import annotations

from .model import SECTION_TITLES, Finding, Severity, code


def render(findings: list[Finding], old_label: str, new_label: str) -> str:
    """Title, counts, then the Breaking / Non-breaking / Informational sections, sorted."""
    lines = [f"# Spec diff: {code(old_label)} → {code(new_label)}", ""]
    if not findings:
        return "\n".join([*lines, "No changes.", ""])
    counts = {sev: sum(1 for f in findings if f.severity == sev) for sev in Severity}
    summary = ", ".join(f"{counts[sev]} {SECTION_TITLES[sev].lower()}" for sev in Severity)
    lines += [f"{summary}.", ""]
    for severity in Severity:
        lines += [f"## {SECTION_TITLES[severity]}", ""]
        items = [f.render() for f in sorted(findings) if f.severity == severity]
        lines += [*(items or ["None."]), ""]
    return "\n".join(lines)
