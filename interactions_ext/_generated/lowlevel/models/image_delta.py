from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDelta")


@_attrs_define
class ImageDelta:
    """
    Attributes:
        type_ (Literal['image']):
        data (str | Unset): Base64-encoded bytes.
        uri (str | Unset):
        mime_type (str | Unset): The MIME type of an image. Known values: `image/png`, `image/jpeg`, `image/webp`,
            `image/heic`, `image/heif`, `image/gif`, `image/bmp`, `image/tiff`.
        resolution (str | Unset): How finely the model samples image or video input; finer costs more tokens. Known
            values: `low`, `medium`, `high`, `ultra_high`.
    """

    type_: Literal["image"]
    data: str | Unset = UNSET
    uri: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    resolution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        uri = self.uri

        mime_type = self.mime_type

        resolution = self.resolution

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        data = d.pop("data", UNSET)

        uri = d.pop("uri", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        resolution = d.pop("resolution", UNSET)

        image_delta = cls(
            type_=type_,
            data=data,
            uri=uri,
            mime_type=mime_type,
            resolution=resolution,
        )

        image_delta.additional_properties = d
        return image_delta

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
