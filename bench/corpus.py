"""A deterministic, realistic current-revision SSE stream, built in memory.

The wire format is the emulator's (and the service's): ``event: <type>`` then one
``data:`` line of compact JSON that repeats ``event_type`` and carries ``event_id``,
then a blank line; the stream ends with ``event: done`` / ``data: [DONE]``. The body
mixes the three delta kinds a real answer streams: thought summaries, text of varying
length (with escapes and non-ASCII, so JSON strings are not all trivial) and function
argument fragments.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from interactions_ext.emulator.content import WORDS

__all__ = ["CHUNK_SIZE", "Corpus", "build_corpus", "split_chunks"]

CHUNK_SIZE = 64 * 1024
_INTERACTION_ID = "v1_bench0000000001"
# The emulator's vocabulary plus multi-byte text, so decoding meets real UTF-8.
_WORDS = [*WORDS, "café", "naïve", "über", "東京", "données"]


@dataclass(frozen=True)
class Corpus:
    """The stream's bytes and what they hold."""

    data: bytes
    events: int
    """Events before ``[DONE]`` (the sentinel is not counted)."""
    text_deltas: int
    thought_deltas: int
    argument_deltas: int

    @property
    def mib(self) -> float:
        return len(self.data) / (1 << 20)


def _frame(event_type: str, payload: str) -> str:
    return f"event: {event_type}\ndata: {payload}\n\n"


def _sentence(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_WORDS)
        if rng.random() < 0.04:
            word += '."\n'  # quotes and newlines make the JSON strings carry escapes
        words.append(word)
        length += len(word) + 1
    return " ".join(words) + " "


def build_corpus(target_events: int = 200_000, seed: int = 10) -> Corpus:
    """About ``target_events`` events (~262 bytes each on average); same bytes every run."""
    rng = random.Random(seed)
    parts: list[str] = []
    counter = 0
    counts = {"text": 0, "thought": 0, "arguments": 0}

    def emit(event_type: str, body: str) -> None:
        nonlocal counter
        event_id = f"evt_{counter:09d}"
        payload = f'{{"event_type":"{event_type}",{body},"event_id":"{event_id}"}}'
        parts.append(_frame(event_type, payload))
        counter += 1

    head = (
        f'"id":"{_INTERACTION_ID}","object":"interaction","status":"in_progress",'
        '"model":"gemini-2.5-flash","created":"2026-11-25T09:15:54.635010Z",'
        '"updated":"2026-11-25T09:15:54.635010Z"'
    )
    emit("interaction.created", f'"interaction":{{{head}}}')
    emit(
        "interaction.status_update",
        f'"interaction_id":"{_INTERACTION_ID}","status":"in_progress"',
    )
    index = 0
    while counter < target_events - 1:
        kind = index % 3
        if kind == 0:
            emit("step.start", f'"index":{index},"step":{{"type":"thought","summary":[]}}')
            for _ in range(rng.randint(4, 12)):
                text = json.dumps(_sentence(rng, rng.randint(60, 220)), ensure_ascii=False)
                emit(
                    "step.delta",
                    f'"index":{index},"delta":{{"type":"thought_summary",'
                    f'"content":{{"type":"text","text":{text}}}}}',
                )
                counts["thought"] += 1
        elif kind == 1:
            emit("step.start", f'"index":{index},"step":{{"type":"model_output","content":[]}}')
            for _ in range(rng.randint(20, 160)):
                text = json.dumps(_sentence(rng, rng.randint(40, 260)), ensure_ascii=False)
                emit("step.delta", f'"index":{index},"delta":{{"type":"text","text":{text}}}')
                counts["text"] += 1
        else:
            call_id = f"call_{index:05d}"
            emit(
                "step.start",
                f'"index":{index},"step":{{"type":"function_call","id":"{call_id}",'
                f'"name":"lookup_weather","arguments":{{}}}}',
            )
            arguments = json.dumps(
                {"city": _sentence(rng, 40).strip(), "days": rng.randint(1, 14), "units": "c"}
            )
            size = max(1, len(arguments) // rng.randint(4, 10))
            for i in range(0, len(arguments), size):
                fragment = json.dumps(arguments[i : i + size])
                emit(
                    "step.delta",
                    f'"index":{index},"delta":{{"type":"arguments_delta","arguments":{fragment}}}',
                )
                counts["arguments"] += 1
        emit("step.stop", f'"index":{index}')
        index += 1
    usage = '"usage":{"total_input_tokens":8,"total_output_tokens":90000,"total_tokens":90008}'
    done_head = head.replace('"in_progress"', '"completed"')
    emit("interaction.completed", f'"interaction":{{{done_head},{usage}}}')
    parts.append("event: done\ndata: [DONE]\n\n")
    return Corpus(
        data="".join(parts).encode(),
        events=counter,
        text_deltas=counts["text"],
        thought_deltas=counts["thought"],
        argument_deltas=counts["arguments"],
    )


def split_chunks(data: bytes, size: int = CHUNK_SIZE) -> list[bytes]:
    """``data`` cut every ``size`` bytes, as a socket would hand it over (mid-line, mid-UTF-8)."""
    return [data[i : i + size] for i in range(0, len(data), size)]
