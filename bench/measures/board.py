"""The deals board on the large book: DealsPage built, every open deal counted in its column's
header (each column shows a page of cards, issue 20), first frame painted."""

from __future__ import annotations

from bench.measures import Context, Row

ROWS = (Row("board", "board shown with all open deals", 300),)


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack

    from bench.measures import qt
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.deals.page import DealsPage

    qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    times = []
    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        bus, undo = Bus(), QUndoStack()
        page: list[DealsPage] = []
        times.append(qt.timed(lambda: (page.append(DealsPage(services, bus, undo)),
                                       qt.show_and_paint(page[0]))))
        counted = sum(c.model.rowCount() + c.missing() for c in page[0].board.columns.values()
                      if c.model.stage.kind.value == "open")
        if counted < 500:
            raise RuntimeError(f"the board counts {counted} open deals; the large book has about 600")
        qt.dispose(page[0])
    services.close()
    return {"board": times[1:]}
