"""Streams that deliver every event exactly once, in order, or raise.

``StreamCore`` (stream_core.py) holds the logic without I/O; ``AsyncInteractionStream``
(_async/stream.py) is the transport loop around it and ``InteractionStream`` its
generated sync twin.
"""

from ._async.stream import AsyncInteractionStream
from ._sync.stream import InteractionStream
from .stream_core import StreamCore

__all__ = ["AsyncInteractionStream", "InteractionStream", "StreamCore"]
