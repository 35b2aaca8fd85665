from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_delta import AudioDelta
    from ..models.document_delta import DocumentDelta
    from ..models.image_delta import ImageDelta
    from ..models.legacy_code_execution_call_delta import LegacyCodeExecutionCallDelta
    from ..models.legacy_code_execution_result_delta import LegacyCodeExecutionResultDelta
    from ..models.legacy_file_search_call_delta import LegacyFileSearchCallDelta
    from ..models.legacy_file_search_result_delta import LegacyFileSearchResultDelta
    from ..models.legacy_function_call_delta import LegacyFunctionCallDelta
    from ..models.legacy_function_result_delta import LegacyFunctionResultDelta
    from ..models.legacy_google_maps_call_delta import LegacyGoogleMapsCallDelta
    from ..models.legacy_google_maps_result_delta import LegacyGoogleMapsResultDelta
    from ..models.legacy_google_search_call_delta import LegacyGoogleSearchCallDelta
    from ..models.legacy_google_search_result_delta import LegacyGoogleSearchResultDelta
    from ..models.legacy_mcp_server_tool_call_delta import LegacyMcpServerToolCallDelta
    from ..models.legacy_mcp_server_tool_result_delta import LegacyMcpServerToolResultDelta
    from ..models.legacy_text_annotation_delta import LegacyTextAnnotationDelta
    from ..models.legacy_url_context_call_delta import LegacyUrlContextCallDelta
    from ..models.legacy_url_context_result_delta import LegacyUrlContextResultDelta
    from ..models.stream_metadata import StreamMetadata
    from ..models.text_delta import TextDelta
    from ..models.thought_signature_delta import ThoughtSignatureDelta
    from ..models.thought_summary_delta import ThoughtSummaryDelta
    from ..models.video_delta import VideoDelta


T = TypeVar("T", bound="ContentDeltaEvent")


@_attrs_define
class ContentDeltaEvent:
    """Deprecated event of the legacy revision (2026-05-07):

    Attributes:
        event_type (Literal['content.delta']):
        index (int):
        delta (AudioDelta | DocumentDelta | ImageDelta | LegacyCodeExecutionCallDelta | LegacyCodeExecutionResultDelta |
            LegacyFileSearchCallDelta | LegacyFileSearchResultDelta | LegacyFunctionCallDelta | LegacyFunctionResultDelta |
            LegacyGoogleMapsCallDelta | LegacyGoogleMapsResultDelta | LegacyGoogleSearchCallDelta |
            LegacyGoogleSearchResultDelta | LegacyMcpServerToolCallDelta | LegacyMcpServerToolResultDelta |
            LegacyTextAnnotationDelta | LegacyUrlContextCallDelta | LegacyUrlContextResultDelta | TextDelta |
            ThoughtSignatureDelta | ThoughtSummaryDelta | VideoDelta): Legacy revision (2026-05-07), deprecated: A
            `content.delta` payload (legacy 2026-05-07 revision), discriminated by `type`.
        event_id (str | Unset): Resume token: pass as last_event_id to continue after this event.
        metadata (StreamMetadata | Unset): Optional metadata any streamed event may carry.
    """

    event_type: Literal["content.delta"]
    index: int
    delta: (
        AudioDelta
        | DocumentDelta
        | ImageDelta
        | LegacyCodeExecutionCallDelta
        | LegacyCodeExecutionResultDelta
        | LegacyFileSearchCallDelta
        | LegacyFileSearchResultDelta
        | LegacyFunctionCallDelta
        | LegacyFunctionResultDelta
        | LegacyGoogleMapsCallDelta
        | LegacyGoogleMapsResultDelta
        | LegacyGoogleSearchCallDelta
        | LegacyGoogleSearchResultDelta
        | LegacyMcpServerToolCallDelta
        | LegacyMcpServerToolResultDelta
        | LegacyTextAnnotationDelta
        | LegacyUrlContextCallDelta
        | LegacyUrlContextResultDelta
        | TextDelta
        | ThoughtSignatureDelta
        | ThoughtSummaryDelta
        | VideoDelta
    )
    event_id: str | Unset = UNSET
    metadata: StreamMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_delta import AudioDelta  # noqa: PLC0415
        from ..models.document_delta import DocumentDelta  # noqa: PLC0415
        from ..models.image_delta import ImageDelta  # noqa: PLC0415
        from ..models.legacy_code_execution_call_delta import LegacyCodeExecutionCallDelta  # noqa: PLC0415
        from ..models.legacy_code_execution_result_delta import LegacyCodeExecutionResultDelta  # noqa: PLC0415
        from ..models.legacy_file_search_call_delta import LegacyFileSearchCallDelta  # noqa: PLC0415
        from ..models.legacy_file_search_result_delta import LegacyFileSearchResultDelta  # noqa: PLC0415
        from ..models.legacy_function_call_delta import LegacyFunctionCallDelta  # noqa: PLC0415
        from ..models.legacy_function_result_delta import LegacyFunctionResultDelta  # noqa: PLC0415
        from ..models.legacy_google_maps_call_delta import LegacyGoogleMapsCallDelta  # noqa: PLC0415
        from ..models.legacy_google_maps_result_delta import LegacyGoogleMapsResultDelta  # noqa: PLC0415
        from ..models.legacy_google_search_call_delta import LegacyGoogleSearchCallDelta  # noqa: PLC0415
        from ..models.legacy_google_search_result_delta import LegacyGoogleSearchResultDelta  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_call_delta import LegacyMcpServerToolCallDelta  # noqa: PLC0415
        from ..models.legacy_text_annotation_delta import LegacyTextAnnotationDelta  # noqa: PLC0415
        from ..models.legacy_url_context_call_delta import LegacyUrlContextCallDelta  # noqa: PLC0415
        from ..models.legacy_url_context_result_delta import LegacyUrlContextResultDelta  # noqa: PLC0415
        from ..models.text_delta import TextDelta  # noqa: PLC0415
        from ..models.thought_signature_delta import ThoughtSignatureDelta  # noqa: PLC0415
        from ..models.thought_summary_delta import ThoughtSummaryDelta  # noqa: PLC0415
        from ..models.video_delta import VideoDelta  # noqa: PLC0415

        event_type = self.event_type

        index = self.index

        delta: dict[str, Any]
        if isinstance(self.delta, TextDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, ImageDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, AudioDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, DocumentDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, VideoDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, ThoughtSummaryDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, ThoughtSignatureDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyFunctionCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyFunctionResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyTextAnnotationDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyCodeExecutionCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyCodeExecutionResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyUrlContextCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyUrlContextResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyGoogleSearchCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyGoogleSearchResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyFileSearchCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyFileSearchResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyGoogleMapsCallDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyGoogleMapsResultDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, LegacyMcpServerToolCallDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

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
                "delta": delta,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_delta import AudioDelta  # noqa: PLC0415
        from ..models.document_delta import DocumentDelta  # noqa: PLC0415
        from ..models.image_delta import ImageDelta  # noqa: PLC0415
        from ..models.legacy_code_execution_call_delta import LegacyCodeExecutionCallDelta  # noqa: PLC0415
        from ..models.legacy_code_execution_result_delta import LegacyCodeExecutionResultDelta  # noqa: PLC0415
        from ..models.legacy_file_search_call_delta import LegacyFileSearchCallDelta  # noqa: PLC0415
        from ..models.legacy_file_search_result_delta import LegacyFileSearchResultDelta  # noqa: PLC0415
        from ..models.legacy_function_call_delta import LegacyFunctionCallDelta  # noqa: PLC0415
        from ..models.legacy_function_result_delta import LegacyFunctionResultDelta  # noqa: PLC0415
        from ..models.legacy_google_maps_call_delta import LegacyGoogleMapsCallDelta  # noqa: PLC0415
        from ..models.legacy_google_maps_result_delta import LegacyGoogleMapsResultDelta  # noqa: PLC0415
        from ..models.legacy_google_search_call_delta import LegacyGoogleSearchCallDelta  # noqa: PLC0415
        from ..models.legacy_google_search_result_delta import LegacyGoogleSearchResultDelta  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_call_delta import LegacyMcpServerToolCallDelta  # noqa: PLC0415
        from ..models.legacy_mcp_server_tool_result_delta import LegacyMcpServerToolResultDelta  # noqa: PLC0415
        from ..models.legacy_text_annotation_delta import LegacyTextAnnotationDelta  # noqa: PLC0415
        from ..models.legacy_url_context_call_delta import LegacyUrlContextCallDelta  # noqa: PLC0415
        from ..models.legacy_url_context_result_delta import LegacyUrlContextResultDelta  # noqa: PLC0415
        from ..models.stream_metadata import StreamMetadata  # noqa: PLC0415
        from ..models.text_delta import TextDelta  # noqa: PLC0415
        from ..models.thought_signature_delta import ThoughtSignatureDelta  # noqa: PLC0415
        from ..models.thought_summary_delta import ThoughtSummaryDelta  # noqa: PLC0415
        from ..models.video_delta import VideoDelta  # noqa: PLC0415

        d = dict(src_dict)
        event_type = cast(Literal["content.delta"], d.pop("event_type"))
        if event_type != "content.delta":
            raise ValueError(f"event_type must match const 'content.delta', got '{event_type}'")

        index = d.pop("index")

        def _parse_delta(
            data: object,
        ) -> (
            AudioDelta
            | DocumentDelta
            | ImageDelta
            | LegacyCodeExecutionCallDelta
            | LegacyCodeExecutionResultDelta
            | LegacyFileSearchCallDelta
            | LegacyFileSearchResultDelta
            | LegacyFunctionCallDelta
            | LegacyFunctionResultDelta
            | LegacyGoogleMapsCallDelta
            | LegacyGoogleMapsResultDelta
            | LegacyGoogleSearchCallDelta
            | LegacyGoogleSearchResultDelta
            | LegacyMcpServerToolCallDelta
            | LegacyMcpServerToolResultDelta
            | LegacyTextAnnotationDelta
            | LegacyUrlContextCallDelta
            | LegacyUrlContextResultDelta
            | TextDelta
            | ThoughtSignatureDelta
            | ThoughtSummaryDelta
            | VideoDelta
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_0 = TextDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_1 = ImageDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_2 = AudioDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_3 = DocumentDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_4 = VideoDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_5 = ThoughtSummaryDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_6 = ThoughtSignatureDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_7 = LegacyFunctionCallDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_8 = LegacyFunctionResultDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_9 = LegacyTextAnnotationDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_10 = LegacyCodeExecutionCallDelta.from_dict(
                    data
                )

                return componentsschemas_legacy_delta_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_11 = LegacyCodeExecutionResultDelta.from_dict(
                    data
                )

                return componentsschemas_legacy_delta_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_12 = LegacyUrlContextCallDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_13 = LegacyUrlContextResultDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_14 = LegacyGoogleSearchCallDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_15 = LegacyGoogleSearchResultDelta.from_dict(
                    data
                )

                return componentsschemas_legacy_delta_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_16 = LegacyFileSearchCallDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_17 = LegacyFileSearchResultDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_18 = LegacyGoogleMapsCallDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_19 = LegacyGoogleMapsResultDelta.from_dict(data)

                return componentsschemas_legacy_delta_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_legacy_delta_type_20 = LegacyMcpServerToolCallDelta.from_dict(
                    data
                )

                return componentsschemas_legacy_delta_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_legacy_delta_type_21 = LegacyMcpServerToolResultDelta.from_dict(data)

            return componentsschemas_legacy_delta_type_21

        delta = _parse_delta(d.pop("delta"))

        event_id = d.pop("event_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamMetadata.from_dict(_metadata)

        content_delta_event = cls(
            event_type=event_type,
            index=index,
            delta=delta,
            event_id=event_id,
            metadata=metadata,
        )

        content_delta_event.additional_properties = d
        return content_delta_event

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
