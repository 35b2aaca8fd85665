from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partial_interaction import PartialInteraction
    from ..models.stream_metadata import StreamMetadata


T = TypeVar("T", bound="InteractionStartEvent")


@_attrs_define
class InteractionStartEvent:
    """Deprecated event of the legacy revision (2026-05-07): First event of a stream (legacy revision).

    Attributes:
        event_type (Literal['interaction.start']):
        interaction (PartialInteraction): The interaction as stream events carry it: its id and status, and whatever
            else the event includes.
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["interaction.start"]
    interaction: PartialInteraction
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        interaction = self.interaction.to_dict()

        event_id = self.event_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "interaction": interaction,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partial_interaction import PartialInteraction  # noqa: PLC0415
        from ..models.stream_metadata import StreamMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["interaction.start"], d.pop("event_type"))
        if event_type != "interaction.start":
            raise ValueError(f"event_type must match const 'interaction.start', got '{event_type}'")

        interaction = PartialInteraction.from_dict(d.pop("interaction"))

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        interaction_start_event = cls(
            event_type=event_type,
            interaction=interaction,
            event_id=event_id,
            metadata=metadata,
        )

        interaction_start_event.additional_properties = d
        return interaction_start_event

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
