"""Every public exception survives pickling: same type, message and attributes.

A worker process that raises one must hand its parent the same error, cursor
included, and never the API key its request carried.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx2
import pytest

import interactions_ext
from interactions_ext import Client, StreamInterruptedError, errors
from interactions_ext import types as t
from interactions_ext.store import Record

from .conftest import Emu

MODEL = "gemini-2.5-flash"
KEY = "AIza-pickle-test-key-never-shown"


def _exception_classes() -> list[type[BaseException]]:
    names = {*interactions_ext.__all__, *errors.__all__}
    found = {getattr(interactions_ext, n, None) or getattr(errors, n, None) for n in names}
    return sorted(
        (c for c in found if isinstance(c, type) and issubclass(c, BaseException)),
        key=lambda c: c.__name__,
    )


_INTERACTION = t.Interaction(id="int-1", status="in_progress")
_API_FIELDS: dict[str, Any] = {
    "status_code": 429,
    "code": 429,
    "status": "RESOURCE_EXHAUSTED",
    "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2s"}],
    "interaction_id": "int-1",
    "request_id": "req-1",
    "body": {"error": {"code": 429, "message": "slow down"}},
    "headers": {"retry-after": "2", "x-request-id": "req-1"},
    "continuation_token": "ct-1",
    "partial": _INTERACTION,
}
# One sample per constructor shape; a class is built with its nearest ancestor's sample,
# so a new exception with a new constructor fails here until it gets its own.
_SAMPLES: dict[type[BaseException], Callable[[type[Any]], BaseException]] = {
    errors.InteractionsError: lambda cls: cls("something went wrong"),
    errors.APIError: lambda cls: cls("slow down", **_API_FIELDS),
    errors.StreamDecodeError: lambda cls: cls("bad event", event="step.delta", data=b"{oops"),
    errors.StreamInterruptedError: lambda cls: cls(
        "stream ended",
        interaction_id="int-1",
        last_event_id="evt-7",
        cause=None,
        continuation_token="ct-1",
    ),
    errors.WaitTimeoutError: lambda cls: cls("still running", interaction=_INTERACTION),
    errors.ToolLoopError: lambda cls: cls("too many steps", interaction=_INTERACTION),
    errors.FunctionArgumentsError: lambda cls: cls("bad JSON", name="get_weather", raw='{"ci'),
    errors.StructuredOutputError: lambda cls: cls("not a City", text="Oslo"),
    errors.StoreError: lambda cls: cls("store is closed", key="checkpoint:job-42"),
    errors.StoreConflict: lambda cls: cls(
        "at version 3", key="thread:u", expected=2, current=Record({"head": "v1_a"}, 3)
    ),
    errors.ThreadConflictError: lambda cls: cls(
        "taken",
        key="thread:u",
        expected=2,
        current=Record({"head": "v1_a"}, 3),
        interaction=_INTERACTION,
        head="v1_a",
    ),
    UserWarning: lambda cls: cls("the answer is incomplete"),
}


def _sample(cls: type[BaseException]) -> BaseException:
    factory = next(_SAMPLES[base] for base in cls.__mro__ if base in _SAMPLES)
    return factory(cls)


def _assert_same(copy: BaseException, original: BaseException) -> None:
    assert type(copy) is type(original)
    assert str(copy) == str(original)
    assert repr(copy) == repr(original)
    assert copy.args == original.args
    assert vars(copy) == vars(original)


CLASSES = _exception_classes()


def test_the_public_exceptions_are_all_here() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"StreamInterruptedError", "FunctionArgumentsError", "RateLimitError"} <= names
    assert len(CLASSES) >= 25


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_round_trip_keeps_type_message_and_attributes(cls: type[BaseException]) -> None:
    original = _sample(cls)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        _assert_same(pickle.loads(pickle.dumps(original, protocol)), original)


def test_decode_error_message_is_not_repeated() -> None:
    original = errors.StreamDecodeError("bad event", event="x", data=b"{")
    copy = pickle.loads(pickle.dumps(original))
    assert str(copy).count("event=") == 1


def test_a_transport_cause_travels_as_its_type_and_message_without_the_key() -> None:
    request = httpx2.Request("POST", "https://example.invalid/", headers={"x-goog-api-key": KEY})
    cause = httpx2.ReadError("peer closed connection", request=request)
    assert KEY.encode() in pickle.dumps(cause)  # why the cause cannot travel as it is
    original = StreamInterruptedError(
        "stream ended", interaction_id="int-1", last_event_id="evt-7", cause=cause
    )
    data = pickle.dumps(original)
    assert KEY.encode() not in data
    copy = pickle.loads(data)
    assert isinstance(copy.cause, errors.InteractionsError)
    assert str(copy.cause) == "httpx2.ReadError: peer closed connection"
    assert (copy.interaction_id, copy.last_event_id, str(copy)) == (
        "int-1",
        "evt-7",
        str(original),
    )


def test_an_unpicklable_attribute_travels_as_its_repr() -> None:
    original = errors.WaitTimeoutError("still running", interaction=lambda: None)
    copy = pickle.loads(pickle.dumps(original))
    assert copy.interaction == repr(original.interaction)


def _interrupted_stream(base_url: str) -> None:
    """In a worker: a stream cut after three events, without automatic resumption."""
    fault = {"x-emulator-fault": "drop_after_events=3"}
    with (
        Client(api_key=KEY, base_url=base_url, auto_resume=False) as client,
        client.create("count", model=MODEL, stream=True, extra_headers=fault) as stream,
    ):
        list(stream)


def _raise(name: str) -> None:
    raise _sample(_class(name))


def _class(name: str) -> type[BaseException]:
    return next(c for c in CLASSES if c.__name__ == name)


def _pool() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


def test_every_exception_crosses_a_process_pool() -> None:
    with _pool() as pool:
        futures = {cls: pool.submit(_raise, cls.__name__) for cls in CLASSES}
        for cls, future in futures.items():
            error = future.exception(timeout=60)
            assert error is not None
            _assert_same(error, _sample(cls))


def test_a_stream_interrupted_in_a_worker_resumes_in_the_parent(emu: Emu) -> None:
    emu.scenario(answer_words=12)
    with _pool() as pool:
        error = pool.submit(_interrupted_stream, emu.base_url).exception(timeout=60)
    assert isinstance(error, StreamInterruptedError)
    assert error.interaction_id and error.last_event_id
    assert KEY not in repr(vars(error)) and KEY not in str(error)
    with Client(api_key=KEY, base_url=emu.base_url) as client:
        with client.resume(error.interaction_id, error.last_event_id) as stream:
            final = stream.until_done()
        reference = client.get(error.interaction_id)
    assert final.status == "completed"
    assert final.id == reference.id
