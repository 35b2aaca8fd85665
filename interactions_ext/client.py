"""``Client`` and ``AsyncClient``: create, get, cancel, delete, stream, resume and wait.

``AsyncClient`` is written in ``_async/client.py``; ``Client`` is its generated sync
twin (``_sync/client.py``); what they share without I/O is ``client_base.ClientBase``.
"""

from ._async.client import AsyncClient
from ._sync.client import Client
from .client_base import CreateOptions

__all__ = ["AsyncClient", "Client", "CreateOptions"]
