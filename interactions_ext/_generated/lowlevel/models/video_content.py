from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.static_media_processing import StaticMediaProcessing


T = TypeVar("T", bound="VideoContent")


@_attrs_define
class VideoContent:
    """A video, inline or by `uri`.

    Attributes:
        type_ (Literal['video']):
        data (str | Unset): Base64-encoded bytes.
        uri (str | Unset):
        mime_type (str | Unset): The MIME type of a video. Known values: `video/mp4`, `video/mpeg`, `video/mpg`,
            `video/mov`, `video/avi`, `video/x-flv`, `video/webm`, `video/wmv`, `video/3gpp`, `video/jpeg2000`.
        name (str | Unset): A name for this block, which the answer may refer to.
        resolution (str | Unset): How finely the model samples image or video input; finer costs more tokens. Known
            values: `low`, `medium`, `high`, `ultra_high`.
        processing (StaticMediaProcessing | str | Unset): How the model samples the video for understanding: a
            StaticMediaProcessing or a mode name.
    """

    type_: Literal["video"]
    data: str | Unset = UNSET
    uri: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    name: str | Unset = UNSET
    resolution: str | Unset = UNSET
    processing: StaticMediaProcessing | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.static_media_processing import StaticMediaProcessing  # noqa: PLC0415

        type_ = self.type_

        data = self.data

        uri = self.uri

        mime_type = self.mime_type

        name = self.name

        resolution = self.resolution

        processing: dict[str, Any] | str | Unset
        if isinstance(self.processing, Unset):
            processing = UNSET
        elif isinstance(self.processing, StaticMediaProcessing):
            processing = self.processing.to_dict()
        else:
            processing = self.processing

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
        if name is not UNSET:
            field_dict["name"] = name
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if processing is not UNSET:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.static_media_processing import StaticMediaProcessing  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        data = d.pop("data", UNSET)

        uri = d.pop("uri", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        name = d.pop("name", UNSET)

        resolution = d.pop("resolution", UNSET)

        def _parse_processing(data: object) -> StaticMediaProcessing | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                processing_type_0 = StaticMediaProcessing.from_dict(data)

                return processing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StaticMediaProcessing | str | Unset, data)

        processing = _parse_processing(d.pop("processing", UNSET))

        video_content = cls(
            type_=type_,
            data=data,
            uri=uri,
            mime_type=mime_type,
            name=name,
            resolution=resolution,
            processing=processing,
        )

        video_content.additional_properties = d
        return video_content

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
