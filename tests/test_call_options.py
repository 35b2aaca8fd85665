"""Per-call options on every method, raw responses, and client-wide default headers."""

from __future__ import annotations

import json

import httpx2
import pytest

from interactions_ext import APITimeoutError, RetryPolicy, ServiceUnavailableError

from .conftest import MakeClient
from .hostile import Answer, HostileServer

DONE = json.dumps({"id": "v1_opt", "status": "completed"}).encode()


def _ok(**headers: str) -> Answer:
    return Answer([DONE], content_type="application/json", headers=headers)


@pytest.mark.parametrize("method", ["create", "get", "cancel", "delete"])
def test_every_method_takes_extra_headers_and_query(
    hostile: HostileServer, make_client: MakeClient, method: str
) -> None:
    hostile.play(_ok())
    with make_client(base_url=hostile.base_url) as client:
        call = getattr(client, method)
        args = ("hi",) if method == "create" else ("v1_opt",)
        kwargs = {"model": "m"} if method == "create" else {}
        call(*args, extra_headers={"x-trace": "t1"}, extra_query={"alt": "json"}, **kwargs)
    (request,) = hostile.received
    assert {k.lower(): v for k, v in request["headers"].items()}["x-trace"] == "t1"
    assert "alt=json" in request["path"]


def test_max_retries_per_call(hostile: HostileServer, make_client: MakeClient) -> None:
    hostile.play(Answer([b"{}"], status=503, content_type="application/json"))
    fast = RetryPolicy(max_retries=5, initial_backoff=0.0, max_backoff=0.0)
    with make_client(base_url=hostile.base_url, retry_policy=fast) as client:
        with pytest.raises(ServiceUnavailableError):
            client.get("v1_opt", max_retries=1)
    assert len(hostile.received) == 2


@pytest.mark.timeout(30)
def test_timeout_per_call(hostile: HostileServer, make_client: MakeClient) -> None:
    hostile.play(Answer([30.0, DONE], content_type="application/json"))
    with make_client(base_url=hostile.base_url, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.get("v1_opt", timeout=0.5)


def test_a_raw_response_has_status_headers_and_the_result(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    hostile.play(_ok(**{"x-request-id": "req-9", "x-ratelimit-remaining": "41"}))
    with make_client(base_url=hostile.base_url) as client:
        raw = client.with_raw_response.get("v1_opt")
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "41" and raw.request_id == "req-9"
    assert raw.parsed.id == "v1_opt"


def test_errors_keep_the_response_headers(hostile: HostileServer, make_client: MakeClient) -> None:
    hostile.play(
        Answer(
            [b'{"error": {"code": 429}}'],
            status=429,
            content_type="application/json",
            headers={"retry-after": "120"},
        )
    )
    fast = RetryPolicy(max_retries=0)
    with make_client(base_url=hostile.base_url, retry_policy=fast) as client:
        with pytest.raises(Exception) as info:
            client.create("x", model="m")
    assert info.value.headers["retry-after"] == "120"  # type: ignore[attr-defined]


def test_default_headers_go_on_every_request(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    hostile.play(_ok())
    with make_client(base_url=hostile.base_url, default_headers={"x-team": "search"}) as c:
        c.get("v1_opt")
        c.get("v1_opt", extra_headers={"x-team": "ads"})
    teams = [{k.lower(): v for k, v in r["headers"].items()}["x-team"] for r in hostile.received]
    assert teams == ["search", "ads"]


def test_last_event_id_without_stream_is_refused(make_client: MakeClient) -> None:
    with make_client() as client, pytest.raises(ValueError, match="stream=True"):
        client.get("v1_opt", last_event_id="evt_1")


def test_an_api_key_header_per_call_removes_the_bearer(hostile: HostileServer) -> None:
    from google.auth import credentials as ga_credentials

    class Static(ga_credentials.Credentials):  # type: ignore[misc]
        def refresh(self, request: object) -> None:
            self.token = "bearer-token"

    hostile.play(_ok())
    from interactions_ext import Client

    with Client(vertexai=True, project="p", credentials=Static(), base_url=hostile.base_url) as c:
        c.get("v1_opt", extra_headers={"x-goog-api-key": "express"})
    (request,) = hostile.received
    headers = {k.lower() for k in request["headers"]}
    assert "x-goog-api-key" in headers and "authorization" not in headers
    assert isinstance(httpx2.Headers(request["headers"])["x-goog-api-key"], str)
