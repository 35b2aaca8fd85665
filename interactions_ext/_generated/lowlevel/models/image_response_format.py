from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageResponseFormat")


@_attrs_define
class ImageResponseFormat:
    """Image output settings.

    Attributes:
        type_ (Literal['image']):
        mime_type (str | Unset): Encoding of the image output. Known values: `image/jpeg`.
        aspect_ratio (str | Unset): Width:height of a generated image. Known values: `1:1`, `2:3`, `3:2`, `3:4`, `4:3`,
            `4:5`, `5:4`, `9:16`, `16:9`, `21:9`, `1:8`, `8:1`, `1:4`, `4:1`.
        image_size (str | Unset): The size class of a generated image (the server's default is 1K). Known values: `512`,
            `1K`, `2K`, `4K`.
        delivery (str | Unset): How generated media comes back: inline bytes or a URI. Known values: `inline`, `uri`.
    """

    type_: Literal["image"]
    mime_type: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    image_size: str | Unset = UNSET
    delivery: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mime_type = self.mime_type

        aspect_ratio = self.aspect_ratio

        image_size = self.image_size

        delivery = self.delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        mime_type = d.pop("mime_type", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        image_size = d.pop("image_size", UNSET)

        delivery = d.pop("delivery", UNSET)

        image_response_format = cls(
            type_=type_,
            mime_type=mime_type,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            delivery=delivery,
        )

        image_response_format.additional_properties = d
        return image_response_format

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
