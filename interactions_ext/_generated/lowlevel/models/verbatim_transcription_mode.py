from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerbatimTranscriptionMode")


@_attrs_define
class VerbatimTranscriptionMode:
    """Word-for-word transcription.

    Attributes:
        type_ (Literal['verbatim']):
        diarization_mode (str | Unset): Speaker diarization; `speaker` is supported.
        timestamp_granularities (list[str] | Unset): Timestamps to include; `word` is supported.
    """

    type_: Literal["verbatim"]
    diarization_mode: str | Unset = UNSET
    timestamp_granularities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        diarization_mode = self.diarization_mode

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = self.timestamp_granularities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if diarization_mode is not UNSET:
            field_dict["diarization_mode"] = diarization_mode
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["verbatim"], d.pop("type"))
        if type_ != "verbatim":
            raise ValueError(f"type must match const 'verbatim', got '{type_}'")

        diarization_mode = d.pop("diarization_mode", UNSET)

        timestamp_granularities = cast(list[str], d.pop("timestamp_granularities", UNSET))

        verbatim_transcription_mode = cls(
            type_=type_,
            diarization_mode=diarization_mode,
            timestamp_granularities=timestamp_granularities,
        )

        verbatim_transcription_mode.additional_properties = d
        return verbatim_transcription_mode

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
