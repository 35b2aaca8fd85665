from typing import Literal

ThinkingSummaries = Literal["auto", "none"]

THINKING_SUMMARIES_VALUES: set[ThinkingSummaries] = {
    "auto",
    "none",
}


def check_thinking_summaries(value: str) -> ThinkingSummaries:
    if value in THINKING_SUMMARIES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THINKING_SUMMARIES_VALUES!r}")
