from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VertexAISearchConfig")


@_attrs_define
class VertexAISearchConfig:
    """Vertex AI Search as a retrieval backend.

    Attributes:
        engine (str | Unset): Resource name of the search engine.
        datastores (list[str] | Unset): Resource names of the data stores.
    """

    engine: str | Unset = UNSET
    datastores: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine = self.engine

        datastores: list[str] | Unset = UNSET
        if not isinstance(self.datastores, Unset):
            datastores = self.datastores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if datastores is not UNSET:
            field_dict["datastores"] = datastores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engine = d.pop("engine", UNSET)

        datastores = cast(list[str], d.pop("datastores", UNSET))

        vertex_ai_search_config = cls(
            engine=engine,
            datastores=datastores,
        )

        vertex_ai_search_config.additional_properties = d
        return vertex_ai_search_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
