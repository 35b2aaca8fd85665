from typing import Literal

ComputerUseToolEnvironment = Literal["browser", "desktop", "mobile"]

COMPUTER_USE_TOOL_ENVIRONMENT_VALUES: set[ComputerUseToolEnvironment] = {
    "browser",
    "desktop",
    "mobile",
}


def check_computer_use_tool_environment(value: str) -> ComputerUseToolEnvironment:
    if value in COMPUTER_USE_TOOL_ENVIRONMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_USE_TOOL_ENVIRONMENT_VALUES!r}"
    )
