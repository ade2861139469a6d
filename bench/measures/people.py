"""Contacts list on the large book: the page built and painted, then scrolled top to bottom.

"open" is ContactsPage(...) built (10,000 contacts loaded into its model) and its first frame
painted. "scroll" drags the scroll bar from the first row to the last in 60 painted frames (one
second of frames at 60 Hz: what the seller sees pulling the thumb down). Below it, once per
measure, paging through every row (about 400 pages, each painted) per page, and the same paging
through a plain QStandardItemModel of 2,000 rows × 7 columns in the same view size: the cost of
painting a table on this machine, whatever the model.
"""

from __future__ import annotations

from bench.measures import Context, Row

ROWS = (
    Row("open", "contacts list opened (10,000 rows)", 150),
    Row("scroll", "contacts list scrolled top to bottom (60 frames)", 1000),
    Row("page", "  paging through all 10,000 rows, per page", None),
    Row("floor", "  same paging, plain Qt model (machine floor), per page", None),
)


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack

    from bench.measures import qt
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.people.contacts import ContactsPage

    qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    opens, scrolls, pages = [], [], []
    for run in range(ctx.runs + 1):  # the first run warms caches and is dropped
        bus, undo = Bus(), QUndoStack()
        page: list[ContactsPage] = []
        opens.append(qt.timed(lambda: (page.append(ContactsPage(services, bus, undo)),
                                       qt.show_and_paint(page[0]))))
        rows = page[0].proxy.rowCount()
        if rows < 10_000:
            raise RuntimeError(f"the contacts list shows {rows} rows, not 10,000")
        scrolls.append(qt.timed(lambda: qt.drag_through(page[0].table)))
        if run == 1:
            table = page[0].table
            table.verticalScrollBar().setValue(0)
            took = qt.timed(lambda: pages.append(qt.scroll_through(table)))
            pages[-1] = took / pages[-1]
            plain = QStandardItemModel(2000, 7)
            for r in range(2000):
                for c in range(7):
                    plain.setItem(r, c, QStandardItem(f"王建国 Wang Jianguo {r}"))
            table.setModel(plain)
            table.verticalScrollBar().setValue(0)
            count: list[int] = []
            took = qt.timed(lambda: count.append(qt.scroll_through(table)))
            floor = took / count[0]
        qt.dispose(page[0])
    services.close()
    return {"open": opens[1:], "scroll": scrolls[1:], "page": pages, "floor": [floor]}
