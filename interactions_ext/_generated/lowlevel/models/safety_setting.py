from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SafetySetting")


@_attrs_define
class SafetySetting:
    """When content of one harm category is blocked.

    Attributes:
        type_ (str | Unset): The kind of harm a safety setting applies to. Known values: `hate_speech`,
            `dangerous_content`, `harassment`, `sexually_explicit`, `civic_integrity`, `image_hate`,
            `image_dangerous_content`, `image_harassment`, `image_sexually_explicit`, `jailbreak`.
        threshold (str | Unset): From which harm likelihood (or severity) content is blocked. Known values:
            `block_low_and_above`, `block_medium_and_above`, `block_only_high`, `block_none`, `off`.
        method (str | Unset): Whether the threshold applies to harm severity or probability (the default). Known values:
            `severity`, `probability`.
    """

    type_: str | Unset = UNSET
    threshold: str | Unset = UNSET
    method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        threshold = self.threshold

        method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        threshold = d.pop("threshold", UNSET)

        method = d.pop("method", UNSET)

        safety_setting = cls(
            type_=type_,
            threshold=threshold,
            method=method,
        )

        safety_setting.additional_properties = d
        return safety_setting

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
