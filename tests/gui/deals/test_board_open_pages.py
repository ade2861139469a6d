"""The board's open columns are read a page at a time, the largest deals first (issue 20): at 10×
the book has 6,000 open deals and reading and drawing them all was the board's whole cost. Each
header counts and adds up every deal of its stage, "Show more" brings the next page, the filter
still looks through every open deal, and a card moved past a page stays in sight. No timing: the
deals read and the cards each column holds are counted."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from desktop.domain.people import CompanyRecord
from desktop.storage.tables import Deal, Stage
from desktop.ui.bus import Bus
from desktop.ui.deals import texts
from desktop.ui.deals.page import DealsPage

OPEN = 70  # more than a page


def add_open(services, key: str, n: int, start: int = 0) -> None:
    """n deals in stage `key`, amounts 1,000 × (start + 1 … start + n) yuan."""
    company = services.companies.save(CompanyRecord(name="华东精密制造集团"))
    when = datetime(2026, 11, 1, 9, 0)
    with services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.key == key)).one()
        for i in range(start, start + n):
            s.add(Deal(company_id=company.id, title=f"{key}{i:03d}", amount=1000 * (i + 1),
                       stage_id=stage.id, stage_entered_at=when, created_at=when, updated_at=when))


def _column(page, key):
    return next(c for c in page.board.columns.values() if c.model.stage.key == key)


def _titles(column) -> list[str]:
    return [o.deal.title for o in column.model.deals()]


def _page(qtbot, services) -> DealsPage:
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_open_column_shows_its_largest_deals_a_page_at_a_time_with_honest_totals(qtbot, services):
    add_open(services, "discovery", OPEN)
    page = _page(qtbot, services)
    column = _column(page, "discovery")
    n = page.OPEN_PAGE
    assert _titles(column) == [f"discovery{i:03d}" for i in range(OPEN - 1, OPEN - 1 - n, -1)]
    assert column.title.text().endswith(f"({OPEN})")  # every deal of the stage, not the page
    total = sum(1000 * (i + 1) for i in range(OPEN))
    weighted = total * column.model.stage.probability / 100
    assert column.summary.text() == texts.money(weighted).join(column.tr("%1 weighted").split("%1"))
    assert texts.money(total) in column.summary.toolTip()
    assert page.summary.text().startswith(f"{OPEN} open") and texts.money(weighted) in page.summary.text()
    assert column.more_button.isVisible() and f"{OPEN - n}" in column.more_button.text()
    qtbot.mouseClick(column.more_button, Qt.MouseButton.LeftButton)
    assert _titles(column) == [f"discovery{i:03d}" for i in range(OPEN - 1, -1, -1)]
    assert not column.more_button.isVisible()
    page.reload()  # what the seller asked to see stays shown after a change
    assert column.model.rowCount() == OPEN


def test_the_deals_read_to_open_the_board_do_not_follow_the_book(qtbot, services, deals_read):
    read = deals_read
    counts = []
    for _ in range(2):  # the book, then the book three times over
        add_open(services, "discovery", OPEN, start=len(counts) * OPEN)
        add_open(services, "negotiation", OPEN, start=len(counts) * OPEN)
        add_open(services, "negotiation", OPEN, start=(len(counts) + 2) * OPEN)
        read.clear()
        page = _page(qtbot, services)
        counts.append(sum(read))
        assert _column(page, "negotiation").title.text().endswith(f"({(len(counts)) * 2 * OPEN})")
    assert counts[0] == counts[1] == 2 * page.OPEN_PAGE, counts


def test_the_filter_looks_through_every_open_deal(qtbot, services):
    add_open(services, "discovery", OPEN)
    page = _page(qtbot, services)
    column = _column(page, "discovery")
    assert "discovery003" not in _titles(column)  # a small deal, past the first page
    page.filter_edit.setText("discovery003")
    assert [page.board.shown_deals()[i].deal.title for i in range(1)] == ["discovery003"]
    assert len(page.board.shown_deals()) == 1
    assert page.summary.text().startswith(f"1 of {OPEN} open")
    page.filter_edit.clear()  # back to the first page
    assert column.model.rowCount() == page.OPEN_PAGE and column.missing() == OPEN - page.OPEN_PAGE
    assert page.summary.text().startswith(f"{OPEN} open")


def test_a_small_deal_dropped_on_a_long_column_stays_in_sight_and_undo_puts_it_back(qtbot, services):
    add_open(services, "negotiation", OPEN)
    add_open(services, "discovery", 1, start=0)  # 1,000 yuan: the smallest of the proposals
    page = _page(qtbot, services)
    source, target = _column(page, "discovery"), _column(page, "negotiation")
    small = source.model.deals()[0]
    with qtbot.waitSignal(target.model.move_requested):
        assert target.proxy.dropMimeData(source.model.mimeData([source.model.index(0)]),
                                         Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: target.model.row_of(small.id) is not None)
    assert page.board.selected_deal_id() == small.id  # shown and selected where it landed
    assert target.title.text().endswith(f"({OPEN + 1})") and source.model.rowCount() == 0
    assert target.missing() == OPEN + 1 - target.model.rowCount()
    page.undo_stack.undo()
    assert source.model.row_of(small.id) is not None and target.model.row_of(small.id) is None
    assert target.title.text().endswith(f"({OPEN})")
    page.board.select_deal(small.id)
    page.board.move_selected(+1)  # the keyboard's move, to the stage after discovery
    assert services.deals.overview(small.id).stage.id != source.model.stage.id
    assert page.board.column_of(small.id) is not None


def test_a_closed_stage_is_counted_through_the_index(services):
    """Won and lost stages hold years of deals: their count and total come through the index,
    with no join to the stage nor the probability (the open stages' weighting)."""
    import sqlite3

    from desktop.storage.queries.deals import STAGE_TOTAL

    add_open(services, "won", 3)
    conn = sqlite3.connect(services.book.path)
    try:
        plan = " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + STAGE_TOTAL, (1,)))
    finally:
        conn.close()
    assert "INDEX ix_deal_stage_recent" in plan and " | " not in plan, plan  # one table read
