from typing import Literal

VideoContentResolution = Literal["high", "low", "medium", "ultra_high"]

VIDEO_CONTENT_RESOLUTION_VALUES: set[VideoContentResolution] = {
    "high",
    "low",
    "medium",
    "ultra_high",
}


def check_video_content_resolution(value: str) -> VideoContentResolution:
    if value in VIDEO_CONTENT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONTENT_RESOLUTION_VALUES!r}"
    )
