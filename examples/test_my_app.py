"""How an application tests itself against the emulator, with only the pytest fixture.

The ``interactions_emulator`` fixture comes with interactions-ext (a pytest plugin):
it yields a running local server, reset for each test, and clients pointed at it.
"""

from __future__ import annotations

from interactions_ext import StreamInterruptedError, output_text


def summarise(client, text: str) -> str:
    """The application code under test."""
    with client.create(f"Summarise: {text}", model="gemini-2.5-flash", stream=True) as stream:
        return "".join(stream.text_deltas())


def test_create(interactions_emulator) -> None:
    interaction = interactions_emulator.client.create("Hello", model="gemini-2.5-flash")
    assert interaction.status == "completed" and output_text(interaction)


def test_stream_survives_a_dropped_connection(interactions_emulator) -> None:
    interactions_emulator.add_fault("drop_after_events=4", match="create")
    summary = summarise(interactions_emulator.client, "a long report")
    assert summary  # the stream resumed by itself after the drop


def test_resume_later_from_the_cursor(interactions_emulator) -> None:
    client = interactions_emulator.client
    interactions_emulator.add_fault("drop_after_events=3", match="create")
    interactions_emulator.add_fault("drop_after_events=0", times=20, match="get")
    stream = client.create("A story", model="gemini-2.5-flash", stream=True)
    try:
        list(stream)
    except StreamInterruptedError as interrupted:
        cursor = (interrupted.interaction_id, interrupted.last_event_id)
    else:  # pragma: no cover - the fault makes resuming impossible for now
        raise AssertionError("expected the stream to be interrupted")
    interactions_emulator.emulator.state.faults.clear()
    with client.resume(*cursor) as resumed:
        final = resumed.until_done()
    assert final.status == "completed"


def test_background_run_and_wait(interactions_emulator) -> None:
    interactions_emulator.set_scenario(clock_speed=50)
    client = interactions_emulator.client
    run = client.create(
        "Research", agent="deep-research-pro-preview-12-2025", background=True, store=True
    )
    final = client.wait_for_completion(run.id, timeout=30, poll_interval=0.05)
    assert final.status == "completed"
