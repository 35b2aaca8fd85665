"""The emulator speaks every type the spec defines: each step and delta type (``every_step``),
``metadata`` on every streamed event, and fields our models do not know (``unknown_field``).

Checked over loopback through ``Client`` / ``AsyncClient``: everything decodes typed (no
``Unknown*``), the unknown field is reachable with ``raw()``, and the streamed blocks fold
into the stored interaction's steps.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import httpx2
import msgspec
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interactions_ext import raw
from interactions_ext import types as t
from interactions_ext.emulator.content import FUTURE_FIELD
from interactions_ext.events import (
    InvalidEvent,
    UnknownContent,
    UnknownDelta,
    UnknownEvent,
    UnknownStep,
)

from .conftest import LEGACY, MakeClient, sse_json

MODEL = "gemini-2.5-flash"
SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "spec" / "interactions.openapi.yaml").read_text()
)["components"]["schemas"]
UNKNOWN = (UnknownEvent, InvalidEvent, UnknownStep, UnknownDelta, UnknownContent)
EVERY_STEP = {"x-emulator-scenario": "every_step,answer_words=9"}
WEATHER = {
    "tools": [
        {
            "type": "function",
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        }
    ]
}
NEW_STEPS = {
    "processing_call": t.ProcessingCallStep,
    "processing_result": t.ProcessingResultStep,
    "retrieval_call": t.RetrievalCallStep,
    "retrieval_result": t.RetrievalResultStep,
}


def _kinds(union: str) -> set[str]:
    return set(SPEC[union]["discriminator"]["mapping"])


def _wire_events(
    http: httpx2.Client, revision: str | None, headers: dict[str, str], **body: Any
) -> list[dict[str, Any]]:
    defaults = {"model": MODEL, "input": "Use get_weather city=Paris", "stream": True}
    sent = {k: v for k, v in {**defaults, **body}.items() if v is not None}
    extra = {"api-revision": revision} if revision else {}
    response = http.post("/v1beta/interactions", json=sent, headers={**headers, **extra})
    assert response.status_code == 200, response.text[:300]
    return sse_json(response.content)


def _unknown_anywhere(value: Any) -> list[Any]:
    """Every ``Unknown*``/``InvalidEvent`` object inside a decoded value, at any depth."""
    if isinstance(value, UNKNOWN):
        return [value]
    if isinstance(value, msgspec.Struct):
        return [u for f in value.__struct_fields__ for u in _unknown_anywhere(getattr(value, f))]
    if isinstance(value, list | tuple):
        return [u for item in value for u in _unknown_anywhere(item)]
    if isinstance(value, dict):
        return [u for item in value.values() for u in _unknown_anywhere(item)]
    return []


# --- every type of the spec is emitted --------------------------------------------------


def test_every_step_and_delta_type_of_the_spec_is_emitted(http: httpx2.Client) -> None:
    # every_step covers the tools and media; a function call and the stored resource
    # (its user_input step) cover the rest.
    steps, deltas, legacy_contents, legacy_deltas = set(), set(), set(), set()
    for headers, body in ((EVERY_STEP, {}), ({}, WEATHER)):
        for event in _wire_events(http, None, headers, **body):
            steps.add(event.get("step", {}).get("type"))
            deltas.add(event.get("delta", {}).get("type"))
        for event in _wire_events(http, LEGACY, headers, **body):
            legacy_contents.add(event.get("content", {}).get("type"))
            legacy_deltas.add(event.get("delta", {}).get("type"))
    stored = http.post("/v1beta/interactions", json={"model": MODEL, "input": "hi"}).json()
    steps |= {step["type"] for step in stored["steps"]}

    assert _kinds("Step") - steps == set()
    assert _kinds("Delta") - deltas == set()
    assert _kinds("LegacyContent") - legacy_contents == set()
    assert _kinds("LegacyDelta") - legacy_deltas == set()


# --- typed through the client ---------------------------------------------------------


def test_every_step_stream_decodes_typed(make_client: MakeClient, revision: str | None) -> None:
    client = make_client(api_revision=revision)
    with client.create("tides", model=MODEL, stream=True, extra_headers=EVERY_STEP) as stream:
        events = list(stream)
    assert _unknown_anywhere(events) == []
    blocks = [getattr(e, "step", None) or getattr(e, "content", None) for e in events]
    deltas = [type(getattr(e, "delta", None)).__name__ for e in events]
    if revision is None:
        for kind, model in NEW_STEPS.items():
            (found,) = [b for b in blocks if isinstance(b, model)]
            assert found.__struct_config__.tag == kind
        assert {"ProcessingCallDelta", "RetrievalResultDelta", "ImageDelta"} <= set(deltas)
    else:
        assert {"LegacyMcpServerToolCallDelta", "LegacyTextAnnotationDelta"} <= set(deltas)


def test_the_streamed_blocks_fold_into_the_stored_steps(
    make_client: MakeClient, revision: str | None
) -> None:
    client = make_client(api_revision=revision)
    with client.create("tides", model=MODEL, stream=True, extra_headers=EVERY_STEP) as stream:
        list(stream)
        folded = msgspec.to_builtins(stream.interaction())
    stored = client.get(folded["id"])
    assert _unknown_anywhere(stored) == []
    kept = msgspec.to_builtins(stored)
    if revision is None:
        assert folded["steps"] == kept["steps"][1:]  # the stored one starts with user_input
        kinds = [step["type"] for step in kept["steps"]]
        assert set(NEW_STEPS) <= set(kinds)
    else:
        assert folded["outputs"] == kept["outputs"]
    assert folded["usage"] == kept["usage"]


def test_every_step_is_in_the_unary_answer_too(make_client: MakeClient) -> None:
    interaction = make_client().create("tides", model=MODEL, extra_headers=EVERY_STEP)
    assert _unknown_anywhere(interaction) == []
    steps = interaction.steps or []
    (retrieval,) = [s for s in steps if isinstance(s, t.RetrievalCallStep)]
    assert retrieval.retrieval_type == "rag_store"
    (result,) = [s for s in steps if isinstance(s, t.ProcessingResultStep)]
    (call,) = [s for s in steps if isinstance(s, t.ProcessingCallStep)]
    assert result.call_id == call.id


# --- metadata on every event ----------------------------------------------------------

SCENARIOS = {
    "text": ({}, {}),
    "thoughts": ({}, {"generation_config": {"thinking_summaries": "auto"}}),
    "function-call": ({}, WEATHER),
    "every-step": (EVERY_STEP, {}),
    "unknown-event-and-delta": ({"x-emulator-scenario": "unknown_event,unknown_delta"}, {}),
    "error-event": ({"x-emulator-scenario": "error_event"}, {}),
    "checkpoints": ({"x-emulator-scenario": "answer_words=40,checkpoint_words=9"}, {}),
    "output-limit": ({"x-emulator-scenario": "answer_words=40,output_limit_words=12"}, {}),
    "agent": (
        {"x-emulator-scenario": "answer_words=3"},
        {"agent": "deep-research-pro-preview-12-2025", "model": None},
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_streamed_event_carries_metadata(
    http: httpx2.Client, revision: str | None, scenario: str
) -> None:
    headers, body = SCENARIOS[scenario]
    events = _wire_events(http, revision, headers, **body)
    assert len(events) > 3
    for event in events:
        usage = event["metadata"]["total_usage"]
        assert set(usage) >= {"total_input_tokens", "total_output_tokens", "total_tokens"}
        assert all(isinstance(v, int) and v >= 0 for v in usage.values())
    _assert_running_total(events)


def _assert_running_total(events: list[dict[str, Any]]) -> None:
    """Counts only grow, and the last event's total is the interaction's usage."""
    totals = [e["metadata"]["total_usage"] for e in events]
    for before, after in itertools.pairwise(totals):
        assert all(after.get(k, 0) >= v for k, v in before.items()), (before, after)
    closing = [e["interaction"] for e in events if e["event_type"].startswith("interaction.comp")]
    for interaction in closing:
        assert totals[-1] == interaction["usage"]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    words=st.integers(0, 200),
    checkpoint=st.sampled_from([0, 3, 7, 30]),
    unknown_delta=st.booleans(),
    thoughts=st.booleans(),
)
def test_the_running_total_of_any_answer_ends_at_its_usage(
    http: httpx2.Client, words: int, checkpoint: int, unknown_delta: bool, thoughts: bool
) -> None:
    scenario = f"answer_words={words},checkpoint_words={checkpoint}"
    if unknown_delta:
        scenario += ",unknown_delta"
    config = {"generation_config": {"thinking_summaries": "auto"}} if thoughts else {}
    events = _wire_events(http, None, {"x-emulator-scenario": scenario}, input="count", **config)
    _assert_running_total(events)
    texts = [e for e in events if e.get("delta", {}).get("type") == "text"]
    if texts:  # the output count moves with the text, not all at the end
        assert texts[0]["metadata"]["total_usage"]["total_output_tokens"] <= 3


def test_metadata_decodes_typed(make_client: MakeClient, revision: str | None) -> None:
    client = make_client(api_revision=revision)
    with client.create("count", model=MODEL, stream=True, extra_headers=EVERY_STEP) as stream:
        events = list(stream)
    for event in events:
        assert isinstance(event.metadata, t.StreamMetadata)
        assert isinstance(event.metadata.total_usage, t.Usage)
    assert events[-1].metadata.total_usage == events[-1].interaction.usage


# --- a field our models do not know ---------------------------------------------------


def test_an_unknown_field_is_reachable_through_raw(
    make_client: MakeClient, revision: str | None
) -> None:
    client = make_client(api_revision=revision)
    headers = {"x-emulator-scenario": "unknown_field,answer_words=6"}
    with client.create("future", model=MODEL, stream=True, extra_headers=headers) as stream:
        events = list(stream)
    assert _unknown_anywhere(events) == []
    for event in events:
        assert not hasattr(event, FUTURE_FIELD)  # the typed model does not know it
        sent = raw(event)
        assert sent[FUTURE_FIELD]["nested"] == {"depth": 2}
        for key in ("interaction", "step", "content"):
            if key in sent:
                assert FUTURE_FIELD in sent[key]
    created = client.create("future", model=MODEL, extra_headers=headers)
    assert FUTURE_FIELD in raw(created)
    outputs = raw(created)["outputs"] if revision else raw(created)["steps"][1:]
    assert outputs[0][FUTURE_FIELD] is True  # nested: on the first output
    assert FUTURE_FIELD in raw(client.get(created.id))
