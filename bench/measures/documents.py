"""The visit brief and the first-call deck of the 12×60 bench deal, each to PDF.

Every sample is the first document of a fresh process that has the app's services loaded, as the
running app has (the services' modules and SQLModel with the tables, which the app loads right
after its first paint since issue 20's start-up work; without them the sample timed importing
SQLModel): reportlab imported, fonts registered, book opened, data loaded, PDF built, the
book's check run alongside and passed (as `dealbrief brief` and `deck` do). That
is what the seller waits for the first time they print after starting the app; later documents
are faster (bench/print.py shows both).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from bench.measures import Context, Row

ROWS = (
    Row("brief", "visit brief to PDF (first of the process)", 500),
    Row("deck", "first-call deck to PDF (first of the process)", 1000),
)

ONCE = """
import sys, time
from pathlib import Path
import desktop.services.container  # loaded in the running app already
from desktop.storage import tables, text_guard  # SQLModel too: the app loads it after its first paint
from bench.print import render
t = time.perf_counter()
data = render(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
took = time.perf_counter() - t
assert data.startswith(b"%PDF"), "not a PDF"
print(took)
"""


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.largebook import bench_deal_id

    with sqlite3.connect(ctx.book) as conn:
        deal_id = bench_deal_id(conn)
    out: dict[str, list[float]] = {"brief": [], "deck": []}
    for i in range(ctx.runs + 1):  # the first pair warms the page cache and is dropped
        for kind in ("brief", "deck"):
            done = subprocess.run(
                [sys.executable, "-c", ONCE, kind, str(ctx.book), str(deal_id), ctx.language],
                capture_output=True, text=True, timeout=120, check=True)
            if i:
                out[kind].append(float(done.stdout.strip().splitlines()[-1]))
    return out
