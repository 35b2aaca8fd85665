from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticMediaProcessing")


@_attrs_define
class StaticMediaProcessing:
    """Fixed sampling of a video for understanding; offsets are seconds with an `s` suffix, e.g. `10.5s`.

    Attributes:
        type_ (Literal['static']):
        start_offset (str | Unset):
        end_offset (str | Unset):
        fps (float | Unset): Frames sampled per second.
    """

    type_: Literal["static"]
    start_offset: str | Unset = UNSET
    end_offset: str | Unset = UNSET
    fps: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_offset = self.start_offset

        end_offset = self.end_offset

        fps = self.fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["static"], d.pop("type"))
        if type_ != "static":
            raise ValueError(f"type must match const 'static', got '{type_}'")

        start_offset = d.pop("start_offset", UNSET)

        end_offset = d.pop("end_offset", UNSET)

        fps = d.pop("fps", UNSET)

        static_media_processing = cls(
            type_=type_,
            start_offset=start_offset,
            end_offset=end_offset,
            fps=fps,
        )

        static_media_processing.additional_properties = d
        return static_media_processing

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
