"""The emulator left running: credentials never shown, a guarded control surface, limits,
responsiveness during a huge answer, and JSON errors in the API's shape for every bad input."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interactions_ext.cassette import REDACTED, fingerprint, redact_headers, redact_query
from interactions_ext.emulator import TOKEN_ENV, TOKEN_HEADER, Emulator
from interactions_ext.emulator.state import is_loopback

from .conftest import EMU_KEY, Emu

MODEL = "gemini-2.5-flash"
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def assert_api_error(response: httpx2.Response, status: int) -> dict[str, Any]:
    """The response is ``status`` with a JSON body in one of the API's two error shapes."""
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    if error["code"] == "invalid_request":
        assert status == 400
    else:
        assert error["code"] == status and isinstance(error["status"], str)
    return dict(error)


def _create(
    http: httpx2.Client, headers: dict[str, str] | None = None, **body: Any
) -> httpx2.Response:
    return http.post(
        "/v1beta/interactions", json={"model": MODEL, "input": "hi", **body}, headers=headers
    )


# --- credentials ---------------------------------------------------------------------------

SECRETS = {
    "header x-goog-api-key": ({"x-goog-api-key": "sk-header-0001"}, "", "sk-header-0001"),
    "authorization bearer": ({"authorization": "Bearer sk-bearer-0002"}, "", "sk-bearer-0002"),
    "proxy-authorization": ({"proxy-authorization": "Basic c2stcHJveHk="}, "", "c2stcHJveHk="),
    "cookie": ({"cookie": "SID=sk-cookie-0004; theme=dark"}, "", "sk-cookie-0004"),
    "x-api-key": ({"x-api-key": "sk-xapikey-0005"}, "", "sk-xapikey-0005"),
    "iam token": ({"x-goog-iam-authorization-token": "sk-iam-0006"}, "", "sk-iam-0006"),
    "query key": ({}, "key=sk-query-0007", "sk-query-0007"),
    "query access_token": ({}, "access_token=sk-query-0008", "sk-query-0008"),
    "query token": ({}, "alt=sse&token=sk-query-0009", "sk-query-0009"),
    "query api_key": ({}, "api_key=sk-query-0010", "sk-query-0010"),
    "refresh token header": ({"x-refresh-token": "sk-refresh-0011"}, "", "sk-refresh-0011"),
    "client secret header": ({"x-client-secret": "sk-secret-0012"}, "", "sk-secret-0012"),
    "password header": ({"x-password": "sk-password-0013"}, "", "sk-password-0013"),
    "credential header": ({"x-goog-credential": "sk-cred-0014"}, "", "sk-cred-0014"),
    "session header": ({"x-session-id": "sk-session-0015"}, "", "sk-session-0015"),
    "any -key header": ({"x-service-key": "sk-service-0016"}, "", "sk-service-0016"),
    "basic authorization": (
        {"authorization": "Basic c2stYmFzaWMtMDAxNw=="},
        "",
        "c2stYmFzaWMtMDAxNw==",
    ),
    "query sig": ({}, "sig=sk-query-0018", "sk-query-0018"),
    "query signature": ({}, "alt=sse&signature=sk-query-0019", "sk-query-0019"),
    "query code": ({}, "code=sk-query-0020", "sk-query-0020"),
    "query auth": ({}, "auth=sk-query-0021", "sk-query-0021"),
    "query upper-case KEY": ({}, "KEY=sk-query-0022", "sk-query-0022"),
    "query client_secret": ({}, "client_secret=sk-query-0023", "sk-query-0023"),
    "query password": ({}, "password=sk-query-0024", "sk-query-0024"),
    "query key twice": ({}, "key=sk-query-0025&key=sk-query-0025b", "sk-query-0025"),
    "query percent-encoded": ({}, "key=sk%2Dquery%2D0026", "sk-query-0026"),
}


@pytest.mark.parametrize("form", list(SECRETS))
def test_every_credential_form_is_redacted_in_the_log_and_request_log(
    emu: Emu, form: str, caplog: pytest.LogCaptureFixture
) -> None:
    headers, query, secret = SECRETS[form]
    caplog.set_level(logging.DEBUG, logger="interactions_ext.emulator")
    url = f"{emu.base_url}/v1beta/interactions" + (f"?{query}" if query else "")
    httpx2.post(url, json={"model": MODEL, "input": "hi"}, headers={**EMU_KEY, **headers})
    logged = json.dumps(emu.requests())
    assert secret not in logged and secret.replace("-", "%2D") not in logged
    assert "<redacted #" in logged
    assert secret not in caplog.text
    assert any(r.name == "interactions_ext.emulator" for r in caplog.records)


def test_the_fingerprint_tells_credentials_apart_without_showing_them(
    emu: Emu, http: httpx2.Client
) -> None:
    for token in ("first-token", "second-token"):
        _create(http, headers={"authorization": f"Bearer {token}", "x-goog-api-key": ""})
    shown = [r["headers"]["authorization"] for r in emu.requests()]
    assert shown == [
        f"Bearer <redacted #{fingerprint(t)}>" for t in ("first-token", "second-token")
    ]


def test_the_quota_project_is_not_a_credential(emu: Emu, http: httpx2.Client) -> None:
    _create(http, headers={"x-goog-user-project": "my-billing-project"})
    (logged,) = emu.requests()
    assert logged["headers"]["x-goog-user-project"] == "my-billing-project"


def test_credential_settings_are_not_echoed(emu: Emu) -> None:
    emu.scenario(api_key="the-only-key", bearer_token="the-only-token")
    shown = json.dumps(emu._admin("GET", "scenarios"))
    assert "the-only-key" not in shown and "the-only-token" not in shown
    assert emu._admin("GET", "scenarios")["api_key"] == REDACTED


@given(
    name=st.sampled_from(
        [
            "Authorization",
            "X-Goog-Api-Key",
            "cookie",
            "Proxy-Authorization",
            "X-Refresh-Token",
            "x-client-secret",
            "Session-Id",
            "X-Api-Key",
        ]
    ),
    scheme=st.sampled_from(["", "Bearer ", "Basic ", "token "]),
    secret=st.text(alphabet="abcdefghijkmnopqstuvwxyz0123456789-_", min_size=12, max_size=40),
    mark=st.booleans(),
)
def test_redaction_never_keeps_the_secret(name: str, scheme: str, secret: str, mark: bool) -> None:
    headers = redact_headers([(name, scheme + secret), ("accept", "text/plain")], mark=mark)
    query = redact_query(f"alt=sse&{name}={secret}", mark=mark)
    assert secret not in json.dumps(headers) and secret not in query
    assert headers["accept"] == "text/plain"


# --- the control token -------------------------------------------------------------------


def test_a_control_token_guards_the_control_endpoints_only() -> None:
    with Emulator(control_token="ctl-secret-1") as emu:
        url = f"{emu.base_url}/_emulator/scenarios"
        assert_api_error(httpx2.get(url), 401)
        assert_api_error(httpx2.get(url, headers={TOKEN_HEADER: "wrong"}), 403)
        assert_api_error(httpx2.post(f"{emu.base_url}/_emulator/reset"), 401)
        assert httpx2.get(url, headers={TOKEN_HEADER: "ctl-secret-1"}).status_code == 200
        created = httpx2.post(
            f"{emu.base_url}/v1beta/interactions",
            json={"model": MODEL, "input": "x"},
            headers=EMU_KEY,
        )
        assert created.status_code == 200  # the API itself is not behind the token
        emu.reset()  # the helper sends the token


def test_the_control_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, "from-the-env")
    with Emulator() as emu:
        url = f"{emu.base_url}/_emulator/requests"
        assert_api_error(httpx2.get(url), 401)
        assert httpx2.get(url, headers={TOKEN_HEADER: "from-the-env"}).status_code == 200


def test_listening_beyond_loopback_without_a_token_warns(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    caplog.set_level(logging.WARNING, logger="interactions_ext.emulator")
    with Emulator(host="0.0.0.0") as emu:
        assert httpx2.get(f"{emu.base_url}/_emulator/scenarios").status_code == 200
    assert TOKEN_ENV in caplog.text
    caplog.clear()
    with Emulator(host="0.0.0.0", control_token="t"), Emulator(host="127.0.0.1"):
        pass
    assert TOKEN_ENV not in caplog.text


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.1.2.3", False),
        ("example.com", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_the_command_line_warns_when_exposed_and_not_with_a_token() -> None:
    for extra, warned in (([], True), (["--control-token", "x"], False)):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "interactions_ext.emulator",
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin"},
        )
        try:
            assert process.stdout is not None
            assert "listening on" in process.stdout.readline()
        finally:
            process.terminate()
            _, err = process.communicate(timeout=10)
        assert (TOKEN_ENV in err) is warned


# --- limits ------------------------------------------------------------------------------


def test_an_oversized_body_is_refused_with_413_before_it_is_read(
    emu: Emu, http: httpx2.Client
) -> None:
    emu.scenario(max_body_bytes=4096)
    big = {"model": MODEL, "input": "x" * 10_000}
    error = assert_api_error(http.post("/v1beta/interactions", json=big), 413)
    assert "4096" in error["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts what arrives
        yield b'{"model": "m", "input": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'

    assert_api_error(http.post("/v1beta/interactions", content=chunks()), 413)
    assert _create(http).status_code == 200


def test_the_default_body_limit_is_20_mib(http: httpx2.Client) -> None:
    body = b'{"model": "m", "input": "' + b"z" * (21 << 20) + b'"}'
    assert_api_error(http.post("/v1beta/interactions", content=body), 413)


@pytest.mark.parametrize(
    "scenario",
    ["answer_words=1000000000", "delta_bytes=4000000000", "delta_bytes=4e9", "answer_words=abc"],
)
def test_answer_size_caps_answer_400(http: httpx2.Client, scenario: str) -> None:
    error = assert_api_error(_create(http, {"x-emulator-scenario": scenario}), 400)
    assert scenario.split("=")[0] in error["message"]


def test_an_agent_answer_counts_ten_fold_against_the_cap(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(max_answer_words=1000)
    body = {"agent": "deep-research-pro-preview-12-2025", "input": "x"}
    response = http.post(
        "/v1beta/interactions", json=body, headers={"x-emulator-scenario": "answer_words=200"}
    )
    assert "max_answer_words" in assert_api_error(response, 400)["message"]


@pytest.mark.parametrize("stream", [False, True], ids=["unary", "stream"])
def test_a_small_request_is_answered_while_a_huge_answer_is_being_sent(
    emu: Emu, http: httpx2.Client, stream: bool
) -> None:
    emu.scenario(answer_words=10_000_000)
    started, finished = threading.Event(), threading.Event()
    stop = threading.Event()

    def huge() -> None:
        with httpx2.Client(base_url=emu.base_url, headers=EMU_KEY, timeout=60) as slow:
            body = {"model": MODEL, "input": "everything", "stream": stream}
            request = slow.build_request("POST", "/v1beta/interactions", json=body)
            response = slow.send(request, stream=True)
            try:
                for _ in response.iter_raw():
                    started.set()
                    if stop.is_set():
                        return
                finished.set()
            finally:
                response.close()

    reader = threading.Thread(target=huge)
    reader.start()
    try:
        assert started.wait(60)
        small = _create(http, {"x-emulator-scenario": "answer_words=5"})
        assert small.status_code == 200
        assert http.get("/_emulator/scenarios").status_code == 200
        assert not finished.is_set()  # the huge answer was still on its way
    finally:
        stop.set()
        reader.join(60)


def test_a_huge_unary_answer_arrives_whole(http: httpx2.Client) -> None:
    response = _create(http, {"x-emulator-scenario": "answer_words=30000"})
    steps = response.json()["steps"]
    assert len(steps[-1]["content"][0]["text"].split()) == 30_000


def test_stored_interactions_are_capped(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(max_interactions=3)
    ids = [_create(http).json()["id"] for _ in range(5)]
    found = [http.get(f"/v1beta/interactions/{i}").status_code for i in ids]
    assert found == [404, 404, 200, 200, 200]


# --- every bad input answered in the API's JSON shape ------------------------------------


def _nested_input(depth: int) -> bytes:
    # Built as text: encoding it from objects would itself overflow the stack.
    opening = b'{"type": "user_input", "content": [' * depth
    return opening + b'{"type": "text", "text": "deep"}' + b"]}" * depth


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"model": "m", "input": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"model": "gemini-2.5-flash", "input": [' + _nested_input(2000) + b"]}",
        b'{"model": ',
        b"\xff\xfe not utf-8",
        b"null",
        b"[]",
        b'"text"',
    ],
    ids=[
        "100k-deep",
        "5000-deep-input",
        "user-input-2000-deep",
        "truncated",
        "not-utf8",
        "null",
        "array",
        "string",
    ],
)
def test_malformed_bodies_answer_400_json(http: httpx2.Client, content: bytes) -> None:
    response = http.post("/v1beta/interactions", content=content)
    assert_api_error(response, 400)


def test_odd_ids_answer_json(http: httpx2.Client) -> None:
    created = _create(http).json()["id"]
    for last in ("evt_²", "evt_" + "9" * 5000, "evt_-1", "evt_0x10"):
        response = http.get(
            f"/v1beta/interactions/{created}", params={"stream": "true", "last_event_id": last}
        )
        assert_api_error(response, 400)
    assert_api_error(http.get("/v1beta/interactions/" + "7" * 5000), 404)
    assert_api_error(http.get("/v1beta/interactions/%C2%B2"), 404)
    assert_api_error(_create(http, previous_interaction_id="8" * 5000), 404)


def test_other_bad_requests_answer_json(emu: Emu, http: httpx2.Client) -> None:
    assert_api_error(http.put("/v1beta/interactions"), 405)
    assert_api_error(http.get("/nowhere"), 404)
    assert_api_error(httpx2.post(f"{emu.base_url}/v1beta/interactions", json={}), 401)
    assert_api_error(_create(http, {"x-emulator-scenario": "warp=9"}), 400)
    assert_api_error(_create(http, {"x-emulator-scenario": "terminal_status=exploded"}), 400)
    assert_api_error(_create(http, {"x-emulator-terminal-status": "exploded"}), 400)


@pytest.mark.parametrize("body", [[], "x", 5, None, {"clock_speed": [1]}])
def test_scenarios_that_are_not_objects_of_settings_answer_400(emu: Emu, body: Any) -> None:
    response = httpx2.post(f"{emu.base_url}/_emulator/scenarios", content=json.dumps(body).encode())
    assert_api_error(response, 400)


@pytest.mark.parametrize("status", ["99", "200", "302", "399", "600", "1000", "abc", "5e2"])
def test_fault_statuses_are_real_http_errors_only(
    emu: Emu, http: httpx2.Client, status: str
) -> None:
    assert_api_error(_create(http, {"x-emulator-fault": f"status={status}"}), 400)
    queued = httpx2.post(f"{emu.base_url}/_emulator/faults", json={"fault": f"status={status}"})
    assert_api_error(queued, 400)
    assert emu._admin("GET", "faults") == []


@pytest.mark.parametrize("status", [400, 404, 413, 429, 499, 500, 503, 599])
def test_every_real_error_status_is_answered_in_the_api_shape(
    http: httpx2.Client, status: int
) -> None:
    assert_api_error(_create(http, {"x-emulator-fault": f"status={status}"}), status)


@pytest.mark.parametrize(
    "spec",
    [
        {"fault": "status=503", "times": "abc"},
        {"fault": "status=503", "times": 0},
        {"fault": "status=503", "match": "everything"},
        {"fault": "status=503", "extra": 1},
        {"fault": 503},
        {"times": 1},
        [],
        {"fault": "retry_after=a\r\nx: y,status=503"},
    ],
)
def test_bad_queued_faults_are_refused_and_nothing_is_queued(emu: Emu, spec: Any) -> None:
    response = httpx2.post(f"{emu.base_url}/_emulator/faults", content=json.dumps(spec).encode())
    assert_api_error(response, 400)
    assert emu._admin("GET", "faults") == []


# --- atomic settings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"clock_speed": "nan"}',
        b'{"clock_speed": NaN}',
        b'{"answer_words": 7, "latency_ms": 1e400}',
        b'{"answer_words": 7, "clock_speed": "inf"}',
        b'{"answer_words": 7, "clock_speed": 0}',
        b'{"answer_words": 7, "latency_ms": -1}',
        b'{"answer_words": 7, "visibility_delay_gets": 2.5}',
        b'{"answer_words": 7, "malformed_json": "perhaps"}',
        b'{"answer_words": 7, "default_revision": "2020-01-01"}',
        b'{"answer_words": 7, "api_key": 12345}',
        b'{"answer_words": 7, "delta_bytes": 2000000}',
        b'{"answer_words": 7, "max_answer_words": 5}',
        b'{"answer_words": 7, "warp": 9}',
    ],
)
def test_a_bad_setting_rejects_the_whole_update(emu: Emu, content: bytes) -> None:
    before = emu._admin("GET", "scenarios")
    response = httpx2.post(f"{emu.base_url}/_emulator/scenarios", content=content)
    assert_api_error(response, 400)
    assert emu._admin("GET", "scenarios") == before
    created = httpx2.post(
        f"{emu.base_url}/v1beta/interactions", json={"model": MODEL, "input": "x"}, headers=EMU_KEY
    )
    assert created.status_code == 200  # still serving, with the old settings


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**13), 10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)


@PROPERTY
@given(
    values=st.dictionaries(
        st.sampled_from(
            [
                "clock_speed",
                "answer_words",
                "latency_ms",
                "delta_bytes",
                "terminal_status",
                "malformed_json",
                "output_limit_words",
                "nonsense",
            ]
        ),
        _VALUES,
        min_size=1,
        max_size=4,
    )
)
def test_any_settings_update_is_all_or_nothing(http: httpx2.Client, values: dict[str, Any]) -> None:
    http.post("/_emulator/reset")
    before = http.get("/_emulator/scenarios").json()
    content = json.dumps(values).encode()  # NaN/Infinity spelled as JSON extensions
    response = http.post("/_emulator/scenarios", content=content)
    after = http.get("/_emulator/scenarios").json()
    if response.status_code == 200:
        assert all(after[k] == response.json()[k] for k in values)
    else:
        assert_api_error(response, 400)
        assert after == before


@PROPERTY
@given(
    header=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_=,0123456789.-", max_size=40),
    fault=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_=,0123456789.-", max_size=40),
)
def test_any_scenario_or_fault_header_answers_200_or_api_json(
    http: httpx2.Client, header: str, fault: str
) -> None:
    response = _create(http, {"x-emulator-scenario": header, "x-emulator-fault": fault})
    if response.status_code != 200:
        assert_api_error(response, response.status_code)


_KEYS = st.sampled_from(
    [
        "model",
        "input",
        "agent",
        "stream",
        "store",
        "background",
        "tools",
        "continuation_token",
        "previous_interaction_id",
        "type",
        "text",
        "content",
    ]
)


@PROPERTY
@given(
    body=st.recursive(
        _VALUES,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_create_body_answers_200_or_api_json(http: httpx2.Client, body: Any) -> None:
    response = http.post("/v1beta/interactions", content=json.dumps(body).encode())
    if response.status_code != 200:
        assert_api_error(response, response.status_code)
