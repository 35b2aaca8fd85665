from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.document_content import DocumentContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="LegacyThoughtContent")


@_attrs_define
class LegacyThoughtContent:
    """Legacy revision (2026-05-07), deprecated: the current revision's counterpart.

    Attributes:
        type_ (Literal['thought']):
        signature (str | Unset): Opaque signature to send back with history.
        summary (list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset):
    """

    type_: Literal["thought"]
    signature: str | Unset = UNSET
    summary: (
        list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415

        type_ = self.type_

        signature = self.signature

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item: dict[str, Any]
                if isinstance(summary_item_data, TextContent):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, ImageContent):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, AudioContent):
                    summary_item = summary_item_data.to_dict()
                elif isinstance(summary_item_data, DocumentContent):
                    summary_item = summary_item_data.to_dict()
                else:
                    summary_item = summary_item_data.to_dict()

                summary.append(summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["thought"], d.pop("type"))
        if type_ != "thought":
            raise ValueError(f"type must match const 'thought', got '{type_}'")

        signature = d.pop("signature", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: (
            list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset
        ) = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:

                def _parse_summary_item(
                    data: object,
                ) -> AudioContent | DocumentContent | ImageContent | TextContent | VideoContent:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_type_0 = TextContent.from_dict(data)

                        return componentsschemas_content_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_type_1 = ImageContent.from_dict(data)

                        return componentsschemas_content_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_type_2 = AudioContent.from_dict(data)

                        return componentsschemas_content_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_type_3 = DocumentContent.from_dict(data)

                        return componentsschemas_content_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_type_4 = VideoContent.from_dict(data)

                    return componentsschemas_content_type_4

                summary_item = _parse_summary_item(summary_item_data)

                summary.append(summary_item)

        legacy_thought_content = cls(
            type_=type_,
            signature=signature,
            summary=summary,
        )

        legacy_thought_content.additional_properties = d
        return legacy_thought_content

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
