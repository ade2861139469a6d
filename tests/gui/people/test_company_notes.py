"""A call note that belongs to a company only: written from the company's page."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop.ui.bus import Bus
from desktop.ui.people.companies import CompaniesPage
from tests.builders import deal_with_committee


def test_the_company_page_writes_and_lists_notes_without_a_deal(qtbot, services):
    ids = deal_with_committee(services)
    page = CompaniesPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    assert not page.notes_box.isEnabled()  # a new, unsaved company has no notes yet
    assert page.select_id(ids["company"])
    assert page.notes_box.isEnabled()
    editor = page.notes_panel.new_note()
    qtbot.addWidget(editor)
    editor.texts["situation"].setPlainText("还没有商机：先电话了解集团的数字化规划")
    editor.close()
    [note] = services.notes.list(company_id=ids["company"])
    assert note.deal_id is None and note.company_id == ids["company"]
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1)
    assert page.notes_panel.model.note(0).id == note.id
