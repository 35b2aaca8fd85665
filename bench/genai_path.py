"""google-genai 3.3.0's own Interactions event path, driven on in-memory bytes.

What ``client.interactions.create(..., stream=True)`` returns is
``google.genai._gaos.utils.eventstreaming.Stream(http_res, decoder, sentinel="[DONE]")``
with the decoder below (see ``google/genai/_gaos/interactions.py``). ``Stream`` only
needs ``iter_bytes()`` and ``close()`` from the response, so a stand-in feeds it the
same chunks the other decoders get.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["FakeResponse", "genai_events"]


class FakeResponse:
    """Just enough of an ``httpx.Response`` for google-genai's ``Stream``."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks
        self.status_code = 200
        self.headers = {"content-type": "text/event-stream"}

    def iter_bytes(self) -> Iterator[bytes]:
        return iter(self._chunks)

    def close(self) -> None:
        return None


def genai_events(chunks: list[bytes]) -> Iterator[Any]:
    """google-genai's typed events for ``chunks``, exactly as its SDK decodes them."""
    from google.genai._gaos.types import interactions
    from google.genai._gaos.utils.eventstreaming import Stream
    from google.genai._gaos.utils.unmarshal_json_response import unmarshal_json_response

    http_res: Any = FakeResponse(chunks)
    stream: Stream[Any] = Stream(
        http_res,
        lambda raw: (
            unmarshal_json_response(
                interactions.InteractionSSEStreamEvent, http_res, raw, validate=False
            ).data
        ),
        sentinel="[DONE]",
    )
    return iter(stream)
