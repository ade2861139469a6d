"""The small stumbles of a seller's day: buttons that move, clipped names, a floating heading,
counts that ignore the filter, "1 visits", Chinese examples in English, shared mnemonics, a
landline imported as a mobile, and where to start on an empty book."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from desktop.domain.deals import DealRecord
from desktop.domain.people import ContactRecord
from desktop.services.importing.detect import parse_bytes
from desktop.ui.bus import Bus
from desktop.ui.main_window import MainWindow
from desktop.ui.today.page import TodayPage

CJK = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def window(qtbot, services, settings):
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_add_person_stays_put_when_the_gap_text_changes(qtbot, window, services) -> None:
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    page = window.show_page("deals")
    page.open_record(deal.id)
    view = page.deal_view
    view.tabs.setCurrentIndex(0)
    add = view.committee_buttons[0]
    tab = add.parentWidget()
    view.gaps.setText("No coverage gaps at this stage.")
    QApplication.processEvents()
    before = add.mapTo(tab, QPoint(0, 0))
    view.gaps.setText("<b>Gaps</b><ul><li>No decision-maker</li><li>No budget holder</li>"
                      "<li>No coach</li><li>Nobody met from the users</li></ul>")
    QApplication.processEvents()
    assert add.mapTo(tab, QPoint(0, 0)) == before


def test_a_new_attendees_name_is_not_clipped(qtbot, demo_services) -> None:
    from desktop.ui.notes.editor import NoteEditor

    deal = next(o.deal for o in demo_services.deals.list() if demo_services.committee.list(o.deal.id))
    editor = NoteEditor(demo_services, Bus(), demo_services.notes.blank(deal_id=deal.id))
    qtbot.addWidget(editor)
    editor.show()
    table = editor.attendee_table
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(table.parentWidget()))
    editor.attendee_choice.setCurrentIndex(1)
    editor.add_attendee()
    QApplication.processEvents()
    model = table.model()
    name = model.index(0, 0).data()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(name)


def test_the_today_heading_stays_at_the_top_of_an_empty_book(qtbot, services) -> None:
    page = TodayPage(services, Bus(), undo_stack=QUndoStack())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    QApplication.processEvents()
    assert page.heading.y() < 30
    assert page.first_run.isVisible() and page.empty.text() == ""
    assert page.first_run.y() < 150  # right under the heading, not floating mid-screen


def test_the_first_run_hint_creates_the_first_company_or_opens_the_demo(qtbot, window, services,
                                                                        monkeypatch) -> None:
    from PySide6.QtCore import QProcess

    today = window.show_page("today")
    assert today.first_run.isVisible()
    qtbot.mouseClick(today.first_run.new_company, Qt.MouseButton.LeftButton)
    companies = window.pages["companies"]
    assert window.current_page_key() == "companies" and companies.current_id is None
    assert companies.form.fields["name"].hasFocus() or companies.form.fields["name"].text() == ""

    started: list = []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, args: started.append((program, args)) or (True, 1)))
    qtbot.mouseClick(today.first_run.demo, Qt.MouseButton.LeftButton)
    assert started and started[0][1][-1] == "--demo"

    services.contacts.save(ContactRecord(name="王建国"), "华东精密")
    window.bus.announce("companies")
    assert not today.first_run.isVisible()


def test_the_board_summary_counts_what_the_filter_shows(qtbot, window, services) -> None:
    for title in ("MES", "WMS", "ERP"):
        services.deals.save(DealRecord(title=title, amount=100_000), new_company="华东精密")
    page = window.show_page("deals")
    assert page.summary.text().startswith("3 open")
    page.filter_edit.setText("MES")
    assert page.summary.text().startswith("1 of 3 open")


def test_one_visit_reads_as_one_visit(qtbot, services, clock) -> None:
    from desktop.ui.i18n import install_translators, remove_translators

    app = QApplication.instance()
    installed = install_translators(app, "en")  # English plural forms, as the app loads them
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.plan_visit(deal.id, clock() + timedelta(days=2), "苏州")
    page = TodayPage(services, Bus(), undo_stack=QUndoStack())
    qtbot.addWidget(page)
    assert "1 visit planned this week" in page.summary.text()
    assert "0 overdue" in page.summary.text() and "1 item in all" in page.summary.text()
    remove_translators(app, installed)


def test_english_placeholders_give_english_examples(qtbot, window, demo_services) -> None:
    from desktop.domain.deals import NextStepRecord, StakeholderRecord, VisitRecord
    from desktop.ui.deals.dialogs import StakeholderDialog
    from desktop.ui.deals.next_steps_panel import NextStepDialog
    from desktop.ui.deals.visit_dialog import VisitDialog
    from desktop.ui.notes.editor import NoteEditor

    deal = demo_services.deals.list()[0].deal
    widgets = [window.show_page("companies"), window.show_page("contacts"), window.show_page("deals"),
               StakeholderDialog(StakeholderRecord(deal_id=deal.id), [], [], window),
               NextStepDialog(NextStepRecord(deal_id=deal.id), window),
               VisitDialog(VisitRecord(deal_id=deal.id), [], window),
               NoteEditor(demo_services, Bus(), demo_services.notes.blank(deal_id=deal.id))]
    window.pages["deals"].open_record(deal.id)
    for widget in widgets[3:]:
        qtbot.addWidget(widget)
    found = [(type(w).__name__, e.placeholderText()) for w in widgets
             for e in w.findChildren(QLineEdit) + w.findChildren(QPlainTextEdit) + w.findChildren(QTextEdit)
             if CJK.search(e.placeholderText())]
    assert found == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(qtbot, services, settings, language) -> None:
    from desktop.ui.i18n import install_translators, remove_translators

    app = QApplication.instance()
    installed = install_translators(app, language) if language != "en" else []
    try:
        win = MainWindow(services, settings)
        qtbot.addWidget(win)
        for menu_action in win.menuBar().actions():
            keys = [m.group(1).lower() for a in menu_action.menu().actions()
                    if (m := re.search(r"&([^&\s])", a.text()))]
            assert len(keys) == len(set(keys)), (menu_action.text(), keys)
    finally:
        remove_translators(app, installed)


def test_a_landline_in_the_phone_column_is_imported_as_other_phone(services) -> None:
    table = parse_bytes("姓名,手机\n王建国,021-58881234\n李敏,13812345678\n".encode())
    services.importing.apply(table)
    people = {c.name: (c.mobile, c.other_phone) for c in services.contacts.list()}
    assert people == {"王建国": ("", "+862158881234"), "李敏": ("+8613812345678", "")}




@pytest.mark.parametrize(("language", "words"), [("en", "Day one: start with a company"),
                                                  ("zh_CN", "第一天：从一家公司开始")])
def test_f1_opens_the_bundled_guide_offline_in_the_ui_language(qtbot, services, settings, language,
                                                                words) -> None:
    from desktop.ui.guide import GuideDialog, guide_path
    from desktop.ui.i18n import install_translators, remove_translators

    assert guide_path(language).is_file()  # bundled with the app: resources/guide
    app = QApplication.instance()
    installed = install_translators(app, language)
    try:
        win = MainWindow(services, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.guide_action in win.help_menu.actions()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        qtbot.keyClick(win.nav, Qt.Key.Key_F1)
        guide = win.guide_dialog
        assert isinstance(guide, GuideDialog) and guide.isVisible()
        assert words in guide.browser.toPlainText()
        assert guide.browser.source().isLocalFile()
        guide.close()
    finally:
        remove_translators(app, installed)
