from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_tool_environment import (
    ComputerUseToolEnvironment,
    check_computer_use_tool_environment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerUseTool")


@_attrs_define
class ComputerUseTool:
    """
    Attributes:
        type_ (Literal['computer_use']):
        environment (ComputerUseToolEnvironment | Unset):
        excluded_predefined_functions (list[str] | Unset):
    """

    type_: Literal["computer_use"]
    environment: ComputerUseToolEnvironment | Unset = UNSET
    excluded_predefined_functions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment

        excluded_predefined_functions: list[str] | Unset = UNSET
        if not isinstance(self.excluded_predefined_functions, Unset):
            excluded_predefined_functions = self.excluded_predefined_functions

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["computer_use"], d.pop("type"))
        if type_ != "computer_use":
            raise ValueError(f"type must match const 'computer_use', got '{type_}'")

        _environment = d.pop("environment", UNSET)
        environment: ComputerUseToolEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = check_computer_use_tool_environment(_environment)

        excluded_predefined_functions = cast(
            list[str], d.pop("excluded_predefined_functions", UNSET)
        )

        computer_use_tool = cls(
            type_=type_,
            environment=environment,
            excluded_predefined_functions=excluded_predefined_functions,
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
