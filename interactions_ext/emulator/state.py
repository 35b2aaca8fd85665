"""What a running emulator remembers, reachable from every handler as ``request.app.state``."""

from __future__ import annotations

import copy
import ipaddress
import logging
import os
from collections import deque
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

from ..cassette import redact_headers, redact_query
from .faults import FaultQueue
from .settings import EmulatorSettings
from .store import Store

if TYPE_CHECKING:
    from .replay import ReplayLibrary

__all__ = [
    "TOKEN_ENV",
    "TOKEN_HEADER",
    "EmulatorState",
    "is_loopback",
    "state_of",
    "warn_if_exposed",
]

logger = logging.getLogger("interactions_ext.emulator")

TOKEN_ENV = "INTERACTIONS_EMULATOR_TOKEN"
"""Environment variable with the control token (``Emulator()`` and the command line read it)."""
TOKEN_HEADER = "x-emulator-token"
"""Header that carries the control token on ``/_emulator/*`` requests."""
_LOG_SIZE = 1000


class EmulatorState:
    """Settings, stored interactions, faults, the request log and the cassette being served."""

    def __init__(
        self,
        settings: EmulatorSettings,
        *,
        replay: ReplayLibrary | None = None,
        control_token: str | None = None,
    ) -> None:
        self.initial = copy.deepcopy(settings)
        self.settings = settings
        self.store = Store()
        self.faults = FaultQueue()
        self.requests: deque[dict[str, Any]] = deque(maxlen=_LOG_SIZE)
        self.initial_replay = replay
        self.replay = replay
        self.control_token = control_token or None

    def reset(self) -> None:
        """Back to the start: settings, no faults, nothing stored, the initial cassette rewound."""
        self.settings = copy.deepcopy(self.initial)
        self.store.clear()
        self.faults.clear()
        self.requests.clear()
        self.replay = self.initial_replay
        if self.replay is not None:
            self.replay.rewind()

    def log_request(self, request: Request) -> None:
        """Keep (and log at DEBUG) the request with every credential redacted to its fingerprint."""
        entry = {
            "method": request.method,
            "path": request.url.path,
            "query": redact_query(request.url.query, mark=True),
            "headers": redact_headers(request.headers.items(), mark=True),
        }
        self.requests.append(entry)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s?%s headers=%s", *entry.values())


def state_of(request: Request) -> EmulatorState:
    """The emulator state of the app serving ``request``."""
    state: EmulatorState = request.app.state.emulator
    return state


def control_token_from_env(explicit: str | None) -> str | None:
    """``explicit`` if given, else ``$INTERACTIONS_EMULATOR_TOKEN`` (empty means none)."""
    return explicit if explicit is not None else (os.environ.get(TOKEN_ENV) or None)


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warn_if_exposed(host: str, control_token: str | None) -> None:
    """Log a warning when the control endpoints are reachable from other machines unguarded."""
    if control_token is None and not is_loopback(host):
        logger.warning(
            "The emulator listens on %s without a control token: anyone who can reach it can "
            "change its settings, queue faults and read its request log. Set %s or pass "
            "--control-token.",
            host,
            TOKEN_ENV,
        )
