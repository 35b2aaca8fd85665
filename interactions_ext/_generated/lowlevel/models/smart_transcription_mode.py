from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartTranscriptionMode")


@_attrs_define
class SmartTranscriptionMode:
    """Transcription that turns spoken instructions into edited text.

    Attributes:
        type_ (Literal['smart']):
        source_text (str | Unset): The text the spoken instructions edit; the answer is the edited text.
    """

    type_: Literal["smart"]
    source_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source_text = self.source_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if source_text is not UNSET:
            field_dict["source_text"] = source_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["smart"], d.pop("type"))
        if type_ != "smart":
            raise ValueError(f"type must match const 'smart', got '{type_}'")

        source_text = d.pop("source_text", UNSET)

        smart_transcription_mode = cls(
            type_=type_,
            source_text=source_text,
        )

        smart_transcription_mode.additional_properties = d
        return smart_transcription_mode

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
