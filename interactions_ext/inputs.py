"""Typed builders for what goes into a create call: content, turns, tools, configs.

They return the generated models (``interactions_ext.types``), which the client
serialises as they are; plain dicts in the wire shape are accepted everywhere too.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import msgspec

from ._generated import models as m

__all__ = [
    "antigravity_agent",
    "audio",
    "audio_response_format",
    "code_execution",
    "code_mender_agent",
    "deep_research_agent",
    "document",
    "dynamic_agent",
    "file_search",
    "function_result",
    "function_tool",
    "generation_config",
    "google_search",
    "image",
    "image_config",
    "image_response_format",
    "json_response_format",
    "mcp_server",
    "safety_setting",
    "source_file",
    "speakers",
    "speech",
    "text",
    "text_response_format",
    "tool_choice",
    "transcription_config",
    "url_context",
    "user_turn",
    "video",
    "video_config",
    "video_response_format",
]

# Known values of the open enums these builders take (the spec's x-extensible-enum
# lists; tests keep them equal). The server may accept more: pass a dict for those.
ThinkingLevel = Literal["minimal", "low", "medium", "high", "xhigh"]
ToolChoiceMode = Literal["auto", "any", "none", "validated"]
HarmCategory = Literal[
    "hate_speech",
    "dangerous_content",
    "harassment",
    "sexually_explicit",
    "civic_integrity",
    "image_hate",
    "image_dangerous_content",
    "image_harassment",
    "image_sexually_explicit",
    "jailbreak",
]
HarmBlockThreshold = Literal[
    "block_low_and_above", "block_medium_and_above", "block_only_high", "block_none", "off"
]
HarmBlockMethod = Literal["severity", "probability"]
ImageAspectRatio = Literal[
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "16:9",
    "21:9",
    "1:8",
    "8:1",
    "1:4",
    "4:1",
]
ImageSize = Literal["512", "1K", "2K", "4K"]
MediaDelivery = Literal["inline", "uri"]
VideoTask = Literal[
    "text_to_video", "image_to_video", "reference_to_video", "edit", "extend", "upscale"
]
VideoAspectRatio = Literal["16:9", "9:16"]
VideoResolution = Literal["360p", "720p", "1080p", "4k"]
AudioOutputMimeType = Literal[
    "audio/mp3", "audio/ogg_opus", "audio/l16", "audio/wav", "audio/alaw", "audio/mulaw"
]
TextOutputMimeType = Literal["application/json", "text/plain"]
TranscriptionMode = Literal["verbatim", "smart"]
Visualization = Literal["off", "auto"]

Part = m.TextContent | m.ImageContent | m.AudioContent | m.DocumentContent | m.VideoContent


def _unset(value: Any) -> Any:
    return msgspec.UNSET if value is None else value


def _media(data: bytes | str | None, uri: str | None) -> tuple[Any, Any]:
    if (data is None) == (uri is None):
        raise ValueError("pass exactly one of data= (bytes or base64 text) or uri=")
    if isinstance(data, bytes | bytearray):
        data = base64.b64encode(bytes(data)).decode("ascii")
    return _unset(data), _unset(uri)


def text(value: str) -> m.TextContent:
    """A text block."""
    return m.TextContent(text=value)


def image(
    data: bytes | str | None = None, *, uri: str | None = None, mime_type: str = "image/png"
) -> m.ImageContent:
    """An image from raw bytes, base64 text, or a URI."""
    d, u = _media(data, uri)
    return m.ImageContent(data=d, uri=u, mime_type=mime_type)


def audio(
    data: bytes | str | None = None, *, uri: str | None = None, mime_type: str = "audio/wav"
) -> m.AudioContent:
    """Audio from raw bytes, base64 text, or a URI."""
    d, u = _media(data, uri)
    return m.AudioContent(data=d, uri=u, mime_type=mime_type)


def video(
    data: bytes | str | None = None, *, uri: str | None = None, mime_type: str = "video/mp4"
) -> m.VideoContent:
    """A video from raw bytes, base64 text, or a URI."""
    d, u = _media(data, uri)
    return m.VideoContent(data=d, uri=u, mime_type=mime_type)


def document(
    data: bytes | str | None = None, *, uri: str | None = None, mime_type: str = "application/pdf"
) -> m.DocumentContent:
    """A document (PDF, CSV) from raw bytes, base64 text, or a URI."""
    d, u = _media(data, uri)
    return m.DocumentContent(data=d, uri=u, mime_type=mime_type)


def user_turn(*parts: Part | str) -> m.UserInputStep:
    """One user turn made of text and media parts."""
    return m.UserInputStep(content=[text(p) if isinstance(p, str) else p for p in parts])


def function_result(
    call_id: str, result: Any, *, name: str | None = None, is_error: bool | None = None
) -> m.FunctionResultStep:
    """The result of a function call, to send back as ``input``."""
    return m.FunctionResultStep(
        call_id=call_id, result=result, name=_unset(name), is_error=_unset(is_error)
    )


def function_tool(
    name: str, description: str | None = None, parameters: Mapping[str, Any] | None = None
) -> m.FunctionTool:
    """Declare a function the model may call; ``parameters`` is a JSON Schema object."""
    return m.FunctionTool(
        name=name,
        description=_unset(description),
        parameters=_unset(dict(parameters) if parameters else None),
    )


def google_search() -> m.GoogleSearchTool:
    """The built-in Google Search tool."""
    return m.GoogleSearchTool()


def code_execution() -> m.CodeExecutionTool:
    """The built-in code execution tool."""
    return m.CodeExecutionTool()


def url_context() -> m.UrlContextTool:
    """The built-in URL context tool."""
    return m.UrlContextTool()


def file_search(
    store_names: Iterable[str], *, top_k: int | None = None, metadata_filter: str | None = None
) -> m.FileSearchTool:
    """The built-in file search tool over the given stores."""
    return m.FileSearchTool(
        file_search_store_names=list(store_names),
        top_k=_unset(top_k),
        metadata_filter=_unset(metadata_filter),
    )


def mcp_server(name: str, url: str, *, headers: Mapping[str, str] | None = None) -> m.McpServerTool:
    """A remote MCP server whose tools the model may use."""
    return m.McpServerTool(name=name, url=url, headers=_unset(dict(headers) if headers else None))


def generation_config(
    *,
    max_output_tokens: int | None = None,
    thinking_level: ThinkingLevel | None = None,
    thought_summaries: bool | None = None,
    seed: int | None = None,
    stop_sequences: list[str] | None = None,
    tool_choice: m.ToolChoiceConfig | ToolChoiceMode | None = None,
    speech_config: m.SpeakerConfig | list[m.SpeechConfig] | None = None,
    image_config: m.ImageConfig | None = None,
    video_config: m.VideoConfig | None = None,
    transcription_config: m.TranscriptionConfig | None = None,
    temperature: float | None = None,
    top_p: float | None = None,
) -> m.GenerationConfig:
    """Generation settings of a model interaction.

    ``thought_summaries=True`` streams thought summaries. ``temperature`` and ``top_p``
    (and ``image_config``) are deprecated by the API but still accepted.
    """
    summaries = None if thought_summaries is None else ("auto" if thought_summaries else "none")
    return m.GenerationConfig(
        max_output_tokens=_unset(max_output_tokens),
        thinking_level=_unset(thinking_level),
        thinking_summaries=_unset(summaries),
        seed=_unset(seed),
        stop_sequences=_unset(stop_sequences),
        tool_choice=_unset(tool_choice),
        speech_config=_unset(speech_config),
        image_config=_unset(image_config),
        video_config=_unset(video_config),
        transcription_config=_unset(transcription_config),
        temperature=_unset(temperature),
        top_p=_unset(top_p),
    )


def tool_choice(
    mode: ToolChoiceMode = "auto", *, tools: Iterable[str] | None = None
) -> m.ToolChoiceConfig | ToolChoiceMode:
    """Which tools the model may call: a mode alone, or a mode over the named ``tools``."""
    if tools is None:
        return mode
    return m.ToolChoiceConfig(allowed_tools=m.AllowedTools(mode=mode, tools=list(tools)))


def speech(
    voice: str, *, language: str | None = None, speaker: str | None = None
) -> m.SpeechConfig:
    """One voice; ``speaker`` is the name the prompt gives the speaker (multi-speaker audio)."""
    return m.SpeechConfig(voice=voice, language=_unset(language), speaker=_unset(speaker))


def speakers(*voices: m.SpeechConfig) -> m.SpeakerConfig:
    """Several speakers, each with its voice (see ``speech``)."""
    return m.SpeakerConfig(speakers=list(voices))


def image_config(
    *, aspect_ratio: ImageAspectRatio | None = None, image_size: ImageSize | None = None
) -> m.ImageConfig:
    """Image generation settings (deprecated by the API: prefer ``image_response_format``)."""
    return m.ImageConfig(aspect_ratio=_unset(aspect_ratio), image_size=_unset(image_size))


def video_config(task: VideoTask | None = None) -> m.VideoConfig:
    """Video generation settings; the task is inferred from the prompt when omitted."""
    return m.VideoConfig(task=_unset(task))


def transcription_config(
    *,
    mode: TranscriptionMode | m.VerbatimTranscriptionMode | m.SmartTranscriptionMode | None = None,
    language_codes: list[str] | None = None,
    custom_vocabulary: list[str] | None = None,
) -> m.TranscriptionConfig:
    """Speech recognition settings."""
    return m.TranscriptionConfig(
        mode=_unset(mode),
        language_codes=_unset(language_codes),
        custom_vocabulary=_unset(custom_vocabulary),
    )


def json_response_format(schema: Mapping[str, Any]) -> m.TextResponseFormat:
    """Ask for JSON output conforming to ``schema`` (see ``structured.parse_output``)."""
    return m.TextResponseFormat(mime_type="application/json", schema=dict(schema))


def text_response_format(
    mime_type: TextOutputMimeType | None = None, *, schema: Mapping[str, Any] | None = None
) -> m.TextResponseFormat:
    """Text output settings (``json_response_format`` for JSON with a schema)."""
    return m.TextResponseFormat(
        mime_type=_unset(mime_type), schema=_unset(dict(schema) if schema else None)
    )


def audio_response_format(
    mime_type: AudioOutputMimeType | None = None,
    *,
    sample_rate: int | None = None,
    bit_rate: int | None = None,
    delivery: MediaDelivery | None = None,
) -> m.AudioResponseFormat:
    """Audio output settings."""
    return m.AudioResponseFormat(
        mime_type=_unset(mime_type),
        sample_rate=_unset(sample_rate),
        bit_rate=_unset(bit_rate),
        delivery=_unset(delivery),
    )


def image_response_format(
    *,
    aspect_ratio: ImageAspectRatio | None = None,
    image_size: ImageSize | None = None,
    delivery: MediaDelivery | None = None,
    mime_type: Literal["image/jpeg"] | None = None,
) -> m.ImageResponseFormat:
    """Image output settings."""
    return m.ImageResponseFormat(
        aspect_ratio=_unset(aspect_ratio),
        image_size=_unset(image_size),
        delivery=_unset(delivery),
        mime_type=_unset(mime_type),
    )


def video_response_format(
    *,
    aspect_ratio: VideoAspectRatio | None = None,
    resolution: VideoResolution | None = None,
    duration: str | None = None,
    delivery: MediaDelivery | None = None,
    gcs_uri: str | None = None,
) -> m.VideoResponseFormat:
    """Video output settings; ``duration`` like ``"8s"``; ``gcs_uri`` for Vertex URI delivery."""
    return m.VideoResponseFormat(
        aspect_ratio=_unset(aspect_ratio),
        resolution=_unset(resolution),
        duration=_unset(duration),
        delivery=_unset(delivery),
        gcs_uri=_unset(gcs_uri),
    )


def safety_setting(
    type: HarmCategory, threshold: HarmBlockThreshold, *, method: HarmBlockMethod | None = None
) -> m.SafetySetting:
    """Block content of harm category ``type`` from ``threshold`` on."""
    return m.SafetySetting(type=type, threshold=threshold, method=_unset(method))


def deep_research_agent(
    *,
    thought_summaries: bool | None = None,
    visualization: Visualization | None = None,
    collaborative_planning: bool | None = None,
    enable_bigquery_tool: bool | None = None,
) -> m.DeepResearchAgentConfig:
    """``agent_config`` of the Deep Research agents.

    ``collaborative_planning=True``: the agent first answers with a plan and goes on
    once the next turn approves it.
    """
    summaries = None if thought_summaries is None else ("auto" if thought_summaries else "none")
    return m.DeepResearchAgentConfig(
        thinking_summaries=_unset(summaries),
        visualization=_unset(visualization),
        collaborative_planning=_unset(collaborative_planning),
        enable_bigquery_tool=_unset(enable_bigquery_tool),
    )


def antigravity_agent(
    *, model: str | None = None, max_total_tokens: int | None = None
) -> m.AntigravityAgentConfig:
    """``agent_config`` of the Antigravity agents."""
    return m.AntigravityAgentConfig(model=_unset(model), max_total_tokens=_unset(max_total_tokens))


def source_file(path: str, content: str) -> m.FileContent:
    """A source file handed to the CodeMender agent."""
    return m.FileContent(path=path, content=content)


def code_mender_agent(
    *,
    model: str | None = None,
    session_id: str | None = None,
    max_rounds: int | None = None,
    find: m.FindRequest | None = None,
    fix: m.FixRequest | None = None,
) -> m.CodeMenderAgentConfig:
    """``agent_config`` of the CodeMender agent: a find session, a fix session, or neither."""
    return m.CodeMenderAgentConfig(
        model=_unset(model),
        session_id=_unset(session_id),
        session_config=_unset(
            None if max_rounds is None else m.SessionConfig(max_rounds=max_rounds)
        ),
        find_request=_unset(find),
        fix_request=_unset(fix),
    )


def dynamic_agent(**options: Any) -> dict[str, Any]:
    """``agent_config`` of an agent the API does not model: ``options`` go as they are.

    A dict, not a model: the typed model has no fields to carry arbitrary options.
    """
    return {"type": "dynamic", **options}
