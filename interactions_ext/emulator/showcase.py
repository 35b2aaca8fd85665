"""The ``every_step`` scenario: one block of every step and delta type the spec defines.

A catalogue of shapes, not a plausible conversation: before its answer, the model
streams a thought with a signature, a call and a result of every server-side tool
(code execution, Google Search, URL context, Google Maps, file search, MCP, retrieval,
processing), a function result, and an output with an annotated text, an image, audio,
a document and a video. Each block is a start shell and its deltas, plus the step (or
legacy output) the stored resource shows for it: what a client folding the deltas into
the shell must end up with.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

__all__ = ["Block", "blocks"]

_SIGNATURE = "ZW11bGF0ZWQtc2lnbmF0dXJl"  # base64 of "emulated-signature"
_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
_WAV = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAAZGF0YQAAAAA="
_TEXT = "Here is the tide chart."
_CITATION = {
    "type": "url_citation",
    "start_index": 12,
    "end_index": 22,
    "url": "https://example.com/tides",
    "title": "Tide tables",
}
_PLACE = {
    "name": "Harbor Lookout",
    "place_id": "place-1",
    "url": "https://maps.example.com/place-1",
    "review_snippets": [
        {"review_id": "r1", "title": "Great view", "url": "https://maps.example.com/r1"}
    ],
}


@dataclass(frozen=True)
class Block:
    """One streamed block: ``shell`` on ``step.start``/``content.start``, then ``deltas``."""

    shell: dict[str, Any]
    deltas: list[dict[str, Any]]
    whole: dict[str, Any]
    """The step (or legacy output) as the resource shows it once the block is done."""


def _folded(shell: dict[str, Any], *deltas: dict[str, Any]) -> Block:
    """A block whose deltas only add fields to its shell (every tool call and result)."""
    whole = dict(shell)
    for delta in deltas:
        whole.update({k: v for k, v in delta.items() if k != "type"})
    return Block(shell, list(deltas), whole)


def _pair(
    kind: str, call_id: str, call: dict[str, Any], result: dict[str, Any], **shell: Any
) -> list[Block]:
    """A ``<kind>_call`` block and the ``<kind>_result`` block that answers it."""
    call_shell = {"type": f"{kind}_call", "id": call_id, **shell}
    result_shell = {"type": f"{kind}_result", "call_id": call_id}
    return [
        _folded(call_shell, {"type": f"{kind}_call", **call}),
        _folded(result_shell, {"type": f"{kind}_result", **result}),
    ]


def _thought() -> Block:
    summary = {"type": "text", "text": "Gathering every tool's answer. "}
    return Block(
        {"type": "thought", "summary": []},
        [
            {"type": "thought_summary", "content": summary},
            {"type": "thought_signature", "signature": _SIGNATURE},
        ],
        {"type": "thought", "summary": [summary], "signature": _SIGNATURE},
    )


def _media() -> list[dict[str, Any]]:
    return [
        {"type": "image", "data": _PNG, "mime_type": "image/png", "resolution": "low"},
        {
            "type": "audio",
            "data": _WAV,
            "mime_type": "audio/wav",
            "sample_rate": 16000,
            "channels": 1,
        },
        {
            "type": "document",
            "uri": "https://example.com/tides.pdf",
            "mime_type": "application/pdf",
        },
        {"type": "video", "uri": "https://example.com/tides.mp4", "mime_type": "video/mp4"},
    ]


def _current_tools() -> list[Block]:
    sig = {"signature": _SIGNATURE}
    queries = {"queries": ["tide tables"]}
    return [
        *_pair(
            "code_execution",
            "exec_1",
            {"arguments": {"language": "python", "code": "print(6 * 7)"}, **sig},
            {"result": "42\n", "is_error": False, **sig},
        ),
        *_pair(
            "google_search",
            "search_1",
            {"arguments": queries, **sig},
            {
                "result": [{"search_suggestions": "<div>tide tables</div>"}],
                "is_error": False,
                **sig,
            },
            search_type="web_search",
        ),
        *_pair(
            "url_context",
            "url_1",
            {"arguments": {"urls": [_CITATION["url"]]}, **sig},
            {"result": [{"url": _CITATION["url"], "status": "success"}], "is_error": False, **sig},
        ),
        *_pair(
            "google_maps",
            "maps_1",
            {"arguments": {"queries": ["harbor lookout"]}, **sig},
            {"result": [{"places": [_PLACE], "widget_context_token": "widget-1"}], **sig},
        ),
        *_pair("file_search", "files_1", sig, sig),
        *_pair(
            "mcp_server_tool",
            "mcp_1",
            {"name": "lookup", "server_name": "docs", "arguments": {"topic": "tides"}},
            {"result": "High tide at 12:04.", "name": "lookup", "server_name": "docs"},
            name="lookup",
            server_name="docs",
            arguments={},
        ),
        *_pair(
            "retrieval",
            "rag_1",
            {"arguments": queries, "retrieval_type": "rag_store", **sig},
            {"is_error": False, **sig},
            retrieval_type="rag_store",
        ),
        *_pair("processing", "proc_1", sig, sig),
    ]


def _function_result(legacy: bool) -> Block:
    result = {"call_id": "call_tide", "name": "get_tide", "result": {"height_m": 2.4}}
    shell: dict[str, Any] = {"type": "function_result", "call_id": "call_tide"}
    if not legacy:
        shell["result"] = {}  # required on the step; the delta brings the value
    return _folded(shell, {"type": "function_result", **result, "is_error": False})


def _current_output() -> Block:
    media = _media()
    return Block(
        {"type": "model_output", "content": []},
        [
            {"type": "text", "text": _TEXT},
            {"type": "text_annotation_delta", "annotations": [_CITATION]},
            *media,
        ],
        {
            "type": "model_output",
            "content": [{"type": "text", "text": _TEXT, "annotations": [_CITATION]}, *media],
        },
    )


def _legacy_tools() -> list[Block]:
    # The legacy revision has no retrieval or processing steps, and its calls carry
    # `arguments` as a plain object with the call's id on every delta.
    blocks = []
    for current in _current_tools():
        kind = current.shell["type"]
        if kind.startswith(("retrieval", "processing")):
            continue
        ids: dict[str, Any] = {k: current.shell[k] for k in ("id", "call_id") if k in current.shell}
        delta = {
            k: v for k, v in current.whole.items() if k not in ("search_type", "retrieval_type")
        }
        blocks.append(_folded({"type": kind, **ids}, {**delta, "type": kind}))
    return blocks


def _legacy_outputs() -> list[Block]:
    text = Block(
        {"type": "text", "text": ""},
        [{"type": "text", "text": _TEXT}, {"type": "text_annotation", "annotations": [_CITATION]}],
        {"type": "text", "text": _TEXT, "annotations": [_CITATION]},
    )
    media = [_folded({"type": m["type"]}, m) for m in _media()]
    return [text, *media]


def blocks(legacy: bool) -> list[Block]:
    """The scenario's blocks in stream order, for one revision (fresh copies)."""
    if legacy:
        found = [_thought(), *_legacy_tools(), _function_result(True), *_legacy_outputs()]
    else:
        found = [_thought(), *_current_tools(), _function_result(False), _current_output()]
    return copy.deepcopy(found)
