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


T = TypeVar("T", bound="UserInputStep")


@_attrs_define
class UserInputStep:
    """What the user sent.

    Attributes:
        type_ (Literal['user_input']):
        content (list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset):
    """

    type_: Literal["user_input"]
    content: (
        list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415

        type_ = self.type_

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, TextContent):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ImageContent):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AudioContent):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, DocumentContent):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

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
        type_ = cast(Literal["user_input"], d.pop("type"))
        if type_ != "user_input":
            raise ValueError(f"type must match const 'user_input', got '{type_}'")

        _content = d.pop("content", UNSET)
        content: (
            list[AudioContent | DocumentContent | ImageContent | TextContent | VideoContent] | Unset
        ) = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:

                def _parse_content_item(
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

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        user_input_step = cls(
            type_=type_,
            content=content,
        )

        user_input_step.additional_properties = d
        return user_input_step

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
