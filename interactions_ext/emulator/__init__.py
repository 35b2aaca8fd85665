"""A local server that speaks the Interactions API, for offline apps and tests.

Start it with ``interactions emulator``, ``python -m interactions_ext.emulator``, or
``with Emulator() as emu: ...``. Scenarios, faults, limits, the control token and
cassette replay: see docs/emulator.md.
"""

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:
    raise ImportError(
        "the emulator needs starlette and uvicorn: pip install 'interactions-ext[emulator]'",
        name=exc.name,
    ) from exc

from .app import create_app
from .faults import Fault
from .replay import ReplayLibrary
from .server import Emulator
from .settings import CURRENT_REVISION, LEGACY_REVISION, EmulatorSettings
from .state import TOKEN_ENV, TOKEN_HEADER

__all__ = [
    "CURRENT_REVISION",
    "LEGACY_REVISION",
    "TOKEN_ENV",
    "TOKEN_HEADER",
    "Emulator",
    "EmulatorSettings",
    "Fault",
    "ReplayLibrary",
    "create_app",
]
