from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_schema import ResponseFormatSchema


T = TypeVar("T", bound="ResponseFormat")


@_attrs_define
class ResponseFormat:
    """The desired output format, e.g. JSON conforming to `schema`.

    Attributes:
        type_ (str | Unset):
        mime_type (str | Unset):
        schema (ResponseFormatSchema | Unset): A JSON Schema the output must conform to.
    """

    type_: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    schema: ResponseFormatSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mime_type = self.mime_type

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format_schema import ResponseFormatSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ResponseFormatSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ResponseFormatSchema.from_dict(_schema)

        response_format = cls(
            type_=type_,
            mime_type=mime_type,
            schema=schema,
        )

        response_format.additional_properties = d
        return response_format

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
