"""Opening a client from the global options, and playing a stream through a view."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import USAGE, CommandError, Interrupted
from .options import Globals
from .output import note
from .render import StreamView

if TYPE_CHECKING:
    from interactions_ext import Client, InteractionStream

__all__ = ["missing_credentials_hint", "open_client", "play"]

_TRUE = {"1", "true", "yes", "on"}


def missing_credentials_hint(g: Globals) -> str:
    """What to type, in this command's own terms."""
    vertex = g.wants_vertex or os.environ.get("GOOGLE_GENAI_USE_VERTEXAI", "").lower() in _TRUE
    if vertex:
        return (
            "Vertex AI needs a project: pass --project ID (and --location LOC, default global) "
            "or set GOOGLE_CLOUD_PROJECT; credentials come from `gcloud auth "
            "application-default login` or GOOGLE_APPLICATION_CREDENTIALS. For Vertex express "
            "mode pass --api-key KEY instead."
        )
    return (
        "no API key: set GEMINI_API_KEY (or GOOGLE_API_KEY), or pass --api-key KEY. "
        "For Vertex AI pass --vertex --project ID [--location LOC]."
    )


@contextmanager
def open_client(g: Globals) -> Iterator[Client]:
    """A ``Client`` for these options; a missing key is a usage error with a hint."""
    from interactions_ext import Client, MissingCredentialsError

    try:
        client = Client(**g.client_options())
    except MissingCredentialsError as exc:
        raise CommandError(missing_credentials_hint(g), code=USAGE) from exc
    with client:
        yield client


def play(stream: InteractionStream, view: StreamView, g: Globals) -> None:
    """Render every event; on Ctrl-C say how to pick up from the last one shown."""
    try:
        with stream:
            for event in stream:
                view.event(event)
    except KeyboardInterrupt:
        view.finish()
        raise interrupted_stream(g, stream.interaction_id, stream.last_event_id) from None
    view.finish(stream.interaction())


def interrupted_stream(
    g: Globals, interaction_id: str | None, last_event_id: str | None
) -> Interrupted:
    """Explain an interrupted stream on stderr; the exception carries the cursor."""
    if interaction_id is None:
        note("interrupted before the interaction was named; nothing to resume", "yellow")
        return Interrupted()
    words = ["stream", interaction_id]
    if last_event_id:
        words += ["--last-event-id", last_event_id]
    resume = g.command(*words)
    note(f"interrupted; resume with: {resume}", "yellow")
    return Interrupted(resume, interaction_id=interaction_id, last_event_id=last_event_id)
