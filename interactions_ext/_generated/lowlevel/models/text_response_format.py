from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_response_format_schema import TextResponseFormatSchema


T = TypeVar("T", bound="TextResponseFormat")


@_attrs_define
class TextResponseFormat:
    """Text output settings, e.g. JSON conforming to `schema`.

    Attributes:
        type_ (Literal['text']):
        mime_type (str | Unset): Known values: `application/json`, `text/plain`.
        schema (TextResponseFormatSchema | Unset): A JSON Schema the output must conform to (with mime_type
            application/json).
    """

    type_: Literal["text"]
    mime_type: str | Unset = UNSET
    schema: TextResponseFormatSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mime_type = self.mime_type

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_response_format_schema import TextResponseFormatSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        mime_type = d.pop("mime_type", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: TextResponseFormatSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = TextResponseFormatSchema.from_dict(_schema)

        text_response_format = cls(
            type_=type_,
            mime_type=mime_type,
            schema=schema,
        )

        text_response_format.additional_properties = d
        return text_response_format

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
