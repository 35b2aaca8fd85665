"""Where each operation goes: the one place that decides hosts, versions and scoping.

Path templates and parameter names come from the spec (the generated ``OPERATIONS``
table); this module picks the host, the API version, and whether an operation is
scoped under ``projects/{project}/locations/{location}`` (Vertex) or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote

from ._generated.routes import OPERATIONS, OperationName
from .config import Settings

__all__ = ["GEMINI_BASE_URL", "Operation", "Route", "Router", "vertex_base_url"]

Operation = OperationName

GEMINI_BASE_URL: Final = "https://generativelanguage.googleapis.com"
_VERTEX_GLOBAL: Final = "https://aiplatform.googleapis.com"
_VERTEX_MULTI_REGIONS: Final = frozenset({"us", "eu"})


def vertex_base_url(location: str | None) -> str:
    """Vertex AI host for a location: global, the ``us``/``eu`` multi-regions, or regional."""
    if not location or location == "global":
        return _VERTEX_GLOBAL
    if location in _VERTEX_MULTI_REGIONS:
        return f"https://aiplatform.{location}.rep.googleapis.com"
    return f"https://{location}-aiplatform.googleapis.com"


@dataclass(frozen=True, slots=True)
class Route:
    """Everything needed to send one operation: method, absolute URL, params, headers."""

    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    json: Any = None


class Router:
    """Maps (backend, version, project, location, scoping) to routes for each operation."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        if settings.base_url:
            self.base_url = settings.base_url.rstrip("/")
        elif settings.backend == "vertex":
            self.base_url = (
                _VERTEX_GLOBAL if settings.vertex_express else vertex_base_url(settings.location)
            )
        else:
            self.base_url = GEMINI_BASE_URL

    def is_scoped(self, op: Operation) -> bool:
        """Whether ``op`` goes under ``projects/{p}/locations/{l}``."""
        s = self._settings
        if s.backend != "vertex" or s.vertex_express or not s.project:
            return False
        return op == "create" or s.vertex_scoping == "all"

    def route(
        self,
        op: Operation,
        *,
        interaction_id: str | None = None,
        body: dict[str, Any] | None = None,
        stream: bool | None = None,
        last_event_id: str | None = None,
    ) -> Route:
        """Build the route of one operation from the spec's operation table."""
        s = self._settings
        spec = OPERATIONS[(op, self.is_scoped(op))]
        values: dict[str, str] = {"version": s.api_version}
        if "project" in spec.path_params:
            values["project"] = s.project or ""
            values["location"] = s.location or "global"
        if "id" in spec.path_params:
            values["id"] = check_interaction_id(interaction_id)
        path = spec.path.format_map({k: quote(v, safe="") for k, v in values.items()})
        params: dict[str, Any] = {}
        if "stream" in spec.query:
            params["stream"] = "true" if stream else "false"
        if last_event_id is not None and "last_event_id" in spec.query:
            params["last_event_id"] = last_event_id
        headers = {"Api-Revision": s.api_revision} if s.api_revision else {}
        return Route(
            method=spec.method,
            url=self.base_url + path,
            params=params,
            headers=headers,
            json=body if spec.has_body else None,
        )

    def url(self, op: Operation, interaction_id: str | None = None) -> str:
        """The absolute URL of ``op`` (without query), e.g. for display."""
        return self.route(op, interaction_id=interaction_id or "{id}").url.replace(
            "%7Bid%7D", "{id}"
        )


def check_interaction_id(interaction_id: str | None) -> str:
    """``interaction_id`` if it is safe as one path segment; ``ValueError`` otherwise."""
    if not interaction_id:
        raise ValueError("an interaction id is required")
    if interaction_id in {".", ".."} or any(
        ch == "/" or ch == "\\" or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in interaction_id
    ):
        raise ValueError(f"not a valid interaction id: {interaction_id!r}")
    return interaction_id
