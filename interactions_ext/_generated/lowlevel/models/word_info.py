from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WordInfo")


@_attrs_define
class WordInfo:
    """
    Attributes:
        type_ (Literal['word_info']):
        start_index (int | Unset): Start byte offset in the text.
        end_index (int | Unset): End byte offset in the text.
        text (str | Unset):
        start_offset (str | Unset):
        end_offset (str | Unset):
        speaker (str | Unset):
    """

    type_: Literal["word_info"]
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    text: str | Unset = UNSET
    start_offset: str | Unset = UNSET
    end_offset: str | Unset = UNSET
    speaker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_index = self.start_index

        end_index = self.end_index

        text = self.text

        start_offset = self.start_offset

        end_offset = self.end_offset

        speaker = self.speaker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if text is not UNSET:
            field_dict["text"] = text
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset
        if speaker is not UNSET:
            field_dict["speaker"] = speaker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["word_info"], d.pop("type"))
        if type_ != "word_info":
            raise ValueError(f"type must match const 'word_info', got '{type_}'")

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        text = d.pop("text", UNSET)

        start_offset = d.pop("start_offset", UNSET)

        end_offset = d.pop("end_offset", UNSET)

        speaker = d.pop("speaker", UNSET)

        word_info = cls(
            type_=type_,
            start_index=start_index,
            end_index=end_index,
            text=text,
            start_offset=start_offset,
            end_offset=end_offset,
            speaker=speaker,
        )

        word_info.additional_properties = d
        return word_info

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
