"""The spine against the emulator over real HTTP: CRUD, streaming, resume, unknown events."""

from __future__ import annotations

import inspect

import pytest

from interactions_ext import (
    Client,
    MissingCredentialsError,
    NotFoundError,
    UnknownEvent,
    output_text,
)
from interactions_ext import types as t
from interactions_ext.events import event_id_of

from .conftest import Emu

MODEL = "gemini-2.5-flash"


def test_create_get_cancel_delete_round_trip(client: Client) -> None:
    created = client.create("What is the capital of France?", model=MODEL)
    assert created.id and created.status == "completed"
    assert output_text(created)
    fetched = client.get(created.id)
    assert fetched.id == created.id and output_text(fetched) == output_text(created)
    running = client.create(
        "Research X", agent="deep-research-pro-preview-12-2025", background=True, store=True
    )
    cancelled = client.cancel(running.id)
    assert cancelled.status == "cancelled"
    client.delete(created.id)
    with pytest.raises(NotFoundError) as info:
        client.get(created.id)
    assert info.value.status_code == 404
    with pytest.raises(NotFoundError):
        client.delete(created.id)


def test_streamed_create_yields_current_revision_events(client: Client) -> None:
    with client.create("Write a short poem", model=MODEL, stream=True) as stream:
        events = list(stream)
    kinds = [type(e) for e in events]
    assert kinds[0] is t.InteractionCreatedEvent
    assert kinds[-1] is t.InteractionCompletedEvent
    assert t.StepDeltaEvent in kinds
    text = "".join(
        e.delta.text
        for e in events
        if isinstance(e, t.StepDeltaEvent) and isinstance(e.delta, t.TextDelta)
    )
    assert text and stream.finished
    assert text == output_text(client.get(stream.interaction_id or ""))


def test_streamed_create_in_legacy_revision(legacy_client: Client) -> None:
    with legacy_client.create("Write a short poem", model=MODEL, stream=True) as stream:
        events = list(stream)
    assert isinstance(events[0], t.InteractionStartEvent)
    assert isinstance(events[-1], t.InteractionCompleteEvent)
    deltas = [e for e in events if isinstance(e, t.ContentDeltaEvent)]
    assert deltas and all(isinstance(d.delta, t.TextDelta) for d in deltas)
    assert stream.interaction_id == events[0].interaction.id


@pytest.mark.parametrize("revision", [None, "2026-05-07"])
def test_resume_yields_exactly_the_tail(emu: Emu, revision: str | None) -> None:
    with Client(api_key="k", base_url=emu.base_url, api_revision=revision) as client:
        with client.create("Write a story", model=MODEL, stream=True) as stream:
            full = list(stream)
        interaction_id = stream.interaction_id
        assert interaction_id
        for cut in (1, 4, len(full) - 1):
            after = event_id_of(full[cut - 1])
            with client.resume(interaction_id, after) as resumed:
                tail = list(resumed)
            assert [event_id_of(e) for e in tail] == [event_id_of(e) for e in full[cut:]]
            assert tail == full[cut:]


def test_unknown_event_type_reaches_the_caller(client: Client) -> None:
    with client.create(
        "hi", model=MODEL, stream=True, extra_headers={"x-emulator-scenario": "unknown_event"}
    ) as stream:
        events = list(stream)
    unknown = [e for e in events if isinstance(e, UnknownEvent)]
    assert len(unknown) == 1
    assert unknown[0].json()["event_type"] == unknown[0].event_type
    assert unknown[0].event_id
    assert isinstance(events[-1], t.InteractionCompletedEvent)


def test_missing_api_key_names_the_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GENAI_USE_VERTEXAI"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(MissingCredentialsError) as info:
        Client()
    assert "GEMINI_API_KEY" in str(info.value) and "GOOGLE_API_KEY" in str(info.value)


def test_every_public_name_is_exported_and_loads() -> None:
    import interactions_ext

    assert len(set(interactions_ext.__all__)) == len(interactions_ext.__all__)
    public = {
        name
        for name, value in vars(interactions_ext).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public - {"TYPE_CHECKING", "Any", "annotations"} <= set(interactions_ext.__all__)
    for name in interactions_ext.__all__:
        assert getattr(interactions_ext, name) is not None, name
