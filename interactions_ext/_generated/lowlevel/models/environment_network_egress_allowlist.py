from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowlist_entry import AllowlistEntry


T = TypeVar("T", bound="EnvironmentNetworkEgressAllowlist")


@_attrs_define
class EnvironmentNetworkEgressAllowlist:
    """Outbound network rules of an environment.

    Attributes:
        allowlist (list[AllowlistEntry] | str | Unset): The domains the sandbox may reach, or the string `disabled` for
            none.
    """

    allowlist: list[AllowlistEntry] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowlist: list[dict[str, Any]] | str | Unset
        if isinstance(self.allowlist, Unset):
            allowlist = UNSET
        elif isinstance(self.allowlist, list):
            allowlist = []
            for allowlist_type_0_item_data in self.allowlist:
                allowlist_type_0_item = allowlist_type_0_item_data.to_dict()
                allowlist.append(allowlist_type_0_item)

        else:
            allowlist = self.allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowlist is not UNSET:
            field_dict["allowlist"] = allowlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowlist_entry import AllowlistEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_allowlist(data: object) -> list[AllowlistEntry] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowlist_type_0 = []
                _allowlist_type_0 = data
                for allowlist_type_0_item_data in _allowlist_type_0:
                    allowlist_type_0_item = AllowlistEntry.from_dict(allowlist_type_0_item_data)

                    allowlist_type_0.append(allowlist_type_0_item)

                return allowlist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllowlistEntry] | str | Unset, data)

        allowlist = _parse_allowlist(d.pop("allowlist", UNSET))

        environment_network_egress_allowlist = cls(
            allowlist=allowlist,
        )

        environment_network_egress_allowlist.additional_properties = d
        return environment_network_egress_allowlist

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
