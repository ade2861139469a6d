"""Search on the large book: p95 over every query kind of the notes issue (bench/search.py draws
the queries from the book itself), and each kind's own p95 below it."""

from __future__ import annotations

from bench.measures import Context, Row

KINDS = ("zh 1 char", "zh 2 chars", "zh 3 chars", "English word", "English prefix (3)", "phone",
         "email", "pinyin name")
ROWS = (Row("all", "search, every query kind", 30),) + tuple(
    Row(kind, f"  search: {kind}", 30) for kind in KINDS
) + (Row("all_cpu", "  search, every query kind: CPU time (what load does not stretch)", 30),)
QUERIES_PER_KIND = 40  # per run


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.search import _queries, time_queries
    from desktop.services.container import Services

    services = Services.open(ctx.book, create=False)
    services.search.sync()
    queries = _queries(ctx.book, QUERIES_PER_KIND * ctx.runs, seed=7)
    cpu: dict[str, list[float]] = {}
    timed = time_queries(services, queries, cpu)
    services.close()
    out = {kind: [t / 1000 for t in timed[kind][0]] for kind in KINDS if timed.get(kind, ([], []))[0]}
    out["all"] = [t for kind in out for t in out[kind]]
    out["all_cpu"] = [t / 1000 for kind in KINDS for t in cpu.get(kind, ())]
    return out
