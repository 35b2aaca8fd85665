from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_tools import AllowedTools


T = TypeVar("T", bound="ToolChoiceConfig")


@_attrs_define
class ToolChoiceConfig:
    """Tool choice restricted to some tools.

    Attributes:
        allowed_tools (AllowedTools | Unset): Restricts which tools the model may call.
    """

    allowed_tools: AllowedTools | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_tools import AllowedTools  # noqa: PLC0415

        d = dict(src_dict)
        _allowed_tools = d.pop("allowed_tools", UNSET)
        allowed_tools: AllowedTools | Unset
        if isinstance(_allowed_tools, Unset):
            allowed_tools = UNSET
        else:
            allowed_tools = AllowedTools.from_dict(_allowed_tools)

        tool_choice_config = cls(
            allowed_tools=allowed_tools,
        )

        tool_choice_config.additional_properties = d
        return tool_choice_config

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
