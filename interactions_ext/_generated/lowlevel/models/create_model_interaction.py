from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_response_format import AudioResponseFormat
    from ..models.code_execution_tool import CodeExecutionTool
    from ..models.computer_use_tool import ComputerUseTool
    from ..models.create_model_interaction_labels import CreateModelInteractionLabels
    from ..models.environment import Environment
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_tool import FunctionTool
    from ..models.generation_config import GenerationConfig
    from ..models.google_maps_tool import GoogleMapsTool
    from ..models.google_search_tool import GoogleSearchTool
    from ..models.image_response_format import ImageResponseFormat
    from ..models.interaction_input_type_1_item import InteractionInputType1Item
    from ..models.interaction_input_type_2 import InteractionInputType2
    from ..models.mcp_server_tool import McpServerTool
    from ..models.retrieval_tool import RetrievalTool
    from ..models.safety_setting import SafetySetting
    from ..models.text_response_format import TextResponseFormat
    from ..models.url_context_tool import UrlContextTool
    from ..models.video_response_format import VideoResponseFormat
    from ..models.webhook_config import WebhookConfig


T = TypeVar("T", bound="CreateModelInteraction")


@_attrs_define
class CreateModelInteraction:
    """Create an interaction with a model.

    Attributes:
        model (str): A model name, e.g. gemini-2.5-flash; the server adds models, so any string is accepted. Known
            values: `gemma-4-26b-a4b-it`, `gemma-4-31b-it`, `gemini-flash-latest`, `gemini-flash-lite-latest`, `gemini-pro-
            latest`, `gemini-2.5-flash`, `gemini-2.5-pro`, `gemini-2.5-flash-lite`, `gemini-3.5-flash-lite`,
            `gemini-2.5-flash-image`, `gemini-3-flash-preview`, `gemini-3.1-pro-preview`, `gemini-3.1-pro-preview-
            customtools`, `gemini-3.1-flash-lite`, `gemini-3.1-flash-lite-image`, `gemini-3-pro-image`, `nano-banana-pro-
            preview`, `gemini-3.1-flash-image`, `gemini-nano-banana-2.1`, `gemini-3.1-flash-tts-preview`,
            `gemini-3.5-flash`, `gemini-3.6-flash`, `gemini-3.7-flash`, `gemini-3.8-flash`, `gemini-4-argon`,
            `gemini-4-carbon`, `gemini-4-hydrogen`, `gemini-3.8-flash-tts`, `gemini-3.8-flash-lite-tts`,
            `gemini-3.5-transcribe`, `lyria-3-clip-preview`, `lyria-3-pro-preview`, `gemini-robotics-er-1.6-preview`,
            `gemini-robotics-er-2-preview`, `lyria-3.5`, `gemini-omni-1.2-flash`, `gemini-omni-1.1-flash`, `gemini-omni-
            flash-preview`.
        continuation_token (str | Unset): Continue an interaction that ended with status `requires_continuation`: the
            token it returned. With `store` on, send it with `previous_interaction_id` set to that interaction and no
            `input`; with `store: false`, resend the original `input`.
        input_ (InteractionInputType2 | list[InteractionInputType1Item] | str | Unset): A string, a content block, a
            list of content blocks, or a list of steps/turns (history and function results).
        stream (bool | Unset): Answer with a text/event-stream of events.
        background (bool | Unset): Run in the background; requires `store: true`.
        store (bool | Unset): Keep the interaction for later get/resume.
        previous_interaction_id (str | Unset): Continue the conversation of this interaction.
        system_instruction (str | Unset):
        tools (list[CodeExecutionTool | ComputerUseTool | FileSearchTool | FunctionTool | GoogleMapsTool |
            GoogleSearchTool | McpServerTool | RetrievalTool | UrlContextTool] | Unset):
        response_format (AudioResponseFormat | ImageResponseFormat | list[AudioResponseFormat | ImageResponseFormat |
            TextResponseFormat | VideoResponseFormat] | TextResponseFormat | Unset | VideoResponseFormat): One output
            format, or one per kind of output.
        response_mime_type (str | Unset): MIME type of the response (response_format is the newer way).
        response_modalities (list[str] | Unset): Kinds of output requested (response_format is the newer way).
        safety_settings (list[SafetySetting] | Unset):
        service_tier (str | Unset): Price and latency class of the request. Known values: `flex`, `standard`,
            `priority`, `deferred`.
        labels (CreateModelInteractionLabels | Unset):
        webhook_config (WebhookConfig | Unset):
        generation_config (GenerationConfig | Unset): Generation settings of model interactions: sampling, thinking,
            tools, and media output.
        environment (Environment | str | Unset): The sandbox of an interaction, as an Environment or the id of an
            existing one.
        cached_content (str | Unset): Explicit context cache to answer from, as `cachedContents/{id}`.
    """

    model: str
    continuation_token: str | Unset = UNSET
    input_: InteractionInputType2 | list[InteractionInputType1Item] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    background: bool | Unset = UNSET
    store: bool | Unset = UNSET
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
    labels: CreateModelInteractionLabels | Unset = UNSET
    webhook_config: WebhookConfig | Unset = UNSET
    generation_config: GenerationConfig | Unset = UNSET
    environment: Environment | str | Unset = UNSET
    cached_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_response_format import AudioResponseFormat  # noqa: PLC0415
        from ..models.code_execution_tool import CodeExecutionTool  # noqa: PLC0415
        from ..models.computer_use_tool import ComputerUseTool  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.google_maps_tool import GoogleMapsTool  # noqa: PLC0415
        from ..models.google_search_tool import GoogleSearchTool  # noqa: PLC0415
        from ..models.image_response_format import ImageResponseFormat  # noqa: PLC0415
        from ..models.interaction_input_type_2 import InteractionInputType2  # noqa: PLC0415
        from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
        from ..models.text_response_format import TextResponseFormat  # noqa: PLC0415
        from ..models.url_context_tool import UrlContextTool  # noqa: PLC0415
        from ..models.video_response_format import VideoResponseFormat  # noqa: PLC0415

        model = self.model

        continuation_token = self.continuation_token

        input_: dict[str, Any] | list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for componentsschemas_interaction_input_type_1_item_data in self.input_:
                componentsschemas_interaction_input_type_1_item = (
                    componentsschemas_interaction_input_type_1_item_data.to_dict()
                )
                input_.append(componentsschemas_interaction_input_type_1_item)

        elif isinstance(self.input_, InteractionInputType2):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        stream = self.stream

        background = self.background

        store = self.store

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

        generation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation_config, Unset):
            generation_config = self.generation_config.to_dict()

        environment: dict[str, Any] | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, Environment):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        cached_content = self.cached_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token
        if input_ is not UNSET:
            field_dict["input"] = input_
        if stream is not UNSET:
            field_dict["stream"] = stream
        if background is not UNSET:
            field_dict["background"] = background
        if store is not UNSET:
            field_dict["store"] = store
        if previous_interaction_id is not UNSET:
            field_dict["previous_interaction_id"] = previous_interaction_id
        if system_instruction is not UNSET:
            field_dict["system_instruction"] = system_instruction
        if tools is not UNSET:
            field_dict["tools"] = tools
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
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if environment is not UNSET:
            field_dict["environment"] = environment
        if cached_content is not UNSET:
            field_dict["cached_content"] = cached_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_response_format import AudioResponseFormat  # noqa: PLC0415
        from ..models.code_execution_tool import CodeExecutionTool  # noqa: PLC0415
        from ..models.computer_use_tool import ComputerUseTool  # noqa: PLC0415
        from ..models.create_model_interaction_labels import CreateModelInteractionLabels  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.generation_config import GenerationConfig  # noqa: PLC0415
        from ..models.google_maps_tool import GoogleMapsTool  # noqa: PLC0415
        from ..models.google_search_tool import GoogleSearchTool  # noqa: PLC0415
        from ..models.image_response_format import ImageResponseFormat  # noqa: PLC0415
        from ..models.interaction_input_type_1_item import InteractionInputType1Item  # noqa: PLC0415
        from ..models.interaction_input_type_2 import InteractionInputType2  # noqa: PLC0415
        from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
        from ..models.retrieval_tool import RetrievalTool  # noqa: PLC0415
        from ..models.safety_setting import SafetySetting  # noqa: PLC0415
        from ..models.text_response_format import TextResponseFormat  # noqa: PLC0415
        from ..models.url_context_tool import UrlContextTool  # noqa: PLC0415
        from ..models.video_response_format import VideoResponseFormat  # noqa: PLC0415
        from ..models.webhook_config import WebhookConfig  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        continuation_token = d.pop("continuation_token", UNSET)

        def _parse_input_(
            data: object,
        ) -> InteractionInputType2 | list[InteractionInputType1Item] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_interaction_input_type_1 = []
                _componentsschemas_interaction_input_type_1 = data
                for (
                    componentsschemas_interaction_input_type_1_item_data
                ) in _componentsschemas_interaction_input_type_1:
                    componentsschemas_interaction_input_type_1_item = (
                        InteractionInputType1Item.from_dict(
                            componentsschemas_interaction_input_type_1_item_data
                        )
                    )

                    componentsschemas_interaction_input_type_1.append(
                        componentsschemas_interaction_input_type_1_item
                    )

                return componentsschemas_interaction_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_interaction_input_type_2 = InteractionInputType2.from_dict(data)

                return componentsschemas_interaction_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionInputType2 | list[InteractionInputType1Item] | str | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        stream = d.pop("stream", UNSET)

        background = d.pop("background", UNSET)

        store = d.pop("store", UNSET)

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
        labels: CreateModelInteractionLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = CreateModelInteractionLabels.from_dict(_labels)

        _webhook_config = d.pop("webhook_config", UNSET)
        webhook_config: WebhookConfig | Unset
        if isinstance(_webhook_config, Unset):
            webhook_config = UNSET
        else:
            webhook_config = WebhookConfig.from_dict(_webhook_config)

        _generation_config = d.pop("generation_config", UNSET)
        generation_config: GenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = GenerationConfig.from_dict(_generation_config)

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

        cached_content = d.pop("cached_content", UNSET)

        create_model_interaction = cls(
            model=model,
            continuation_token=continuation_token,
            input_=input_,
            stream=stream,
            background=background,
            store=store,
            previous_interaction_id=previous_interaction_id,
            system_instruction=system_instruction,
            tools=tools,
            response_format=response_format,
            response_mime_type=response_mime_type,
            response_modalities=response_modalities,
            safety_settings=safety_settings,
            service_tier=service_tier,
            labels=labels,
            webhook_config=webhook_config,
            generation_config=generation_config,
            environment=environment,
            cached_content=cached_content,
        )

        create_model_interaction.additional_properties = d
        return create_model_interaction

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
