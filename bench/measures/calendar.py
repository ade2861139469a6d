"""Calendar export of a year on the large book: every visit, open next step with a due date and
instalment due from half a year back to half a year ahead of the book's "today", written as one
.ics file (events, alarms, the zone's VTIMEZONE) through the atomic writer."""

from __future__ import annotations

import time
from datetime import timedelta

from bench.measures import Context, Row

ROWS = (
    Row("calendar_year", "calendar export of a year (.ics)", 1, unit="s"),
    Row("calendar_cpu", "  its CPU time (the same export, other processes' load left out)", None,
        unit="s"),
    Row("calendar_events", "  events written", None, unit="events", p95=False),
)


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.largebook import NOW
    from desktop.domain.clock import FixedClock
    from desktop.services.container import Services

    services = Services.open(ctx.book, FixedClock(NOW), create=False)
    first, last = NOW.date() - timedelta(days=182), NOW.date() + timedelta(days=182)
    out = ctx.work / "year.ics"
    samples, cpu, counts = [], [], []
    try:
        for _run in range(ctx.runs):
            started, used = time.perf_counter(), time.process_time()
            result = services.calendar.export(out, first=first, last=last, zone="Asia/Shanghai")
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
            counts.append(float(result.count))
    finally:
        services.close()
    if not counts or counts[0] == 0:
        raise RuntimeError("the large book's year wrote no events")
    return {"calendar_year": samples, "calendar_cpu": cpu, "calendar_events": counts}
