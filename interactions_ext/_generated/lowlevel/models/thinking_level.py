from typing import Literal

ThinkingLevel = Literal["high", "low", "medium", "minimal"]

THINKING_LEVEL_VALUES: set[ThinkingLevel] = {
    "high",
    "low",
    "medium",
    "minimal",
}


def check_thinking_level(value: str) -> ThinkingLevel:
    if value in THINKING_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THINKING_LEVEL_VALUES!r}")
