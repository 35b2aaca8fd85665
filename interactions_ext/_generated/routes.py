"""The API's operations, one row per (operation, scoped) pair.

Generated from spec/interactions.openapi.yaml by scripts/gen_tables.py. Do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

OperationName = Literal["create", "get", "cancel", "delete"]


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """Method, path template and parameter names of one operation."""

    name: OperationName
    method: str
    path: str
    path_params: tuple[str, ...]
    query: tuple[str, ...]
    headers: tuple[str, ...]
    has_body: bool


OPERATIONS: Final[dict[tuple[OperationName, bool], OperationSpec]] = {
    ("cancel", False): OperationSpec(
        name="cancel",
        method="POST",
        path="/{version}/interactions/{id}/cancel",
        path_params=("version", "id"),
        query=(),
        headers=("Api-Revision",),
        has_body=False,
    ),
    ("cancel", True): OperationSpec(
        name="cancel",
        method="POST",
        path="/{version}/projects/{project}/locations/{location}/interactions/{id}/cancel",
        path_params=("version", "project", "location", "id"),
        query=(),
        headers=("Api-Revision",),
        has_body=False,
    ),
    ("create", False): OperationSpec(
        name="create",
        method="POST",
        path="/{version}/interactions",
        path_params=("version",),
        query=(),
        headers=("Api-Revision",),
        has_body=True,
    ),
    ("create", True): OperationSpec(
        name="create",
        method="POST",
        path="/{version}/projects/{project}/locations/{location}/interactions",
        path_params=("version", "project", "location"),
        query=(),
        headers=("Api-Revision",),
        has_body=True,
    ),
    ("delete", False): OperationSpec(
        name="delete",
        method="DELETE",
        path="/{version}/interactions/{id}",
        path_params=("version", "id"),
        query=(),
        headers=("Api-Revision",),
        has_body=False,
    ),
    ("delete", True): OperationSpec(
        name="delete",
        method="DELETE",
        path="/{version}/projects/{project}/locations/{location}/interactions/{id}",
        path_params=("version", "project", "location", "id"),
        query=(),
        headers=("Api-Revision",),
        has_body=False,
    ),
    ("get", False): OperationSpec(
        name="get",
        method="GET",
        path="/{version}/interactions/{id}",
        path_params=("version", "id"),
        query=("stream", "last_event_id", "include_input"),
        headers=("Api-Revision",),
        has_body=False,
    ),
    ("get", True): OperationSpec(
        name="get",
        method="GET",
        path="/{version}/projects/{project}/locations/{location}/interactions/{id}",
        path_params=("version", "project", "location", "id"),
        query=("stream", "last_event_id", "include_input"),
        headers=("Api-Revision",),
        has_body=False,
    ),
}
