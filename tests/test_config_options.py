"""Client options are checked when the client is built, as Python checks a call.

A misspelt keyword must not be dropped silently (it would pick another backend or
timeout without a word), and a value of the wrong type must fail at construction,
not at the first request.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from interactions_ext import AsyncClient, Client, ClientOptions

OPTION_NAMES = sorted(ClientOptions.__annotations__)
CLIENTS = [Client, AsyncClient]


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    ("keyword", "suggestion"),
    [
        ("vertex", "vertexai"),
        ("api_kye", "api_key"),
        ("timeout_s", "timeout"),
        ("projcet", "project"),
        ("max_retry", "max_retries"),
        ("retry_polcy", "retry_policy"),
        ("http_clinet", "http_client"),
        ("stritc", "strict"),
    ],
)
def test_a_misspelt_keyword_is_named_with_the_close_one(
    cls: type[Any], keyword: str, suggestion: str
) -> None:
    with pytest.raises(TypeError) as caught:
        cls(api_key="k", **{keyword: "x"})
    assert str(caught.value) == (
        f"unexpected keyword argument {keyword!r}; did you mean {suggestion!r}?"
    )


def test_a_keyword_like_no_other_gets_no_suggestion() -> None:
    with pytest.raises(TypeError, match=r"^unexpected keyword argument 'colour'$"):
        Client(api_key="k", colour="blue")  # type: ignore[call-arg]


def test_vertex_for_vertexai_is_not_a_gemini_client(monkeypatch: pytest.MonkeyPatch) -> None:
    # With a Gemini key in the environment this used to build a Gemini client.
    monkeypatch.setenv("GEMINI_API_KEY", "env-key")
    with pytest.raises(TypeError, match="'vertex'; did you mean 'vertexai'"):
        Client(vertex=True, project="p")  # type: ignore[call-arg]


@given(
    name=st.sampled_from([n for n in OPTION_NAMES if len(n) >= 6]),
    position=st.integers(min_value=0, max_value=30),
    edit=st.sampled_from(["drop", "double", "swap"]),
)
def test_any_one_letter_slip_is_caught_and_answered(name: str, position: int, edit: str) -> None:
    i = position % (len(name) - 1)
    slipped = {
        "drop": name[:i] + name[i + 1 :],
        "double": name[: i + 1] + name[i:],
        "swap": name[:i] + name[i + 1] + name[i] + name[i + 2 :],
    }[edit]
    if slipped in OPTION_NAMES or slipped == name:
        return  # e.g. a swap of two equal letters
    with pytest.raises(TypeError) as caught:
        Client(api_key="k", **{slipped: None})
    match = re.fullmatch(
        r"unexpected keyword argument '(.+)'; did you mean '(.+)'\?", str(caught.value)
    )
    assert match is not None, str(caught.value)
    assert match[1] == slipped
    assert match[2] in OPTION_NAMES


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": "x"}, "timeout must be float | httpx2.Timeout | None, not str"),
        ({"timeout": True}, "timeout must be float | httpx2.Timeout | None, not bool"),
        ({"max_retries": 2.5}, "max_retries must be int | None, not float"),
        ({"max_retries": "3"}, "max_retries must be int | None, not str"),
        ({"vertexai": "true"}, "vertexai must be bool | None, not str"),
        ({"base_url": b"http://x"}, "base_url must be str | None, not bytes"),
        ({"api_revision": 20260507}, "api_revision must be str | None, not int"),
        ({"vertex_scoping": 1}, "vertex_scoping must be Literal['all', 'create-only'] | None"),
        ({"default_headers": ["x-a"]}, "default_headers must be Mapping[str, str] | None"),
        ({"max_connections": "10"}, "max_connections must be int | None, not str"),
    ],
)
def test_a_value_of_the_wrong_type_fails_at_construction(
    cls: type[Any], options: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        cls(api_key="k", **options)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    "options",
    [{"timeout": -1}, {"timeout": -0.5}, {"max_retries": -1}, {"max_keepalive_connections": -1}],
)
def test_a_negative_timeout_or_retry_count_is_a_value_error(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        Client(api_key="k", **options)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 5},
        {"timeout": 2.5},
        {"timeout": httpx2.Timeout(3.0)},
        {"timeout": None, "max_retries": None},
        {"max_retries": 0},
        {"vertexai": False, "api_version": "v1beta", "api_revision": "2026-05-07"},
        {"vertex_scoping": "create-only", "base_url": "http://127.0.0.1:1"},
        {"default_headers": {"x-team": "a"}, "max_connections": 10},
    ],
)
def test_well_typed_options_are_accepted(options: dict[str, Any]) -> None:
    with Client(api_key="k", **options) as client:
        assert client.settings.backend == "gemini"


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_every_client_keyword_is_among_the_suggestions(cls: type[Any]) -> None:
    from interactions_ext.config import _CLIENT_KEYWORDS

    own = set(inspect.signature(cls.__init__).parameters) - {"self", "options"}
    assert own == set(_CLIENT_KEYWORDS)
