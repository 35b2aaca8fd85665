from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleSearchTool")


@_attrs_define
class GoogleSearchTool:
    """
    Attributes:
        type_ (Literal['google_search']):
        search_types (list[str] | Unset):
    """

    type_: Literal["google_search"]
    search_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        search_types: list[str] | Unset = UNSET
        if not isinstance(self.search_types, Unset):
            search_types = self.search_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if search_types is not UNSET:
            field_dict["search_types"] = search_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["google_search"], d.pop("type"))
        if type_ != "google_search":
            raise ValueError(f"type must match const 'google_search', got '{type_}'")

        search_types = cast(list[str], d.pop("search_types", UNSET))

        google_search_tool = cls(
            type_=type_,
            search_types=search_types,
        )

        google_search_tool.additional_properties = d
        return google_search_tool

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
