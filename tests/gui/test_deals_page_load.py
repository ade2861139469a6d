"""Building the deals page reads a sample of the deals list to size its columns, not every deal.

No timing (bench/measures/board.py times it on 2,000 deals): the rows the list model is asked
to show while the page is built are recorded.
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
    assert page.model.rowCount() == DEALS
    assert 0 < len(asked) <= 60
