from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArgumentsDelta")


@_attrs_define
class ArgumentsDelta:
    """
    Attributes:
        type_ (Literal['arguments_delta']):
        arguments (str | Unset): A fragment of the function call's JSON arguments; concatenate the fragments of one
            step, then parse.
    """

    type_: Literal["arguments_delta"]
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["arguments_delta"], d.pop("type"))
        if type_ != "arguments_delta":
            raise ValueError(f"type must match const 'arguments_delta', got '{type_}'")

        arguments = d.pop("arguments", UNSET)

        arguments_delta = cls(
            type_=type_,
            arguments=arguments,
        )

        arguments_delta.additional_properties = d
        return arguments_delta

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
