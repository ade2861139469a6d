"""A long companies list is read on the thread pool (issue 19: the big list pages loaded on the
GUI thread): the page opens at once, says it is reading, and keeps the record being edited
selected when the rows arrive."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop.domain.people import CompanyRecord
from desktop.ui.bus import Bus
from desktop.ui.people.companies import CompaniesPage
from desktop.ui.people.page import ListFormPage


def test_a_long_companies_list_is_read_on_the_thread_pool(qtbot, services, monkeypatch):
    for name in ("华东精密", "海天食品", "星河零售"):
        services.companies.save(CompanyRecord(name=name))
    monkeypatch.setattr(ListFormPage, "READ_AT_ONCE", 2)  # three companies count as long
    page = CompaniesPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.count_label.text() == "Reading the list…"
    qtbot.wait_until(lambda: page.model.rowCount() == 3)
    assert page.count_label.text() == "3 of 3 shown"
    form = page.form
    form.fields["name"].setText("云达物流")
    form.fields["name"].textEdited.emit("云达物流")
    assert page.save()
    saved = next(c for c in services.companies.list() if c.name == "云达物流")
    qtbot.wait_until(lambda: page.model.rowCount() == 4)
    assert page.current_id == saved.id
    assert page.table.currentIndex().data() == "云达物流"  # selected once the rows arrived
