"""The board's won and lost columns are read a page at a time, the latest first (issue 20): years
of closed deals are not read to open the board. Their headers count every deal of the stage, and
"Show more" brings the next page. No timing: the cards each column holds are counted."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from desktop.domain.people import CompanyRecord
from desktop.storage.queries.deals import RECENT_IN_STAGE
from desktop.storage.tables import Deal, Stage
from desktop.ui.bus import Bus
from desktop.ui.deals import texts
from desktop.ui.deals.page import DealsPage

WON = 45


def add_closed(services, key: str, n: int) -> None:
    company = services.companies.save(CompanyRecord(name="华东精密制造集团"))
    start = datetime(2024, 1, 1, 9, 0)
    with services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.key == key)).one()
        for i in range(n):
            when = start + timedelta(days=i)
            s.add(Deal(company_id=company.id, title=f"{key}{i:03d}", amount=1000, stage_id=stage.id,
                       stage_entered_at=when, created_at=when, updated_at=when))


def _titles(column) -> list[str]:
    return [o.deal.title for o in column.model.deals()]


def test_won_deals_come_a_page_at_a_time_latest_first_with_an_honest_count(qtbot, services):
    add_closed(services, "won", WON)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    won = next(c for c in page.board.columns.values() if c.model.stage.key == "won")
    assert _titles(won) == [f"won{i:03d}" for i in range(WON - 1, WON - 1 - page.CLOSED_PAGE, -1)]
    assert won.title.text().endswith(f"({WON})")  # every won deal counted, not the page
    assert won.summary.text() == texts.money(WON * 1000)  # the stage's total, from the book
    left = WON - page.CLOSED_PAGE
    assert won.more_button.isVisible() and str(left) in won.more_button.text()
    qtbot.mouseClick(won.more_button, Qt.MouseButton.LeftButton)
    assert _titles(won) == [f"won{i:03d}" for i in range(WON - 1, -1, -1)]
    assert not won.more_button.isVisible()
    page.reload()  # what the seller asked to see stays shown after a change
    assert won.model.rowCount() == WON


def test_the_latest_page_comes_from_an_index(services):
    add_closed(services, "lost", 3)
    conn = sqlite3.connect(services.book.path)
    try:
        plan = " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + RECENT_IN_STAGE, (1, 30, 0)))
    finally:
        conn.close()
    assert "ix_deal_stage_recent" in plan and "TEMP B-TREE" not in plan, plan


def test_a_deal_just_won_is_on_the_first_page(qtbot, services):
    from desktop.domain.deals import DealRecord
    from tests.builders import stage

    add_closed(services, "won", WON)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    deal = services.deals.save(DealRecord(title="刚赢的"), new_company="星河")
    services.deals.move_stage(deal.id, stage(services, "won").id)
    page.reload()
    assert page.board.select_deal(deal.id)
    won = page.board.columns[stage(services, "won").id]
    assert _titles(won)[0] == "刚赢的" and won.title.text().endswith(f"({WON + 1})")


def test_lost_and_on_hold_columns_are_paged_too(qtbot, services):
    add_closed(services, "lost", 31)
    add_closed(services, "on_hold", 33)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    for key, count in (("lost", 31), ("on_hold", 33)):
        column = next(c for c in page.board.columns.values() if c.model.stage.key == key)
        assert column.model.rowCount() == page.CLOSED_PAGE
        assert column.title.text().endswith(f"({count})") and column.missing() == count - page.CLOSED_PAGE
