"""Today on the large book: the page built (each section's first rows and counts read) and its
first frame painted, on the large book's own today (bench/largebook.NOW). Deals at risk come from
the thread pool after that frame when the book has more than 100 late-stage deals (1× has 215):
they are not in the figure."""

from __future__ import annotations

from bench.measures import Context, Row

ROWS = (Row("today", "Today page built and painted", 300),)


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QUndoStack

    from bench.largebook import NOW
    from bench.measures import qt
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.today.page import TodayPage

    qt.application(ctx.language)
    services = Services.open(ctx.book, clock=lambda: NOW, create=False)
    times = []
    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        page: list[TodayPage] = []
        times.append(qt.timed(lambda: (page.append(TodayPage(services, Bus(), undo_stack=QUndoStack())),
                                       qt.show_and_paint(page[0]))))
        if not page[0].model.items():
            raise RuntimeError("Today shows nothing on the large book")
        # Deals at risk are read on the thread pool after the first frame (past 100 late-stage
        # deals): let that read end, as the app does before it closes the book, so it neither
        # reads a closed book nor takes the next run's time.
        QThreadPool.globalInstance().waitForDone()
        qt.dispose(page[0])
    services.close()
    return {"today": times[1:]}
