from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyFunctionResultContent")


@_attrs_define
class LegacyFunctionResultContent:
    """Legacy revision (2026-05-07), deprecated: the current revision's counterpart.

    Attributes:
        type_ (Literal['function_result']):
        call_id (str | Unset):
        result (Any | Unset): Any JSON value.
        name (str | Unset):
        is_error (bool | Unset):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["function_result"]
    call_id: str | Unset = UNSET
    result: Any | Unset = UNSET
    name: str | Unset = UNSET
    is_error: bool | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        result = self.result

        name = self.name

        is_error = self.is_error

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if result is not UNSET:
            field_dict["result"] = result
        if name is not UNSET:
            field_dict["name"] = name
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["function_result"], d.pop("type"))
        if type_ != "function_result":
            raise ValueError(f"type must match const 'function_result', got '{type_}'")

        call_id = d.pop("call_id", UNSET)

        result = d.pop("result", UNSET)

        name = d.pop("name", UNSET)

        is_error = d.pop("is_error", UNSET)

        signature = d.pop("signature", UNSET)

        legacy_function_result_content = cls(
            type_=type_,
            call_id=call_id,
            result=result,
            name=name,
            is_error=is_error,
            signature=signature,
        )

        legacy_function_result_content.additional_properties = d
        return legacy_function_result_content

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
