"""The contacts list is paged (issue 20): ids in order from an index, rows read for the window the
view paints, sorting and filtering in the book; it passes Qt's model tester and never reads every
row to open. No timing: rows read and query plans are counted instead."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtGui import QUndoStack

from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.storage.queries.people import CONTACT_IDS_BY_NAME
from desktop.ui.bus import Bus
from desktop.ui.models import PagedTableModel, filter_words
from desktop.ui.people.contacts import ContactsPage
from desktop.ui.people.models import ContactTableModel, PagedContactModel

NAMES = ["王建国", "Alice Brown", "阿里", "bob Stone", "白明", "Zed Young", "张伟", "李敏", "连杰"]


@pytest.fixture
def mixed(services):
    for i, name in enumerate(NAMES):
        services.contacts.save(ContactRecord(name=name, title=f"职位{i}", mobile=f"139 0000 {i:04d}"))
    return services


def _shown(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_paged_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = PagedContactModel(demo_services.contacts)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 23
    model.set_filter_text("华东")
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    model.sort(PagedContactModel.COMPANY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


@pytest.mark.parametrize("language", [QLocale.Language.Chinese, QLocale.Language.English])
def test_names_sort_as_the_collation_does(mixed, language):
    """Chinese names by pinyin, before the Latin ones in Chinese and after them in English, as
    the whole-list model sorts them (QCollator; desktop/ui/models.sort_keys)."""
    country = QLocale.Country.China if language == QLocale.Language.Chinese else QLocale.Country.UnitedStates
    QLocale.setDefault(QLocale(language, country))
    try:
        model = PagedContactModel(mixed.contacts)
        model.reload()
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        chinese = sorted((n for n in NAMES if "\u4e00" <= n[0] <= "\u9fff"), key=collator.sortKey)
        latin = sorted((n for n in NAMES if n[0].isascii()), key=str.lower)
        expected = chinese + latin if language == QLocale.Language.Chinese else latin + chinese
        assert _shown(model) == expected
        model.sort(PagedContactModel.NAME, Qt.SortOrder.DescendingOrder)
        assert _shown(model) == expected[::-1]
        model.sort(PagedContactModel.TITLE, Qt.SortOrder.AscendingOrder)
        assert [model.index(r, PagedContactModel.TITLE).data() for r in range(model.rowCount())] == [
            f"职位{i}" for i in range(len(NAMES))]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_name_order_comes_from_an_index_not_a_sort_of_every_row(services):
    services.contacts.save(ContactRecord(name="李敏"))
    conn = sqlite3.connect(services.book.path)
    try:
        plan = " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + CONTACT_IDS_BY_NAME, (1,)))
    finally:
        conn.close()
    assert "USING INDEX ix_contact_name_order" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_opening_the_page_reads_the_rows_it_shows_not_every_contact(qtbot, services, monkeypatch):
    monkeypatch.setattr(PagedTableModel, "WINDOW", 100)  # ids read 100 at a time
    for i in range(260):
        services.contacts.save(ContactRecord(name=f"客户{i:03d}", mobile=f"139 1000 {i:04d}"))
    page = ContactsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.proxy.rowCount() == 260
    assert page.count_label.text() == "260 of 260 shown"
    assert 0 < page.model.rows_read <= PagedTableModel.PAGE  # the first page only
    assert page.model.ids_read == 100  # the first window of ids, the count from the book
    page.table.scrollToBottom()
    qtbot.wait_until(lambda: page.model.rows_read > PagedTableModel.PAGE)
    assert page.model.rows_read < 260  # the last page, not the middle
    assert page.model.ids_read == 100 + 60  # and the last window of ids


def test_selection_follows_its_contact_through_sorting_and_filtering(qtbot, mixed):
    page = ContactsPage(mixed, Bus(), QUndoStack())
    qtbot.addWidget(page)
    li = next(c for c in mixed.contacts.list() if c.name == "李敏")
    assert page.select_id(li.id)
    page.table.sortByColumn(PagedContactModel.MOBILE, Qt.SortOrder.DescendingOrder)
    assert page.table.currentIndex().data() == "李敏"
    page.filter_edit.setText("limin")  # pinyin run together finds 李敏
    assert _shown(page.proxy) == ["李敏"]
    assert page.table.currentIndex().data() == "李敏"
    page.filter_edit.setText("王")
    assert page.table.currentIndex().isValid() is False and page.current_id == li.id
    assert page.select_id(li.id)  # hidden by the filter: the filter is cleared to show it
    assert page.filter_edit.text() == "" and page.table.currentIndex().data() == "李敏"
    assert page.count_label.text() == f"{len(NAMES)} of {len(NAMES)} shown"


def test_long_lists_filter_and_sort_on_the_thread_pool(qtbot, mixed, monkeypatch):
    monkeypatch.setattr(PagedTableModel, "SYNC_LIMIT", 3)  # the book counts as long
    page = ContactsPage(mixed, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.filter_edit.setText("zed")
    assert page.proxy.rowCount() == len(NAMES)  # not yet: the read runs in the background
    qtbot.wait_until(lambda: _shown(page.proxy) == ["Zed Young"])
    page.filter_edit.setText("白")
    page.filter_edit.setText("张")  # the answer for 白 is overtaken and dropped
    qtbot.wait_until(lambda: _shown(page.proxy) == ["张伟"])
    qtbot.wait(50)
    assert _shown(page.proxy) == ["张伟"]
    page.filter_edit.clear()
    assert page.proxy.rowCount() == len(NAMES)  # clearing needs no read
    page.table.sortByColumn(PagedContactModel.TITLE, Qt.SortOrder.DescendingOrder)
    qtbot.wait_until(lambda: page.proxy.index(0, 0).data() == NAMES[-1])


def test_the_company_picker_reads_the_companies_only_when_used(qtbot, demo_services):
    page = ContactsPage(demo_services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    form = page.form
    assert form.company.count() <= 1  # opening read no company names
    li = next(c for c in demo_services.contacts.list() if c.name == "李敏")
    page.select_id(li.id)
    assert form.company.currentText() == li.company_name and form.company.count() == 2
    qtbot.mouseClick(form.company.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: form.company.count() == len(demo_services.companies.names()) + 1)
    assert form.company.currentData() == li.company_id and not page.dirty


# Upper and lower case beyond ASCII: the book's filter folds them as ContactTableModel's own
# filter text does (SQLite's lower() folds A-Z only: "åberg" missed "Åberg" past 20,000 contacts
# and found it in a smaller book).
@pytest.mark.parametrize(("typed", "finds"), [
    ("åberg", True), ("ÅSA", True), ("école", True), ("ÉCOLE nationale", True),
    ("ольга", True), ("GESCHÄFTSFÜHRUNG", True), ("straße", True), ("Ølstad", True),
    ("STRASSE", False),  # str.lower, as the list's own filter: ß is not "ss"
])
def test_the_book_filter_folds_case_beyond_ascii_as_the_list_does(services, typed, finds):
    company = services.companies.save(CompanyRecord(name="École Nationale"))
    saved = [services.contacts.save(r) for r in (
        ContactRecord(name="Åsa Åberg", company_id=company.id, title="Geschäftsführung"),
        ContactRecord(name="Ольга Ølstad", department="Straße 5"),
        ContactRecord(name="Alice Brown"),
    )]
    words = filter_words(typed)
    listed = ContactTableModel()
    expected = {c.id for c in services.contacts.rows()
                if all(w in listed.search_text(c).lower() for w in words)}
    assert services.contacts.ids_matching(words) == expected
    assert bool(expected) is finds and saved[2].id not in expected
    model = PagedContactModel(services.contacts)
    model.reload()
    model.set_filter_text(typed)
    assert model.rowCount() == len(expected)
