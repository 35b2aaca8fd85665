from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_config_user_metadata import WebhookConfigUserMetadata


T = TypeVar("T", bound="WebhookConfig")


@_attrs_define
class WebhookConfig:
    """
    Attributes:
        uris (list[str] | Unset):
        user_metadata (WebhookConfigUserMetadata | Unset):
    """

    uris: list[str] | Unset = UNSET
    user_metadata: WebhookConfigUserMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uris: list[str] | Unset = UNSET
        if not isinstance(self.uris, Unset):
            uris = self.uris

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uris is not UNSET:
            field_dict["uris"] = uris
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_config_user_metadata import WebhookConfigUserMetadata  # noqa: PLC0415

        d = dict(src_dict)
        uris = cast(list[str], d.pop("uris", UNSET))

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: WebhookConfigUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = WebhookConfigUserMetadata.from_dict(_user_metadata)

        webhook_config = cls(
            uris=uris,
            user_metadata=user_metadata,
        )

        webhook_config.additional_properties = d
        return webhook_config

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
