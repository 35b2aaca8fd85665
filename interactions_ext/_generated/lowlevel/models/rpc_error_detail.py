from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rpc_error_detail_details_item import RpcErrorDetailDetailsItem


T = TypeVar("T", bound="RpcErrorDetail")


@_attrs_define
class RpcErrorDetail:
    """
    Attributes:
        code (int): The HTTP status code.
        message (str):
        status (str | Unset): e.g. RESOURCE_EXHAUSTED.
        details (list[RpcErrorDetailDetailsItem] | Unset):
    """

    code: int
    message: str
    status: str | Unset = UNSET
    details: list[RpcErrorDetailDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status = self.status

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_error_detail_details_item import RpcErrorDetailDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        status = d.pop("status", UNSET)

        _details = d.pop("details", UNSET)
        details: list[RpcErrorDetailDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = RpcErrorDetailDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        rpc_error_detail = cls(
            code=code,
            message=message,
            status=status,
            details=details,
        )

        rpc_error_detail.additional_properties = d
        return rpc_error_detail

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
