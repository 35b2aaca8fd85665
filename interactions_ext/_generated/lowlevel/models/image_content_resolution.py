from typing import Literal

ImageContentResolution = Literal["high", "low", "medium", "ultra_high"]

IMAGE_CONTENT_RESOLUTION_VALUES: set[ImageContentResolution] = {
    "high",
    "low",
    "medium",
    "ultra_high",
}


def check_image_content_resolution(value: str) -> ImageContentResolution:
    if value in IMAGE_CONTENT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_CONTENT_RESOLUTION_VALUES!r}"
    )
