from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoResponseFormat")


@_attrs_define
class VideoResponseFormat:
    """Video output settings.

    Attributes:
        type_ (Literal['video']):
        aspect_ratio (str | Unset): Known values: `16:9`, `9:16`.
        resolution (str | Unset): The server's default is 720p. Known values: `360p`, `720p`, `1080p`, `4k`.
        duration (str | Unset): Length of the video, e.g. `8s`.
        delivery (str | Unset): How generated media comes back: inline bytes or a URI. Known values: `inline`, `uri`.
        gcs_uri (str | Unset): Cloud Storage URI for the output (needed on Vertex with delivery `uri`).
    """

    type_: Literal["video"]
    aspect_ratio: str | Unset = UNSET
    resolution: str | Unset = UNSET
    duration: str | Unset = UNSET
    delivery: str | Unset = UNSET
    gcs_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        aspect_ratio = self.aspect_ratio

        resolution = self.resolution

        duration = self.duration

        delivery = self.delivery

        gcs_uri = self.gcs_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if gcs_uri is not UNSET:
            field_dict["gcs_uri"] = gcs_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        resolution = d.pop("resolution", UNSET)

        duration = d.pop("duration", UNSET)

        delivery = d.pop("delivery", UNSET)

        gcs_uri = d.pop("gcs_uri", UNSET)

        video_response_format = cls(
            type_=type_,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            delivery=delivery,
            gcs_uri=gcs_uri,
        )

        video_response_format.additional_properties = d
        return video_response_format

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
