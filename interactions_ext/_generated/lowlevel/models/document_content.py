from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentContent")


@_attrs_define
class DocumentContent:
    """A document (PDF, CSV), inline or by `uri`.

    Attributes:
        type_ (Literal['document']):
        data (str | Unset): Base64-encoded bytes.
        uri (str | Unset):
        mime_type (str | Unset): The MIME type of a document. Known values: `application/pdf`, `text/csv`,
            `application/vnd.openxmlformats-officedocument.presentationml.presentation`, `application/vnd.ms-powerpoint`,
            `application/vnd.oasis.opendocument.presentation`, `application/vnd.openxmlformats-
            officedocument.wordprocessingml.document`, `application/msword`, `application/vnd.openxmlformats-
            officedocument.wordprocessingml.template`, `application/vnd.oasis.opendocument.text`,
            `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `application/vnd.ms-excel`,
            `application/vnd.oasis.opendocument.spreadsheet`.
    """

    type_: Literal["document"]
    data: str | Unset = UNSET
    uri: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        uri = self.uri

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if uri is not UNSET:
            field_dict["uri"] = uri
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["document"], d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        data = d.pop("data", UNSET)

        uri = d.pop("uri", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        document_content = cls(
            type_=type_,
            data=data,
            uri=uri,
            mime_type=mime_type,
        )

        document_content.additional_properties = d
        return document_content

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
