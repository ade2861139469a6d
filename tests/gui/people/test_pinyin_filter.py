"""The contacts filter finds a Chinese contact the seller entered by its pinyin and initials."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.domain.people import ContactRecord
from desktop.ui.bus import Bus
from desktop.ui.main_window import MainWindow
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


def test_a_renamed_contact_is_found_by_the_pinyin_of_the_new_name(qtbot, services,
                                                                   settings) -> None:
    """The pinyin filled in for 李敏 follows a rename to 王芳; a pinyin the seller typed stays."""
    li = services.contacts.save(ContactRecord(name="李敏"))
    amy = services.contacts.save(ContactRecord(name="张伟", name_alt="Amy Zhang"))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    for record, new_name in ((li, "王芳"), (amy, "张薇")):
        assert page.select_id(record.id)
        name = page.form.fields["name"]
        name.setFocus()
        name.setText(new_name)
        name.textEdited.emit(new_name)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.contacts.get(li.id).name_alt == "Wang Fang"
    assert page.form.text("name_alt") == "Amy Zhang"
    assert services.contacts.get(amy.id).name_alt == "Amy Zhang"
    page.filter_edit.setFocus()
    qtbot.keyClicks(page.filter_edit, "wangfang")
    shown = [page.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
             for r in range(page.proxy.rowCount())]
    assert shown == ["王芳"]
