from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exa_ai_search_config_custom_config import ExaAISearchConfigCustomConfig


T = TypeVar("T", bound="ExaAISearchConfig")


@_attrs_define
class ExaAISearchConfig:
    """Exa AI search as a retrieval backend.

    Attributes:
        api_key (str): The Exa API key.
        custom_config (ExaAISearchConfigCustomConfig | Unset): Further Exa search options, passed through.
    """

    api_key: str
    custom_config: ExaAISearchConfigCustomConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        custom_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_config, Unset):
            custom_config = self.custom_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exa_ai_search_config_custom_config import ExaAISearchConfigCustomConfig  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("api_key")

        _custom_config = d.pop("custom_config", UNSET)
        custom_config: ExaAISearchConfigCustomConfig | Unset
        if isinstance(_custom_config, Unset):
            custom_config = UNSET
        else:
            custom_config = ExaAISearchConfigCustomConfig.from_dict(_custom_config)

        exa_ai_search_config = cls(
            api_key=api_key,
            custom_config=custom_config,
        )

        exa_ai_search_config.additional_properties = d
        return exa_ai_search_config

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
