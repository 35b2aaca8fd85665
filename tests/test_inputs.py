"""Typed input builders produce what the spec and Google's own models accept.

Each builder's output, serialized as the client sends it, must validate against our
spec's schema and be read back unchanged by google-genai's model of the same type; the
known values the builders take (``Literal`` types) are the spec's.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import msgspec
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from interactions_ext import inputs as i
from tests import genai_types as g

# google-genai warns when its models read fields the API deprecated; expected here.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "spec" / "interactions.openapi.yaml").read_text()
)
REGISTRY = Registry().with_resource("urn:spec", Resource(contents=SPEC, specification=DRAFT202012))


def validator(schema: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema}"}, registry=REGISTRY
    )


def wire(obj: Any) -> Any:
    return msgspec.json.decode(msgspec.json.encode(obj))


# (built value, our schema, google-genai model)
BUILT: list[tuple[str, Any, str, str]] = [
    (
        "generation config, every new sub-config",
        i.generation_config(
            thinking_level="xhigh",
            thought_summaries=True,
            max_output_tokens=256,
            tool_choice=i.tool_choice("validated", tools=["lookup"]),
            speech_config=i.speakers(i.speech("Kore", speaker="Ann"), i.speech("Puck")),
            image_config=i.image_config(aspect_ratio="16:9", image_size="2K"),
            video_config=i.video_config("image_to_video"),
            transcription_config=i.transcription_config(mode="smart", language_codes=["en-US"]),
        ),
        "GenerationConfig",
        "GenerationConfig",
    ),
    (
        "tool choice by mode",
        i.generation_config(tool_choice=i.tool_choice("any"), speech_config=[i.speech("Kore")]),
        "GenerationConfig",
        "GenerationConfig",
    ),
    (
        "text response format",
        i.text_response_format("application/json", schema={"type": "object"}),
        "ResponseFormat",
        "TextResponseFormat",
    ),
    (
        "json response format",
        i.json_response_format({"type": "object", "properties": {"a": {"type": "string"}}}),
        "ResponseFormat",
        "TextResponseFormat",
    ),
    (
        "audio response format",
        i.audio_response_format("audio/mp3", sample_rate=24000, bit_rate=64000, delivery="inline"),
        "ResponseFormat",
        "AudioResponseFormat",
    ),
    (
        "image response format",
        i.image_response_format(aspect_ratio="1:1", image_size="1K", delivery="uri"),
        "ResponseFormat",
        "ImageResponseFormat",
    ),
    (
        "video response format",
        i.video_response_format(aspect_ratio="9:16", resolution="1080p", duration="8s"),
        "ResponseFormat",
        "VideoResponseFormat",
    ),
    (
        "safety setting with type",
        i.safety_setting("dangerous_content", "block_only_high", method="severity"),
        "SafetySetting",
        "SafetySetting",
    ),
    (
        "deep research agent",
        i.deep_research_agent(
            thought_summaries=True, visualization="auto", collaborative_planning=True
        ),
        "AgentConfig",
        "DeepResearchAgentConfig",
    ),
    (
        "antigravity agent",
        i.antigravity_agent(model="gemini-3.5-flash", max_total_tokens=100_000),
        "AgentConfig",
        "AntigravityAgentConfig",
    ),
    (
        "code mender agent",
        i.code_mender_agent(
            model="gemini-3.1-pro-preview",
            session_id="s1",
            max_rounds=4,
            fix=i.m.FixRequest(finding_id="f1", source_files=[i.source_file("a.py", "x = 1")]),
        ),
        "AgentConfig",
        "CodeMenderAgentConfig",
    ),
    (
        "dynamic agent",
        i.dynamic_agent(style="terse", depth=2),
        "AgentConfig",
        "DynamicAgentConfig",
    ),
]


@pytest.mark.parametrize(("name", "built", "ours", "google"), BUILT, ids=[b[0] for b in BUILT])
def test_built_configs_validate_against_the_spec_and_google_genai(
    name: str, built: Any, ours: str, google: str
) -> None:
    body = wire(built)
    errors = sorted(validator(ours).iter_errors(body), key=str)
    assert not errors, f"{name}: {errors[0].message}"
    model = g.models()[google]
    read = model.model_validate(body).model_dump(mode="json", by_alias=True, exclude_none=True)
    assert same(read, body)


def same(google: Any, ours: Any) -> bool:
    """Equal JSON, where google-genai writes an int64 as a decimal string (proto JSON)."""
    if isinstance(google, dict) and isinstance(ours, dict):
        return google.keys() == ours.keys() and all(same(google[k], ours[k]) for k in google)
    if isinstance(google, list) and isinstance(ours, list):
        return len(google) == len(ours) and all(map(same, google, ours))
    if isinstance(google, str) and isinstance(ours, int) and not isinstance(ours, bool):
        return google == str(ours)
    return bool(google == ours)


def test_xhigh_thinking_is_sent_as_is() -> None:
    assert wire(i.generation_config(thinking_level="xhigh")) == {"thinking_level": "xhigh"}


def _known(schema: str, *path: str) -> set[str]:
    node = SPEC["components"]["schemas"][schema]
    for key in path:
        node = node["properties"][key] if key in node.get("properties", {}) else node[key]
        if "$ref" in node:
            node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return set(node["x-extensible-enum"])


LITERALS = [
    (i.ThinkingLevel, ("ThinkingLevel",)),
    (i.ToolChoiceMode, ("ToolChoiceType",)),
    (i.HarmCategory, ("HarmCategory",)),
    (i.HarmBlockThreshold, ("HarmBlockThreshold",)),
    (i.HarmBlockMethod, ("SafetySetting", "method")),
    (i.ImageAspectRatio, ("ImageAspectRatio",)),
    (i.ImageSize, ("ImageSize",)),
    (i.MediaDelivery, ("MediaDelivery",)),
    (i.VideoTask, ("VideoConfig", "task")),
    (i.VideoAspectRatio, ("VideoResponseFormat", "aspect_ratio")),
    (i.VideoResolution, ("VideoResponseFormat", "resolution")),
    (i.AudioOutputMimeType, ("AudioResponseFormat", "mime_type")),
    (i.TextOutputMimeType, ("TextResponseFormat", "mime_type")),
    (i.Visualization, ("DeepResearchAgentConfig", "visualization")),
]


@pytest.mark.parametrize(("literal", "where"), LITERALS, ids=[w[-1] for _, w in LITERALS])
def test_builder_literals_are_the_spec_known_values(literal: Any, where: tuple[str, ...]) -> None:
    assert set(typing.get_args(literal)) == _known(*where)
