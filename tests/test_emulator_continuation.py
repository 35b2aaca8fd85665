"""The emulator models continuation: a per-request output limit splits an answer into hops
(``requires_continuation`` + ``continuation_token``), streams carry checkpoint tokens, hop
bodies are checked, and ``store: false`` hops resend their input and are never kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from interactions_ext import Client, IncompleteInteractionWarning, output_text
from interactions_ext import types as t
from interactions_ext.sse import iter_events

from .conftest import LEGACY, Emu

MODEL = "gemini-2.5-flash"
KEY = {"x-goog-api-key": "emu-test"}
PROMPT = "Tell the long story"
# 60 words are 20 text deltas; a 21-word limit is 7 deltas a hop: 7 + 7 + 6, three hops.
SPLIT = {"answer_words": 60, "output_limit_words": 21}


SPEC = yaml.safe_load(
    (Path(__file__).parents[1] / "spec" / "interactions.openapi.yaml").read_text()
)
REGISTRY = Registry().with_resource("urn:spec", Resource(contents=SPEC, specification=DRAFT202012))


def _validator(schema: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema}"}, registry=REGISTRY
    )


@pytest.fixture
def http(emu: Emu) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=emu.base_url, headers=KEY, timeout=30) as c:
        yield c


def _post(
    http: httpx2.Client, body: dict[str, Any], revision: str | None = None
) -> httpx2.Response:
    headers = {"api-revision": revision} if revision else {}
    return http.post("/v1beta/interactions", json={"model": MODEL, **body}, headers=headers)


def _text(resource: dict[str, Any]) -> str:
    if "outputs" in resource:
        return "".join(o.get("text", "") for o in resource["outputs"] if o["type"] == "text")
    return "".join(
        c["text"] for s in resource["steps"] if s["type"] == "model_output" for c in s["content"]
    )


def _full_answer(emu: Emu, http: httpx2.Client, **body: Any) -> dict[str, Any]:
    emu.scenario(output_limit_words=0)
    whole = _post(http, {"input": PROMPT, **body}).json()
    emu.scenario(**SPLIT)
    return dict(whole)


def _events(response: httpx2.Response) -> list[dict[str, Any]]:
    return [
        json.loads(e.data_bytes)
        for e in iter_events([response.content])
        if e.data_bytes != b"[DONE]"
    ]


def _hop_body(previous: dict[str, Any], *, store: bool, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"continuation_token": previous["continuation_token"], **extra}
    if store:
        body["previous_interaction_id"] = previous["id"]
    else:
        body.update(store=False, input=PROMPT)
    return body


@pytest.mark.parametrize("revision", [None, LEGACY])
@pytest.mark.parametrize("store", [True, False])
def test_a_long_answer_spans_three_hops_and_reassembles_whole(
    emu: Emu, http: httpx2.Client, revision: str | None, store: bool
) -> None:
    whole = _full_answer(emu, http)
    hops = [_post(http, {"input": PROMPT, "store": store}, revision).json()]
    while hops[-1]["status"] == "requires_continuation":
        hops.append(_post(http, _hop_body(hops[-1], store=store), revision).json())
    assert [h["status"] for h in hops] == ["requires_continuation"] * 2 + ["completed"]
    assert "continuation_token" not in hops[-1]
    assert len({h["id"] for h in hops}) == 3  # each hop is its own interaction
    assert "".join(_text(h) for h in hops) == _text(whole)
    output = sum(h["usage"]["total_output_tokens"] for h in hops)
    assert output == whole["usage"]["total_output_tokens"]


def test_stored_hops_can_be_fetched_and_store_false_hops_cannot(
    emu: Emu, http: httpx2.Client, client: Client
) -> None:
    emu.scenario(**SPLIT)
    kept = _post(http, {"input": PROMPT}).json()
    fetched = client.get(kept["id"])
    assert fetched.status == "requires_continuation"
    assert fetched.continuation_token == kept["continuation_token"]
    gone = _post(http, {"input": PROMPT, "store": False}).json()
    second = _post(http, _hop_body(gone, store=False)).json()
    for interaction in (gone, second):
        assert http.get(f"/v1beta/interactions/{interaction['id']}").status_code == 404


def test_a_stored_hop_continues_the_conversation_once(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(**SPLIT)
    hops = [_post(http, {"input": "My name is Ada"}).json()]
    while hops[-1]["status"] == "requires_continuation":
        hops.append(_post(http, _hop_body(hops[-1], store=True)).json())
    emu.scenario(output_limit_words=0)
    after = _post(http, {"input": "What is my name?", "previous_interaction_id": hops[-1]["id"]})
    assert _text(after.json()).count("My name is Ada") == 1
    assert all(step["type"] != "user_input" for step in hops[1]["steps"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"input": PROMPT}, "no `input`"),
        ({"previous_interaction_id": None}, "previous_interaction_id"),
        ({"continuation_token": "not-a-token"}, "not a token"),
        ({"continuation_token": 7}, "continuation_token"),
        ({"background": True}, "background"),
    ],
)
def test_bad_stored_hop_bodies_are_refused(
    emu: Emu, http: httpx2.Client, change: dict[str, Any], message: str
) -> None:
    emu.scenario(**SPLIT)
    first = _post(http, {"input": PROMPT}).json()
    body = {k: v for k, v in {**_hop_body(first, store=True), **change}.items() if v is not None}
    response = _post(http, body)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]


def test_a_token_must_belong_to_the_previous_interaction(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(**SPLIT)
    first, other = (_post(http, {"input": p}).json() for p in (PROMPT, "another story"))
    body = {**_hop_body(first, store=True), "previous_interaction_id": other["id"]}
    assert _post(http, body).status_code == 400
    http.delete(f"/v1beta/interactions/{first['id']}")
    assert _post(http, _hop_body(first, store=True)).status_code == 404


def test_store_false_hops_must_resend_the_same_input(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(**SPLIT)
    first = _post(http, {"input": PROMPT, "store": False}).json()
    without = {"continuation_token": first["continuation_token"], "store": False}
    assert "resend the original `input`" in _post(http, without).json()["error"]["message"]
    changed = {**without, "input": "a different prompt"}
    assert _post(http, changed).status_code == 400


def test_agent_hops_are_refused(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(**SPLIT)
    first = _post(http, {"input": PROMPT}).json()
    body = {"agent": "deep-research-pro-preview-12-2025", **_hop_body(first, store=True)}
    response = http.post("/v1beta/interactions", json=body)
    assert response.status_code == 400 and "agents" in response.json()["error"]["message"]


def test_agents_and_background_runs_never_require_continuation(
    emu: Emu, http: httpx2.Client, client: Client
) -> None:
    emu.scenario(**SPLIT, checkpoint_words=6, clock_speed=10**6)
    agent = http.post(
        "/v1beta/interactions",
        json={"agent": "deep-research-pro-preview-12-2025", "input": PROMPT, "stream": True},
    )
    background = _post(http, {"input": PROMPT, "background": True})
    run = client.wait_for_completion(background.json()["id"], timeout=30, poll_interval=0.01)
    assert run.status == "completed" and not run.continuation_token
    events = _events(agent)
    assert events[-1]["interaction"]["status"] == "completed"
    assert not any("continuation_token" in e for e in events)


@pytest.mark.parametrize("revision", [None, LEGACY])
def test_streams_carry_checkpoints_and_end_with_the_hop_token(
    emu: Emu, http: httpx2.Client, revision: str | None
) -> None:
    emu.scenario(**SPLIT, checkpoint_words=6)  # a checkpoint every 2 deltas
    events = _events(_post(http, {"input": PROMPT, "stream": True}, revision))
    checkpoints = [
        e
        for e in events
        if e["event_type"] == "interaction.status_update"
        and e["status"] == "in_progress"
        and "continuation_token" in e
    ]
    assert len(checkpoints) == 3  # after deltas 2, 4 and 6 of the hop's 7
    final = events[-1]["interaction"]
    assert final["status"] == "requires_continuation"
    assert final["continuation_token"] == events[-2]["continuation_token"]
    assert events[-2]["status"] == "requires_continuation"
    assert len({e["continuation_token"] for e in checkpoints} | {final["continuation_token"]}) == 4


def test_checkpoints_decode_as_typed_events(emu: Emu, client: Client) -> None:
    emu.scenario(**SPLIT, checkpoint_words=6)
    stream = client.create(PROMPT, model=MODEL, stream=True, automatic_continuation=False)
    with stream, pytest.warns(IncompleteInteractionWarning):
        events = list(stream)
    updates = [e for e in events if isinstance(e, t.InteractionStatusUpdateEvent)]
    assert sum(1 for u in updates if u.continuation_token) == 4
    assert isinstance(events[-1], t.InteractionCompletedEvent)
    assert events[-1].interaction.status == "requires_continuation"
    assert events[-1].interaction.continuation_token == updates[-1].continuation_token


def test_a_store_false_stream_resumes_from_its_last_checkpoint(
    emu: Emu, http: httpx2.Client
) -> None:
    whole = _text(_full_answer(emu, http, store=False))
    emu.scenario(output_limit_words=0, checkpoint_words=9)  # one hop, a checkpoint every 3 deltas
    request = {"input": PROMPT, "stream": True, "store": False}
    events = _read_until_cut(http, request, 12)
    checkpoint_at = max(i for i, e in enumerate(events) if "continuation_token" in e)
    token = events[checkpoint_at]["continuation_token"]
    delivered = "".join(
        e["delta"]["text"] for e in events[:checkpoint_at] if e["event_type"] == "step.delta"
    )
    resumed = _post(http, {**request, "stream": False, "continuation_token": token}).json()
    assert delivered + _text(resumed) == whole
    assert resumed["status"] == "completed"


def _read_until_cut(http: httpx2.Client, body: dict[str, Any], events: int) -> list[dict[str, Any]]:
    request = http.build_request(
        "POST",
        "/v1beta/interactions",
        json={"model": MODEL, **body},
        headers={"x-emulator-fault": f"drop_after_events={events}"},
    )
    response = http.send(request, stream=True)
    received = bytearray()
    try:
        for chunk in response.iter_raw():
            received += chunk
    except httpx2.TransportError:
        pass
    finally:
        response.close()
    return [json.loads(e.data_bytes) for e in iter_events([bytes(received)])]


def test_a_hop_stream_resumes_by_event_id(emu: Emu, http: httpx2.Client) -> None:
    emu.scenario(**SPLIT, checkpoint_words=6)
    first = _post(http, {"input": PROMPT}).json()
    hop = _post(http, {**_hop_body(first, store=True), "stream": True})
    events = _events(hop)
    hop_id = events[0]["interaction"]["id"]
    middle = events[5]["event_id"]
    rest = http.get(
        f"/v1beta/interactions/{hop_id}", params={"stream": "true", "last_event_id": middle}
    )
    assert _events(rest) == events[6:]


def test_a_scenario_header_sets_the_limit_for_one_request(http: httpx2.Client) -> None:
    headers = {"x-emulator-scenario": "answer_words=30,output_limit_words=15,checkpoint_words=3"}
    first = http.post(
        "/v1beta/interactions", json={"model": MODEL, "input": PROMPT}, headers=headers
    ).json()
    assert first["status"] == "requires_continuation"
    # The token carries the split: the next hop needs no header.
    second = _post(http, _hop_body(first, store=True)).json()
    assert second["status"] == "completed"
    assert len((_text(first) + _text(second)).split()) == 30


def test_the_client_reads_a_partial_interaction(emu: Emu, client: Client) -> None:
    emu.scenario(**SPLIT)
    with pytest.warns(IncompleteInteractionWarning):
        partial = client.create(PROMPT, model=MODEL, automatic_continuation=False)
    assert partial.status == "requires_continuation"
    assert partial.continuation_token
    assert len(output_text(partial).split()) == 21


@pytest.mark.parametrize("revision", [None, LEGACY])
def test_continuation_streams_conform_to_the_spec(
    emu: Emu, http: httpx2.Client, revision: str | None
) -> None:
    events, interaction = _validator("StreamEvent"), _validator("Interaction")
    emu.scenario(**SPLIT, checkpoint_words=6)
    first = _post(http, {"input": PROMPT, "stream": True}, revision)
    hop_id = _events(first)[0]["interaction"]["id"]
    second = _post(
        http,
        {
            **_hop_body(http.get(f"/v1beta/interactions/{hop_id}").json(), store=True),
            "stream": True,
        },
        revision,
    )
    for event in _events(first) + _events(second):
        assert not list(events.iter_errors(event)), event
    resource = http.get(
        f"/v1beta/interactions/{hop_id}", headers={"api-revision": revision or ""}
    ).json()
    assert not list(interaction.iter_errors(resource))
