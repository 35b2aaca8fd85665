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
    "audio",
    "code_execution",
    "document",
    "file_search",
    "function_result",
    "function_tool",
    "generation_config",
    "google_search",
    "image",
    "json_response_format",
    "mcp_server",
    "text",
    "url_context",
    "user_turn",
    "video",
]

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
    temperature: float | None = None,
    max_output_tokens: int | None = None,
    thinking_level: Literal["minimal", "low", "medium", "high"] | None = None,
    thought_summaries: bool | None = None,
    seed: int | None = None,
    stop_sequences: list[str] | None = None,
) -> m.GenerationConfig:
    """Sampling and thinking settings; ``thought_summaries=True`` streams thought summaries."""
    summaries = None if thought_summaries is None else ("auto" if thought_summaries else "none")
    return m.GenerationConfig(
        temperature=_unset(temperature),
        max_output_tokens=_unset(max_output_tokens),
        thinking_level=_unset(thinking_level),
        thinking_summaries=_unset(summaries),
        seed=_unset(seed),
        stop_sequences=_unset(stop_sequences),
    )


def json_response_format(schema: Mapping[str, Any]) -> m.TextResponseFormat:
    """Ask for JSON output conforming to ``schema`` (see ``structured.parse_output``)."""
    return m.TextResponseFormat(mime_type="application/json", schema=dict(schema))
