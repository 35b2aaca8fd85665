from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.antigravity_agent_config import AntigravityAgentConfig
    from ..models.audio_content import AudioContent
    from ..models.audio_response_format import AudioResponseFormat
    from ..models.code_execution_call_step import CodeExecutionCallStep
    from ..models.code_execution_result_step import CodeExecutionResultStep
    from ..models.code_execution_tool import CodeExecutionTool
    from ..models.code_mender_agent_config import CodeMenderAgentConfig
    from ..models.computer_use_tool import ComputerUseTool
    from ..models.deep_research_agent_config import DeepResearchAgentConfig
    from ..models.document_content import DocumentContent
    from ..models.dynamic_agent_config import DynamicAgentConfig
    from ..models.environment import Environment
    from ..models.file_search_call_step import FileSearchCallStep
    from ..models.file_search_result_step import FileSearchResultStep
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_call_step import FunctionCallStep
    from ..models.function_result_step import FunctionResultStep
    from ..models.function_tool import FunctionTool
    from ..models.generation_config import GenerationConfig
    from ..models.google_maps_call_step import GoogleMapsCallStep
    from ..models.google_maps_result_step import GoogleMapsResultStep
    from ..models.google_maps_tool import GoogleMapsTool
    from ..models.google_search_call_step import GoogleSearchCallStep
    from ..models.google_search_result_step import GoogleSearchResultStep
    from ..models.google_search_tool import GoogleSearchTool
    from ..models.image_content import ImageContent
    from ..models.image_response_format import ImageResponseFormat
    from ..models.interaction_error_item import InteractionErrorItem
    from ..models.interaction_labels import InteractionLabels
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
    from ..models.mcp_server_tool import McpServerTool
    from ..models.mcp_server_tool_call_step import McpServerToolCallStep
    from ..models.mcp_server_tool_result_step import McpServerToolResultStep
    from ..models.model_output_step import ModelOutputStep
    from ..models.processing_call_step import ProcessingCallStep
    from ..models.processing_result_step import ProcessingResultStep
    from ..models.retrieval_call_step import RetrievalCallStep
    from ..models.retrieval_result_step import RetrievalResultStep
    from ..models.retrieval_tool import RetrievalTool
    from ..models.safety_setting import SafetySetting
    from ..models.text_content import TextContent
    from ..models.text_response_format import TextResponseFormat
    from ..models.thought_step import ThoughtStep
    from ..models.url_context_call_step import UrlContextCallStep
    from ..models.url_context_result_step import UrlContextResultStep
    from ..models.url_context_tool import UrlContextTool
    from ..models.usage import Usage
    from ..models.user_input_step import UserInputStep
    from ..models.video_content import VideoContent
    from ..models.video_response_format import VideoResponseFormat
    from ..models.webhook_config import WebhookConfig


T = TypeVar("T", bound="Interaction")


@_attrs_define
class Interaction:
    """A server-managed interaction.

    Attributes:
        id (str): The interaction's id, which get, cancel, delete and resumption take.
        status (str): Open enum: the server may add values, so clients must accept any string. Terminal for a waiter:
            completed, failed, cancelled, incomplete, budget_exceeded; requires_action hands control back to the app;
            requires_continuation means the answer continues in a new create carrying the continuation_token. Known values:
            `in_progress`, `requires_action`, `completed`, `failed`, `cancelled`, `incomplete`, `budget_exceeded`, `queued`,
            `requires_continuation`.
        model (str | Unset): A model name, e.g. gemini-2.5-flash; the server adds models, so any string is accepted.
            Known values: `gemma-4-26b-a4b-it`, `gemma-4-31b-it`, `gemini-flash-latest`, `gemini-flash-lite-latest`,
            `gemini-pro-latest`, `gemini-2.5-flash`, `gemini-2.5-pro`, `gemini-2.5-flash-lite`, `gemini-3.5-flash-lite`,
            `gemini-2.5-flash-image`, `gemini-3-flash-preview`, `gemini-3.1-pro-preview`, `gemini-3.1-pro-preview-
            customtools`, `gemini-3.1-flash-lite`, `gemini-3.1-flash-lite-image`, `gemini-3-pro-image`, `nano-banana-pro-
            preview`, `gemini-3.1-flash-image`, `gemini-nano-banana-2.1`, `gemini-3.1-flash-tts-preview`,
            `gemini-3.5-flash`, `gemini-3.6-flash`, `gemini-3.7-flash`, `gemini-3.8-flash`, `gemini-4-argon`,
            `gemini-4-carbon`, `gemini-4-hydrogen`, `gemini-3.8-flash-tts`, `gemini-3.8-flash-lite-tts`,
            `gemini-3.5-transcribe`, `lyria-3-clip-preview`, `lyria-3-pro-preview`, `gemini-robotics-er-1.6-preview`,
            `gemini-robotics-er-2-preview`, `lyria-3.5`, `gemini-omni-1.2-flash`, `gemini-omni-1.1-flash`, `gemini-omni-
            flash-preview`.
        agent (str | Unset): An agent name, e.g. deep-research-pro-preview-12-2025; the server adds agents, so any
            string is accepted. Known values: `deep-research-pro-preview-12-2025`, `deep-research-preview-04-2026`, `deep-
            research-max-preview-04-2026`, `antigravity-preview-05-2026`, `antigravity-preview-09-2026`.
        role (str | Unset): Legacy revision only: the role of the interaction.
        created (str | Unset): ISO-8601 timestamp.
        updated (str | Unset): ISO-8601 timestamp.
        previous_interaction_id (str | Unset):
        system_instruction (str | Unset):
        tools (list[CodeExecutionTool | ComputerUseTool | FileSearchTool | FunctionTool | GoogleMapsTool |
            GoogleSearchTool | McpServerTool | RetrievalTool | UrlContextTool] | Unset):
        generation_config (GenerationConfig | Unset): Generation settings of model interactions: sampling, thinking,
            tools, and media output.
        agent_config (AntigravityAgentConfig | CodeMenderAgentConfig | DeepResearchAgentConfig | DynamicAgentConfig |
            Unset): Settings of an agent interaction, discriminated by `type` (one kind per agent family). Clients must
            tolerate unknown types.
        response_format (AudioResponseFormat | ImageResponseFormat | list[AudioResponseFormat | ImageResponseFormat |
            TextResponseFormat | VideoResponseFormat] | TextResponseFormat | Unset | VideoResponseFormat): One output
            format, or one per kind of output.
        response_mime_type (str | Unset): MIME type of the response (response_format is the newer way).
        response_modalities (list[str] | Unset): Kinds of output requested (response_format is the newer way).
        safety_settings (list[SafetySetting] | Unset):
        service_tier (str | Unset): Price and latency class of the request. Known values: `flex`, `standard`,
            `priority`, `deferred`.
        labels (InteractionLabels | Unset):
        webhook_config (WebhookConfig | Unset):
        cached_content (str | Unset): Explicit context cache to answer from, as `cachedContents/{id}`.
        environment (Environment | str | Unset): The sandbox of an interaction, as an Environment or the id of an
            existing one.
        environment_id (str | Unset): Id of the interaction's environment, when the request configured one.
        input_ (Any | Unset): Any JSON value.
        steps (list[CodeExecutionCallStep | CodeExecutionResultStep | FileSearchCallStep | FileSearchResultStep |
            FunctionCallStep | FunctionResultStep | GoogleMapsCallStep | GoogleMapsResultStep | GoogleSearchCallStep |
            GoogleSearchResultStep | McpServerToolCallStep | McpServerToolResultStep | ModelOutputStep | ProcessingCallStep
            | ProcessingResultStep | RetrievalCallStep | RetrievalResultStep | ThoughtStep | UrlContextCallStep |
            UrlContextResultStep | UserInputStep] | Unset): Ordered steps (current revision).
        outputs (list[AudioContent | DocumentContent | ImageContent | LegacyCodeExecutionCallContent |
            LegacyCodeExecutionResultContent | LegacyFileSearchCallContent | LegacyFileSearchResultContent |
            LegacyFunctionCallContent | LegacyFunctionResultContent | LegacyGoogleMapsCallContent |
            LegacyGoogleMapsResultContent | LegacyGoogleSearchCallContent | LegacyGoogleSearchResultContent |
            LegacyMcpServerToolCallContent | LegacyMcpServerToolResultContent | LegacyThoughtContent |
            LegacyUrlContextCallContent | LegacyUrlContextResultContent | TextContent | VideoContent] | Unset): Output
            blocks (legacy revision).
        usage (Usage | Unset): Token counts.
        errors (list[InteractionErrorItem] | Unset):
        continuation_token (str | Unset): Set with status `requires_continuation`: pass it to a new create to get the
            rest of the answer.
    """

    id: str
    status: str
    model: str | Unset = UNSET
    agent: str | Unset = UNSET
    role: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    previous_interaction_id: str | Unset = UNSET
    system_instruction: str | Unset = UNSET
    tools: (
        list[
            CodeExecutionTool
            | ComputerUseTool
            | FileSearchTool
            | FunctionTool
            | GoogleMapsTool
            | GoogleSearchTool
            | McpServerTool
            | RetrievalTool
            | UrlContextTool
        ]
        | Unset
    ) = UNSET
    generation_config: GenerationConfig | Unset = UNSET
    agent_config: (
        AntigravityAgentConfig
        | CodeMenderAgentConfig
        | DeepResearchAgentConfig
        | DynamicAgentConfig
        | Unset
    ) = UNSET
    response_format: (
        AudioResponseFormat
        | ImageResponseFormat
        | list[AudioResponseFormat | ImageResponseFormat | TextResponseFormat | VideoResponseFormat]
        | TextResponseFormat
        | Unset
        | VideoResponseFormat
    ) = UNSET
    response_mime_type: str | Unset = UNSET
    response_modalities: list[str] | Unset = UNSET
    safety_settings: list[SafetySetting] | Unset = UNSET
    service_tier: str | Unset = UNSET
    labels: InteractionLabels | Unset = UNSET
    webhook_config: WebhookConfig | Unset = UNSET
    cached_content: str | Unset = UNSET
    environment: Environment | str | Unset = UNSET
    environment_id: str | Unset = UNSET
    input_: Any | Unset = UNSET
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
    usage: Usage | Unset = UNSET
    errors: list[InteractionErrorItem] | Unset = UNSET
    continuation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.antigravity_agent_config import AntigravityAgentConfig  # noqa: PLC0415
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.audio_response_format import AudioResponseFormat  # noqa: PLC0415
        from ..models.code_execution_call_step import CodeExecutionCallStep  # noqa: PLC0415
        from ..models.code_execution_result_step import CodeExecutionResultStep  # noqa: PLC0415
        from ..models.code_execution_tool import CodeExecutionTool  # noqa: PLC0415
        from ..models.computer_use_tool import ComputerUseTool  # noqa: PLC0415
        from ..models.deep_research_agent_config import DeepResearchAgentConfig  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.dynamic_agent_config import DynamicAgentConfig  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.file_search_call_step import FileSearchCallStep  # noqa: PLC0415
        from ..models.file_search_result_step import FileSearchResultStep  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_call_step import FunctionCallStep  # noqa: PLC0415
        from ..models.function_result_step import FunctionResultStep  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.google_maps_call_step import GoogleMapsCallStep  # noqa: PLC0415
        from ..models.google_maps_result_step import GoogleMapsResultStep  # noqa: PLC0415
        from ..models.google_maps_tool import GoogleMapsTool  # noqa: PLC0415
        from ..models.google_search_call_step import GoogleSearchCallStep  # noqa: PLC0415
        from ..models.google_search_result_step import GoogleSearchResultStep  # noqa: PLC0415
        from ..models.google_search_tool import GoogleSearchTool  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.image_response_format import ImageResponseFormat  # noqa: PLC0415
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
        from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
        from ..models.mcp_server_tool_call_step import McpServerToolCallStep  # noqa: PLC0415
        from ..models.mcp_server_tool_result_step import McpServerToolResultStep  # noqa: PLC0415
        from ..models.model_output_step import ModelOutputStep  # noqa: PLC0415
        from ..models.processing_call_step import ProcessingCallStep  # noqa: PLC0415
        from ..models.retrieval_call_step import RetrievalCallStep  # noqa: PLC0415
        from ..models.retrieval_result_step import RetrievalResultStep  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.text_response_format import TextResponseFormat  # noqa: PLC0415
        from ..models.thought_step import ThoughtStep  # noqa: PLC0415
        from ..models.url_context_call_step import UrlContextCallStep  # noqa: PLC0415
        from ..models.url_context_result_step import UrlContextResultStep  # noqa: PLC0415
        from ..models.url_context_tool import UrlContextTool  # noqa: PLC0415
        from ..models.user_input_step import UserInputStep  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415
        from ..models.video_response_format import VideoResponseFormat  # noqa: PLC0415

        id = self.id

        status = self.status

        model = self.model

        agent = self.agent

        role = self.role

        created = self.created

        updated = self.updated

        previous_interaction_id = self.previous_interaction_id

        system_instruction = self.system_instruction

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeExecutionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, UrlContextTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GoogleSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GoogleMapsTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUseTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpServerTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        generation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation_config, Unset):
            generation_config = self.generation_config.to_dict()

        agent_config: dict[str, Any] | Unset
        if isinstance(self.agent_config, Unset):
            agent_config = UNSET
        elif isinstance(self.agent_config, DeepResearchAgentConfig):
            agent_config = self.agent_config.to_dict()
        elif isinstance(self.agent_config, DynamicAgentConfig):
            agent_config = self.agent_config.to_dict()
        elif isinstance(self.agent_config, AntigravityAgentConfig):
            agent_config = self.agent_config.to_dict()
        else:
            agent_config = self.agent_config.to_dict()

        response_format: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, TextResponseFormat):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, AudioResponseFormat):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ImageResponseFormat):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, VideoResponseFormat):
            response_format = self.response_format.to_dict()
        else:
            response_format = []
            for componentsschemas_response_format_param_type_1_item_data in self.response_format:
                componentsschemas_response_format_param_type_1_item: dict[str, Any]
                if isinstance(
                    componentsschemas_response_format_param_type_1_item_data, TextResponseFormat
                ):
                    componentsschemas_response_format_param_type_1_item = (
                        componentsschemas_response_format_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_response_format_param_type_1_item_data, AudioResponseFormat
                ):
                    componentsschemas_response_format_param_type_1_item = (
                        componentsschemas_response_format_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_response_format_param_type_1_item_data, ImageResponseFormat
                ):
                    componentsschemas_response_format_param_type_1_item = (
                        componentsschemas_response_format_param_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_response_format_param_type_1_item = (
                        componentsschemas_response_format_param_type_1_item_data.to_dict()
                    )

                response_format.append(componentsschemas_response_format_param_type_1_item)

        response_mime_type = self.response_mime_type

        response_modalities: list[str] | Unset = UNSET
        if not isinstance(self.response_modalities, Unset):
            response_modalities = self.response_modalities

        safety_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.safety_settings, Unset):
            safety_settings = []
            for safety_settings_item_data in self.safety_settings:
                safety_settings_item = safety_settings_item_data.to_dict()
                safety_settings.append(safety_settings_item)

        service_tier = self.service_tier

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        webhook_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_config, Unset):
            webhook_config = self.webhook_config.to_dict()

        cached_content = self.cached_content

        environment: dict[str, Any] | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, Environment):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        environment_id = self.environment_id

        input_ = self.input_

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

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
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
        if previous_interaction_id is not UNSET:
            field_dict["previous_interaction_id"] = previous_interaction_id
        if system_instruction is not UNSET:
            field_dict["system_instruction"] = system_instruction
        if tools is not UNSET:
            field_dict["tools"] = tools
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if response_mime_type is not UNSET:
            field_dict["response_mime_type"] = response_mime_type
        if response_modalities is not UNSET:
            field_dict["response_modalities"] = response_modalities
        if safety_settings is not UNSET:
            field_dict["safety_settings"] = safety_settings
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if labels is not UNSET:
            field_dict["labels"] = labels
        if webhook_config is not UNSET:
            field_dict["webhook_config"] = webhook_config
        if cached_content is not UNSET:
            field_dict["cached_content"] = cached_content
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if steps is not UNSET:
            field_dict["steps"] = steps
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if usage is not UNSET:
            field_dict["usage"] = usage
        if errors is not UNSET:
            field_dict["errors"] = errors
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.antigravity_agent_config import AntigravityAgentConfig  # noqa: PLC0415
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.audio_response_format import AudioResponseFormat  # noqa: PLC0415
        from ..models.code_execution_call_step import CodeExecutionCallStep  # noqa: PLC0415
        from ..models.code_execution_result_step import CodeExecutionResultStep  # noqa: PLC0415
        from ..models.code_execution_tool import CodeExecutionTool  # noqa: PLC0415
        from ..models.code_mender_agent_config import CodeMenderAgentConfig  # noqa: PLC0415
        from ..models.computer_use_tool import ComputerUseTool  # noqa: PLC0415
        from ..models.deep_research_agent_config import DeepResearchAgentConfig  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.dynamic_agent_config import DynamicAgentConfig  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.file_search_call_step import FileSearchCallStep  # noqa: PLC0415
        from ..models.file_search_result_step import FileSearchResultStep  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_call_step import FunctionCallStep  # noqa: PLC0415
        from ..models.function_result_step import FunctionResultStep  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.generation_config import GenerationConfig  # noqa: PLC0415
        from ..models.google_maps_call_step import GoogleMapsCallStep  # noqa: PLC0415
        from ..models.google_maps_result_step import GoogleMapsResultStep  # noqa: PLC0415
        from ..models.google_maps_tool import GoogleMapsTool  # noqa: PLC0415
        from ..models.google_search_call_step import GoogleSearchCallStep  # noqa: PLC0415
        from ..models.google_search_result_step import GoogleSearchResultStep  # noqa: PLC0415
        from ..models.google_search_tool import GoogleSearchTool  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.image_response_format import ImageResponseFormat  # noqa: PLC0415
        from ..models.interaction_error_item import InteractionErrorItem  # noqa: PLC0415
        from ..models.interaction_labels import InteractionLabels  # noqa: PLC0415
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
        from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
        from ..models.mcp_server_tool_call_step import McpServerToolCallStep  # noqa: PLC0415
        from ..models.mcp_server_tool_result_step import McpServerToolResultStep  # noqa: PLC0415
        from ..models.model_output_step import ModelOutputStep  # noqa: PLC0415
        from ..models.processing_call_step import ProcessingCallStep  # noqa: PLC0415
        from ..models.processing_result_step import ProcessingResultStep  # noqa: PLC0415
        from ..models.retrieval_call_step import RetrievalCallStep  # noqa: PLC0415
        from ..models.retrieval_result_step import RetrievalResultStep  # noqa: PLC0415
        from ..models.retrieval_tool import RetrievalTool  # noqa: PLC0415
        from ..models.safety_setting import SafetySetting  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.text_response_format import TextResponseFormat  # noqa: PLC0415
        from ..models.thought_step import ThoughtStep  # noqa: PLC0415
        from ..models.url_context_call_step import UrlContextCallStep  # noqa: PLC0415
        from ..models.url_context_result_step import UrlContextResultStep  # noqa: PLC0415
        from ..models.url_context_tool import UrlContextTool  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415
        from ..models.user_input_step import UserInputStep  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415
        from ..models.video_response_format import VideoResponseFormat  # noqa: PLC0415
        from ..models.webhook_config import WebhookConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        model = d.pop("model", UNSET)

        agent = d.pop("agent", UNSET)

        role = d.pop("role", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        previous_interaction_id = d.pop("previous_interaction_id", UNSET)

        system_instruction = d.pop("system_instruction", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                CodeExecutionTool
                | ComputerUseTool
                | FileSearchTool
                | FunctionTool
                | GoogleMapsTool
                | GoogleSearchTool
                | McpServerTool
                | RetrievalTool
                | UrlContextTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    CodeExecutionTool
                    | ComputerUseTool
                    | FileSearchTool
                    | FunctionTool
                    | GoogleMapsTool
                    | GoogleSearchTool
                    | McpServerTool
                    | RetrievalTool
                    | UrlContextTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                        return componentsschemas_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_1 = CodeExecutionTool.from_dict(data)

                        return componentsschemas_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_2 = UrlContextTool.from_dict(data)

                        return componentsschemas_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_3 = GoogleSearchTool.from_dict(data)

                        return componentsschemas_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_4 = FileSearchTool.from_dict(data)

                        return componentsschemas_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_5 = GoogleMapsTool.from_dict(data)

                        return componentsschemas_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_6 = ComputerUseTool.from_dict(data)

                        return componentsschemas_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_7 = McpServerTool.from_dict(data)

                        return componentsschemas_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_8 = RetrievalTool.from_dict(data)

                    return componentsschemas_tool_type_8

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        _generation_config = d.pop("generation_config", UNSET)
        generation_config: GenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = GenerationConfig.from_dict(_generation_config)

        def _parse_agent_config(
            data: object,
        ) -> (
            AntigravityAgentConfig
            | CodeMenderAgentConfig
            | DeepResearchAgentConfig
            | DynamicAgentConfig
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_config_type_0 = DeepResearchAgentConfig.from_dict(data)

                return componentsschemas_agent_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_config_type_1 = DynamicAgentConfig.from_dict(data)

                return componentsschemas_agent_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_config_type_2 = AntigravityAgentConfig.from_dict(data)

                return componentsschemas_agent_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_agent_config_type_3 = CodeMenderAgentConfig.from_dict(data)

            return componentsschemas_agent_config_type_3

        agent_config = _parse_agent_config(d.pop("agent_config", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            AudioResponseFormat
            | ImageResponseFormat
            | list[
                AudioResponseFormat | ImageResponseFormat | TextResponseFormat | VideoResponseFormat
            ]
            | TextResponseFormat
            | Unset
            | VideoResponseFormat
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_0 = TextResponseFormat.from_dict(data)

                return componentsschemas_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_1 = AudioResponseFormat.from_dict(data)

                return componentsschemas_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_2 = ImageResponseFormat.from_dict(data)

                return componentsschemas_response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_type_3 = VideoResponseFormat.from_dict(data)

                return componentsschemas_response_format_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_response_format_param_type_1 = []
            _componentsschemas_response_format_param_type_1 = data
            for (
                componentsschemas_response_format_param_type_1_item_data
            ) in _componentsschemas_response_format_param_type_1:

                def _parse_componentsschemas_response_format_param_type_1_item(
                    data: object,
                ) -> (
                    AudioResponseFormat
                    | ImageResponseFormat
                    | TextResponseFormat
                    | VideoResponseFormat
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_format_type_0 = TextResponseFormat.from_dict(
                            data
                        )

                        return componentsschemas_response_format_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_format_type_1 = AudioResponseFormat.from_dict(
                            data
                        )

                        return componentsschemas_response_format_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_format_type_2 = ImageResponseFormat.from_dict(
                            data
                        )

                        return componentsschemas_response_format_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_format_type_3 = VideoResponseFormat.from_dict(data)

                    return componentsschemas_response_format_type_3

                componentsschemas_response_format_param_type_1_item = (
                    _parse_componentsschemas_response_format_param_type_1_item(
                        componentsschemas_response_format_param_type_1_item_data
                    )
                )

                componentsschemas_response_format_param_type_1.append(
                    componentsschemas_response_format_param_type_1_item
                )

            return componentsschemas_response_format_param_type_1

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        response_mime_type = d.pop("response_mime_type", UNSET)

        response_modalities = cast(list[str], d.pop("response_modalities", UNSET))

        _safety_settings = d.pop("safety_settings", UNSET)
        safety_settings: list[SafetySetting] | Unset = UNSET
        if _safety_settings is not UNSET:
            safety_settings = []
            for safety_settings_item_data in _safety_settings:
                safety_settings_item = SafetySetting.from_dict(safety_settings_item_data)

                safety_settings.append(safety_settings_item)

        service_tier = d.pop("service_tier", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: InteractionLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = InteractionLabels.from_dict(_labels)

        _webhook_config = d.pop("webhook_config", UNSET)
        webhook_config: WebhookConfig | Unset
        if isinstance(_webhook_config, Unset):
            webhook_config = UNSET
        else:
            webhook_config = WebhookConfig.from_dict(_webhook_config)

        cached_content = d.pop("cached_content", UNSET)

        def _parse_environment(data: object) -> Environment | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_interaction_environment_type_0 = Environment.from_dict(data)

                return componentsschemas_interaction_environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Environment | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        environment_id = d.pop("environment_id", UNSET)

        input_ = d.pop("input", UNSET)

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

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _errors = d.pop("errors", UNSET)
        errors: list[InteractionErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = InteractionErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        continuation_token = d.pop("continuation_token", UNSET)

        interaction = cls(
            id=id,
            status=status,
            model=model,
            agent=agent,
            role=role,
            created=created,
            updated=updated,
            previous_interaction_id=previous_interaction_id,
            system_instruction=system_instruction,
            tools=tools,
            generation_config=generation_config,
            agent_config=agent_config,
            response_format=response_format,
            response_mime_type=response_mime_type,
            response_modalities=response_modalities,
            safety_settings=safety_settings,
            service_tier=service_tier,
            labels=labels,
            webhook_config=webhook_config,
            cached_content=cached_content,
            environment=environment,
            environment_id=environment_id,
            input_=input_,
            steps=steps,
            outputs=outputs,
            usage=usage,
            errors=errors,
            continuation_token=continuation_token,
        )

        interaction.additional_properties = d
        return interaction

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
