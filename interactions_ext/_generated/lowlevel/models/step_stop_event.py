from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_metadata import StreamMetadata
    from ..models.usage import Usage


T = TypeVar("T", bound="StepStopEvent")


@_attrs_define
class StepStopEvent:
    """
    Attributes:
        event_type (Literal['step.stop']):
        index (int):
        usage (Usage | Unset): Token counts.
        step_usage (Usage | Unset): Token counts.
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["step.stop"]
    index: int
    usage: Usage | Unset = UNSET
    step_usage: Usage | Unset = UNSET
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        index = self.index

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        step_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_usage, Unset):
            step_usage = self.step_usage.to_dict()

        event_id = self.event_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "index": index,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if step_usage is not UNSET:
            field_dict["step_usage"] = step_usage
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
        event_type = cast(Literal["step.stop"], d.pop("event_type"))
        if event_type != "step.stop":
            raise ValueError(f"event_type must match const 'step.stop', got '{event_type}'")

        index = d.pop("index")

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _step_usage = d.pop("step_usage", UNSET)
        step_usage: Usage | Unset
        if isinstance(_step_usage, Unset):
            step_usage = UNSET
        else:
            step_usage = Usage.from_dict(_step_usage)

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        step_stop_event = cls(
            event_type=event_type,
            index=index,
            usage=usage,
            step_usage=step_usage,
            event_id=event_id,
            metadata=metadata,
        )

        step_stop_event.additional_properties = d
        return step_stop_event

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
