"""The I/O-free rules of continuation: which calls continue, hop bodies, merging hops."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from interactions_ext import IncompleteInteractionWarning, continuation_hops, output_text
from interactions_ext import types as t
from interactions_ext.continuation import ContinuationPlan, UnaryHops, merge_hops, merge_usage

MODALITIES = ["text", "image", "audio"]
TOOLS = ["google_search", "url_context"]

_counts = st.integers(min_value=0, max_value=10_000)
_usages = st.builds(
    t.Usage,
    total_input_tokens=_counts,
    total_output_tokens=_counts | st.just(msgspec.UNSET),
    output_tokens_by_modality=st.lists(
        st.builds(t.ModalityTokens, modality=st.sampled_from(MODALITIES), tokens=_counts),
        max_size=3,
        unique_by=lambda item: item.modality,
    ),
    grounding_tool_count=st.lists(
        st.builds(t.GroundingToolCount, type=st.sampled_from(TOOLS), count=_counts),
        max_size=2,
        unique_by=lambda item: item.type,
    ),
)


def _per_key(items: list[object], key: str, count: str) -> dict[object, int]:
    totals: dict[object, int] = {}
    for item in items:
        totals[getattr(item, key)] = totals.get(getattr(item, key), 0) + getattr(item, count)
    return totals


@given(st.lists(_usages, min_size=1, max_size=5))
def test_merged_usage_is_the_sum_per_field_and_per_key(usages: list[t.Usage]) -> None:
    merged = merge_usage(usages)
    assert merged is not None
    assert merged.total_input_tokens == sum(u.total_input_tokens for u in usages)
    outputs = [u.total_output_tokens for u in usages if u.total_output_tokens is not msgspec.UNSET]
    assert merged.total_output_tokens == (sum(outputs) if outputs else msgspec.UNSET)
    for name, key, count in (
        ("output_tokens_by_modality", "modality", "tokens"),
        ("grounding_tool_count", "type", "count"),
    ):
        every = [item for u in usages for item in getattr(u, name)]
        got = getattr(merged, name)
        assert _per_key(got, key, count) == _per_key(every, key, count)
        assert len({getattr(item, key) for item in got}) == len(got)


def _hop(id: str, text: str, status: str = "completed", **extra: object) -> t.Interaction:
    steps = [
        t.UserInputStep(content=[t.TextContent(text="question")]),
        t.ModelOutputStep(content=[t.TextContent(text=text)]),
    ]
    return t.Interaction(id=id, status=status, steps=steps, **extra)


def test_merged_hops_read_as_one_answer() -> None:
    hops = [
        _hop("a", "one ", "requires_continuation", continuation_token="x", created="t0"),
        _hop("b", "two ", "requires_continuation", continuation_token="y", created="t1"),
        _hop("c", "three", created="t2", previous_interaction_id="b"),
    ]
    merged = merge_hops(hops)
    assert output_text(merged) == "one two three"
    assert (merged.id, merged.status, merged.continuation_token) == (
        "c",
        "completed",
        msgspec.UNSET,
    )
    assert merged.created == "t0" and merged.previous_interaction_id is msgspec.UNSET
    assert continuation_hops(merged) == ("a", "b", "c")
    assert isinstance(merged, t.Interaction)
    assert msgspec.json.decode(msgspec.json.encode(merged), type=t.Interaction) == msgspec.convert(
        msgspec.to_builtins(merged), t.Interaction
    )
    assert hops[0].steps is not None and len(hops[0].steps) == 2  # the hops are left as they were


def test_a_single_hop_is_returned_as_it_is() -> None:
    hop = _hop("a", "all")
    assert merge_hops([hop]) is hop
    assert continuation_hops(hop) == ("a",)


def _plan(automatic: bool | None = None, **body: object) -> ContinuationPlan:
    return ContinuationPlan.for_body({"model": "m", "input": "q", **body}, automatic, None)


def test_who_continues() -> None:
    assert _plan().enabled and _plan(True).enabled
    assert not _plan(False).enabled
    assert not _plan(background=True).enabled
    agent = ContinuationPlan.for_body({"agent": "a", "input": "q"}, None, None)
    assert not agent.enabled and not agent.warn
    assert not _plan(False, continuation_token="tok").warn  # the caller drives the hops
    with pytest.raises(ValueError, match="background"):
        _plan(False, background=True)
    with pytest.raises(ValueError, match="background"):
        _plan(True, background=True)
    with pytest.raises(ValueError, match="timeout"):
        ContinuationPlan.for_body({"model": "m"}, None, 0)


def test_hop_bodies() -> None:
    stored = _plan(previous_interaction_id="turn0", stream=True)
    assert stored.hop_body("tok", "hop1") == {
        "model": "m",
        "stream": True,
        "previous_interaction_id": "hop1",
        "continuation_token": "tok",
    }
    unstored = _plan(store=False)
    assert unstored.hop_body("tok", "hop1") == {
        "model": "m",
        "input": "q",
        "store": False,
        "continuation_token": "tok",
    }
    assert stored.body["input"] == "q"  # the plan's own body is left alone


@pytest.mark.parametrize("token", [msgspec.UNSET, ""])
def test_no_hop_without_a_token(token: object) -> None:
    hops = UnaryHops(_plan())
    cut = _hop("a", "part", "requires_continuation", continuation_token=token)
    assert hops.add(cut) is None
    assert hops.result(stacklevel=2) is cut


def test_a_token_seen_before_ends_the_answer() -> None:
    hops = UnaryHops(_plan())
    assert hops.add(_hop("a", "1", "requires_continuation", continuation_token="x")) is not None
    assert hops.add(_hop("b", "2", "requires_continuation", continuation_token="y")) is not None
    with pytest.warns(IncompleteInteractionWarning):
        assert hops.add(_hop("c", "3", "requires_continuation", continuation_token="x")) is None
        hops.result(stacklevel=2)
