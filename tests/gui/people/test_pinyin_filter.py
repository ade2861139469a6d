"""The contacts filter finds a Chinese contact the seller entered by its pinyin and initials."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.domain.people import ContactRecord
from desktop.ui.bus import Bus
from desktop.ui.people.contacts import ContactsPage


@pytest.mark.parametrize("typed", ["limin", "li min", "lm"])
def test_the_contacts_filter_finds_li_min_by_pinyin(qtbot, services, typed: str) -> None:
    services.contacts.save(ContactRecord(name="李敏"))
    services.contacts.save(ContactRecord(name="王建国"))
    page = ContactsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.filter_edit.setFocus()
    qtbot.keyClicks(page.filter_edit, typed)
    shown = [page.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
             for r in range(page.proxy.rowCount())]
    assert shown == ["李敏"]
