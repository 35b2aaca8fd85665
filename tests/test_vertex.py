"""Vertex AI against the emulator: bearer tokens from real credential objects, quota
project precedence, and the URLs each location and scoping mode produces."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from google.auth import credentials as ga_credentials

from interactions_ext import Client, Settings
from interactions_ext.routing import Operation, Router

from .conftest import Emu

MODEL = "gemini-2.5-flash"


class CountingCredentials(ga_credentials.Credentials):  # type: ignore[misc]
    """A real google-auth Credentials whose refresh issues token-1, token-2, ..."""

    def __init__(self, *, expired: bool = False, quota_project_id: str | None = None) -> None:
        super().__init__()
        self.refreshes = 0
        self._quota_project_id = quota_project_id
        if not expired:
            self.token = "token-0"
            self.expiry = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)

    def refresh(self, request: Any) -> None:
        self.refreshes += 1
        self.token = f"token-{self.refreshes}"
        self.expiry = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)


def _calls(emu: Emu) -> list[dict[str, Any]]:
    return [r for r in emu.requests() if "/_emulator" not in r["path"]]


def _vertex(emu: Emu, creds: Any, **kw: Any) -> Client:
    return Client(
        vertexai=True,
        project="proj",
        location=kw.pop("location", "us-central1"),
        credentials=creds,
        base_url=emu.base_url,
        **kw,
    )


def test_bearer_token_reaches_the_server(emu: Emu) -> None:
    creds = CountingCredentials()
    with _vertex(emu, creds) as client:
        client.create("hi", model=MODEL)
    (call,) = _calls(emu)
    assert call["headers"]["authorization"].startswith("Bearer <redacted")
    assert "x-goog-api-key" not in call["headers"]
    assert creds.refreshes == 0


def test_expired_token_is_refreshed_once(emu: Emu) -> None:
    creds = CountingCredentials(expired=True)
    with _vertex(emu, creds) as client:
        created = client.create("hi", model=MODEL)
        client.get(created.id)
    assert creds.refreshes == 1
    shown = [c["headers"]["authorization"] for c in _calls(emu)]
    assert len(shown) == 2 and shown[0] == shown[1]  # one refreshed token, used twice


def test_401_refreshes_and_retries_once(emu: Emu) -> None:
    emu.fault("status=401", times=1, match="create")
    creds = CountingCredentials()
    with _vertex(emu, creds) as client:
        assert client.create("hi", model=MODEL).status == "completed"
    assert creds.refreshes == 1
    first, second = (c["headers"]["authorization"] for c in _calls(emu))
    assert first != second  # the retry carries the refreshed token


@pytest.mark.parametrize(
    ("env", "argument", "own", "expected"),
    [
        (
            {"VERTEX_QUOTA_PROJECT_ID": "env-vertex", "GOOGLE_CLOUD_QUOTA_PROJECT": "env-cloud"},
            "arg",
            "creds",
            "arg",
        ),
        (
            {"VERTEX_QUOTA_PROJECT_ID": "env-vertex", "GOOGLE_CLOUD_QUOTA_PROJECT": "env-cloud"},
            None,
            "creds",
            "env-vertex",
        ),
        ({"GOOGLE_CLOUD_QUOTA_PROJECT": "env-cloud"}, None, "creds", "env-cloud"),
        ({}, None, "creds", "creds"),
        ({}, None, None, None),
    ],
)
def test_quota_project_precedence(
    emu: Emu,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    argument: str | None,
    own: str | None,
    expected: str | None,
) -> None:
    for var in ("VERTEX_QUOTA_PROJECT_ID", "GOOGLE_CLOUD_QUOTA_PROJECT"):
        monkeypatch.delenv(var, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with _vertex(
        emu, CountingCredentials(quota_project_id=own), quota_project_id=argument
    ) as client:
        client.create("hi", model=MODEL)
    (call,) = _calls(emu)
    assert call["headers"].get("x-goog-user-project") == expected


@pytest.mark.parametrize("scoping", ["all", "create-only"])
def test_paths_the_emulator_receives(emu: Emu, scoping: str) -> None:
    with _vertex(emu, CountingCredentials(), vertex_scoping=scoping) as client:
        created = client.create("hi", model=MODEL)
        client.get(created.id)
        client.delete(created.id)
    paths = [c["path"] for c in _calls(emu)]
    scoped = "/v1beta1/projects/proj/locations/us-central1/interactions"
    unscoped = "/v1beta1/interactions"
    rest = scoped if scoping == "all" else unscoped
    assert paths == [scoped, f"{rest}/{created.id}", f"{rest}/{created.id}"]


@pytest.mark.parametrize(
    ("location", "host"),
    [
        ("us-central1", "https://us-central1-aiplatform.googleapis.com"),
        ("europe-west4", "https://europe-west4-aiplatform.googleapis.com"),
        ("global", "https://aiplatform.googleapis.com"),
        ("us", "https://aiplatform.us.rep.googleapis.com"),
        ("eu", "https://aiplatform.eu.rep.googleapis.com"),
    ],
)
@pytest.mark.parametrize("scoping", ["all", "create-only"])
def test_routing_table(location: str, host: str, scoping: str) -> None:
    settings = Settings.resolve(
        vertexai=True, project="p", location=location, vertex_scoping=scoping, env={}
    )  # type: ignore[arg-type]
    router = Router(settings)
    scoped = f"{host}/v1beta1/projects/p/locations/{location}/interactions"
    rest = scoped if scoping == "all" else f"{host}/v1beta1/interactions"
    assert router.url("create") == scoped
    assert router.url("get", "abc") == f"{rest}/abc"
    assert router.url("delete", "abc") == f"{rest}/abc"
    assert router.url("cancel", "abc") == f"{rest}/abc/cancel"


@pytest.mark.parametrize(
    ("kwargs", "create", "get"),
    [
        (
            {"api_key": "k"},
            "https://generativelanguage.googleapis.com/v1beta/interactions",
            "https://generativelanguage.googleapis.com/v1beta/interactions/a%3Fb%20c",
        ),
        (
            {"api_key": "k", "api_version": "v1"},
            "https://generativelanguage.googleapis.com/v1/interactions",
            "https://generativelanguage.googleapis.com/v1/interactions/a%3Fb%20c",
        ),
        (
            {"api_key": "k", "vertexai": True},  # express mode: key, no project
            "https://aiplatform.googleapis.com/v1beta1/interactions",
            "https://aiplatform.googleapis.com/v1beta1/interactions/a%3Fb%20c",
        ),
    ],
)
def test_gemini_and_express_routes_escape_ids(
    kwargs: dict[str, Any], create: str, get: str
) -> None:
    router = Router(Settings.resolve(env={}, **kwargs))
    assert router.route("create", body={}).url == create
    assert router.route("get", interaction_id="a?b c").url == get


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b", "a\\b", "a\nb", "a\x00b", "a\x7fb"])
@pytest.mark.parametrize("op", ["get", "cancel", "delete"])
def test_ids_that_would_escape_their_path_segment_are_refused(bad: str, op: Operation) -> None:
    router = Router(Settings.resolve(env={}, api_key="k"))
    with pytest.raises(ValueError, match="interaction id"):
        router.route(op, interaction_id=bad)


def test_express_mode_sends_the_key_header(emu: Emu) -> None:
    with Client(vertexai=True, api_key="express-key", base_url=emu.base_url) as client:
        client.create("hi", model=MODEL)
    (call,) = _calls(emu)
    assert call["path"] == "/v1beta1/interactions"
    assert call["headers"]["x-goog-api-key"].startswith("<redacted")
    assert "authorization" not in call["headers"]


def test_demo_routing_shows_what_the_auth_classes_send(capsys: pytest.CaptureFixture[str]) -> None:
    from interactions_ext.demo import show_routes

    show_routes()
    printed = capsys.readouterr().out
    assert "x-goog-api-key: <redacted>" in printed and "AIza-demo" not in printed
    assert printed.count("authorization: Bearer <token>") == 2
    assert printed.count("x-goog-user-project: my-billing-project") == 2
    assert (
        "get    https://us-central1-aiplatform.googleapis.com/v1beta1/interactions/{id}" in printed
    )
