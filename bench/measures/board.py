"""The deals board on the large book: DealsPage built, every open deal counted in its column's
header (each column shows a page of cards, issue 20), first frame painted. Then the first
character of the filter typed (the first character of the largest open deal's company, as a
seller looking for it would type) and the board painted with the matching cards: each column
reads a page of the matching deals and their count and totals in the book (issue 20)."""

from __future__ import annotations

from bench.measures import Context, Row

ROWS = (
    Row("board", "board shown with all open deals", 300),
    Row("filter", "board filter, first character typed", None),
)


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack

    from bench.measures import qt
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.deals.page import DealsPage

    qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    times, typed = [], []
    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        bus, undo = Bus(), QUndoStack()
        page: list[DealsPage] = []
        times.append(qt.timed(lambda: (page.append(DealsPage(services, bus, undo)),
                                       qt.show_and_paint(page[0]))))
        columns = page[0].board.columns.values()
        counted = sum(c.model.rowCount() + c.missing() for c in columns
                      if c.model.stage.kind.value == "open")
        if counted < 500:
            raise RuntimeError(f"the board counts {counted} open deals; the large book has about 600")
        largest = max((c for c in columns if c.model.stage.kind.value == "open" and c.model.rowCount()),
                      key=lambda c: c.model.deals()[0].deal.amount or 0).model.deals()[0]
        first = largest.deal.company_name[:1]
        typed.append(qt.timed(lambda: (page[0].filter_edit.setText(first), page[0].repaint())))
        if page[0].board.column_of(largest.id) is None:
            raise RuntimeError(f"typing {first!r} does not show {largest.deal.company_name}")
        qt.dispose(page[0])
    services.close()
    return {"board": times[1:], "filter": typed[1:]}
