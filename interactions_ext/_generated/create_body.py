"""The fields of a create request body, from the spec.

Generated from spec/interactions.openapi.yaml by scripts/gen_tables.py. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypedDict

if TYPE_CHECKING:
    from . import models
else:

    class _Models:
        """The models, imported when an annotation is first evaluated (pdoc,
        ``typing.get_type_hints``): importing this module does not load them."""

        def __getattr__(self, name: str) -> Any:
            from . import models

            return getattr(models, name)

    models = _Models()


class CreateBody(TypedDict, total=False):
    """Create-body fields passed to ``create`` as keywords (besides model/agent/input)."""

    continuation_token: str | None
    """Continue an interaction that ended with status `requires_continuation`: the token it returned. With `store` on, send it with `previous_interaction_id` set to that interaction and no `input`; with `store: false`, resend the original `input`."""
    background: bool | None
    """Run in the background; requires `store: true`."""
    store: bool | None
    """Keep the interaction for later get/resume."""
    previous_interaction_id: str | None
    """Continue the conversation of this interaction."""
    system_instruction: str | None
    tools: (
        Sequence[
            models.FunctionTool
            | Mapping[str, Any]
            | models.CodeExecutionTool
            | models.UrlContextTool
            | models.GoogleSearchTool
            | models.FileSearchTool
            | models.GoogleMapsTool
            | models.ComputerUseTool
            | models.McpServerTool
            | models.RetrievalTool
        ]
        | None
    )
    response_format: (
        models.TextResponseFormat
        | Mapping[str, Any]
        | models.AudioResponseFormat
        | models.ImageResponseFormat
        | models.VideoResponseFormat
        | Sequence[
            models.TextResponseFormat
            | Mapping[str, Any]
            | models.AudioResponseFormat
            | models.ImageResponseFormat
            | models.VideoResponseFormat
        ]
        | None
    )
    """One output format, or one per kind of output."""
    response_mime_type: str | None
    """MIME type of the response (response_format is the newer way)."""
    response_modalities: Sequence[str] | None
    """Kinds of output requested (response_format is the newer way)."""
    safety_settings: Sequence[models.SafetySetting | Mapping[str, Any]] | None
    service_tier: str | None
    """Price and latency class of the request. Known values: `flex`, `standard`, `priority`, `deferred`."""
    labels: Mapping[str, str] | None
    webhook_config: models.WebhookConfig | Mapping[str, Any] | None
    generation_config: models.GenerationConfig | Mapping[str, Any] | None
    """Generation settings of model interactions: sampling, thinking, tools, and media output."""
    environment: models.Environment | Mapping[str, Any] | str | None
    """The sandbox of an interaction, as an Environment or the id of an existing one."""
    cached_content: str | None
    """Explicit context cache to answer from, as `cachedContents/{id}`."""
    agent_config: (
        models.DeepResearchAgentConfig
        | Mapping[str, Any]
        | models.DynamicAgentConfig
        | models.AntigravityAgentConfig
        | models.CodeMenderAgentConfig
        | None
    )
    """Settings of an agent interaction, discriminated by `type` (one kind per agent family). Clients must tolerate unknown types."""


CREATE_FIELDS: Final = frozenset(
    [
        "agent",
        "agent_config",
        "background",
        "cached_content",
        "continuation_token",
        "environment",
        "generation_config",
        "input",
        "labels",
        "model",
        "previous_interaction_id",
        "response_format",
        "response_mime_type",
        "response_modalities",
        "safety_settings",
        "service_tier",
        "store",
        "stream",
        "system_instruction",
        "tools",
        "webhook_config",
    ]
)
"""Every top-level field of a create body."""
JSON_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "agent": ("string",),
    "agent_config": ("object",),
    "background": ("boolean",),
    "cached_content": ("string",),
    "continuation_token": ("string",),
    "environment": ("object", "string"),
    "generation_config": ("object",),
    "input": ("array", "object", "string"),
    "labels": ("object",),
    "model": ("string",),
    "previous_interaction_id": ("string",),
    "response_format": ("array", "object"),
    "response_mime_type": ("string",),
    "response_modalities": ("array",),
    "safety_settings": ("array",),
    "service_tier": ("string",),
    "store": ("boolean",),
    "stream": ("boolean",),
    "system_instruction": ("string",),
    "tools": ("array",),
    "webhook_config": ("object",),
}
"""The JSON types each create-body field accepts."""
MODEL_ONLY: Final = frozenset(["cached_content", "generation_config", "model"])
"""Fields that only model interactions accept."""
AGENT_ONLY: Final = frozenset(["agent", "agent_config"])
"""Fields that only agent interactions accept."""
