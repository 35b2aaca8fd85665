from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioContent")


@_attrs_define
class AudioContent:
    """Audio, inline or by `uri`.

    Attributes:
        type_ (Literal['audio']):
        data (str | Unset): Base64-encoded bytes.
        uri (str | Unset):
        mime_type (str | Unset): The MIME type of audio content. Known values: `audio/wav`, `audio/mp3`, `audio/aiff`,
            `audio/aac`, `audio/ogg`, `audio/flac`, `audio/mpeg`, `audio/m4a`, `audio/l16`, `audio/opus`, `audio/alaw`,
            `audio/mulaw`, `audio/webm`.
        sample_rate (int | Unset):
        channels (int | Unset):
    """

    type_: Literal["audio"]
    data: str | Unset = UNSET
    uri: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    channels: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        uri = self.uri

        mime_type = self.mime_type

        sample_rate = self.sample_rate

        channels = self.channels

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
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        data = d.pop("data", UNSET)

        uri = d.pop("uri", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        channels = d.pop("channels", UNSET)

        audio_content = cls(
            type_=type_,
            data=data,
            uri=uri,
            mime_type=mime_type,
            sample_rate=sample_rate,
            channels=channels,
        )

        audio_content.additional_properties = d
        return audio_content

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
