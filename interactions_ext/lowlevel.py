"""The generated low-level client (openapi-python-client), with this package's credentials.

Every operation of the spec is a module with ``sync``/``sync_detailed``/``asyncio``/
``asyncio_detailed`` functions taking attrs models (``models``); ``lowlevel_client``
gives them a client that sends our API-key or Google-credential auth, user agent,
timeouts and host. Importing this module loads the attrs models, which the high-level
``Client`` never needs.
"""

from __future__ import annotations

from typing import Unpack

from ._generated.lowlevel import Client as LowLevelClient
from ._generated.lowlevel import models
from ._generated.lowlevel.api.interactions import (
    cancel_interaction,
    create_interaction,
    delete_interaction,
    get_interaction,
)
from ._generated.lowlevel.api.vertex_scoped import (
    cancel_scoped_interaction,
    create_scoped_interaction,
    delete_scoped_interaction,
    get_scoped_interaction,
)
from .auth import auth_for
from .config import ClientOptions, Settings, default_headers
from .routing import Router

__all__ = [
    "LowLevelClient",
    "cancel_interaction",
    "cancel_scoped_interaction",
    "create_interaction",
    "create_scoped_interaction",
    "delete_interaction",
    "delete_scoped_interaction",
    "get_interaction",
    "get_scoped_interaction",
    "lowlevel_client",
    "models",
]


def lowlevel_client(**options: Unpack[ClientOptions]) -> LowLevelClient:
    """A generated ``Client`` for the backend ``options`` (or the environment) select.

    Pass ``settings.api_version`` (and, on Vertex, the project and location) to the
    operation functions yourself: the low-level layer takes every path parameter.
    """
    settings = Settings.resolve(**options)
    return LowLevelClient(
        base_url=Router(settings).base_url,
        headers=default_headers(settings),
        timeout=settings.timeout,
        raise_on_unexpected_status=True,
        httpx_args={"auth": auth_for(settings)},
    )
