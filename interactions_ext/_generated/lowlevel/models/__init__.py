"""Contains all the data models used in inputs/outputs"""

from .api_error_detail import ApiErrorDetail
from .arguments_delta import ArgumentsDelta
from .audio_content import AudioContent
from .audio_delta import AudioDelta
from .code_execution_call_arguments import CodeExecutionCallArguments
from .code_execution_call_delta import CodeExecutionCallDelta
from .code_execution_call_step import CodeExecutionCallStep
from .code_execution_result_delta import CodeExecutionResultDelta
from .code_execution_result_step import CodeExecutionResultStep
from .code_execution_tool import CodeExecutionTool
from .computer_use_tool import ComputerUseTool
from .computer_use_tool_environment import ComputerUseToolEnvironment
from .content_delta_event import ContentDeltaEvent
from .content_start_event import ContentStartEvent
from .content_stop_event import ContentStopEvent
from .create_agent_interaction import CreateAgentInteraction
from .create_agent_interaction_agent_config import CreateAgentInteractionAgentConfig
from .create_agent_interaction_labels import CreateAgentInteractionLabels
from .create_agent_interaction_response_modalities_item import (
    CreateAgentInteractionResponseModalitiesItem,
)
from .create_model_interaction import CreateModelInteraction
from .create_model_interaction_labels import CreateModelInteractionLabels
from .create_model_interaction_response_modalities_item import (
    CreateModelInteractionResponseModalitiesItem,
)
from .delete_interaction_response_200 import DeleteInteractionResponse200
from .delete_scoped_interaction_response_200 import DeleteScopedInteractionResponse200
from .document_content import DocumentContent
from .document_delta import DocumentDelta
from .error_event import ErrorEvent
from .error_response import ErrorResponse
from .file_citation import FileCitation
from .file_citation_custom_metadata import FileCitationCustomMetadata
from .file_search_call_delta import FileSearchCallDelta
from .file_search_call_step import FileSearchCallStep
from .file_search_result_delta import FileSearchResultDelta
from .file_search_result_delta_result_item import FileSearchResultDeltaResultItem
from .file_search_result_step import FileSearchResultStep
from .file_search_result_step_result_item import FileSearchResultStepResultItem
from .file_search_tool import FileSearchTool
from .function_call_step import FunctionCallStep
from .function_call_step_arguments import FunctionCallStepArguments
from .function_result_delta import FunctionResultDelta
from .function_result_step import FunctionResultStep
from .function_tool import FunctionTool
from .function_tool_parameters import FunctionToolParameters
from .generation_config import GenerationConfig
from .google_maps_call_delta import GoogleMapsCallDelta
from .google_maps_call_step import GoogleMapsCallStep
from .google_maps_result_delta import GoogleMapsResultDelta
from .google_maps_result_delta_result_item import GoogleMapsResultDeltaResultItem
from .google_maps_result_step import GoogleMapsResultStep
from .google_maps_result_step_result_item import GoogleMapsResultStepResultItem
from .google_maps_tool import GoogleMapsTool
from .google_search_call_delta import GoogleSearchCallDelta
from .google_search_call_step import GoogleSearchCallStep
from .google_search_result_delta import GoogleSearchResultDelta
from .google_search_result_delta_result_item import GoogleSearchResultDeltaResultItem
from .google_search_result_step import GoogleSearchResultStep
from .google_search_result_step_result_item import GoogleSearchResultStepResultItem
from .google_search_tool import GoogleSearchTool
from .google_search_tool_search_types_item import GoogleSearchToolSearchTypesItem
from .grounding_tool_count import GroundingToolCount
from .image_content import ImageContent
from .image_content_resolution import ImageContentResolution
from .image_delta import ImageDelta
from .interaction import Interaction
from .interaction_agent_config import InteractionAgentConfig
from .interaction_complete_event import InteractionCompleteEvent
from .interaction_completed_event import InteractionCompletedEvent
from .interaction_created_event import InteractionCreatedEvent
from .interaction_error_item import InteractionErrorItem
from .interaction_input_type_1_item import InteractionInputType1Item
from .interaction_input_type_2 import InteractionInputType2
from .interaction_labels import InteractionLabels
from .interaction_start_event import InteractionStartEvent
from .interaction_status_update_event import InteractionStatusUpdateEvent
from .legacy_code_execution_call_content import LegacyCodeExecutionCallContent
from .legacy_code_execution_call_content_arguments import LegacyCodeExecutionCallContentArguments
from .legacy_code_execution_call_delta import LegacyCodeExecutionCallDelta
from .legacy_code_execution_call_delta_arguments import LegacyCodeExecutionCallDeltaArguments
from .legacy_code_execution_result_content import LegacyCodeExecutionResultContent
from .legacy_code_execution_result_delta import LegacyCodeExecutionResultDelta
from .legacy_file_search_call_content import LegacyFileSearchCallContent
from .legacy_file_search_call_content_arguments import LegacyFileSearchCallContentArguments
from .legacy_file_search_call_delta import LegacyFileSearchCallDelta
from .legacy_file_search_call_delta_arguments import LegacyFileSearchCallDeltaArguments
from .legacy_file_search_result_content import LegacyFileSearchResultContent
from .legacy_file_search_result_delta import LegacyFileSearchResultDelta
from .legacy_function_call_content import LegacyFunctionCallContent
from .legacy_function_call_content_arguments import LegacyFunctionCallContentArguments
from .legacy_function_call_delta import LegacyFunctionCallDelta
from .legacy_function_call_delta_arguments import LegacyFunctionCallDeltaArguments
from .legacy_function_result_content import LegacyFunctionResultContent
from .legacy_function_result_delta import LegacyFunctionResultDelta
from .legacy_google_maps_call_content import LegacyGoogleMapsCallContent
from .legacy_google_maps_call_content_arguments import LegacyGoogleMapsCallContentArguments
from .legacy_google_maps_call_delta import LegacyGoogleMapsCallDelta
from .legacy_google_maps_call_delta_arguments import LegacyGoogleMapsCallDeltaArguments
from .legacy_google_maps_result_content import LegacyGoogleMapsResultContent
from .legacy_google_maps_result_delta import LegacyGoogleMapsResultDelta
from .legacy_google_search_call_content import LegacyGoogleSearchCallContent
from .legacy_google_search_call_content_arguments import LegacyGoogleSearchCallContentArguments
from .legacy_google_search_call_delta import LegacyGoogleSearchCallDelta
from .legacy_google_search_call_delta_arguments import LegacyGoogleSearchCallDeltaArguments
from .legacy_google_search_result_content import LegacyGoogleSearchResultContent
from .legacy_google_search_result_delta import LegacyGoogleSearchResultDelta
from .legacy_mcp_server_tool_call_content import LegacyMcpServerToolCallContent
from .legacy_mcp_server_tool_call_content_arguments import LegacyMcpServerToolCallContentArguments
from .legacy_mcp_server_tool_call_delta import LegacyMcpServerToolCallDelta
from .legacy_mcp_server_tool_call_delta_arguments import LegacyMcpServerToolCallDeltaArguments
from .legacy_mcp_server_tool_result_content import LegacyMcpServerToolResultContent
from .legacy_mcp_server_tool_result_delta import LegacyMcpServerToolResultDelta
from .legacy_text_annotation_delta import LegacyTextAnnotationDelta
from .legacy_thought_content import LegacyThoughtContent
from .legacy_url_context_call_content import LegacyUrlContextCallContent
from .legacy_url_context_call_content_arguments import LegacyUrlContextCallContentArguments
from .legacy_url_context_call_delta import LegacyUrlContextCallDelta
from .legacy_url_context_call_delta_arguments import LegacyUrlContextCallDeltaArguments
from .legacy_url_context_result_content import LegacyUrlContextResultContent
from .legacy_url_context_result_delta import LegacyUrlContextResultDelta
from .mcp_allowed_tools import McpAllowedTools
from .mcp_server_tool import McpServerTool
from .mcp_server_tool_call_delta import McpServerToolCallDelta
from .mcp_server_tool_call_delta_arguments import McpServerToolCallDeltaArguments
from .mcp_server_tool_call_step import McpServerToolCallStep
from .mcp_server_tool_call_step_arguments import McpServerToolCallStepArguments
from .mcp_server_tool_headers import McpServerToolHeaders
from .mcp_server_tool_result_delta import McpServerToolResultDelta
from .mcp_server_tool_result_step import McpServerToolResultStep
from .modality_tokens import ModalityTokens
from .model_output_step import ModelOutputStep
from .partial_interaction import PartialInteraction
from .place_citation import PlaceCitation
from .processing_call_delta import ProcessingCallDelta
from .processing_call_delta_arguments import ProcessingCallDeltaArguments
from .processing_result_delta import ProcessingResultDelta
from .queries_arguments import QueriesArguments
from .response_format import ResponseFormat
from .response_format_schema import ResponseFormatSchema
from .retrieval_call_delta import RetrievalCallDelta
from .retrieval_result_delta import RetrievalResultDelta
from .retrieval_tool import RetrievalTool
from .review_snippet import ReviewSnippet
from .rpc_error_detail import RpcErrorDetail
from .rpc_error_detail_details_item import RpcErrorDetailDetailsItem
from .rpc_status import RpcStatus
from .rpc_status_details_item import RpcStatusDetailsItem
from .safety_setting import SafetySetting
from .server_sent_event import ServerSentEvent
from .service_tier import ServiceTier
from .step_delta_event import StepDeltaEvent
from .step_start_event import StepStartEvent
from .step_stop_event import StepStopEvent
from .stream_error import StreamError
from .stream_metadata import StreamMetadata
from .text_annotation_delta import TextAnnotationDelta
from .text_content import TextContent
from .text_delta import TextDelta
from .thinking_level import ThinkingLevel
from .thinking_summaries import ThinkingSummaries
from .thought_signature_delta import ThoughtSignatureDelta
from .thought_step import ThoughtStep
from .thought_summary_delta import ThoughtSummaryDelta
from .url_citation import UrlCitation
from .url_context_call_arguments import UrlContextCallArguments
from .url_context_call_delta import UrlContextCallDelta
from .url_context_call_step import UrlContextCallStep
from .url_context_result_delta import UrlContextResultDelta
from .url_context_result_delta_result_item import UrlContextResultDeltaResultItem
from .url_context_result_step import UrlContextResultStep
from .url_context_result_step_result_item import UrlContextResultStepResultItem
from .url_context_tool import UrlContextTool
from .usage import Usage
from .user_input_step import UserInputStep
from .video_content import VideoContent
from .video_content_resolution import VideoContentResolution
from .video_delta import VideoDelta
from .webhook_config import WebhookConfig
from .webhook_config_user_metadata import WebhookConfigUserMetadata
from .word_info import WordInfo

__all__ = (
    "ApiErrorDetail",
    "ArgumentsDelta",
    "AudioContent",
    "AudioDelta",
    "CodeExecutionCallArguments",
    "CodeExecutionCallDelta",
    "CodeExecutionCallStep",
    "CodeExecutionResultDelta",
    "CodeExecutionResultStep",
    "CodeExecutionTool",
    "ComputerUseTool",
    "ComputerUseToolEnvironment",
    "ContentDeltaEvent",
    "ContentStartEvent",
    "ContentStopEvent",
    "CreateAgentInteraction",
    "CreateAgentInteractionAgentConfig",
    "CreateAgentInteractionLabels",
    "CreateAgentInteractionResponseModalitiesItem",
    "CreateModelInteraction",
    "CreateModelInteractionLabels",
    "CreateModelInteractionResponseModalitiesItem",
    "DeleteInteractionResponse200",
    "DeleteScopedInteractionResponse200",
    "DocumentContent",
    "DocumentDelta",
    "ErrorEvent",
    "ErrorResponse",
    "FileCitation",
    "FileCitationCustomMetadata",
    "FileSearchCallDelta",
    "FileSearchCallStep",
    "FileSearchResultDelta",
    "FileSearchResultDeltaResultItem",
    "FileSearchResultStep",
    "FileSearchResultStepResultItem",
    "FileSearchTool",
    "FunctionCallStep",
    "FunctionCallStepArguments",
    "FunctionResultDelta",
    "FunctionResultStep",
    "FunctionTool",
    "FunctionToolParameters",
    "GenerationConfig",
    "GoogleMapsCallDelta",
    "GoogleMapsCallStep",
    "GoogleMapsResultDelta",
    "GoogleMapsResultDeltaResultItem",
    "GoogleMapsResultStep",
    "GoogleMapsResultStepResultItem",
    "GoogleMapsTool",
    "GoogleSearchCallDelta",
    "GoogleSearchCallStep",
    "GoogleSearchResultDelta",
    "GoogleSearchResultDeltaResultItem",
    "GoogleSearchResultStep",
    "GoogleSearchResultStepResultItem",
    "GoogleSearchTool",
    "GoogleSearchToolSearchTypesItem",
    "GroundingToolCount",
    "ImageContent",
    "ImageContentResolution",
    "ImageDelta",
    "Interaction",
    "InteractionAgentConfig",
    "InteractionCompletedEvent",
    "InteractionCompleteEvent",
    "InteractionCreatedEvent",
    "InteractionErrorItem",
    "InteractionInputType1Item",
    "InteractionInputType2",
    "InteractionLabels",
    "InteractionStartEvent",
    "InteractionStatusUpdateEvent",
    "LegacyCodeExecutionCallContent",
    "LegacyCodeExecutionCallContentArguments",
    "LegacyCodeExecutionCallDelta",
    "LegacyCodeExecutionCallDeltaArguments",
    "LegacyCodeExecutionResultContent",
    "LegacyCodeExecutionResultDelta",
    "LegacyFileSearchCallContent",
    "LegacyFileSearchCallContentArguments",
    "LegacyFileSearchCallDelta",
    "LegacyFileSearchCallDeltaArguments",
    "LegacyFileSearchResultContent",
    "LegacyFileSearchResultDelta",
    "LegacyFunctionCallContent",
    "LegacyFunctionCallContentArguments",
    "LegacyFunctionCallDelta",
    "LegacyFunctionCallDeltaArguments",
    "LegacyFunctionResultContent",
    "LegacyFunctionResultDelta",
    "LegacyGoogleMapsCallContent",
    "LegacyGoogleMapsCallContentArguments",
    "LegacyGoogleMapsCallDelta",
    "LegacyGoogleMapsCallDeltaArguments",
    "LegacyGoogleMapsResultContent",
    "LegacyGoogleMapsResultDelta",
    "LegacyGoogleSearchCallContent",
    "LegacyGoogleSearchCallContentArguments",
    "LegacyGoogleSearchCallDelta",
    "LegacyGoogleSearchCallDeltaArguments",
    "LegacyGoogleSearchResultContent",
    "LegacyGoogleSearchResultDelta",
    "LegacyMcpServerToolCallContent",
    "LegacyMcpServerToolCallContentArguments",
    "LegacyMcpServerToolCallDelta",
    "LegacyMcpServerToolCallDeltaArguments",
    "LegacyMcpServerToolResultContent",
    "LegacyMcpServerToolResultDelta",
    "LegacyTextAnnotationDelta",
    "LegacyThoughtContent",
    "LegacyUrlContextCallContent",
    "LegacyUrlContextCallContentArguments",
    "LegacyUrlContextCallDelta",
    "LegacyUrlContextCallDeltaArguments",
    "LegacyUrlContextResultContent",
    "LegacyUrlContextResultDelta",
    "McpAllowedTools",
    "McpServerTool",
    "McpServerToolCallDelta",
    "McpServerToolCallDeltaArguments",
    "McpServerToolCallStep",
    "McpServerToolCallStepArguments",
    "McpServerToolHeaders",
    "McpServerToolResultDelta",
    "McpServerToolResultStep",
    "ModalityTokens",
    "ModelOutputStep",
    "PartialInteraction",
    "PlaceCitation",
    "ProcessingCallDelta",
    "ProcessingCallDeltaArguments",
    "ProcessingResultDelta",
    "QueriesArguments",
    "ResponseFormat",
    "ResponseFormatSchema",
    "RetrievalCallDelta",
    "RetrievalResultDelta",
    "RetrievalTool",
    "ReviewSnippet",
    "RpcErrorDetail",
    "RpcErrorDetailDetailsItem",
    "RpcStatus",
    "RpcStatusDetailsItem",
    "SafetySetting",
    "ServerSentEvent",
    "ServiceTier",
    "StepDeltaEvent",
    "StepStartEvent",
    "StepStopEvent",
    "StreamError",
    "StreamMetadata",
    "TextAnnotationDelta",
    "TextContent",
    "TextDelta",
    "ThinkingLevel",
    "ThinkingSummaries",
    "ThoughtSignatureDelta",
    "ThoughtStep",
    "ThoughtSummaryDelta",
    "UrlCitation",
    "UrlContextCallArguments",
    "UrlContextCallDelta",
    "UrlContextCallStep",
    "UrlContextResultDelta",
    "UrlContextResultDeltaResultItem",
    "UrlContextResultStep",
    "UrlContextResultStepResultItem",
    "UrlContextTool",
    "Usage",
    "UserInputStep",
    "VideoContent",
    "VideoContentResolution",
    "VideoDelta",
    "WebhookConfig",
    "WebhookConfigUserMetadata",
    "WordInfo",
)
