from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_error import StreamError
    from ..models.stream_metadata import StreamMetadata


T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent:
    """The run failed (both revisions).

    Attributes:
        event_type (Literal['error']):
        error (StreamError | Unset):
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["error"]
    error: StreamError | Unset = UNSET
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        event_id = self.event_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_error import StreamError  # noqa: PLC0415
        from ..models.stream_metadata import StreamMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["error"], d.pop("event_type"))
        if event_type != "error":
            raise ValueError(f"event_type must match const 'error', got '{event_type}'")

        _error = d.pop("error", UNSET)
        error: StreamError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = StreamError.from_dict(_error)

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        error_event = cls(
            event_type=event_type,
            error=error,
            event_id=event_id,
            metadata=metadata,
        )

        error_event.additional_properties = d
        return error_event

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
