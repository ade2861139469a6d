"""Building the deals page shows the board without filling the hidden list; the list, when
shown, reads a sample of its rows to size its columns, not every deal.

No timing (bench/measures/board.py times it on 2,000 deals): the rows the list model holds and
is asked to show are recorded.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from desktop.domain.people import CompanyRecord
from desktop.services.container import Services
from desktop.storage.tables import Deal, Stage
from desktop.ui.bus import Bus
from desktop.ui.deals.models import DealTableModel
from desktop.ui.deals.page import DealsPage

DEALS = 150


def add_deals(services: Services, n: int) -> None:
    company = services.companies.save(CompanyRecord(name="华东精密制造集团"))
    now = datetime(2026, 11, 1, 9, 0)
    with services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.key == "discovery")).one()
        for i in range(n):
            s.add(Deal(company_id=company.id, title=f"项目{i:03d}", amount=10_000 * (i + 1),
                       stage_id=stage.id, stage_entered_at=now, created_at=now, updated_at=now))


def test_the_deals_list_sizes_its_columns_from_a_sample_of_the_deals(qtbot, services, monkeypatch) -> None:
    add_deals(services, DEALS)
    asked: set[int] = set()
    data = DealTableModel.data

    def recording(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if role == Qt.ItemDataRole.DisplayRole:
            asked.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(DealTableModel, "data", recording)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show_view(page.LIST)
    assert page.model.rowCount() == DEALS
    assert 0 < len(asked) <= 60


def test_the_board_is_shown_without_filling_the_hidden_list(qtbot, services) -> None:
    add_deals(services, DEALS)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    # the open column holds its first page and counts every deal (test_board_open_pages.py)
    assert sum(c.model.rowCount() for c in page.board.columns.values()) == page.OPEN_PAGE
    assert sum(c.missing() for c in page.board.columns.values()) == DEALS - page.OPEN_PAGE
    assert page.model.rowCount() == 0  # nothing sorted or sized for a list nobody sees
    page.filter_edit.setText("项目007")
    page.show_view(page.LIST)
    assert page.model.rowCount() == DEALS and page.proxy.rowCount() == 1
    add_deals(services, 1)
    page.reload()  # while the list is shown, it follows the book at once
    assert page.model.rowCount() == DEALS + 1
    page.show_view(page.BOARD)
    add_deals(services, 1)
    page.reload()
    assert page.model.rowCount() == DEALS + 1  # behind the board again: filled when next shown
    page.show_view(page.LIST)
    assert page.model.rowCount() == DEALS + 2
