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


T = TypeVar("T", bound="ThoughtSummaryDelta")


@_attrs_define
class ThoughtSummaryDelta:
    """Part of a thought summary.

    Attributes:
        type_ (Literal['thought_summary']):
        content (AudioContent | DocumentContent | ImageContent | TextContent | Unset | VideoContent): A content block,
            discriminated by `type`.
    """

    type_: Literal["thought_summary"]
    content: AudioContent | DocumentContent | ImageContent | TextContent | Unset | VideoContent = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415

        type_ = self.type_

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TextContent):
            content = self.content.to_dict()
        elif isinstance(self.content, ImageContent):
            content = self.content.to_dict()
        elif isinstance(self.content, AudioContent):
            content = self.content.to_dict()
        elif isinstance(self.content, DocumentContent):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["thought_summary"], d.pop("type"))
        if type_ != "thought_summary":
            raise ValueError(f"type must match const 'thought_summary', got '{type_}'")

        def _parse_content(
            data: object,
        ) -> AudioContent | DocumentContent | ImageContent | TextContent | Unset | VideoContent:
            if isinstance(data, Unset):
                return data
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

        content = _parse_content(d.pop("content", UNSET))

        thought_summary_delta = cls(
            type_=type_,
            content=content,
        )

        thought_summary_delta.additional_properties = d
        return thought_summary_delta

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
