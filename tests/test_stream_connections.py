"""What a finished stream leaves of its connection, against a keep-alive stdlib server."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from interactions_ext import AsyncClient, RetryPolicy

from .hostile import completed, created, delta

FAST = RetryPolicy(max_retries=0)


def _frame(payload: object) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    return f"data: {data}\n\n".encode()


_BODY = b"".join(
    _frame(p)
    for p in (created("v1_k", "e0"), delta(0, "hi", "e1"), completed("v1_k", "e2"), "[DONE]")
)


class _KeepAlive(BaseHTTPRequestHandler):
    """HTTP/1.1, chunked: the stream, then the body's end as a separate write."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.ports.append(self.client_address[1])
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(_BODY), _BODY))
        self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _KeepAlive)
        self.ports: list[int] = []


@pytest.fixture
def keep_alive() -> Iterator[_Server]:
    server = _Server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_async_streams_ended_by_done_hand_their_connection_to_the_next(
    keep_alive: _Server,
) -> None:
    url = f"http://127.0.0.1:{keep_alive.server_address[1]}"

    async def two_streams() -> list[list[str]]:
        texts = []
        async with AsyncClient(api_key="k", base_url=url, retry_policy=FAST) as client:
            for _ in range(2):
                stream = await client.create("x", model="m", stream=True)
                async with stream:
                    texts.append([t async for t in stream.text_deltas()])
                assert stream.finished
        return texts

    assert asyncio.run(two_streams()) == [["hi"], ["hi"]]
    # One connection for both: the first stream read its body's end after [DONE].
    assert len(keep_alive.ports) == 2 and keep_alive.ports[0] == keep_alive.ports[1]
