from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerUseTool")


@_attrs_define
class ComputerUseTool:
    """
    Attributes:
        type_ (Literal['computer_use']):
        environment (str | Unset): The kind of device the model operates. Known values: `browser`, `mobile`, `desktop`.
        excluded_predefined_functions (list[str] | Unset):
        disabled_safety_policies (list[str] | Unset): Safety checks turned off for this tool.
        enable_prompt_injection_detection (bool | Unset): Check computer-use requests for prompt injection.
    """

    type_: Literal["computer_use"]
    environment: str | Unset = UNSET
    excluded_predefined_functions: list[str] | Unset = UNSET
    disabled_safety_policies: list[str] | Unset = UNSET
    enable_prompt_injection_detection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment = self.environment

        excluded_predefined_functions: list[str] | Unset = UNSET
        if not isinstance(self.excluded_predefined_functions, Unset):
            excluded_predefined_functions = self.excluded_predefined_functions

        disabled_safety_policies: list[str] | Unset = UNSET
        if not isinstance(self.disabled_safety_policies, Unset):
            disabled_safety_policies = self.disabled_safety_policies

        enable_prompt_injection_detection = self.enable_prompt_injection_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if excluded_predefined_functions is not UNSET:
            field_dict["excluded_predefined_functions"] = excluded_predefined_functions
        if disabled_safety_policies is not UNSET:
            field_dict["disabled_safety_policies"] = disabled_safety_policies
        if enable_prompt_injection_detection is not UNSET:
            field_dict["enable_prompt_injection_detection"] = enable_prompt_injection_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["computer_use"], d.pop("type"))
        if type_ != "computer_use":
            raise ValueError(f"type must match const 'computer_use', got '{type_}'")

        environment = d.pop("environment", UNSET)

        excluded_predefined_functions = cast(
            list[str], d.pop("excluded_predefined_functions", UNSET)
        )

        disabled_safety_policies = cast(list[str], d.pop("disabled_safety_policies", UNSET))

        enable_prompt_injection_detection = d.pop("enable_prompt_injection_detection", UNSET)

        computer_use_tool = cls(
            type_=type_,
            environment=environment,
            excluded_predefined_functions=excluded_predefined_functions,
            disabled_safety_policies=disabled_safety_policies,
            enable_prompt_injection_detection=enable_prompt_injection_detection,
        )

        computer_use_tool.additional_properties = d
        return computer_use_tool

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
