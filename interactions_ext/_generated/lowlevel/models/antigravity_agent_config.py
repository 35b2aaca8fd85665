from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AntigravityAgentConfig")


@_attrs_define
class AntigravityAgentConfig:
    """Settings of the Antigravity agent.

    Attributes:
        type_ (Literal['antigravity']):
        model (str | Unset): The model the agent reasons with.
        max_total_tokens (int | str | Unset): Token budget of the whole agent run; an int64, which proto JSON writes as
            a decimal string.
    """

    type_: Literal["antigravity"]
    model: str | Unset = UNSET
    max_total_tokens: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        max_total_tokens: int | str | Unset
        if isinstance(self.max_total_tokens, Unset):
            max_total_tokens = UNSET
        else:
            max_total_tokens = self.max_total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if max_total_tokens is not UNSET:
            field_dict["max_total_tokens"] = max_total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["antigravity"], d.pop("type"))
        if type_ != "antigravity":
            raise ValueError(f"type must match const 'antigravity', got '{type_}'")

        model = d.pop("model", UNSET)

        def _parse_max_total_tokens(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_total_tokens = _parse_max_total_tokens(d.pop("max_total_tokens", UNSET))

        antigravity_agent_config = cls(
            type_=type_,
            model=model,
            max_total_tokens=max_total_tokens,
        )

        antigravity_agent_config.additional_properties = d
        return antigravity_agent_config

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
