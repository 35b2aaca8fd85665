from typing import Literal

CreateModelInteractionResponseModalitiesItem = Literal[
    "audio", "document", "image", "text", "video"
]

CREATE_MODEL_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES: set[
    CreateModelInteractionResponseModalitiesItem
] = {
    "audio",
    "document",
    "image",
    "text",
    "video",
}


def check_create_model_interaction_response_modalities_item(
    value: str,
) -> CreateModelInteractionResponseModalitiesItem:
    if value in CREATE_MODEL_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODEL_INTERACTION_RESPONSE_MODALITIES_ITEM_VALUES!r}"
    )
