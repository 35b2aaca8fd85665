"""Contains all the data models used in inputs/outputs"""

from .allowed_tools import AllowedTools
from .allowlist_entry import AllowlistEntry
from .allowlist_entry_transform_type_0 import AllowlistEntryTransformType0
from .allowlist_entry_transform_type_1_item import AllowlistEntryTransformType1Item
from .antigravity_agent_config import AntigravityAgentConfig
from .api_error_detail import ApiErrorDetail
from .arguments_delta import ArgumentsDelta
from .audio_content import AudioContent
from .audio_delta import AudioDelta
from .audio_response_format import AudioResponseFormat
from .code_execution_call_arguments import CodeExecutionCallArguments
from .code_execution_call_delta import CodeExecutionCallDelta
from .code_execution_call_step import CodeExecutionCallStep
from .code_execution_result_delta import CodeExecutionResultDelta
from .code_execution_result_step import CodeExecutionResultStep
from .code_execution_tool import CodeExecutionTool
from .code_mender_agent_config import CodeMenderAgentConfig
from .computer_use_tool import ComputerUseTool
from .content_delta_event import ContentDeltaEvent
from .content_start_event import ContentStartEvent
from .content_stop_event import ContentStopEvent
from .create_agent_interaction import CreateAgentInteraction
from .create_agent_interaction_labels import CreateAgentInteractionLabels
from .create_model_interaction import CreateModelInteraction
from .create_model_interaction_labels import CreateModelInteractionLabels
from .deep_research_agent_config import DeepResearchAgentConfig
from .delete_interaction_response_200 import DeleteInteractionResponse200
from .delete_scoped_interaction_response_200 import DeleteScopedInteractionResponse200
from .document_content import DocumentContent
from .document_delta import DocumentDelta
from .dynamic_agent_config import DynamicAgentConfig
from .env_var import EnvVar
from .environment import Environment
from .environment_env import EnvironmentEnv
from .environment_network_egress_allowlist import EnvironmentNetworkEgressAllowlist
from .error_event import ErrorEvent
from .error_response import ErrorResponse
from .exa_ai_search_config import ExaAISearchConfig
from .exa_ai_search_config_custom_config import ExaAISearchConfigCustomConfig
from .file_citation import FileCitation
from .file_citation_custom_metadata import FileCitationCustomMetadata
from .file_content import FileContent
from .file_search_call_delta import FileSearchCallDelta
from .file_search_call_step import FileSearchCallStep
from .file_search_result_delta import FileSearchResultDelta
from .file_search_result_delta_result_item import FileSearchResultDeltaResultItem
from .file_search_result_step import FileSearchResultStep
from .file_search_tool import FileSearchTool
from .filter_ import Filter
from .find_request import FindRequest
from .fix_request import FixRequest
from .function_call_step import FunctionCallStep
from .function_call_step_arguments import FunctionCallStepArguments
from .function_result_delta import FunctionResultDelta
from .function_result_step import FunctionResultStep
from .function_tool import FunctionTool
from .function_tool_parameters import FunctionToolParameters
from .generation_config import GenerationConfig
from .google_maps_call_delta import GoogleMapsCallDelta
from .google_maps_call_step import GoogleMapsCallStep
from .google_maps_result import GoogleMapsResult
from .google_maps_result_delta import GoogleMapsResultDelta
from .google_maps_result_places import GoogleMapsResultPlaces
from .google_maps_result_step import GoogleMapsResultStep
from .google_maps_tool import GoogleMapsTool
from .google_search_call_delta import GoogleSearchCallDelta
from .google_search_call_step import GoogleSearchCallStep
from .google_search_result import GoogleSearchResult
from .google_search_result_delta import GoogleSearchResultDelta
from .google_search_result_step import GoogleSearchResultStep
from .google_search_tool import GoogleSearchTool
from .grounding_tool_count import GroundingToolCount
from .hybrid_search import HybridSearch
from .image_config import ImageConfig
from .image_content import ImageContent
from .image_delta import ImageDelta
from .image_response_format import ImageResponseFormat
from .interaction import Interaction
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
from .parallel_ai_search_config import ParallelAISearchConfig
from .parallel_ai_search_config_custom_config import ParallelAISearchConfigCustomConfig
from .partial_interaction import PartialInteraction
from .place_citation import PlaceCitation
from .processing_call_delta import ProcessingCallDelta
from .processing_call_step import ProcessingCallStep
from .processing_result_delta import ProcessingResultDelta
from .processing_result_step import ProcessingResultStep
from .queries_arguments import QueriesArguments
from .rag_resource import RagResource
from .rag_retrieval_config import RagRetrievalConfig
from .rag_store_config import RagStoreConfig
from .rank_service import RankService
from .ranking import Ranking
from .retrieval_call_delta import RetrievalCallDelta
from .retrieval_call_step import RetrievalCallStep
from .retrieval_result_delta import RetrievalResultDelta
from .retrieval_result_step import RetrievalResultStep
from .retrieval_tool import RetrievalTool
from .review_snippet import ReviewSnippet
from .rpc_error_detail import RpcErrorDetail
from .rpc_error_detail_details_item import RpcErrorDetailDetailsItem
from .rpc_status import RpcStatus
from .rpc_status_details_item import RpcStatusDetailsItem
from .safety_setting import SafetySetting
from .server_sent_event import ServerSentEvent
from .session_config import SessionConfig
from .smart_transcription_mode import SmartTranscriptionMode
from .source import Source
from .speaker_config import SpeakerConfig
from .speech_annotation import SpeechAnnotation
from .speech_config import SpeechConfig
from .static_media_processing import StaticMediaProcessing
from .step_delta_event import StepDeltaEvent
from .step_start_event import StepStartEvent
from .step_stop_event import StepStopEvent
from .stream_error import StreamError
from .stream_metadata import StreamMetadata
from .text_annotation_delta import TextAnnotationDelta
from .text_content import TextContent
from .text_delta import TextDelta
from .text_response_format import TextResponseFormat
from .text_response_format_schema import TextResponseFormatSchema
from .thought_signature_delta import ThoughtSignatureDelta
from .thought_step import ThoughtStep
from .thought_summary_delta import ThoughtSummaryDelta
from .tool_choice_config import ToolChoiceConfig
from .tool_result_type_0 import ToolResultType0
from .transcription_config import TranscriptionConfig
from .url_citation import UrlCitation
from .url_context_call_arguments import UrlContextCallArguments
from .url_context_call_delta import UrlContextCallDelta
from .url_context_call_step import UrlContextCallStep
from .url_context_result import UrlContextResult
from .url_context_result_delta import UrlContextResultDelta
from .url_context_result_step import UrlContextResultStep
from .url_context_tool import UrlContextTool
from .usage import Usage
from .user_input_step import UserInputStep
from .verbatim_transcription_mode import VerbatimTranscriptionMode
from .vertex_ai_search_config import VertexAISearchConfig
from .video_config import VideoConfig
from .video_content import VideoContent
from .video_delta import VideoDelta
from .video_response_format import VideoResponseFormat
from .webhook_config import WebhookConfig
from .webhook_config_user_metadata import WebhookConfigUserMetadata
from .word_info import WordInfo

__all__ = (
    "AllowedTools",
    "AllowlistEntry",
    "AllowlistEntryTransformType0",
    "AllowlistEntryTransformType1Item",
    "AntigravityAgentConfig",
    "ApiErrorDetail",
    "ArgumentsDelta",
    "AudioContent",
    "AudioDelta",
    "AudioResponseFormat",
    "CodeExecutionCallArguments",
    "CodeExecutionCallDelta",
    "CodeExecutionCallStep",
    "CodeExecutionResultDelta",
    "CodeExecutionResultStep",
    "CodeExecutionTool",
    "CodeMenderAgentConfig",
    "ComputerUseTool",
    "ContentDeltaEvent",
    "ContentStartEvent",
    "ContentStopEvent",
    "CreateAgentInteraction",
    "CreateAgentInteractionLabels",
    "CreateModelInteraction",
    "CreateModelInteractionLabels",
    "DeepResearchAgentConfig",
    "DeleteInteractionResponse200",
    "DeleteScopedInteractionResponse200",
    "DocumentContent",
    "DocumentDelta",
    "DynamicAgentConfig",
    "Environment",
    "EnvironmentEnv",
    "EnvironmentNetworkEgressAllowlist",
    "EnvVar",
    "ErrorEvent",
    "ErrorResponse",
    "ExaAISearchConfig",
    "ExaAISearchConfigCustomConfig",
    "FileCitation",
    "FileCitationCustomMetadata",
    "FileContent",
    "FileSearchCallDelta",
    "FileSearchCallStep",
    "FileSearchResultDelta",
    "FileSearchResultDeltaResultItem",
    "FileSearchResultStep",
    "FileSearchTool",
    "Filter",
    "FindRequest",
    "FixRequest",
    "FunctionCallStep",
    "FunctionCallStepArguments",
    "FunctionResultDelta",
    "FunctionResultStep",
    "FunctionTool",
    "FunctionToolParameters",
    "GenerationConfig",
    "GoogleMapsCallDelta",
    "GoogleMapsCallStep",
    "GoogleMapsResult",
    "GoogleMapsResultDelta",
    "GoogleMapsResultPlaces",
    "GoogleMapsResultStep",
    "GoogleMapsTool",
    "GoogleSearchCallDelta",
    "GoogleSearchCallStep",
    "GoogleSearchResult",
    "GoogleSearchResultDelta",
    "GoogleSearchResultStep",
    "GoogleSearchTool",
    "GroundingToolCount",
    "HybridSearch",
    "ImageConfig",
    "ImageContent",
    "ImageDelta",
    "ImageResponseFormat",
    "Interaction",
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
    "ParallelAISearchConfig",
    "ParallelAISearchConfigCustomConfig",
    "PartialInteraction",
    "PlaceCitation",
    "ProcessingCallDelta",
    "ProcessingCallStep",
    "ProcessingResultDelta",
    "ProcessingResultStep",
    "QueriesArguments",
    "RagResource",
    "RagRetrievalConfig",
    "RagStoreConfig",
    "Ranking",
    "RankService",
    "RetrievalCallDelta",
    "RetrievalCallStep",
    "RetrievalResultDelta",
    "RetrievalResultStep",
    "RetrievalTool",
    "ReviewSnippet",
    "RpcErrorDetail",
    "RpcErrorDetailDetailsItem",
    "RpcStatus",
    "RpcStatusDetailsItem",
    "SafetySetting",
    "ServerSentEvent",
    "SessionConfig",
    "SmartTranscriptionMode",
    "Source",
    "SpeakerConfig",
    "SpeechAnnotation",
    "SpeechConfig",
    "StaticMediaProcessing",
    "StepDeltaEvent",
    "StepStartEvent",
    "StepStopEvent",
    "StreamError",
    "StreamMetadata",
    "TextAnnotationDelta",
    "TextContent",
    "TextDelta",
    "TextResponseFormat",
    "TextResponseFormatSchema",
    "ThoughtSignatureDelta",
    "ThoughtStep",
    "ThoughtSummaryDelta",
    "ToolChoiceConfig",
    "ToolResultType0",
    "TranscriptionConfig",
    "UrlCitation",
    "UrlContextCallArguments",
    "UrlContextCallDelta",
    "UrlContextCallStep",
    "UrlContextResult",
    "UrlContextResultDelta",
    "UrlContextResultStep",
    "UrlContextTool",
    "Usage",
    "UserInputStep",
    "VerbatimTranscriptionMode",
    "VertexAISearchConfig",
    "VideoConfig",
    "VideoContent",
    "VideoDelta",
    "VideoResponseFormat",
    "WebhookConfig",
    "WebhookConfigUserMetadata",
    "WordInfo",
)
