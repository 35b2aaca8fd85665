"""Conversation threads kept in the store: any replica continues one, none forks it.

Replicas are separate clients with their own store handles (connections) on one
SQLite file or one redis-server, sending from threads at the same time against the
emulator. The chain is checked on the server: walking ``previous_interaction_id``
back from the head must meet every turn that was answered, once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from interactions_ext import Client, ThreadConflictError, output_text
from interactions_ext.conversation import Conversation
from interactions_ext.store import RedisStore, SQLiteStore, Store

from .conftest import Emu

MODEL = "gemini-2.5-flash"
Replica = Callable[[], Client]


@pytest.fixture(params=["sqlite", "redis"])
def replica(request: pytest.FixtureRequest, emu: Emu, tmp_path: Path) -> Iterator[Replica]:
    """Builds a new replica: a client with a store handle of its own on the shared store."""
    opened: list[tuple[Client, Store]] = []
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None

    def make() -> Client:
        store: Store = RedisStore(url) if url else SQLiteStore(tmp_path / "shared.db")
        client = Client(api_key="k", base_url=emu.base_url, store=store)
        opened.append((client, store))
        return client

    yield make
    for client, store in opened:
        client.close()
        store.close()


def _chain(client: Client, head: str | None) -> list[str]:
    """The interaction ids from the head back to the thread's first turn."""
    ids: list[str] = []
    while isinstance(head, str):
        ids.append(head)
        head = client.get(head).previous_interaction_id  # type: ignore[assignment]
    return ids[::-1]


def test_any_replica_continues_the_thread(replica: Replica) -> None:
    Conversation(replica(), thread="user-1", model=MODEL).send("My name is Ada")
    answer = Conversation(replica(), thread="user-1", model=MODEL).send("What is my name?")
    assert "Ada" in output_text(answer)
    chat = Conversation(replica(), thread="user-1", model=MODEL)
    assert chat.head() == answer.id


def test_replicas_sending_at_once_never_fork_the_thread(replica: Replica, emu: Emu) -> None:
    emu.scenario(latency_ms=30)  # turns overlap: each waits for the one in flight
    answered: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(index: int) -> None:
        chat = Conversation(replica(), thread="busy", model=MODEL)
        for turn in range(4):
            try:
                interaction = chat.send(f"replica {index} turn {turn}")
            except BaseException as exc:
                errors.append(exc)
                return
            with lock:
                answered.append(interaction.id or "")

    workers = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=100)
    assert errors == []
    reader = Conversation(replica(), thread="busy", model=MODEL)
    chain = _chain(reader.client, reader.head())
    assert sorted(chain) == sorted(answered) and len(chain) == 12
    assert reader.client.store.get("thread:busy").value["moves"] == 12


_REPLICA_PROCESS = textwrap.dedent(
    """
    import json, sys
    from interactions_ext import Client
    from interactions_ext.conversation import Conversation
    base_url, store, name = sys.argv[1:4]
    with Client(api_key="k", base_url=base_url, store=store) as client:
        chat = Conversation(client, thread="shared", model="gemini-2.5-flash")
        print(json.dumps([chat.send(f"{name} turn {turn}").id for turn in range(3)]))
    """
)


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_replica_processes_sending_at_once_never_fork_the_thread(
    backend: str, emu: Emu, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        request.getfixturevalue("redis_url")
        if backend == "redis"
        else f"sqlite://{tmp_path / 'shared.db'}"
    )
    emu.scenario(latency_ms=30)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _REPLICA_PROCESS, emu.base_url, url, f"replica {i}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    answered = [json.loads(proc.communicate(timeout=120)[0]) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    with Client(api_key="k", base_url=emu.base_url, store=url) as reader:
        chain = _chain(reader, Conversation(reader, thread="shared", model=MODEL).head())
    assert sorted(chain) == sorted(answered[0] + answered[1]) and len(chain) == 6


def test_a_turn_that_cannot_wait_gets_a_typed_error(replica: Replica) -> None:
    holder = Conversation(replica(), thread="held", model=MODEL)
    stream = holder.stream("Tell me a long story")  # the turn lasts until the stream ends
    impatient = Conversation(replica(), thread="held", model=MODEL, wait=0.2)
    with pytest.raises(ThreadConflictError, match="busy"):
        impatient.send("Me first")
    final = stream.until_done()
    stream.close()
    after = impatient.send("Now me")  # the claim was released with the stream
    assert _chain(impatient.client, impatient.head()) == [final.id, after.id]


def test_a_head_moved_under_a_turn_is_a_typed_error_not_a_fork(replica: Replica) -> None:
    slow = Conversation(replica(), thread="moved", model=MODEL)
    first = slow.send("Hello")
    stream = slow.stream("Tell me a story")
    # As if this turn's lease ran out: another replica takes the thread meanwhile.
    slow.client.store.delete("thread-claim:moved")
    other = Conversation(replica(), thread="moved", model=MODEL).send("Cutting in")
    with pytest.raises(ThreadConflictError) as info:
        stream.until_done()
    stream.close()
    assert info.value.head == other.id
    assert _chain(slow.client, slow.head()) == [first.id, other.id]


def test_a_streamed_turn_leaves_the_head_on_its_last_hop(replica: Replica) -> None:
    chat = Conversation(replica(), thread="hops", model=MODEL)
    headers = {"x-emulator-scenario": "answer_words=60,output_limit_words=21"}
    with chat.stream("Tell me about rivers", extra_headers=headers) as stream:
        final = stream.until_done()
    assert final.id is not None and chat.head() == final.id
    assert chat.client.store.get("thread:hops").value["moves"] == 3  # one per hop


def test_thread_and_previous_id_do_not_mix(replica: Replica) -> None:
    with pytest.raises(ValueError, match="thread"):
        Conversation(replica(), thread="x", model=MODEL, previous_interaction_id="v1_a")
    with pytest.raises(ValueError, match="thread name"):
        Conversation(replica(), thread="", model=MODEL)


def test_the_async_conversation_shares_the_thread(
    replica: Replica, emu: Emu, loop_thread: Any
) -> None:
    from interactions_ext import AsyncClient
    from interactions_ext.conversation import AsyncConversation

    sync_client = replica()
    Conversation(sync_client, thread="mixed", model=MODEL).send("My name is Ada")

    async def ask() -> str:
        async with AsyncClient(api_key="k", base_url=emu.base_url, store=sync_client.store) as c:
            chat = AsyncConversation(c, thread="mixed", model=MODEL)
            return output_text(await chat.send("What is my name?"))

    assert "Ada" in loop_thread.run(ask())
