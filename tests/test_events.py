"""Typed decoding of stream payloads and resources, in both revisions."""

from __future__ import annotations

import msgspec
import pytest

from interactions_ext import types as t
from interactions_ext.accumulate import StreamAccumulator
from interactions_ext.errors import StreamDecodeError
from interactions_ext.events import (
    DONE,
    InvalidEvent,
    UnknownContent,
    UnknownDelta,
    UnknownEvent,
    UnknownStep,
    decode_data,
    decode_interaction,
    event_id_of,
    interaction_id_of,
    raw,
)
from interactions_ext.outputs import function_calls, output_text


def enc(obj: object) -> bytes:
    return msgspec.json.encode(obj)


def test_current_revision_text_delta() -> None:
    event = decode_data(
        enc(
            {
                "event_type": "step.delta",
                "index": 1,
                "event_id": "e7",
                "delta": {"type": "text", "text": "Hel"},
            }
        )
    )
    assert isinstance(event, t.StepDeltaEvent)
    assert isinstance(event.delta, t.TextDelta)
    assert (event.index, event.delta.text, event_id_of(event)) == (1, "Hel", "e7")


def test_legacy_revision_events() -> None:
    start = decode_data(
        enc(
            {
                "event_type": "interaction.start",
                "interaction": {"id": "v1_a", "status": "in_progress"},
            }
        )
    )
    delta = decode_data(
        enc({"event_type": "content.delta", "index": 0, "delta": {"type": "text", "text": "Hi"}})
    )
    assert isinstance(start, t.InteractionStartEvent)
    assert interaction_id_of(start) == "v1_a"
    assert isinstance(delta, t.ContentDeltaEvent) and isinstance(delta.delta, t.TextDelta)


def test_status_update_names_its_interaction() -> None:
    event = decode_data(
        enc(
            {
                "event_type": "interaction.status_update",
                "interaction_id": "v1_b",
                "status": "requires_continuation",
            }
        )
    )
    assert isinstance(event, t.InteractionStatusUpdateEvent)
    assert event.status == "requires_continuation"  # open enum: unknown statuses kept
    assert interaction_id_of(event) == "v1_b"


def test_done_sentinel() -> None:
    assert decode_data(b"[DONE]") is DONE


def test_unknown_event_type_passes_through_with_raw_json() -> None:
    raw = enc({"event_type": "interaction.future_thing", "event_id": "e9", "x": [1, 2]})
    event = decode_data(raw)
    assert isinstance(event, UnknownEvent)
    assert event.event_type == "interaction.future_thing"
    assert event.event_id == "e9"
    assert event.json() == {"event_type": "interaction.future_thing", "event_id": "e9", "x": [1, 2]}


def test_unknown_delta_type_inside_known_event() -> None:
    event = decode_data(
        enc(
            {
                "event_type": "step.delta",
                "index": 0,
                "event_id": "e3",
                "delta": {"type": "hologram", "frames": 3},
            }
        )
    )
    assert isinstance(event, t.StepDeltaEvent)
    assert isinstance(event.delta, UnknownDelta)
    assert event.delta.type == "hologram" and event.delta.raw["frames"] == 3
    assert event.event_id == "e3"


def test_unknown_step_type_inside_step_start() -> None:
    event = decode_data(
        enc({"event_type": "step.start", "index": 2, "step": {"type": "teleport_call", "id": "c1"}})
    )
    assert isinstance(event, t.StepStartEvent) and isinstance(event.step, UnknownStep)


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",
        b'{"event_type": "step.delta", "index": "x"',
        b'"just a string"',
        b'{"no_type": 1}',
    ],
)
def test_malformed_payload_raises_typed_error_with_bytes_when_strict(payload: bytes) -> None:
    with pytest.raises(StreamDecodeError) as info:
        decode_data(payload, "step.delta", strict=True)
    assert info.value.event == "step.delta"
    assert info.value.data == payload[:200]


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",
        b'{"event_type": "step.delta", "index": "x"',
        b'"just a string"',
        b'{"no_type": 1}',
    ],
)
def test_malformed_payload_is_an_invalid_event_by_default(payload: bytes) -> None:
    event = decode_data(payload, "step.delta")
    assert isinstance(event, InvalidEvent)
    assert event.data == payload and event.error
    assert event.event_type == "step.delta" and event.event_id is None


def test_known_event_with_wrong_field_type_raises_when_strict() -> None:
    with pytest.raises(StreamDecodeError, match=r"step\.delta"):
        decode_data(
            enc(
                {
                    "event_type": "step.delta",
                    "index": "zero",
                    "delta": {"type": "text", "text": "x"},
                }
            ),
            strict=True,
        )


def test_known_event_with_wrong_field_type_is_invalid_with_its_id() -> None:
    payload = enc(
        {"event_type": "step.delta", "index": "zero", "event_id": "e9", "delta": {"type": "text"}}
    )
    event = decode_data(payload)
    assert isinstance(event, InvalidEvent)
    assert (event.event_type, event.event_id, event.data) == ("step.delta", "e9", payload)
    assert "index" in event.error
    assert raw(event)["index"] == "zero"


def test_error_event_payload_accepts_string_and_int_codes() -> None:
    for code in ("deadline_exceeded", 504):
        event = decode_data(enc({"event_type": "error", "error": {"code": code, "message": "m"}}))
        assert isinstance(event, t.ErrorEvent) and event.error.code == code


def test_interaction_resource_with_unknown_step_and_content() -> None:
    body = enc(
        {
            "id": "v1_c",
            "status": "completed",
            "steps": [
                {"type": "user_input", "content": [{"type": "text", "text": "hi"}]},
                {"type": "quantum_step", "qubits": 2},
                {
                    "type": "model_output",
                    "content": [
                        {"type": "text", "text": "Hello"},
                        {"type": "smell", "odor": "rose"},
                    ],
                },
            ],
        }
    )
    interaction = decode_interaction(body)
    assert isinstance(interaction.steps, list)
    assert isinstance(interaction.steps[1], UnknownStep)
    output = interaction.steps[2]
    assert isinstance(output, t.ModelOutputStep) and isinstance(output.content, list)
    assert isinstance(output.content[1], UnknownContent)
    assert output_text(interaction) == "Hello"


def _fold(events: list[dict]) -> t.Interaction:
    acc = StreamAccumulator()
    for payload in events:
        event = decode_data(enc(payload))
        assert event is not DONE
        acc.add(event)  # type: ignore[arg-type]
    return acc.interaction()


def test_accumulator_current_revision_text_thought_and_function_call() -> None:
    final = _fold(
        [
            {
                "event_type": "interaction.created",
                "interaction": {"id": "v1_d", "status": "in_progress"},
            },
            {"event_type": "step.start", "index": 0, "step": {"type": "thought", "summary": []}},
            {
                "event_type": "step.delta",
                "index": 0,
                "delta": {"type": "thought_summary", "content": {"type": "text", "text": "Think"}},
            },
            {"event_type": "step.stop", "index": 0},
            {
                "event_type": "step.start",
                "index": 1,
                "step": {"type": "model_output", "content": []},
            },
            {"event_type": "step.delta", "index": 1, "delta": {"type": "text", "text": "Hello, "}},
            {"event_type": "step.delta", "index": 1, "delta": {"type": "text", "text": "world"}},
            {"event_type": "step.stop", "index": 1},
            {
                "event_type": "step.start",
                "index": 2,
                "step": {
                    "type": "function_call",
                    "id": "c1",
                    "name": "get_weather",
                    "arguments": {},
                },
            },
            {
                "event_type": "step.delta",
                "index": 2,
                "delta": {"type": "arguments_delta", "arguments": '{"ci'},
            },
            {
                "event_type": "step.delta",
                "index": 2,
                "delta": {"type": "arguments_delta", "arguments": 'ty": "Paris"}'},
            },
            {"event_type": "step.stop", "index": 2},
            {
                "event_type": "interaction.completed",
                "interaction": {
                    "id": "v1_d",
                    "status": "requires_action",
                    "usage": {"total_tokens": 9},
                },
            },
        ]
    )
    assert final.id == "v1_d" and final.status == "requires_action"
    assert output_text(final) == "Hello, world"
    assert isinstance(final.steps, list) and isinstance(final.steps[0], t.ThoughtStep)
    calls = function_calls(final)
    assert [(c.id, c.name, c.arguments) for c in calls] == [
        ("c1", "get_weather", {"city": "Paris"})
    ]
    assert isinstance(final.usage, t.Usage) and final.usage.total_tokens == 9


def test_accumulator_legacy_revision() -> None:
    final = _fold(
        [
            {
                "event_type": "interaction.start",
                "interaction": {"id": "v1_e", "status": "in_progress"},
            },
            {"event_type": "content.start", "index": 0, "content": {"type": "text", "text": ""}},
            {"event_type": "content.delta", "index": 0, "delta": {"type": "text", "text": "Bon"}},
            {"event_type": "content.delta", "index": 0, "delta": {"type": "text", "text": "jour"}},
            {"event_type": "content.stop", "index": 0},
            {
                "event_type": "interaction.complete",
                "interaction": {"id": "v1_e", "status": "completed", "outputs": []},
            },
        ]
    )
    assert final.status == "completed"
    assert output_text(final) == "Bonjour"


def test_malformed_streamed_arguments_raise_with_the_raw_text() -> None:
    from interactions_ext.errors import FunctionArgumentsError

    acc = StreamAccumulator()
    for payload in [
        {
            "event_type": "step.start",
            "index": 0,
            "step": {"type": "function_call", "id": "c1", "name": "f", "arguments": {}},
        },
        {
            "event_type": "step.delta",
            "index": 0,
            "delta": {"type": "arguments_delta", "arguments": '{"a": '},
        },
        {
            "event_type": "step.delta",
            "index": 0,
            "delta": {"type": "arguments_delta", "arguments": "oops}"},
        },
        {"event_type": "step.stop", "index": 0},
    ]:
        acc.add(decode_data(enc(payload)))  # type: ignore[arg-type]
    with pytest.raises(FunctionArgumentsError) as info:
        acc.function_calls()
    assert info.value.raw == '{"a": oops}' and info.value.name == "f"


@pytest.mark.parametrize(
    ("start", "delta", "legacy"),
    [
        (
            b'{"event_type":"step.start","index":0,"step":{"type":"model_output",'
            b'"content":[{"type":"text","text":"Hel"}]}}',
            b'{"event_type":"step.delta","index":0,"delta":{"type":"text","text":"%s"}}',
            False,
        ),
        (
            b'{"event_type":"content.start","index":0,"content":{"type":"text","text":"Hel"}}',
            b'{"event_type":"content.delta","index":0,"delta":{"type":"text","text":"%s"}}',
            True,
        ),
    ],
    ids=["steps", "legacy"],
)
def test_text_pieces_join_after_the_start_text(start: bytes, delta: bytes, legacy: bool) -> None:
    acc = StreamAccumulator()
    acc.add(decode_data(start))
    pieces = ["lo", " wor", "ld", "!"] * 500
    for piece in pieces:
        acc.add(decode_data(delta % piece.encode()))
    expected = "Hel" + "".join(pieces)
    assert output_text(acc.interaction()) == expected
    # Asking twice gives the same answer: joining must not consume the pieces.
    assert output_text(acc.interaction()) == expected
    assert acc.legacy is legacy
