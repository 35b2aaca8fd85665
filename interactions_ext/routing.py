"""Where each operation goes: the one place that decides hosts, versions and scoping.

Path templates come from the spec (through the generated endpoint modules); this
module picks the host, the API version, and whether an operation is scoped under
``projects/{project}/locations/{location}`` (Vertex) or not.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Final, Literal

from .config import Settings

__all__ = ["GEMINI_BASE_URL", "Operation", "Route", "Router", "vertex_base_url"]

Operation = Literal["create", "get", "cancel", "delete"]

GEMINI_BASE_URL: Final = "https://generativelanguage.googleapis.com"
_VERTEX_GLOBAL: Final = "https://aiplatform.googleapis.com"
_VERTEX_MULTI_REGIONS: Final = frozenset({"us", "eu"})
_ENDPOINTS: Final = "interactions_api.api"


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


class _JsonBody:
    """Hands an already-built JSON body to a generated ``_get_kwargs`` unchanged."""

    __slots__ = ("_body",)

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def to_dict(self) -> dict[str, Any]:
        return self._body


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
        """Build the route of one operation from the generated request kwargs."""
        s = self._settings
        scoped = self.is_scoped(op)
        module_name = (
            f"{_ENDPOINTS}.vertex_scoped.{op}_scoped_interaction"
            if scoped
            else f"{_ENDPOINTS}.interactions.{op}_interaction"
        )
        module = importlib.import_module(module_name)
        kwargs: dict[str, Any] = {"version": s.api_version}
        if scoped:
            kwargs["project"] = s.project
            kwargs["location"] = s.location or "global"
        if op != "create":
            if not interaction_id:
                raise ValueError("an interaction id is required")
            kwargs["id"] = interaction_id
        if op == "create":
            kwargs["body"] = _JsonBody(body or {})
        if op == "get":
            kwargs["stream"] = bool(stream)
            if last_event_id is not None:
                kwargs["last_event_id"] = last_event_id
        if s.api_revision:
            kwargs["api_revision"] = s.api_revision
        raw: dict[str, Any] = module._get_kwargs(**kwargs)
        headers = {str(k): str(v) for k, v in raw.get("headers", {}).items()}
        return Route(
            method=str(raw["method"]).upper(),
            url=self.base_url + str(raw["url"]),
            params=dict(raw.get("params", {})),
            headers=headers,
            json=raw.get("json"),
        )

    def url(self, op: Operation, interaction_id: str | None = None) -> str:
        """The absolute URL of ``op`` (without query), e.g. for display."""
        return self.route(op, interaction_id=interaction_id or "{id}").url.replace(
            "%7Bid%7D", "{id}"
        )
