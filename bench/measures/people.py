"""Contacts list on the large book: the page built and painted, then scrolled top to bottom.

"open" is ContactsPage(...) built (10,000 contacts loaded into its model) and its first frame
painted; "scroll" pages the list from the first row to the last, painting every page.
"""

from __future__ import annotations

from bench.measures import Context, Row

ROWS = (
    Row("open", "contacts list opened (10,000 rows)", 150),
    Row("scroll", "contacts list scrolled top to bottom", 1000),
)


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.measures import qt
    from desktop.services.container import Services
    from PySide6.QtGui import QUndoStack

    from desktop.ui.bus import Bus
    from desktop.ui.people.contacts import ContactsPage

    qt.application(ctx.language)
    services = Services.open(ctx.book, create=False)
    opens, scrolls = [], []
    for _ in range(ctx.runs + 1):  # the first run warms caches and is dropped
        bus, undo = Bus(), QUndoStack()
        page: list[ContactsPage] = []
        opens.append(qt.timed(lambda: (page.append(ContactsPage(services, bus, undo)),
                                       qt.show_and_paint(page[0]))))
        rows = page[0].proxy.rowCount()
        if rows < 10_000:
            raise RuntimeError(f"the contacts list shows {rows} rows, not 10,000")
        scrolls.append(qt.timed(lambda: qt.scroll_through(page[0].table)))
        qt.dispose(page[0])
    services.close()
    return {"open": opens[1:], "scroll": scrolls[1:]}
