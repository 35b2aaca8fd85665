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
    from ..models.legacy_code_execution_call_content import LegacyCodeExecutionCallContent
    from ..models.legacy_code_execution_result_content import LegacyCodeExecutionResultContent
    from ..models.legacy_file_search_call_content import LegacyFileSearchCallContent
    from ..models.legacy_file_search_result_content import LegacyFileSearchResultContent
    from ..models.legacy_function_call_content import LegacyFunctionCallContent
    from ..models.legacy_function_result_content import LegacyFunctionResultContent
    from ..models.legacy_google_maps_call_content import LegacyGoogleMapsCallContent
    from ..models.legacy_google_maps_result_content import LegacyGoogleMapsResultContent
    from ..models.legacy_google_search_call_content import LegacyGoogleSearchCallContent
    from ..models.legacy_google_search_result_content import LegacyGoogleSearchResultContent
    from ..models.legacy_mcp_server_tool_call_content import LegacyMcpServerToolCallContent
    from ..models.legacy_mcp_server_tool_result_content import LegacyMcpServerToolResultContent
    from ..models.legacy_thought_content import LegacyThoughtContent
    from ..models.legacy_url_context_call_content import LegacyUrlContextCallContent
    from ..models.legacy_url_context_result_content import LegacyUrlContextResultContent
    from ..models.stream_metadata import StreamMetadata
    from ..models.text_content import TextContent
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="ContentStartEvent")


@_attrs_define
class ContentStartEvent:
    """Deprecated event of the legacy revision (2026-05-07):

    Attributes:
        event_type (Literal['content.start']):
        index (int):
        content (AudioContent | DocumentContent | ImageContent | LegacyCodeExecutionCallContent |
            LegacyCodeExecutionResultContent | LegacyFileSearchCallContent | LegacyFileSearchResultContent |
            LegacyFunctionCallContent | LegacyFunctionResultContent | LegacyGoogleMapsCallContent |
            LegacyGoogleMapsResultContent | LegacyGoogleSearchCallContent | LegacyGoogleSearchResultContent |
            LegacyMcpServerToolCallContent | LegacyMcpServerToolResultContent | LegacyThoughtContent |
            LegacyUrlContextCallContent | LegacyUrlContextResultContent | TextContent | Unset | VideoContent): Legacy
            revision (2026-05-07), deprecated: An output block of the legacy (2026-05-07) revision, discriminated by `type`.
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["content.start"]
    index: int
    content: (
        AudioContent
        | DocumentContent
        | ImageContent
        | LegacyCodeExecutionCallContent
        | LegacyCodeExecutionResultContent
        | LegacyFileSearchCallContent
        | LegacyFileSearchResultContent
        | LegacyFunctionCallContent
        | LegacyFunctionResultContent
        | LegacyGoogleMapsCallContent
        | LegacyGoogleMapsResultContent
        | LegacyGoogleSearchCallContent
        | LegacyGoogleSearchResultContent
        | LegacyMcpServerToolCallContent
        | LegacyMcpServerToolResultContent
        | LegacyThoughtContent
        | LegacyUrlContextCallContent
        | LegacyUrlContextResultContent
        | TextContent
        | Unset
        | VideoContent
    ) = UNSET
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.legacy_code_execution_call_content import LegacyCodeExecutionCallContent  # noqa: PLC0415
        from ..models.legacy_code_execution_result_content import LegacyCodeExecutionResultContent  # noqa: PLC0415
        from ..models.legacy_file_search_call_content import LegacyFileSearchCallContent  # noqa: PLC0415
        from ..models.legacy_file_search_result_content import LegacyFileSearchResultContent  # noqa: PLC0415
        from ..models.legacy_function_call_content import LegacyFunctionCallContent  # noqa: PLC0415
        from ..models.legacy_function_result_content import LegacyFunctionResultContent  # noqa: PLC0415
        from ..models.legacy_google_maps_call_content import LegacyGoogleMapsCallContent  # noqa: PLC0415
        from ..models.legacy_google_maps_result_content import LegacyGoogleMapsResultContent  # noqa: PLC0415
        from ..models.legacy_google_search_call_content import LegacyGoogleSearchCallContent  # noqa: PLC0415
        from ..models.legacy_google_search_result_content import LegacyGoogleSearchResultContent  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_call_content import LegacyMcpServerToolCallContent  # noqa: PLC0415
        from ..models.legacy_thought_content import LegacyThoughtContent  # noqa: PLC0415
        from ..models.legacy_url_context_call_content import LegacyUrlContextCallContent  # noqa: PLC0415
        from ..models.legacy_url_context_result_content import LegacyUrlContextResultContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        event_type = self.event_type

        index = self.index

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
        elif isinstance(self.content, VideoContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyThoughtContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyFunctionCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyFunctionResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyCodeExecutionCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyCodeExecutionResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyUrlContextCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyUrlContextResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyGoogleSearchCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyGoogleSearchResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyFileSearchCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyFileSearchResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyGoogleMapsCallContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyGoogleMapsResultContent):
            content = self.content.to_dict()
        elif isinstance(self.content, LegacyMcpServerToolCallContent):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

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
        if content is not UNSET:
            field_dict["content"] = content
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.legacy_code_execution_call_content import LegacyCodeExecutionCallContent  # noqa: PLC0415
        from ..models.legacy_code_execution_result_content import LegacyCodeExecutionResultContent  # noqa: PLC0415
        from ..models.legacy_file_search_call_content import LegacyFileSearchCallContent  # noqa: PLC0415
        from ..models.legacy_file_search_result_content import LegacyFileSearchResultContent  # noqa: PLC0415
        from ..models.legacy_function_call_content import LegacyFunctionCallContent  # noqa: PLC0415
        from ..models.legacy_function_result_content import LegacyFunctionResultContent  # noqa: PLC0415
        from ..models.legacy_google_maps_call_content import LegacyGoogleMapsCallContent  # noqa: PLC0415
        from ..models.legacy_google_maps_result_content import LegacyGoogleMapsResultContent  # noqa: PLC0415
        from ..models.legacy_google_search_call_content import LegacyGoogleSearchCallContent  # noqa: PLC0415
        from ..models.legacy_google_search_result_content import LegacyGoogleSearchResultContent  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_call_content import LegacyMcpServerToolCallContent  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_result_content import LegacyMcpServerToolResultContent  # noqa: PLC0415
        from ..models.legacy_thought_content import LegacyThoughtContent  # noqa: PLC0415
        from ..models.legacy_url_context_call_content import LegacyUrlContextCallContent  # noqa: PLC0415
        from ..models.legacy_url_context_result_content import LegacyUrlContextResultContent  # noqa: PLC0415
        from ..models.stream_metadata import StreamMetadata  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["content.start"], d.pop("event_type"))
        if event_type != "content.start":
            raise ValueError(f"event_type must match const 'content.start', got '{event_type}'")

        index = d.pop("index")

        def _parse_content(
            data: object,
        ) -> (
            AudioContent
            | DocumentContent
            | ImageContent
            | LegacyCodeExecutionCallContent
            | LegacyCodeExecutionResultContent
            | LegacyFileSearchCallContent
            | LegacyFileSearchResultContent
            | LegacyFunctionCallContent
            | LegacyFunctionResultContent
            | LegacyGoogleMapsCallContent
            | LegacyGoogleMapsResultContent
            | LegacyGoogleSearchCallContent
            | LegacyGoogleSearchResultContent
            | LegacyMcpServerToolCallContent
            | LegacyMcpServerToolResultContent
            | LegacyThoughtContent
            | LegacyUrlContextCallContent
            | LegacyUrlContextResultContent
            | TextContent
            | Unset
            | VideoContent
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_0 = TextContent.from_dict(data)

                return componentsschemas_legacy_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_1 = ImageContent.from_dict(data)

                return componentsschemas_legacy_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_2 = AudioContent.from_dict(data)

                return componentsschemas_legacy_content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_3 = DocumentContent.from_dict(data)

                return componentsschemas_legacy_content_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_4 = VideoContent.from_dict(data)

                return componentsschemas_legacy_content_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_5 = LegacyThoughtContent.from_dict(data)

                return componentsschemas_legacy_content_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_6 = LegacyFunctionCallContent.from_dict(data)

                return componentsschemas_legacy_content_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_7 = LegacyFunctionResultContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_8 = LegacyCodeExecutionCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_9 = (
                    LegacyCodeExecutionResultContent.from_dict(data)
                )

                return componentsschemas_legacy_content_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_10 = LegacyUrlContextCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_11 = LegacyUrlContextResultContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_12 = LegacyGoogleSearchCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_13 = (
                    LegacyGoogleSearchResultContent.from_dict(data)
                )

                return componentsschemas_legacy_content_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_14 = LegacyFileSearchCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_15 = LegacyFileSearchResultContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_16 = LegacyGoogleMapsCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_17 = LegacyGoogleMapsResultContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_content_type_18 = LegacyMcpServerToolCallContent.from_dict(
                    data
                )

                return componentsschemas_legacy_content_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_legacy_content_type_19 = LegacyMcpServerToolResultContent.from_dict(
                data
            )

            return componentsschemas_legacy_content_type_19

        content = _parse_content(d.pop("content", UNSET))

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        content_start_event = cls(
            event_type=event_type,
            index=index,
            content=content,
            event_id=event_id,
            metadata=metadata,
        )

        content_start_event.additional_properties = d
        return content_start_event

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
