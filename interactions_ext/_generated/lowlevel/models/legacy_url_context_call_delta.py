from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_url_context_call_delta_arguments import LegacyUrlContextCallDeltaArguments


T = TypeVar("T", bound="LegacyUrlContextCallDelta")


@_attrs_define
class LegacyUrlContextCallDelta:
    """Legacy revision (2026-05-07), deprecated: the current revision's counterpart.

    Attributes:
        type_ (Literal['url_context_call']):
        id (str | Unset):
        arguments (LegacyUrlContextCallDeltaArguments | Unset):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["url_context_call"]
    id: str | Unset = UNSET
    arguments: LegacyUrlContextCallDeltaArguments | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_url_context_call_delta_arguments import (
            LegacyUrlContextCallDeltaArguments,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["url_context_call"], d.pop("type"))
        if type_ != "url_context_call":
            raise ValueError(f"type must match const 'url_context_call', got '{type_}'")

        id = d.pop("id", UNSET)

        _arguments = d.pop("arguments", UNSET)
        arguments: LegacyUrlContextCallDeltaArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = LegacyUrlContextCallDeltaArguments.from_dict(_arguments)

        signature = d.pop("signature", UNSET)

        legacy_url_context_call_delta = cls(
            type_=type_,
            id=id,
            arguments=arguments,
            signature=signature,
        )

        legacy_url_context_call_delta.additional_properties = d
        return legacy_url_context_call_delta

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
