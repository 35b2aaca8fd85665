from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrievalTool")


@_attrs_define
class RetrievalTool:
    """
    Attributes:
        type_ (Literal['retrieval']):
        retrieval_types (list[str] | Unset):
    """

    type_: Literal["retrieval"]
    retrieval_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        retrieval_types: list[str] | Unset = UNSET
        if not isinstance(self.retrieval_types, Unset):
            retrieval_types = self.retrieval_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if retrieval_types is not UNSET:
            field_dict["retrieval_types"] = retrieval_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["retrieval"], d.pop("type"))
        if type_ != "retrieval":
            raise ValueError(f"type must match const 'retrieval', got '{type_}'")

        retrieval_types = cast(list[str], d.pop("retrieval_types", UNSET))

        retrieval_tool = cls(
            type_=type_,
            retrieval_types=retrieval_types,
        )

        retrieval_tool.additional_properties = d
        return retrieval_tool

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
