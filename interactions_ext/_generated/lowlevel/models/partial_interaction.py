from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.code_execution_call_step import CodeExecutionCallStep
    from ..models.code_execution_result_step import CodeExecutionResultStep
    from ..models.document_content import DocumentContent
    from ..models.file_search_call_step import FileSearchCallStep
    from ..models.file_search_result_step import FileSearchResultStep
    from ..models.function_call_step import FunctionCallStep
    from ..models.function_result_step import FunctionResultStep
    from ..models.google_maps_call_step import GoogleMapsCallStep
    from ..models.google_maps_result_step import GoogleMapsResultStep
    from ..models.google_search_call_step import GoogleSearchCallStep
    from ..models.google_search_result_step import GoogleSearchResultStep
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
    from ..models.mcp_server_tool_call_step import McpServerToolCallStep
    from ..models.mcp_server_tool_result_step import McpServerToolResultStep
    from ..models.model_output_step import ModelOutputStep
    from ..models.processing_call_step import ProcessingCallStep
    from ..models.processing_result_step import ProcessingResultStep
    from ..models.retrieval_call_step import RetrievalCallStep
    from ..models.retrieval_result_step import RetrievalResultStep
    from ..models.text_content import TextContent
    from ..models.thought_step import ThoughtStep
    from ..models.url_context_call_step import UrlContextCallStep
    from ..models.url_context_result_step import UrlContextResultStep
    from ..models.usage import Usage
    from ..models.user_input_step import UserInputStep
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="PartialInteraction")


@_attrs_define
class PartialInteraction:
    """The interaction as stream events carry it: its id and status, and whatever else the event includes.

    Attributes:
        id (str):
        object_ (str | Unset):
        status (str | Unset): Open enum: the server may add values, so clients must accept any string. Terminal for a
            waiter: completed, failed, cancelled, incomplete, budget_exceeded; requires_action hands control back to the
            app; requires_continuation means the answer continues in a new create carrying the continuation_token. Known
            values: `in_progress`, `requires_action`, `completed`, `failed`, `cancelled`, `incomplete`, `budget_exceeded`,
            `queued`, `requires_continuation`.
        model (str | Unset):
        agent (str | Unset):
        role (str | Unset):
        created (str | Unset):
        updated (str | Unset):
        service_tier (str | Unset): Price and latency class of the request. Known values: `flex`, `standard`,
            `priority`, `deferred`.
        previous_interaction_id (str | Unset): Legacy revision: its events carry the whole Interaction resource, this
            field included.
        usage (Usage | Unset): Token counts.
        steps (list[CodeExecutionCallStep | CodeExecutionResultStep | FileSearchCallStep | FileSearchResultStep |
            FunctionCallStep | FunctionResultStep | GoogleMapsCallStep | GoogleMapsResultStep | GoogleSearchCallStep |
            GoogleSearchResultStep | McpServerToolCallStep | McpServerToolResultStep | ModelOutputStep | ProcessingCallStep
            | ProcessingResultStep | RetrievalCallStep | RetrievalResultStep | ThoughtStep | UrlContextCallStep |
            UrlContextResultStep | UserInputStep] | Unset):
        outputs (list[AudioContent | DocumentContent | ImageContent | LegacyCodeExecutionCallContent |
            LegacyCodeExecutionResultContent | LegacyFileSearchCallContent | LegacyFileSearchResultContent |
            LegacyFunctionCallContent | LegacyFunctionResultContent | LegacyGoogleMapsCallContent |
            LegacyGoogleMapsResultContent | LegacyGoogleSearchCallContent | LegacyGoogleSearchResultContent |
            LegacyMcpServerToolCallContent | LegacyMcpServerToolResultContent | LegacyThoughtContent |
            LegacyUrlContextCallContent | LegacyUrlContextResultContent | TextContent | VideoContent] | Unset):
        continuation_token (str | Unset): Checkpoint token of a long answer (see Interaction.continuation_token).
    """

    id: str
    object_: str | Unset = UNSET
    status: str | Unset = UNSET
    model: str | Unset = UNSET
    agent: str | Unset = UNSET
    role: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    service_tier: str | Unset = UNSET
    previous_interaction_id: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    steps: (
        list[
            CodeExecutionCallStep
            | CodeExecutionResultStep
            | FileSearchCallStep
            | FileSearchResultStep
            | FunctionCallStep
            | FunctionResultStep
            | GoogleMapsCallStep
            | GoogleMapsResultStep
            | GoogleSearchCallStep
            | GoogleSearchResultStep
            | McpServerToolCallStep
            | McpServerToolResultStep
            | ModelOutputStep
            | ProcessingCallStep
            | ProcessingResultStep
            | RetrievalCallStep
            | RetrievalResultStep
            | ThoughtStep
            | UrlContextCallStep
            | UrlContextResultStep
            | UserInputStep
        ]
        | Unset
    ) = UNSET
    outputs: (
        list[
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
            | VideoContent
        ]
        | Unset
    ) = UNSET
    continuation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.code_execution_call_step import CodeExecutionCallStep  # noqa: PLC0415
        from ..models.code_execution_result_step import CodeExecutionResultStep  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.file_search_call_step import FileSearchCallStep  # noqa: PLC0415
        from ..models.file_search_result_step import FileSearchResultStep  # noqa: PLC0415
        from ..models.function_call_step import FunctionCallStep  # noqa: PLC0415
        from ..models.function_result_step import FunctionResultStep  # noqa: PLC0415
        from ..models.google_maps_call_step import GoogleMapsCallStep  # noqa: PLC0415
        from ..models.google_maps_result_step import GoogleMapsResultStep  # noqa: PLC0415
        from ..models.google_search_call_step import GoogleSearchCallStep  # noqa: PLC0415
        from ..models.google_search_result_step import GoogleSearchResultStep  # noqa: PLC0415
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
        from ..models.mcp_server_tool_call_step import McpServerToolCallStep  # noqa: PLC0415
        from ..models.mcp_server_tool_result_step import McpServerToolResultStep  # noqa: PLC0415
        from ..models.model_output_step import ModelOutputStep  # noqa: PLC0415
        from ..models.processing_call_step import ProcessingCallStep  # noqa: PLC0415
        from ..models.retrieval_call_step import RetrievalCallStep  # noqa: PLC0415
        from ..models.retrieval_result_step import RetrievalResultStep  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.thought_step import ThoughtStep  # noqa: PLC0415
        from ..models.url_context_call_step import UrlContextCallStep  # noqa: PLC0415
        from ..models.url_context_result_step import UrlContextResultStep  # noqa: PLC0415
        from ..models.user_input_step import UserInputStep  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        status = self.status

        model = self.model

        agent = self.agent

        role = self.role

        created = self.created

        updated = self.updated

        service_tier = self.service_tier

        previous_interaction_id = self.previous_interaction_id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item: dict[str, Any]
                if isinstance(steps_item_data, UserInputStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ModelOutputStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ThoughtStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, FunctionCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, FunctionResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, CodeExecutionCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, CodeExecutionResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GoogleSearchCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GoogleSearchResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, UrlContextCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, UrlContextResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, FileSearchCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, FileSearchResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GoogleMapsCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, GoogleMapsResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, McpServerToolCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, McpServerToolResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, RetrievalCallStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, RetrievalResultStep):
                    steps_item = steps_item_data.to_dict()
                elif isinstance(steps_item_data, ProcessingCallStep):
                    steps_item = steps_item_data.to_dict()
                else:
                    steps_item = steps_item_data.to_dict()

                steps.append(steps_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if isinstance(outputs_item_data, TextContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, ImageContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, AudioContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, DocumentContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, VideoContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyThoughtContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyFunctionCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyFunctionResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyCodeExecutionCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyCodeExecutionResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyUrlContextCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyUrlContextResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyGoogleSearchCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyGoogleSearchResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyFileSearchCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyFileSearchResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyGoogleMapsCallContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyGoogleMapsResultContent):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, LegacyMcpServerToolCallContent):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data.to_dict()

                outputs.append(outputs_item)

        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if model is not UNSET:
            field_dict["model"] = model
        if agent is not UNSET:
            field_dict["agent"] = agent
        if role is not UNSET:
            field_dict["role"] = role
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if previous_interaction_id is not UNSET:
            field_dict["previous_interaction_id"] = previous_interaction_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if steps is not UNSET:
            field_dict["steps"] = steps
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.code_execution_call_step import CodeExecutionCallStep  # noqa: PLC0415
        from ..models.code_execution_result_step import CodeExecutionResultStep  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.file_search_call_step import FileSearchCallStep  # noqa: PLC0415
        from ..models.file_search_result_step import FileSearchResultStep  # noqa: PLC0415
        from ..models.function_call_step import FunctionCallStep  # noqa: PLC0415
        from ..models.function_result_step import FunctionResultStep  # noqa: PLC0415
        from ..models.google_maps_call_step import GoogleMapsCallStep  # noqa: PLC0415
        from ..models.google_maps_result_step import GoogleMapsResultStep  # noqa: PLC0415
        from ..models.google_search_call_step import GoogleSearchCallStep  # noqa: PLC0415
        from ..models.google_search_result_step import GoogleSearchResultStep  # noqa: PLC0415
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
        from ..models.mcp_server_tool_call_step import McpServerToolCallStep  # noqa: PLC0415
        from ..models.mcp_server_tool_result_step import McpServerToolResultStep  # noqa: PLC0415
        from ..models.model_output_step import ModelOutputStep  # noqa: PLC0415
        from ..models.processing_call_step import ProcessingCallStep  # noqa: PLC0415
        from ..models.processing_result_step import ProcessingResultStep  # noqa: PLC0415
        from ..models.retrieval_call_step import RetrievalCallStep  # noqa: PLC0415
        from ..models.retrieval_result_step import RetrievalResultStep  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.thought_step import ThoughtStep  # noqa: PLC0415
        from ..models.url_context_call_step import UrlContextCallStep  # noqa: PLC0415
        from ..models.url_context_result_step import UrlContextResultStep  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415
        from ..models.user_input_step import UserInputStep  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        status = d.pop("status", UNSET)

        model = d.pop("model", UNSET)

        agent = d.pop("agent", UNSET)

        role = d.pop("role", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        previous_interaction_id = d.pop("previous_interaction_id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _steps = d.pop("steps", UNSET)
        steps: (
            list[
                CodeExecutionCallStep
                | CodeExecutionResultStep
                | FileSearchCallStep
                | FileSearchResultStep
                | FunctionCallStep
                | FunctionResultStep
                | GoogleMapsCallStep
                | GoogleMapsResultStep
                | GoogleSearchCallStep
                | GoogleSearchResultStep
                | McpServerToolCallStep
                | McpServerToolResultStep
                | ModelOutputStep
                | ProcessingCallStep
                | ProcessingResultStep
                | RetrievalCallStep
                | RetrievalResultStep
                | ThoughtStep
                | UrlContextCallStep
                | UrlContextResultStep
                | UserInputStep
            ]
            | Unset
        ) = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:

                def _parse_steps_item(
                    data: object,
                ) -> (
                    CodeExecutionCallStep
                    | CodeExecutionResultStep
                    | FileSearchCallStep
                    | FileSearchResultStep
                    | FunctionCallStep
                    | FunctionResultStep
                    | GoogleMapsCallStep
                    | GoogleMapsResultStep
                    | GoogleSearchCallStep
                    | GoogleSearchResultStep
                    | McpServerToolCallStep
                    | McpServerToolResultStep
                    | ModelOutputStep
                    | ProcessingCallStep
                    | ProcessingResultStep
                    | RetrievalCallStep
                    | RetrievalResultStep
                    | ThoughtStep
                    | UrlContextCallStep
                    | UrlContextResultStep
                    | UserInputStep
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_0 = UserInputStep.from_dict(data)

                        return componentsschemas_step_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_1 = ModelOutputStep.from_dict(data)

                        return componentsschemas_step_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_2 = ThoughtStep.from_dict(data)

                        return componentsschemas_step_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_3 = FunctionCallStep.from_dict(data)

                        return componentsschemas_step_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_4 = FunctionResultStep.from_dict(data)

                        return componentsschemas_step_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_5 = CodeExecutionCallStep.from_dict(data)

                        return componentsschemas_step_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_6 = CodeExecutionResultStep.from_dict(data)

                        return componentsschemas_step_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_7 = GoogleSearchCallStep.from_dict(data)

                        return componentsschemas_step_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_8 = GoogleSearchResultStep.from_dict(data)

                        return componentsschemas_step_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_9 = UrlContextCallStep.from_dict(data)

                        return componentsschemas_step_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_10 = UrlContextResultStep.from_dict(data)

                        return componentsschemas_step_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_11 = FileSearchCallStep.from_dict(data)

                        return componentsschemas_step_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_12 = FileSearchResultStep.from_dict(data)

                        return componentsschemas_step_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_13 = GoogleMapsCallStep.from_dict(data)

                        return componentsschemas_step_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_14 = GoogleMapsResultStep.from_dict(data)

                        return componentsschemas_step_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_15 = McpServerToolCallStep.from_dict(data)

                        return componentsschemas_step_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_16 = McpServerToolResultStep.from_dict(data)

                        return componentsschemas_step_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_17 = RetrievalCallStep.from_dict(data)

                        return componentsschemas_step_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_18 = RetrievalResultStep.from_dict(data)

                        return componentsschemas_step_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_step_type_19 = ProcessingCallStep.from_dict(data)

                        return componentsschemas_step_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_step_type_20 = ProcessingResultStep.from_dict(data)

                    return componentsschemas_step_type_20

                steps_item = _parse_steps_item(steps_item_data)

                steps.append(steps_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: (
            list[
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
                | VideoContent
            ]
            | Unset
        ) = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:

                def _parse_outputs_item(
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
                    | VideoContent
                ):
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
                        componentsschemas_legacy_content_type_5 = LegacyThoughtContent.from_dict(
                            data
                        )

                        return componentsschemas_legacy_content_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_6 = (
                            LegacyFunctionCallContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_7 = (
                            LegacyFunctionResultContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_8 = (
                            LegacyCodeExecutionCallContent.from_dict(data)
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
                        componentsschemas_legacy_content_type_10 = (
                            LegacyUrlContextCallContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_11 = (
                            LegacyUrlContextResultContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_12 = (
                            LegacyGoogleSearchCallContent.from_dict(data)
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
                        componentsschemas_legacy_content_type_14 = (
                            LegacyFileSearchCallContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_15 = (
                            LegacyFileSearchResultContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_16 = (
                            LegacyGoogleMapsCallContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_17 = (
                            LegacyGoogleMapsResultContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_legacy_content_type_18 = (
                            LegacyMcpServerToolCallContent.from_dict(data)
                        )

                        return componentsschemas_legacy_content_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_legacy_content_type_19 = (
                        LegacyMcpServerToolResultContent.from_dict(data)
                    )

                    return componentsschemas_legacy_content_type_19

                outputs_item = _parse_outputs_item(outputs_item_data)

                outputs.append(outputs_item)

        continuation_token = d.pop("continuation_token", UNSET)

        partial_interaction = cls(
            id=id,
            object_=object_,
            status=status,
            model=model,
            agent=agent,
            role=role,
            created=created,
            updated=updated,
            service_tier=service_tier,
            previous_interaction_id=previous_interaction_id,
            usage=usage,
            steps=steps,
            outputs=outputs,
            continuation_token=continuation_token,
        )

        partial_interaction.additional_properties = d
        return partial_interaction

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
