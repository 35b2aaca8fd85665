"""A TCP proxy on 127.0.0.1:0 that sends each connection to the first replica that answers.

Stands in for a load balancer in front of relay replicas: while the first is alive
every connection goes there; once it is gone (connection refused) the next one takes
over. A connection is piped byte for byte, and closed on both sides as soon as either
side ends, as a balancer does when a backend dies. ``served`` records which replica
took each connection, and the request line it started with.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .flavours import LoopThread

__all__ = ["FailoverProxy", "Served", "failover_proxy"]

_READ = 64 * 1024


@dataclass(frozen=True)
class Served:
    """One client connection: the replica (index into the upstreams) and its first line."""

    replica: int
    first_line: str


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(_READ):
            writer.write(data)
            await writer.drain()


class FailoverProxy:
    """The proxy, running on its own event loop thread; ``base_url`` is where to connect."""

    def __init__(self, upstreams: Sequence[tuple[str, int]]) -> None:
        self.upstreams = list(upstreams)
        self.served: list[Served] = []
        self.port = 0
        self._loop = LoopThread()
        self._server: asyncio.Server | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FailoverProxy:
        self._server = self._loop.run(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        self._loop.run(close())
        self._loop.close()

    async def _connect(self) -> tuple[int, asyncio.StreamReader, asyncio.StreamWriter] | None:
        for index, (host, port) in enumerate(self.upstreams):
            try:
                reader, writer = await asyncio.open_connection(host, port)
            except OSError:
                continue  # that replica is down: fail over to the next
            return index, reader, writer
        return None

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        upstream = await self._connect()
        if upstream is None:
            client_w.close()
            return
        index, up_r, up_w = upstream
        try:
            first = await client_r.readline()
            self.served.append(Served(index, first.decode("latin-1").strip()))
            up_w.write(first)
            to_up = asyncio.ensure_future(_pipe(client_r, up_w))
            to_client = asyncio.ensure_future(_pipe(up_r, client_w))
            await asyncio.wait({to_up, to_client}, return_when=asyncio.FIRST_COMPLETED)
            for task in (to_up, to_client):
                task.cancel()
        finally:
            for writer in (up_w, client_w):
                writer.close()


@contextlib.contextmanager
def failover_proxy(upstreams: Sequence[tuple[str, int]]) -> Iterator[FailoverProxy]:
    proxy = FailoverProxy(upstreams).start()
    try:
        yield proxy
    finally:
        proxy.stop()
