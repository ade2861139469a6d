"""Kill a writer at a random moment with SIGKILL, cheaply.

Starting Python and importing the app costs about a second; a campaign of hundreds of kills
cannot pay that each time. So the victim is forked from the test process, which has imported
everything already: the child runs one operation and reports each write it finished through a
pipe ("done" lines, written only after the commit returned), the parent kills it after a seeded
random delay and reads what was reported. Only whole lines count: a line cut by the kill was
never reported.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

Report = Callable[[str], None]


@dataclass
class Outcome:
    lines: list[str]
    killed: bool  # False: the child finished before the kill
    exit_code: int | None  # the child's exit code when it finished by itself


def _child(work: Callable[[Report], None], w: int) -> None:
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

        def report(line: str) -> None:
            os.write(w, (line + "\n").encode())

        work(report)
    except BaseException:  # noqa: BLE001 - the parent sees the exit code and the trace
        traceback.print_exc(file=sys.stderr)
        code = 70
    finally:
        os._exit(code)


def run_and_kill(work: Callable[[Report], None], delay_s: float) -> Outcome:
    """Fork a child running `work(report)`; SIGKILL it after `delay_s` unless it ended first."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        _child(work, w)
    os.close(w)
    data = bytearray()
    deadline = time.monotonic() + delay_s
    eof = False
    while not eof:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        ready, _, _ = select.select([r], [], [], left)
        if ready:
            chunk = os.read(r, 65536)
            if chunk:
                data += chunk
            else:
                eof = True
    killed = False
    if not eof:
        try:
            os.kill(pid, signal.SIGKILL)
            killed = True
        except ProcessLookupError:
            pass
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(r, 65536):
        data += chunk
    os.close(r)
    if os.WIFSIGNALED(status):
        killed = killed and os.WTERMSIG(status) == signal.SIGKILL
        code = None
    else:
        killed = False
        code = os.WEXITSTATUS(status)
    text = data.decode()
    lines = text.split("\n")[:-1]  # the last piece is a cut line (or "")
    return Outcome(lines, killed, code)


def timed(work: Callable[[Report], None]) -> float:
    """How long `work` takes when nobody kills it (run in a child, as the campaign does)."""
    start = time.monotonic()
    outcome = run_and_kill(work, 120.0)
    assert outcome.exit_code == 0, "the operation fails even without a kill"
    return time.monotonic() - start
