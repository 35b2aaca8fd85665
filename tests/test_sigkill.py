"""A process SIGKILLed mid-stream, then another resuming from the same store.

The first process prints each event as it handles it and is killed once it has shown
some; the second resumes the checkpoint and prints the rest. Together they show every
event of the answer (across its continuation hops), in order, with at most the event
in flight twice. The emulator runs in the test process, so it outlives the killed one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from interactions_ext import Client

from .conftest import Emu

# Four hops of a slow answer: a kill lands anywhere in any of them.
SCENARIO = "answer_words=240,output_limit_words=66"
_CHILD = textwrap.dedent(
    """
    import json, sys
    from interactions_ext import Client
    base_url, store, mode, scenario = sys.argv[1:5]
    def show(event):
        delta = getattr(event, "delta", None)
        line = [getattr(event, "event_id", None), type(event).__name__, getattr(delta, "text", None)]
        sys.stdout.write(json.dumps(line) + "\\n")
        sys.stdout.flush()
    with Client(api_key="k", base_url=base_url, store=store) as client:
        if mode == "create":
            stream = client.create("Tell me about rivers", model="gemini-2.5-flash", stream=True,
                                   checkpoint="killed", extra_headers={"x-emulator-scenario": scenario})
        else:
            stream = client.resume_checkpoint("killed")
        with stream:
            for event in stream:
                show(event)
    """
)


def _child(emu: Emu, store: str, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, emu.base_url, store, mode, SCENARIO],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _reference(emu: Emu) -> list[list[Any]]:
    with Client(api_key="k", base_url=emu.base_url) as client:
        headers = {"x-emulator-scenario": SCENARIO}
        with client.create(
            "Tell me about rivers", model="gemini-2.5-flash", stream=True, extra_headers=headers
        ) as stream:
            return [
                [
                    getattr(e, "event_id", None),
                    type(e).__name__,
                    getattr(getattr(e, "delta", None), "text", None),
                ]
                for e in stream
            ]


@pytest.mark.parametrize("attempt", range(3))
@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_sigkill_mid_stream_then_resume_elsewhere(
    backend: str, attempt: int, emu: Emu, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = (
        request.getfixturevalue("redis_url")
        if backend == "redis"
        else f"sqlite://{tmp_path / 'store.db'}"
    )
    full = _reference(emu)
    emu.scenario(event_delay_ms=4)  # slow enough that the kill lands mid-stream
    kill_after = 9 + 23 * attempt  # in the first, second or third hop
    first = _child(emu, store, "create")
    assert first.stdout is not None
    shown: list[list[Any]] = []
    for line in first.stdout:
        shown.append(json.loads(line))
        if len(shown) == kill_after:
            first.send_signal(signal.SIGKILL)
            break
    first.wait(timeout=60)
    assert first.returncode == -signal.SIGKILL
    shown.extend(json.loads(line) for line in first.stdout)  # what it printed before dying
    first.stdout.close()
    assert len(shown) < len(full), "the first process finished before it was killed"

    second = _child(emu, store, "resume")
    out, _ = second.communicate(timeout=120)
    assert second.returncode == 0
    rest = [json.loads(line) for line in out.splitlines()]
    overlap = 1 if rest and shown and rest[0] == shown[-1] else 0
    assert shown + rest[overlap:] == full
