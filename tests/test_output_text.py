"""``output_text`` means what google-genai's ``output_text`` means: its function is the oracle."""

from __future__ import annotations

from typing import Any

import msgspec
from google.genai._gaos.google_genai import _output_properties_from_steps
from hypothesis import given, settings
from hypothesis import strategies as st

from interactions_ext import types as t
from interactions_ext.outputs import all_output_text, output_text

_BLOCK = st.one_of(
    st.builds(lambda s: {"type": "text", "text": s}, st.text("abc ", min_size=1, max_size=4)),
    st.just({"type": "image", "uri": "gs://b/i.png", "mime_type": "image/png"}),
)
_STEP = st.one_of(
    st.builds(lambda c: {"type": "model_output", "content": c}, st.lists(_BLOCK, max_size=4)),
    st.just({"type": "thought", "summary": [{"type": "text", "text": "hmm"}]}),
    st.just({"type": "user_input", "content": [{"type": "text", "text": "q"}]}),
    st.just({"type": "function_call", "id": "c1", "name": "f", "arguments": {}}),
)


@settings(max_examples=400, deadline=None)
@given(steps=st.lists(_STEP, max_size=8))
def test_output_text_agrees_with_google_genai(steps: list[dict[str, Any]]) -> None:
    interaction = msgspec.convert(
        {"id": "v1", "status": "completed", "steps": steps}, t.Interaction
    )
    expected = _output_properties_from_steps(steps).get("output_text", "")
    assert output_text(interaction) == expected


def test_all_output_text_keeps_every_text_block_of_the_turn() -> None:
    steps = [
        {"type": "user_input", "content": [{"type": "text", "text": "q"}]},
        {"type": "model_output", "content": [{"type": "text", "text": "Here: "}]},
        {"type": "model_output", "content": [{"type": "image", "uri": "gs://b/i.png"}]},
        {"type": "model_output", "content": [{"type": "text", "text": "done."}]},
    ]
    interaction = msgspec.convert(
        {"id": "v1", "status": "completed", "steps": steps}, t.Interaction
    )
    assert output_text(interaction) == "done."
    assert all_output_text(interaction) == "Here: done."
