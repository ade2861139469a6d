"""Reports on the large book: the Reports page for the default period (this quarter) read on the
thread pool, laid out and painted; and each `dealbrief report KIND --json` of its own work: the
command run in process on a book already open (starting Python and opening the book — which
runs SQLite's quick_check, about 0.2–0.9 s on the large book — are the start-up rows' business)."""

from __future__ import annotations

import contextlib
import io

from bench.measures import Context, Row

KINDS = ("forecast", "funnel", "winrate", "lost", "pareto", "sources", "formula", "activity", "week")
ROWS = (Row("reports_page", "Reports page shown (default period)", 300),
        *(Row(f"report_{k}", f"dealbrief report {k} --json", 1000) for k in KINDS))


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop

    from bench.measures import qt
    from desktop.app import start_up_over
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.reports.page import ReportsPage

    app = qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    start_up_over()  # the app's step once its window shows and the book is checked (gc.freeze)
    samples: dict[str, list[float]] = {"reports_page": []}

    def page_shown() -> None:
        page = ReportsPage(services, Bus())
        qt.show_and_paint(page)
        while page.loading:  # the read runs on the thread pool; its answer comes back by signal
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # sleep, as the app's loop does
        page.repaint()
        pages.append(page)

    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        pages: list[ReportsPage] = []
        samples["reports_page"].append(qt.timed(page_shown))
        if not pages[0].reports.book.deals:
            raise RuntimeError("the Reports page read no deals from the large book")
        qt.dispose(pages[0])
    samples["reports_page"] = samples["reports_page"][1:]
    import gc

    gc.unfreeze()  # `dealbrief report` runs one command and exits: no start-up freeze there
    from desktop.cli import build_parser
    from desktop.cli.reports import _run

    for kind in KINDS:
        times = []
        for _ in range(ctx.runs + 1):
            out = io.StringIO()
            args = build_parser().parse_args(["--book", str(ctx.book), "report", kind, "--json"])
            with contextlib.redirect_stdout(out):
                times.append(qt.timed(lambda a=args: _run(a, services)))
            if not out.getvalue().startswith("{"):
                raise RuntimeError(f"dealbrief report {kind} printed no JSON")
        samples[f"report_{kind}"] = times[1:]
    services.close()
    return samples
