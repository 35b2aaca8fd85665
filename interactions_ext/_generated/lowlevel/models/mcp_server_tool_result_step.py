from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpServerToolResultStep")


@_attrs_define
class McpServerToolResultStep:
    """
    Attributes:
        type_ (Literal['mcp_server_tool_result']):
        call_id (str):
        result (Any | Unset): Any JSON value.
        name (str | Unset):
        server_name (str | Unset):
    """

    type_: Literal["mcp_server_tool_result"]
    call_id: str
    result: Any | Unset = UNSET
    name: str | Unset = UNSET
    server_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        result = self.result

        name = self.name

        server_name = self.server_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if name is not UNSET:
            field_dict["name"] = name
        if server_name is not UNSET:
            field_dict["server_name"] = server_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp_server_tool_result"], d.pop("type"))
        if type_ != "mcp_server_tool_result":
            raise ValueError(f"type must match const 'mcp_server_tool_result', got '{type_}'")

        call_id = d.pop("call_id")

        result = d.pop("result", UNSET)

        name = d.pop("name", UNSET)

        server_name = d.pop("server_name", UNSET)

        mcp_server_tool_result_step = cls(
            type_=type_,
            call_id=call_id,
            result=result,
            name=name,
            server_name=server_name,
        )

        mcp_server_tool_result_step.additional_properties = d
        return mcp_server_tool_result_step

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
