"""Many threads decoding for the first time at the same moment, in fresh processes.

The typed decoders are built on first use; building msgspec decoders from several
threads at once is unsafe in msgspec 0.22, so ``events`` builds them once, under a
lock. Each run is a new interpreter (nothing built yet) whose threads all make their
first decode together; a crash or a wrong result shows as a non-zero exit code.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

RUNS = 20
THREADS = 16

SCRIPT = textwrap.dedent(
    f"""
    import threading

    from interactions_ext.events import decode_data, decode_interaction, InvalidEvent
    from interactions_ext.sse import ServerSentEvent
    from interactions_ext import events

    EVENT = b'{{"event_type":"step.delta","index":0,"delta":{{"type":"text","text":"hi"}}}}'
    ODD = b'{{"event_type":"step.delta","index":"x","delta":{{"type":"text"}}}}'
    BODY = b'{{"id":"v1_a","status":"completed","steps":[{{"type":"quantum","q":1}}]}}'
    barrier = threading.Barrier({THREADS})
    errors = []

    def first_decode(n):
        barrier.wait()
        try:
            if n % 3 == 0:
                assert events.decode(ServerSentEvent(data_bytes=EVENT)).delta.text == "hi"
            elif n % 3 == 1:
                assert isinstance(decode_data(ODD), InvalidEvent)
            else:
                assert decode_interaction(BODY).steps[0].type == "quantum"
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_decode, args=(n,)) for n in range({THREADS})]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    raise SystemExit(1 if errors or any(t.is_alive() for t in threads) else 0)
    """
)


@pytest.mark.parametrize("run", range(RUNS))
def test_first_decodes_from_many_threads_at_once(run: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
