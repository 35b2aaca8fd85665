from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyMcpServerToolResultDelta")


@_attrs_define
class LegacyMcpServerToolResultDelta:
    """Legacy revision (2026-05-07), deprecated: the current revision's counterpart.

    Attributes:
        type_ (Literal['mcp_server_tool_result']):
        call_id (str | Unset):
        result (Any | Unset): Any JSON value.
        is_error (bool | Unset):
        name (str | Unset):
        server_name (str | Unset):
        signature (str | Unset): Opaque signature to send back with history.
    """

    type_: Literal["mcp_server_tool_result"]
    call_id: str | Unset = UNSET
    result: Any | Unset = UNSET
    is_error: bool | Unset = UNSET
    name: str | Unset = UNSET
    server_name: str | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        result = self.result

        is_error = self.is_error

        name = self.name

        server_name = self.server_name

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if result is not UNSET:
            field_dict["result"] = result
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if name is not UNSET:
            field_dict["name"] = name
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp_server_tool_result"], d.pop("type"))
        if type_ != "mcp_server_tool_result":
            raise ValueError(f"type must match const 'mcp_server_tool_result', got '{type_}'")

        call_id = d.pop("call_id", UNSET)

        result = d.pop("result", UNSET)

        is_error = d.pop("is_error", UNSET)

        name = d.pop("name", UNSET)

        server_name = d.pop("server_name", UNSET)

        signature = d.pop("signature", UNSET)

        legacy_mcp_server_tool_result_delta = cls(
            type_=type_,
            call_id=call_id,
            result=result,
            is_error=is_error,
            name=name,
            server_name=server_name,
            signature=signature,
        )

        legacy_mcp_server_tool_result_delta.additional_properties = d
        return legacy_mcp_server_tool_result_delta

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
