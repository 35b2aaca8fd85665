from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioResponseFormat")


@_attrs_define
class AudioResponseFormat:
    """Audio output settings.

    Attributes:
        type_ (Literal['audio']):
        mime_type (str | Unset): Encoding of the audio output. Known values: `audio/mp3`, `audio/ogg_opus`, `audio/l16`,
            `audio/wav`, `audio/alaw`, `audio/mulaw`.
        sample_rate (int | Unset): Samples per second.
        bit_rate (int | Unset): Bits per second, for compressed encodings (MP3, Opus).
        delivery (str | Unset): How generated media comes back: inline bytes or a URI. Known values: `inline`, `uri`.
    """

    type_: Literal["audio"]
    mime_type: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    bit_rate: int | Unset = UNSET
    delivery: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mime_type = self.mime_type

        sample_rate = self.sample_rate

        bit_rate = self.bit_rate

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
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        mime_type = d.pop("mime_type", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        bit_rate = d.pop("bit_rate", UNSET)

        delivery = d.pop("delivery", UNSET)

        audio_response_format = cls(
            type_=type_,
            mime_type=mime_type,
            sample_rate=sample_rate,
            bit_rate=bit_rate,
            delivery=delivery,
        )

        audio_response_format.additional_properties = d
        return audio_response_format

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
