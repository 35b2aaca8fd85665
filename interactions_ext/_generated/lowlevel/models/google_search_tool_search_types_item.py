from typing import Literal

GoogleSearchToolSearchTypesItem = Literal["enterprise_web_search", "image_search", "web_search"]

GOOGLE_SEARCH_TOOL_SEARCH_TYPES_ITEM_VALUES: set[GoogleSearchToolSearchTypesItem] = {
    "enterprise_web_search",
    "image_search",
    "web_search",
}


def check_google_search_tool_search_types_item(value: str) -> GoogleSearchToolSearchTypesItem:
    if value in GOOGLE_SEARCH_TOOL_SEARCH_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_SEARCH_TOOL_SEARCH_TYPES_ITEM_VALUES!r}"
    )
