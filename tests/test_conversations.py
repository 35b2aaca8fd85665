"""Conversations and tools against the emulator: context, function calls, structured output."""

from __future__ import annotations

import msgspec
import pytest

from interactions_ext import AsyncClient, Client, function_calls, output_text
from interactions_ext import inputs as i
from interactions_ext import types as t
from interactions_ext.conversation import (
    AsyncConversation,
    Conversation,
    async_run_tools,
    run_tools,
)
from interactions_ext.errors import ConfigurationError, StructuredOutputError
from interactions_ext.structured import parse_output

from .conftest import LEGACY, Emu

MODEL = "gemini-2.5-flash"
WEATHER = i.function_tool(
    "get_weather",
    "Current weather for a city",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
TIME = i.function_tool(
    "get_time",
    "Local time in a city",
    {"type": "object", "properties": {"city": {"type": "string"}}},
)


@pytest.mark.parametrize("revision", [None, LEGACY])
def test_three_turn_conversation_keeps_context(emu: Emu, revision: str | None) -> None:
    with Client(api_key="k", base_url=emu.base_url, api_revision=revision) as client:
        chat = Conversation(client, model=MODEL)
        chat.send("My name is Ada")
        second = chat.send("I like tea")
        third = chat.send("What is my name?")
        assert third.previous_interaction_id == second.id
        assert chat.last_id == third.id
        answer = output_text(third)
        assert '"My name is Ada"' in answer and '"I like tea"' in answer
        assert answer.index("My name is Ada") < answer.index("I like tea")


def test_conversation_refuses_store_false_with_a_clear_reason(client: Client) -> None:
    with pytest.raises(ConfigurationError, match="store=False"):
        Conversation(client, model=MODEL, store=False)


@pytest.mark.parametrize("revision", [None, LEGACY])
async def test_async_conversation(emu: Emu, revision: str | None) -> None:
    async with AsyncClient(api_key="k", base_url=emu.base_url, api_revision=revision) as client:
        chat = AsyncConversation(client, model=MODEL)
        await chat.send("My name is Grace")
        reply = await chat.send("Who am I?")
        assert '"My name is Grace"' in output_text(reply)


def test_a_streamed_turn_continues_the_conversation(client: Client) -> None:
    chat = Conversation(client, model=MODEL)
    first = chat.send("My name is Ada")
    with chat.stream("I like tea") as stream:
        streamed = stream.text()
    assert streamed and chat.last_id == stream.interaction_id != first.id
    third = chat.send("What is my name?")
    assert third.previous_interaction_id == stream.interaction_id
    assert '"I like tea"' in output_text(third)


async def test_async_streamed_turn_continues_the_conversation(emu: Emu) -> None:
    async with AsyncClient(api_key="k", base_url=emu.base_url) as client:
        chat = AsyncConversation(client, model=MODEL)
        await chat.send("My name is Grace")
        stream = await chat.stream("I like coffee")
        async with stream:
            await stream.until_done()
        reply = await chat.send("Who am I?")
        assert reply.previous_interaction_id == stream.interaction_id
        assert '"I like coffee"' in output_text(reply)


@pytest.mark.parametrize("revision", [None, LEGACY])
def test_streamed_function_call_round_trip(emu: Emu, revision: str | None) -> None:
    with Client(api_key="k", base_url=emu.base_url, api_revision=revision) as client:
        with client.create(
            "Use get_weather city=Paris", model=MODEL, tools=[WEATHER], stream=True
        ) as stream:
            final = stream.until_done()
        assert final.status == "requires_action"
        (call,) = function_calls(final)
        assert call.name == "get_weather" and call.arguments == {"city": "Paris"}
        if revision is None:
            fragments = [
                e.delta.arguments
                for e in stream_events_of(client, final.id)
                if isinstance(e, t.StepDeltaEvent) and isinstance(e.delta, t.ArgumentsDelta)
            ]
            assert len(fragments) > 1  # the arguments really arrived in pieces
        answer = client.create(
            [i.function_result(call.id, {"temp_c": 21}, name=call.name)],
            model=MODEL,
            tools=[WEATHER],
            previous_interaction_id=final.id,
        )
        assert answer.status == "completed"
        assert 'get_weather returned {"temp_c": 21}' in output_text(answer)


def stream_events_of(client: Client, interaction_id: str) -> list[object]:
    with client.get(interaction_id, stream=True) as stream:
        return list(stream)


def test_tool_loop_completes_a_two_function_task(client: Client) -> None:
    calls: list[tuple[str, dict[str, object]]] = []

    def get_weather(city: str) -> dict[str, object]:
        calls.append(("get_weather", {"city": city}))
        return {"temp_c": 18}

    def get_time(city: str) -> str:
        calls.append(("get_time", {"city": city}))
        return "14:05"

    final = run_tools(
        client,
        "Call get_weather city=Oslo then get_time city=Oslo",
        tools={"get_weather": get_weather, "get_time": get_time},
        declarations=[WEATHER, TIME],
        model=MODEL,
    )
    assert calls == [("get_weather", {"city": "Oslo"}), ("get_time", {"city": "Oslo"})]
    assert final.status == "completed"
    text = output_text(final)
    assert 'get_weather returned {"temp_c": 18}' in text and 'get_time returned "14:05"' in text


@pytest.mark.parametrize("revision", [None, LEGACY])
async def test_async_tool_loop(emu: Emu, revision: str | None) -> None:
    async with AsyncClient(api_key="k", base_url=emu.base_url, api_revision=revision) as client:
        final = await async_run_tools(
            client,
            "get_weather city=Rome",
            tools={"get_weather": lambda city: {"temp_c": 25}},
            declarations=[WEATHER],
            model=MODEL,
        )
    assert 'get_weather returned {"temp_c": 25}' in output_text(final)


class Recipe(msgspec.Struct):
    name: str
    servings: int
    ingredients: list[str]


RECIPE_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "servings": {"type": "integer"},
        "ingredients": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "servings", "ingredients"],
}


def test_structured_output_parses_into_a_struct(client: Client) -> None:
    interaction = client.create(
        "A pancake recipe", model=MODEL, response_format=i.json_response_format(RECIPE_SCHEMA)
    )
    recipe = parse_output(interaction, Recipe)
    assert isinstance(recipe, Recipe) and recipe.servings == 1 and recipe.ingredients


def test_structured_output_mismatch_raises_the_typed_error(emu: Emu, client: Client) -> None:
    emu.scenario(malformed_json=True)
    interaction = client.create(
        "A pancake recipe", model=MODEL, response_format=i.json_response_format(RECIPE_SCHEMA)
    )
    with pytest.raises(StructuredOutputError) as info:
        parse_output(interaction, Recipe)
    assert info.value.text == output_text(interaction)


def test_typed_inputs_serialise_to_the_wire_shape(emu: Emu, client: Client) -> None:
    interaction = client.create(
        [i.user_turn("Describe this", i.image(b"\x89PNG", mime_type="image/png"))],
        model=MODEL,
        system_instruction="Be brief",
        generation_config=i.generation_config(temperature=0.2, thought_summaries=True),
        tools=[i.google_search(), i.code_execution(), i.url_context()],
    )
    assert interaction.status == "completed"
    assert isinstance(interaction.steps, list)
    assert any(isinstance(s, t.ThoughtStep) for s in interaction.steps)
    body = [r for r in emu.requests() if r["method"] == "POST"][-1]
    assert body["headers"]["content-type"] == "application/json"
