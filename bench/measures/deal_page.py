"""One deal's page on the large book: the deal with 12 stakeholders and 60 notes
(bench.world.BENCH_DEAL_MARK) opened from the board and painted, with its SQL statements counted.
"""

from __future__ import annotations

import sqlite3

from bench.measures import Context, Row

ROWS = (
    Row("deal", "deal page, 12 stakeholders and 60 notes", 150),
    Row("statements", "  SQL statements to open it", None, unit="n", p95=False),
)


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack
    from sqlalchemy import event

    from bench.largebook import bench_deal_id
    from bench.measures import qt
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.deals.page import DealsPage

    with sqlite3.connect(ctx.book) as conn:
        deal_id = bench_deal_id(conn)
    qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    count = [0]

    def counted(statement: str) -> None:
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            count[0] += 1

    def trace(dbapi, _record, _proxy) -> None:  # noqa: ANN001 - every statement, raw ones too
        dbapi.set_trace_callback(counted)

    event.listen(services.book.engine, "checkout", trace)
    page = DealsPage(services, Bus(), QUndoStack())
    qt.show_and_paint(page)
    times, statements = [], []
    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        page.show_view(page.BOARD)
        qt.settle()
        count[0] = 0
        times.append(qt.timed(lambda: (page.open_record(deal_id), qt.settle(), page.repaint())))
        statements.append(float(count[0]))
        if page.deal_view.deal is None or page.deal_view.deal.id != deal_id:
            raise RuntimeError("the deal page did not open the bench deal")
    qt.dispose(page)
    services.close()
    return {"deal": times[1:], "statements": statements[1:]}
