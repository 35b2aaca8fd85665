"""Record a session's HTTP exchanges to cassette files, and read them back.

``RecordingTransport`` / ``AsyncRecordingTransport`` wrap an httpx2 transport: every
exchange goes on as usual and is also written, once its body has been read, as one JSON
line of a cassette file (one file per interaction: ``<interaction id>.ndjson``). Request
credentials are redacted before anything is written; SSE bodies are kept byte for byte,
one list item per event block. The emulator serves cassettes (``Emulator(replay=...)``).
The format is described in docs/emulator.md.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import threading
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx2

from .redaction import REDACTED, fingerprint, is_credential, redact_headers, redact_query

__all__ = [
    "REDACTED",
    "AsyncRecordingTransport",
    "Exchange",
    "RecordingTransport",
    "canonical_body",
    "canonical_query",
    "fingerprint",
    "is_credential",
    "load_cassettes",
    "redact_headers",
    "redact_query",
    "split_frames",
]

# Hop-by-hop and framing headers: they describe one transfer, not the exchange.
_TRANSFER_HEADERS = frozenset(
    {"content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"}
)
_LINE_END = re.compile(rb"\r\n|\r|\n")
_DEFAULT_MAX_BODY = 64 << 20
_ID_IN_PATH = re.compile(r"/interactions/([^/:?]+)")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_UNASSIGNED = "unassigned"


def canonical_query(query: str) -> tuple[tuple[str, str], ...]:
    """The query's parameters without credentials, for matching a request to a recording."""
    return tuple(
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_credential(k)
    )


def canonical_body(content: bytes) -> str | None:
    """A request body for matching: JSON compared by value, anything else by its bytes."""
    if not content:
        return None
    try:
        value = json.loads(content)
    except (ValueError, RecursionError):
        return "bytes:" + base64.b64encode(content).decode()
    return "json:" + json.dumps(value, sort_keys=True, separators=(",", ":"))


# -- SSE event blocks -------------------------------------------------------------------


def split_frames(data: bytes) -> list[bytes]:
    """``data`` cut after each blank line (any of CRLF, CR, LF): one item per event block.

    Joining the items gives ``data`` back; an unfinished last block is its own item.
    """
    frames: list[bytes] = []
    start = 0
    line_start = 0
    for match in _LINE_END.finditer(data):
        if match.start() == line_start and line_start > start:
            frames.append(data[start : match.end()])
            start = match.end()
        elif match.start() == line_start:
            # A blank line with nothing before it belongs to the next block.
            pass
        line_start = match.end()
    if start < len(data):
        frames.append(data[start:])
    return frames


# -- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One recorded request and its response."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: str | None
    """``canonical_body`` of the request."""
    status: int
    headers: dict[str, str]
    content: bytes
    """The response body (for SSE, the frames joined)."""
    frames: tuple[bytes, ...] | None
    """SSE event blocks as received; None for other bodies."""
    error: str | None
    """The transport error that ended the body, if it did not end cleanly."""
    source: str
    time: str

    @property
    def interaction_id(self) -> str | None:
        match = _ID_IN_PATH.search(self.path)
        return match.group(1) if match else None


def load_cassettes(path: str | os.PathLike[str]) -> list[Exchange]:
    """Every exchange in a cassette file, or in the ``.ndjson``/``.jsonl``/``.json`` files of a
    directory (recursively), in recording order; ``ValueError`` names a malformed line."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.suffix in (".ndjson", ".jsonl", ".json"))
    elif root.is_file():
        files = [root]
    else:
        raise ValueError(f"no cassette at {root}")
    exchanges = [e for file in files for e in _read_file(file)]
    # Hand-written exchanges carry no time: they keep their file order.
    return sorted(exchanges, key=lambda e: e.time)


def _read_file(path: Path) -> Iterator[Exchange]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        items = json.loads(text)
        if not isinstance(items, list):
            raise ValueError(f"{path}: a .json cassette is a list of exchanges")
        for number, item in enumerate(items, 1):
            yield _exchange(item, f"{path}[{number}]")
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc}") from None
            yield _exchange(item, f"{path}:{number}")


def _exchange(item: Any, source: str) -> Exchange:
    try:
        request, response = item["request"], item["response"]
        method, path, status = request["method"], request["path"], response["status"]
        if not (isinstance(method, str) and isinstance(path, str) and type(status) is int):
            raise TypeError("method/path/status")
        content, frames = _response_body(response)
        return Exchange(
            method=method.upper(),
            path=path,
            query=canonical_query(str(request.get("query", ""))),
            body=canonical_body(_request_body(request)),
            status=status,
            headers={str(k).lower(): str(v) for k, v in dict(response.get("headers", {})).items()},
            content=content,
            frames=frames,
            error=str(item["error"]) if item.get("error") else None,
            source=source,
            time=str(item.get("time", "")),
        )
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ValueError(f"{source}: not a cassette exchange ({exc})") from None


def _request_body(request: Mapping[str, Any]) -> bytes:
    if "json" in request:
        return json.dumps(request["json"]).encode()
    if "text" in request:
        return str(request["text"]).encode()
    if "base64" in request:
        return base64.b64decode(request["base64"], validate=True)
    return b""


def _response_body(response: Mapping[str, Any]) -> tuple[bytes, tuple[bytes, ...] | None]:
    if "sse" in response:
        frames = tuple(str(f).encode() for f in response["sse"])
        return b"".join(frames), frames
    if "sse_base64" in response:
        frames = tuple(base64.b64decode(f, validate=True) for f in response["sse_base64"])
        return b"".join(frames), frames
    if "json" in response:
        return json.dumps(response["json"], separators=(",", ":")).encode(), None
    if "text" in response:
        return str(response["text"]).encode(), None
    if "base64" in response:
        return base64.b64decode(response["base64"], validate=True), None
    return b"", None


# -- recording --------------------------------------------------------------------------


def _body_fields(content: bytes, *, json_key: str = "json") -> dict[str, Any]:
    if not content:
        return {}
    try:
        return {json_key: json.loads(content)}
    except (ValueError, RecursionError):
        pass
    try:
        return {"text": content.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(content).decode()}


class _Capture:
    """One exchange on its way to the cassette."""

    def __init__(self, sink: _CassetteWriter, request: httpx2.Request) -> None:
        self._sink = sink
        self._time = dt.datetime.now(dt.UTC).isoformat()
        self._request: dict[str, Any] = {
            "method": request.method,
            "path": request.url.path,
            "query": redact_query(request.url.query.decode("ascii", "replace")),
            "headers": redact_headers(request.headers.multi_items()),
            **_body_fields(request.content),
        }
        self._path_id = _id_in_path(request.url.path)
        self._body = bytearray()
        self._truncated = False
        self._error: str | None = None
        self._done = False
        self._status = 0
        self._headers: dict[str, str] = {}
        self._sse = False
        self._decoder: Any = None

    def start(self, response: httpx2.Response) -> None:
        self._status = response.status_code
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        self._decoder = _decoder_for(encoding)
        kept = [
            (k, v) for k, v in response.headers.multi_items() if k.lower() not in _TRANSFER_HEADERS
        ]
        if self._decoder is None and encoding != "identity":
            kept.append(("content-encoding", encoding))  # kept encoded: replayed as it came
        self._headers = redact_headers(kept)
        self._sse = response.headers.get("content-type", "").startswith("text/event-stream")

    def feed(self, chunk: bytes) -> None:
        data = self._decoder.decompress(chunk) if self._decoder is not None else chunk
        if len(self._body) + len(data) > self._sink.max_body_bytes:
            self._truncated = True
            return
        self._body += data

    def fail(self, exc: BaseException) -> None:
        self._error = type(exc).__name__

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        body = bytes(self._body)
        item: dict[str, Any] = {
            "time": self._time,
            "request": self._request,
            "response": {"status": self._status, "headers": self._headers, **self._response(body)},
        }
        if self._error:
            item["error"] = self._error
        if self._truncated:
            item["truncated"] = True
        self._sink.write(self._path_id or _id_in_body(body, self._sse) or _UNASSIGNED, item)

    def _response(self, body: bytes) -> dict[str, Any]:
        if not self._sse:
            return _body_fields(body)
        frames = split_frames(body)
        try:
            return {"sse": [f.decode("utf-8") for f in frames]}
        except UnicodeDecodeError:
            return {"sse_base64": [base64.b64encode(f).decode() for f in frames]}


def _decoder_for(encoding: str) -> Any:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return zlib.decompressobj()
    return None


def _id_in_path(path: str) -> str | None:
    match = _ID_IN_PATH.search(path)
    return match.group(1) if match else None


def _id_in_body(body: bytes, sse: bool) -> str | None:
    if not sse:
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
        found = value.get("id") if isinstance(value, dict) else None
        return found if isinstance(found, str) else None
    for frame in split_frames(body)[:8]:
        for line in frame.splitlines():
            if line.startswith(b"data:"):
                try:
                    event = json.loads(line[5:])
                except (ValueError, RecursionError):
                    continue
                if isinstance(event, dict):
                    inner = event.get("interaction")
                    found = (
                        inner.get("id") if isinstance(inner, dict) else event.get("interaction_id")
                    )
                    if isinstance(found, str):
                        return found
    return None


class _CassetteWriter:
    """Appends exchanges, one JSON line each, to a file per interaction (or one file)."""

    def __init__(self, path: str | os.PathLike[str], max_body_bytes: int) -> None:
        self.path = Path(path)
        self.max_body_bytes = max_body_bytes
        self._lock = threading.Lock()
        self._single = self.path.suffix in (".ndjson", ".jsonl")

    def write(self, interaction_id: str, item: dict[str, Any]) -> None:
        if self._single:
            target = self.path
        else:
            target = self.path / f"{_SAFE_NAME.sub('_', interaction_id)[:200]}.ndjson"
        line = json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("a", encoding="utf-8") as file:
                file.write(line)


class _SyncTee(httpx2.SyncByteStream):
    def __init__(self, inner: httpx2.SyncByteStream, capture: _Capture) -> None:
        self._inner, self._capture = inner, capture

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                self._capture.feed(chunk)
                yield chunk
        except Exception as exc:
            self._capture.fail(exc)
            raise

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._capture.finish()


class _AsyncTee(httpx2.AsyncByteStream):
    def __init__(self, inner: httpx2.AsyncByteStream, capture: _Capture) -> None:
        self._inner, self._capture = inner, capture

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                self._capture.feed(chunk)
                yield chunk
        except Exception as exc:
            self._capture.fail(exc)
            raise

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._capture.finish()


def _prepare(request: httpx2.Request) -> None:
    request.read()
    # Uncompressed bodies are recorded byte for byte (gzip/deflate are decoded anyway).
    request.headers["accept-encoding"] = "identity"


class RecordingTransport(httpx2.BaseTransport):
    """An httpx2 transport that records every exchange through ``inner`` under ``path``.

    ``path`` is a directory (one ``<interaction id>.ndjson`` per interaction) or a
    ``.ndjson`` file (everything in it). Bodies beyond ``max_body_bytes`` are cut in the
    recording (marked ``"truncated": true``), never in what the caller receives.
    """

    def __init__(
        self,
        inner: httpx2.BaseTransport,
        path: str | os.PathLike[str],
        *,
        max_body_bytes: int = _DEFAULT_MAX_BODY,
    ) -> None:
        self._inner = inner
        self._writer = _CassetteWriter(path, max_body_bytes)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        _prepare(request)
        capture = _Capture(self._writer, request)
        response = self._inner.handle_request(request)
        capture.start(response)
        assert isinstance(response.stream, httpx2.SyncByteStream)
        response.stream = _SyncTee(response.stream, capture)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx2.AsyncBaseTransport):
    """The async twin of ``RecordingTransport`` (wraps an ``httpx2.AsyncBaseTransport``)."""

    def __init__(
        self,
        inner: httpx2.AsyncBaseTransport,
        path: str | os.PathLike[str],
        *,
        max_body_bytes: int = _DEFAULT_MAX_BODY,
    ) -> None:
        self._inner = inner
        self._writer = _CassetteWriter(path, max_body_bytes)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        _prepare(request)
        capture = _Capture(self._writer, request)
        response = await self._inner.handle_async_request(request)
        capture.start(response)
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _AsyncTee(response.stream, capture)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
