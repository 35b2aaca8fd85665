"""Every failure is a typed error that keeps what the server said and never a secret."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from google.auth import credentials as ga_credentials
from google.auth.exceptions import RefreshError

from interactions_ext import (
    APIConnectionError,
    AsyncClient,
    BadRequestError,
    Client,
    RetryPolicy,
    StreamInterruptedError,
    WaitTimeoutError,
)
from interactions_ext.errors import (
    ClientClosedError,
    CredentialsRefreshError,
    StreamNotAvailableError,
)
from interactions_ext.polling import PollPlan

from .conftest import Emu, MakeClient
from .hostile import Answer, HostileServer, created, delta, serve, sse

FAST = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)
SECRET = "sk-very-secret-key"


@pytest.fixture
def other_host() -> Iterator[HostileServer]:
    yield from serve()


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "pieces",
    [[3600.0], [b": ping\n\n", *([0.2, b": ping\n\n"] * 300)]],
    ids=["silent", "heartbeats"],
)
def test_a_streamed_wait_ends_at_its_deadline_whatever_the_server_sends(
    hostile: HostileServer, make_client: MakeClient, pieces: list[bytes | float]
) -> None:
    hostile.play(Answer(pieces))
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with pytest.raises(WaitTimeoutError):
            client.wait_for_completion("v1_slow", timeout=1.5, stream=True)
    assert len(hostile.received) >= 1


def test_a_json_answer_to_a_stream_request_keeps_the_interaction(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    done = json.dumps({"id": "v1_whole", "status": "completed"}).encode()
    hostile.play(Answer([done], content_type="application/json"))
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with pytest.raises(StreamNotAvailableError) as info:
            client.create("x", model="m", stream=True)
    assert info.value.interaction is not None and info.value.interaction.id == "v1_whole"
    assert info.value.interaction_id == "v1_whole"


def test_an_html_answer_to_a_stream_request_is_typed_with_an_excerpt(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    page = b"<html><body>" + b"Sign in to the corporate proxy. " * 2000 + b"</body></html>"
    hostile.play(Answer([page], content_type="text/html"))
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with pytest.raises(StreamNotAvailableError, match="text/html") as info:
            client.create("x", model="m", stream=True)
    assert info.value.interaction is None
    assert b"corporate proxy" in info.value.body and len(info.value.body) <= 4099


def test_a_huge_error_body_is_read_up_to_a_cap_and_kept_truncated(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    body = json.dumps({"error": {"code": 400, "message": "bad", "pad": "x" * (8 << 20)}})
    hostile.play(
        Answer(
            [body.encode()],
            status=400,
            content_type="application/json",
            headers={"retry-after": "7"},
        )
    )
    with make_client(base_url=hostile.base_url, retry_policy=FAST) as client:
        with pytest.raises(BadRequestError) as info:
            client.create("x", model="m")
    assert len(info.value.body) <= 4099
    assert info.value.headers["retry-after"] == "7"


def test_using_a_closed_client_is_a_typed_error(make_client: MakeClient) -> None:
    client = make_client()
    client.close()
    with pytest.raises(ClientClosedError):
        client.create("x", model="m")


def test_connection_errors_keep_no_secret(make_client: MakeClient) -> None:
    with make_client(api_key=SECRET, base_url="http://127.0.0.1:9", retry_policy=FAST) as c:
        with pytest.raises(APIConnectionError) as info:
            c.get("v1_x")
    chain: list[BaseException] = []
    exc: BaseException | None = info.value
    while exc is not None:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    shown = [repr(e) + str(e) for e in chain]
    shown += [repr(e.request.headers) for e in chain if isinstance(e, httpx2.RequestError)]
    assert SECRET not in " ".join(shown)
    assert len(chain) > 1  # the transport error is still there to debug with


def test_interrupted_streams_keep_no_secret_in_their_cause(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    hostile.play(
        Answer([sse(created("v1_cut")), sse(delta(0, "a ", "e1"))]), Answer([], status=503)
    )
    with make_client(api_key=SECRET, base_url=hostile.base_url, retry_policy=FAST) as client:
        stream = client.create("x", model="m", stream=True)
        with pytest.raises(StreamInterruptedError) as info, stream:
            list(stream)
    err: Any = info.value
    assert SECRET not in repr(err) + repr(err.cause) + repr(vars(err))


def test_a_connection_broken_mid_stream_leaves_no_secret_in_the_cause(
    hostile: HostileServer, make_client: MakeClient
) -> None:
    # The body promises more than it sends: httpx2 raises a transport error mid-stream.
    cut = [sse(created("v1_broken")), sse(delta(0, "a ", "e1"))]
    hostile.play(Answer(cut, headers={"content-length": "100000"}))
    with make_client(api_key=SECRET, base_url=hostile.base_url, retry_policy=FAST) as client:
        stream = client.create("x", model="m", stream=True)
        with pytest.raises(StreamInterruptedError) as info, stream:
            list(stream)
    cause: Any = info.value.cause
    assert isinstance(cause, httpx2.TransportError)
    assert SECRET not in repr(cause.request.headers)


@pytest.mark.parametrize("own_client", [False, True])
def test_credentials_never_follow_a_redirect_to_another_host(
    hostile: HostileServer, other_host: HostileServer, own_client: bool
) -> None:
    other_host.play(Answer([b"{}"], content_type="application/json"))
    hostile.play(Answer([], status=307, headers={"location": other_host.base_url + "/steal"}))
    http = httpx2.Client(follow_redirects=True) if own_client else None
    with (
        Client(api_key=SECRET, base_url=hostile.base_url, retry_policy=FAST, http_client=http) as c,
        pytest.raises(Exception) as info,
    ):
        c.get("v1_x")
    assert other_host.received == []
    assert SECRET not in repr(info.value) + str(info.value)


def test_a_client_passed_in_keeps_credentials_and_user_agent(emu: Emu) -> None:
    with Client(api_key="k", base_url=emu.base_url, http_client=httpx2.Client()) as client:
        assert client.create("hi", model="gemini-2.5-flash").status == "completed"
    (call,) = emu.requests()
    assert call["headers"]["x-goog-api-key"].startswith("<redacted")
    assert call["headers"]["user-agent"].startswith("interactions-ext/")


def test_a_per_call_credential_replaces_the_clients_own(hostile: HostileServer) -> None:
    hostile.play(
        Answer(
            [json.dumps({"id": "v1", "status": "completed"}).encode()],
            content_type="application/json",
        )
    )
    with Client(api_key=SECRET, base_url=hostile.base_url) as client:
        client.create("x", model="m", extra_headers={"Authorization": "Bearer other"})
    (request,) = hostile.received
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["authorization"] == "Bearer other"
    assert "x-goog-api-key" not in headers


class _Refuses(ga_credentials.Credentials):  # type: ignore[misc]
    def refresh(self, request: object) -> None:
        raise RefreshError("invalid_grant: token has been expired or revoked")


def test_a_failed_credential_refresh_is_an_authentication_error(hostile: HostileServer) -> None:
    hostile.play(Answer([b"{}"], content_type="application/json"))
    with Client(vertexai=True, project="p", credentials=_Refuses(), base_url=hostile.base_url) as c:
        with pytest.raises(CredentialsRefreshError, match="invalid_grant"):
            c.get("v1_x")
    assert hostile.received == []


def test_a_failed_refresh_during_a_resume_carries_the_cursor(hostile: HostileServer) -> None:
    class RevokedAfterFirst(ga_credentials.Credentials):  # type: ignore[misc]
        """Refreshed before every request (never valid); only the first refresh works."""

        refreshes = 0

        @property
        def valid(self) -> bool:
            return False

        def refresh(self, request: object) -> None:
            RevokedAfterFirst.refreshes += 1
            if RevokedAfterFirst.refreshes > 1:
                raise RefreshError("revoked")
            self.token = "t1"

    hostile.play(Answer([sse(created("v1_r")), sse(delta(0, "a ", "e1"))]))
    with Client(
        vertexai=True,
        project="p",
        credentials=RevokedAfterFirst(),
        base_url=hostile.base_url,
        retry_policy=FAST,
    ) as c:
        stream = c.create("x", model="m", stream=True)
        with pytest.raises(StreamInterruptedError) as info, stream:
            list(stream)
    assert info.value.interaction_id == "v1_r" and info.value.last_event_id == "e1"
    assert isinstance(info.value.cause, CredentialsRefreshError)


def test_the_poll_schedule_survives_any_number_of_polls() -> None:
    plan = PollPlan(interval=1.0, max_interval=30.0, polls=100_000)
    assert 0 < plan.next_delay() <= 33.0


async def test_many_more_streams_than_connections_all_complete(emu: Emu) -> None:
    emu.scenario(event_delay_ms=5, answer_words=30)
    async with AsyncClient(api_key="k", base_url=emu.base_url, max_connections=4) as client:

        async def one() -> str:
            stream = await client.create("hi", model="gemini-2.5-flash", stream=True)
            async with stream:
                return await stream.text()

        answers = await asyncio.gather(*(one() for _ in range(40)))
    assert len(answers) == 40 and all(answers)
