"""Background runs against the emulator's own (scaled) clock: wait, cancel, delete."""

from __future__ import annotations

import pytest

from interactions_ext import AsyncClient, Client, NotFoundError, WaitTimeoutError, output_text

from .conftest import Emu

AGENT = "deep-research-pro-preview-12-2025"
STATUSES = ["completed", "failed", "cancelled", "incomplete", "budget_exceeded", "requires_action"]


@pytest.fixture(autouse=True)
def fast_clock(emu: Emu) -> None:
    emu.scenario(clock_speed=40.0)


def _start(client: Client, status: str | None = None) -> str:
    headers = {"x-emulator-terminal-status": status} if status else None
    run = client.create(
        "Research the history of quantum computing",
        agent=AGENT,
        background=True,
        store=True,
        extra_headers=headers,
    )
    assert run.status in {"queued", "in_progress"}
    return run.id


def test_agent_run_is_waited_to_completion_with_progress(client: Client) -> None:
    seen: list[str] = []
    final = client.wait_for_completion(
        _start(client),
        timeout_ms=120_000,
        poll_interval=0.05,
        on_status=lambda it: seen.append(str(it.status)),
    )
    assert final.status == "completed"
    assert len(output_text(final)) > 200
    assert seen[-1] == "completed" and len(seen) == len(set(seen)) >= 2


@pytest.mark.parametrize("status", STATUSES)
def test_every_terminal_status_returns(client: Client, status: str) -> None:
    final = client.wait_for_completion(_start(client, status), timeout=60, poll_interval=0.05)
    assert final.status == status


def test_timeout_raises_with_the_last_interaction(emu: Emu, client: Client) -> None:
    emu.scenario(clock_speed=0.001)
    run_id = _start(client)
    with pytest.raises(WaitTimeoutError) as info:
        client.wait_for_completion(run_id, timeout=0.3, poll_interval=0.05)
    assert info.value.interaction is not None
    assert info.value.interaction.id == run_id
    assert info.value.interaction.status in {"queued", "in_progress"}


def test_cancel_during_the_run(client: Client) -> None:
    run_id = _start(client)
    assert client.cancel(run_id).status == "cancelled"
    assert client.wait_for_completion(run_id, timeout=10, poll_interval=0.05).status == "cancelled"


def test_cancel_after_the_end_is_an_api_error(client: Client) -> None:
    from interactions_ext import BadRequestError

    run_id = _start(client)
    client.wait_for_completion(run_id, timeout=60, poll_interval=0.05)
    with pytest.raises(BadRequestError) as info:
        client.cancel(run_id)
    assert info.value.interaction_id == run_id
    assert "completed" in info.value.message


def test_delete_then_get_is_not_found(client: Client) -> None:
    run_id = _start(client)
    client.wait_for_completion(run_id, timeout=60, poll_interval=0.05)
    client.delete(run_id)
    with pytest.raises(NotFoundError) as info:
        client.get(run_id)
    assert info.value.interaction_id == run_id


def test_not_visible_yet_then_visible(emu: Emu, client: Client) -> None:
    emu.scenario(visibility_delay_gets=2)
    final = client.wait_for_completion(_start(client), timeout=60, poll_interval=0.05)
    assert final.status == "completed"


def test_wait_by_streaming(client: Client) -> None:
    final = client.wait_for_completion(_start(client), timeout=60, stream=True)
    assert final.status == "completed" and output_text(final)


async def test_async_wait_cancel_delete(emu: Emu) -> None:
    async with AsyncClient(api_key="k", base_url=emu.base_url) as client:
        run = await client.create("Research", agent=AGENT, background=True, store=True)
        final = await client.wait_for_completion(run.id, timeout=60, poll_interval=0.05)
        assert final.status == "completed"
        other = await client.create("Research", agent=AGENT, background=True, store=True)
        assert (await client.cancel(other.id)).status == "cancelled"
        await client.delete(run.id)
        with pytest.raises(NotFoundError):
            await client.get(run.id)
        with pytest.raises(NotFoundError):
            await client.delete(run.id)
