"""The seed walkthrough, end to end: ``make demo`` / ``python -m interactions_ext.demo``.

Runs against the embedded emulator, or against the real Gemini API when
``GEMINI_API_KEY`` (or ``GOOGLE_API_KEY``) is set.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx2

from interactions_ext._generated import models as types

from .auth import auth_for
from .client import Client
from .config import ClientOptions, Settings, default_headers
from .errors import NotFoundError
from .outputs import output_text
from .routing import Operation, Router

MODEL = os.environ.get("DEMO_MODEL", "gemini-2.5-flash")
AGENT = os.environ.get("DEMO_AGENT", "deep-research-pro-preview-12-2025")


def title(n: int, text: str) -> None:
    print(f"\n=== {n}. {text} ===", flush=True)


@contextlib.contextmanager
def backend(store: str) -> Iterator[tuple[Client, str]]:
    if os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY"):
        with Client(store=store) as client:
            yield client, "the Gemini Developer API"
        return
    from .emulator import Emulator

    # A faster server clock keeps the background steps to a few seconds.
    with (
        Emulator(clock_speed=4.0) as emu,
        Client(api_key="demo-key", base_url=emu.base_url, store=store) as client,
    ):
        yield client, f"the local emulator at {emu.base_url}"


def checkpoint_step(client: Client, store: str) -> bool:
    """A checkpointed stream stopped after a few events, finished by another process."""
    name = f"demo-{uuid.uuid4().hex[:8]}"
    stream = client.create(
        "Write a longer story in multiple paragraphs", model=MODEL, stream=True, checkpoint=name
    )
    head: list[str] = []
    for seen, event in enumerate(stream, start=1):
        delta = getattr(event, "delta", None)
        text = delta.text if isinstance(delta, types.TextDelta) else None
        head.append(text or "")
        if seen >= 5:
            break
    stream.close()  # as if this worker stopped: event 5 was in hand, not yet handled
    state = client.get_checkpoint(name)
    assert state is not None and state.interaction_id is not None
    print(f"stopped; checkpoint {name!r} holds {state.interaction_id} at {state.last_event_id}")
    child = [sys.executable, "-m", "interactions_ext.demo", "--resume", name, store]
    env = {**os.environ, "DEMO_BASE_URL": str(client.router.base_url)}
    result = subprocess.run(child, capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        print(f"the second process failed:\n{result.stderr}")
        return False
    print(f"a second process resumed it: {result.stderr.strip()}")
    tail = result.stdout
    # The event in hand (the 5th) comes again first: it is the one that was not handled.
    story, stored = "".join(head[:-1]) + tail, output_text(client.get(state.interaction_id))
    done = client.get_checkpoint(name)
    ok = story == stored and done is not None and done.done
    print("head + resumed tail = the whole story; checkpoint done" if ok else "MISMATCH")
    return ok


def resume_checkpoint_main(name: str, store: str) -> int:
    """The second process of ``checkpoint_step``: the answer's text after the checkpoint."""
    base_url = os.environ.get("DEMO_BASE_URL")
    emulated = not (os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY"))
    options: ClientOptions = {"api_key": "demo-key", "base_url": base_url} if emulated else {}
    with Client(store=store, **options) as client, client.resume_checkpoint(name) as stream:
        for text in stream.text_deltas():
            sys.stdout.write(text)
        sys.stderr.write(f"pid {os.getpid()}, {stream.interaction_id} after the checkpoint\n")
    return 0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="interactions-demo-") as work:
        return walkthrough(f"sqlite://{Path(work) / 'store.db'}")


def walkthrough(store: str) -> int:
    with backend(store) as (client, where):
        print(f"Interactions API walkthrough against {where}")

        title(1, "Create (non-streaming)")
        interaction = client.create("What is the capital of France?", model=MODEL)
        print(f"interaction.id     = {interaction.id}")
        print(f"interaction.status = {interaction.status}")
        print(f"output_text        = {output_text(interaction)[:120]!r}")

        title(2, "Create with an agent, in the background")
        research = client.create(
            "Research the history of quantum computing", agent=AGENT, background=True, store=True
        )
        print(f"agent interaction {research.id} is {research.status}")

        title(3, "Streaming: a short poem, printed as it arrives")
        with client.create("Write a short poem about Python", model=MODEL, stream=True) as stream:
            for text in stream.text_deltas():
                print(text, end="", flush=True)
        print(f"\n[stream finished; interaction {stream.interaction_id}]")

        title(4, "Resumption with last_event_id")
        stream = client.create(
            "Write a longer story in multiple paragraphs", model=MODEL, stream=True, store=True
        )
        head: list[str] = []
        for seen, event in enumerate(stream, start=1):
            delta = getattr(event, "delta", None)
            if isinstance(delta, types.TextDelta) and delta.text:
                head.append(delta.text)
            if seen >= 5:
                break
        interaction_id, last_event_id = stream.interaction_id, stream.last_event_id
        stream.close()
        print(
            f"stopped after 5 events: interaction_id={interaction_id} last_event_id={last_event_id}"
        )
        assert interaction_id is not None
        with client.resume(interaction_id, last_event_id) as resumed:
            tail = list(resumed.text_deltas())
        story = "".join(head + tail)
        stored = output_text(client.get(interaction_id))
        print(f"head: {''.join(head)!r}")
        print(f"tail: {''.join(tail)[:80]!r}...")
        print(
            "the resumed tail continues exactly where it stopped"
            if story == stored
            else "MISMATCH between the resumed story and the stored interaction"
        )
        if story != stored:
            return 1

        title(5, "Background run: wait_for_completion, cancel, delete")
        final = client.wait_for_completion(
            research.id,
            timeout_ms=120_000,
            on_status=lambda it: print(f"  status: {it.status}", flush=True),
        )
        print(f"{research.id} ended {final.status}: {output_text(final)[:100]!r}...")
        outline = client.create(
            "Draft a detailed outline for a technical blog post about supervision trees",
            agent=AGENT,
            background=True,
            store=True,
        )
        cancelled = client.cancel(outline.id)
        print(f"cancelled {outline.id}: status {cancelled.status}")
        for done_id in (research.id, outline.id, interaction.id):
            client.delete(done_id)
        try:
            client.get(research.id)
        except NotFoundError as exc:
            print(f"deleted; get now fails as expected: {exc}")

        title(6, "A checkpointed stream, resumed by a second process")
        if not checkpoint_step(client, store):
            return 1

        title(7, "Gemini vs Vertex routing (and quota project)")
        show_routes()
    return 0


def _sent_headers(settings: Settings) -> dict[str, str]:
    """The headers a request would carry, through the client's own auth (key redacted)."""
    request = httpx2.Request(
        "POST", Router(settings).url("create"), headers=default_headers(settings)
    )
    sent = next(auth_for(settings).sync_auth_flow(request))
    return {
        k: "<redacted>" if k == "x-goog-api-key" else v
        for k, v in sent.headers.items()
        if k not in ("host", "content-length")
    }


def show_routes() -> None:
    from google.auth.credentials import Credentials

    class ShownToken(Credentials):
        """Stands in for Application Default Credentials: a valid token to display."""

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.token = "<token>"

        def refresh(self, request: object) -> None:
            del request

    vertex = ClientOptions(
        vertexai=True,
        project="my-project",
        location="us-central1",
        quota_project_id="my-billing-project",
        credentials=ShownToken(),
    )
    seed_form = vertex.copy()
    seed_form["vertex_scoping"] = "create-only"
    for label, settings in (
        ("Gemini", Settings.resolve(api_key="AIza-demo-key-not-real", env={})),
        ("Vertex (all scoped, default)", Settings.resolve(env={}, **vertex)),
        (
            "Vertex (create-only scoping, the seed's form)",
            Settings.resolve(env={}, **seed_form),
        ),
    ):
        router = Router(settings)
        print(f"{label}:")
        ops: tuple[Operation, ...] = ("create", "get", "cancel", "delete")
        for op in ops:
            print(f"  {op:<6} {router.url(op)}")
        headers = _sent_headers(settings)
        print("  headers: " + ", ".join(f"{k}: {v}" for k, v in sorted(headers.items())))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--resume"]:
        sys.exit(resume_checkpoint_main(sys.argv[2], sys.argv[3]))
    sys.exit(main())
