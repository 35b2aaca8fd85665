from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_metadata import StreamMetadata
    from ..models.usage import Usage


T = TypeVar("T", bound="InteractionStatusUpdateEvent")


@_attrs_define
class InteractionStatusUpdateEvent:
    """The interaction's status changed (both revisions).

    Attributes:
        event_type (Literal['interaction.status_update']):
        interaction_id (str):
        status (str): Open enum: the server may add values, so clients must accept any string. Terminal for a waiter:
            completed, failed, cancelled, incomplete, budget_exceeded; requires_action hands control back to the app;
            requires_continuation means the answer continues in a new create carrying the continuation_token. Known values:
            `in_progress`, `requires_action`, `completed`, `failed`, `cancelled`, `incomplete`, `budget_exceeded`, `queued`,
            `requires_continuation`.
        continuation_token (str | Unset):
        usage (Usage | Unset): Token counts.
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["interaction.status_update"]
    interaction_id: str
    status: str
    continuation_token: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        interaction_id = self.interaction_id

        status = self.status

        continuation_token = self.continuation_token

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        event_id = self.event_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "interaction_id": interaction_id,
                "status": status,
            }
        )
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token
        if usage is not UNSET:
            field_dict["usage"] = usage
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_metadata import StreamMetadata  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["interaction.status_update"], d.pop("event_type"))
        if event_type != "interaction.status_update":
            raise ValueError(
                f"event_type must match const 'interaction.status_update', got '{event_type}'"
            )

        interaction_id = d.pop("interaction_id")

        status = d.pop("status")

        continuation_token = d.pop("continuation_token", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        interaction_status_update_event = cls(
            event_type=event_type,
            interaction_id=interaction_id,
            status=status,
            continuation_token=continuation_token,
            usage=usage,
            event_id=event_id,
            metadata=metadata,
        )

        interaction_status_update_event.additional_properties = d
        return interaction_status_update_event

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
