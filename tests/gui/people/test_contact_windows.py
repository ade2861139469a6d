"""The contacts list reads its ids a window at a time in name order (issue 20): opening counts
in the book and reads one window, not every id; scrolling, Ctrl+End, "go to record", sorting
and filtering work across the windows' edges. Windows and pages are made tiny here so that a
few contacts span many of them; ids and rows read are counted, nothing is timed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.domain.people import ContactRecord
from desktop.ui.bus import Bus
from desktop.ui.models import ID_ROLE, PagedTableModel
from desktop.ui.people.contacts import ContactsPage
from desktop.ui.people.models import PagedContactModel

WINDOW, PAGE = 5, 4
COUNT = 23  # four full windows and a short one


@pytest.fixture
def tiny_windows(monkeypatch):
    monkeypatch.setattr(PagedTableModel, "WINDOW", WINDOW)
    monkeypatch.setattr(PagedTableModel, "PAGE", PAGE)


@pytest.fixture
def book(services, tiny_windows):
    for i in range(COUNT):
        name = f"客户{i:02d}" if i % 3 else f"Client {i:02d}"
        services.contacts.save(ContactRecord(name=name, title=f"T{(i * 7) % COUNT:02d}"))
    return services


def _whole(services) -> list[int]:
    return services.contacts.ids_by_name(chinese_first=False)  # English: Latin names first


def _ids(model) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_the_model_tester_passes_with_windows(qtmodeltester, book):
    model = PagedContactModel(book.contacts)
    model.reload()
    qtmodeltester.check(model)
    model.sort(PagedContactModel.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter_text("客户")
    qtmodeltester.check(model)


def test_opening_counts_in_the_book_and_reads_one_window(book):
    model = PagedContactModel(book.contacts)
    model.reload()
    assert model.rowCount() == model.total_count() == COUNT
    assert model.ids_read == 0 and model.rows_read == 0  # the count, nothing else
    assert model.index(0, 0).data() == "Client 00"
    assert (model.ids_read, model.rows_read) == (WINDOW, PAGE)
    whole = _whole(book)
    assert model.index(COUNT - 1, 0).data(ID_ROLE) == whole[-1]  # the last window, not the middle
    assert model.ids_read == WINDOW + COUNT % WINDOW
    assert _ids(model) == whole
    assert model.ids_read == COUNT  # each id once


def test_going_to_a_record_asks_its_row_without_reading_every_id(qtbot, book):
    page = ContactsPage(book, Bus(), QUndoStack())
    qtbot.addWidget(page)
    whole = _whole(book)
    before = page.model.ids_read
    target = whole[17]  # in the fourth window, never read so far
    assert page.model.holds(target)
    assert page.select_id(target)
    assert page.table.currentIndex().row() == 17 and page.current_id == target
    assert page.model.ids_read - before <= WINDOW  # only the window it sits in
    page.filter_edit.setText("zzz")  # a filter hides it; going there clears the filter
    assert page.proxy.rowCount() == 0
    assert page.select_id(target) and page.filter_edit.text() == ""
    assert page.table.currentIndex().row() == 17


def test_ctrl_end_and_the_arrow_keys_cross_the_windows(qtbot, book):
    page = ContactsPage(book, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    qtbot.waitExposed(page)
    whole = _whole(book)
    names = {c.id: c.name for c in book.contacts.list()}
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)  # the first key only picks the first row
    assert page.current_id == whole[0]
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == COUNT - 1
    assert page.current_id == whole[-1] and page.form_title.text() == names[whole[-1]]
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.current_id == whole[0]
    for row in range(1, 2 * WINDOW + 1):  # down over two windows' edges
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert page.current_id == whole[row] and page.form_title.text() == names[whole[row]]
    bar = page.table.verticalScrollBar()
    page.table.scrollToBottom()
    assert bar.value() == bar.maximum() > 0  # the scroll bar spans every contact


def test_sorting_and_filtering_across_windows_keep_the_selection(qtbot, book):
    page = ContactsPage(book, Bus(), QUndoStack())
    qtbot.addWidget(page)
    whole = _whole(book)
    chosen = whole[10]
    assert page.select_id(chosen)
    page.table.sortByColumn(PagedContactModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _ids(page.proxy) == whole[::-1]
    assert page.table.currentIndex().row() == COUNT - 1 - 10 and page.current_id == chosen
    page.table.sortByColumn(PagedContactModel.TITLE, Qt.SortOrder.AscendingOrder)  # every id
    titles = [page.proxy.index(r, PagedContactModel.TITLE).data() for r in range(COUNT)]
    assert titles == sorted(titles)
    assert page.table.currentIndex().data(ID_ROLE) == chosen
    page.table.sortByColumn(PagedContactModel.NAME, Qt.SortOrder.AscendingOrder)  # windows again
    read = page.model.ids_read
    assert page.table.currentIndex().row() == 10
    assert page.model.ids_read - read <= WINDOW
    page.filter_edit.setText("客户")  # the filter reads every id once, in name order
    shown = _ids(page.proxy)
    chinese = {c.id for c in book.contacts.list() if c.name.startswith("客户")}
    assert shown == [i for i in whole if i in chinese]
    assert page.count_label.text() == f"{len(chinese)} of {COUNT} shown"
    assert page.table.currentIndex().data(ID_ROLE) == chosen
    page.filter_edit.clear()
    assert _ids(page.proxy) == whole and page.table.currentIndex().row() == 10


def test_a_change_reloads_the_count_and_windows(qtbot, book):
    page = ContactsPage(book, Bus(), QUndoStack())
    qtbot.addWidget(page)
    whole = _whole(book)
    assert page.select_id(whole[12])
    page.form.set_text("name", "Aaron First")
    page.form.edited.emit()
    assert page.save()
    assert page.proxy.rowCount() == COUNT
    assert page.proxy.index(0, 0).data() == "Aaron First"
    assert page.table.currentIndex().row() == 0 and page.current_id == whole[12]
    assert _ids(page.proxy) == _whole(book)
