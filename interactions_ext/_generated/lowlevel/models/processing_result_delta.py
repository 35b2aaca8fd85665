from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingResultDelta")


@_attrs_define
class ProcessingResultDelta:
    """A server-initiated media processing step finished (delta of a processing_result step).

    Attributes:
        type_ (Literal['processing_result']):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["processing_result"]
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["processing_result"], d.pop("type"))
        if type_ != "processing_result":
            raise ValueError(f"type must match const 'processing_result', got '{type_}'")

        signature = d.pop("signature", UNSET)

        processing_result_delta = cls(
            type_=type_,
            signature=signature,
        )

        processing_result_delta.additional_properties = d
        return processing_result_delta

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
