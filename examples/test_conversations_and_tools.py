"""The README's "Conversations and tools" examples, run against the emulator."""

from __future__ import annotations

import msgspec

from interactions_ext import function_calls, output_text
from interactions_ext import inputs as i
from interactions_ext.conversation import Conversation, run_tools
from interactions_ext.structured import parse_output

MODEL = "gemini-2.5-flash"


def test_conversation(interactions_emulator) -> None:
    chat = Conversation(interactions_emulator.client, model=MODEL)
    chat.send("My name is Ada")
    reply = chat.send("What is my name?")
    assert "Ada" in output_text(reply)


def test_function_calling_by_hand(interactions_emulator) -> None:
    client = interactions_emulator.client
    weather = i.function_tool(
        "get_weather",
        "Current weather",
        {"type": "object", "properties": {"city": {"type": "string"}}},
    )
    first = client.create("Use get_weather city=Paris", model=MODEL, tools=[weather])
    (call,) = function_calls(first)  # status is "requires_action"
    result = i.function_result(call.id, {"temp_c": 21}, name=call.name)
    final = client.create([result], model=MODEL, tools=[weather], previous_interaction_id=first.id)
    assert "21" in output_text(final)


def test_tool_loop(interactions_emulator) -> None:
    weather = i.function_tool(
        "get_weather",
        "Current weather",
        {"type": "object", "properties": {"city": {"type": "string"}}},
    )
    final = run_tools(
        interactions_emulator.client,
        "What is get_weather city=Oslo saying?",
        tools={"get_weather": lambda city: {"city": city, "temp_c": 18}},
        declarations=[weather],
        model=MODEL,
    )
    assert "18" in output_text(final)


class City(msgspec.Struct):
    name: str
    population: int


def test_structured_output(interactions_emulator) -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "population": {"type": "integer"}},
    }
    interaction = interactions_emulator.client.create(
        "The largest city in Norway",
        model=MODEL,
        response_format=i.json_response_format(schema),
    )
    city = parse_output(interaction, City)
    assert isinstance(city.population, int)
