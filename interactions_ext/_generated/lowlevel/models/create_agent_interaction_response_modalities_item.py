from typing import Literal

CreateAgentInteractionResponseModalitiesItem = Literal[
    "audio", "document", "image", "text", "video"
]

CREATE_AGENT_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES: set[
    CreateAgentInteractionResponseModalitiesItem
] = {
    "audio",
    "document",
    "image",
    "text",
    "video",
}


def check_create_agent_interaction_response_modalities_item(
    value: str,
) -> CreateAgentInteractionResponseModalitiesItem:
    if value in CREATE_AGENT_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES!r}"
    )
