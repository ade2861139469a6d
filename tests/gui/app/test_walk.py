"""A seller's first day, walked through the app on a 1366×768 laptop, in Chinese and in English:
every page by the Go menu and by its shortcut, a company and a contact created with the keyboard
and found again by pinyin, every dialog of the menus opened and inside the screen, the week's
briefs saved as PDF through the file dialog, a deal dragged on the board and the drag undone."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget

from desktop.domain.deals import DealRecord
from desktop.ui.main_window import MainWindow
from desktop.ui.windows import install_screen_fitter

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar
CTRL = Qt.KeyboardModifier.ControlModifier
NUMBER_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
               Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from desktop.ui.fonts import register_fonts
    from desktop.ui.i18n import install_translators, remove_translators

    register_fonts(qapp)
    installed = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, installed)


@pytest.fixture
def laptop(qapp, settings):
    fitter = install_screen_fitter(qapp, settings, available=lambda _w: QRect(LAPTOP))
    yield
    qapp.removeEventFilter(fitter)


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    return folder


def zh(language: str, en: str, chinese: str) -> str:
    return chinese if language == "zh_CN" else en


def inside(widget: QWidget) -> bool:
    return LAPTOP.contains(widget.frameGeometry())


def type_into(widget, text: str) -> None:
    widget.setText(text)
    widget.textEdited.emit(text)


def when_modal(check) -> None:  # noqa: ANN001
    """Run `check(dialog)` on the next modal dialog once it shows (it must close it)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        check(dialog)

    QTimer.singleShot(0, look)


def test_a_sellers_first_day_on_a_small_laptop(qtbot, services, settings, clock, language, laptop,
                                               documents) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert inside(window)

    # --- every page by the Go menu, then by its shortcut
    keys = window.pages.keys_in_order
    for key in reversed(keys):
        window.go_actions[key].trigger()
        assert window.current_page_key() == key
    for key, number in reversed(list(zip(keys, NUMBER_KEYS, strict=False))):
        qtbot.keyClick(window.nav, number, CTRL)
        assert window.current_page_key() == key

    # --- an empty book says where to start: the first company, with the keyboard
    today = window.show_page("today")
    assert today.first_run.isVisible()
    qtbot.mouseClick(today.first_run.new_company, Qt.MouseButton.LeftButton)
    companies = window.pages["companies"]
    assert window.current_page_key() == "companies"
    type_into(companies.form.fields["name"], "华东精密")
    qtbot.keyClick(companies.form.fields["name"], Qt.Key.Key_S, CTRL)
    [company] = services.companies.list()
    assert company.name == "华东精密"

    # --- a contact of that company, found again by pinyin
    contacts = window.show_page("contacts")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    type_into(contacts.form.fields["name"], "李敏")
    contacts.form.company.setEditText("华东精密")
    contacts.form.company.lineEdit().textEdited.emit("华东精密")
    qtbot.keyClick(contacts.form.fields["name"], Qt.Key.Key_S, CTRL)
    [li] = services.contacts.list()
    assert (li.name_alt, li.company_name) == ("Li Min", "华东精密")
    contacts.filter_edit.setFocus()
    qtbot.keyClicks(contacts.filter_edit, "limin")
    assert contacts.proxy.rowCount() == 1
    contacts.filter_edit.clear()

    window.show_page("today")
    qtbot.keyClick(window.nav, Qt.Key.Key_K, CTRL)
    search = window.search_dialog
    assert inside(search)
    qtbot.keyClicks(search.edit, "lm")
    search.run_search()
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert window.current_page_key() == "contacts" and contacts.current_id == li.id

    # --- the company page shows its contact
    window.show_page("companies").select_id(company.id)
    assert companies.related.contacts_model.rowCount() == 1

    # --- every dialog of the menus opens inside the screen
    opened: list[str] = []

    shots = Path(os.environ.get("DEALBRIEF_SHOTS", str(documents.parent / "shots")))

    def check_and_close(dialog: QWidget) -> None:
        opened.append(type(dialog).__name__)
        assert inside(dialog), (type(dialog).__name__, dialog.frameGeometry())
        if type(dialog).__name__ == "SellerProfileDialog":  # the one that was 820×911
            shots.mkdir(parents=True, exist_ok=True)
            screen = window.grab()
            painter = QPainter(screen)
            painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(),
                               dialog.grab())
            painter.end()
            screen.save(str(shots / f"seller_profile_{language}_1366x768.png"))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    menus = [window.settings_menu, window.help_menu]
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator() or action is window.guide_action:
                continue
            when_modal(check_and_close)
            action.trigger()
    window.guide_action.trigger()
    assert inside(window.guide_dialog)
    window.guide_dialog.close()
    assert {"PreferencesDialog", "PipelineDialog", "SellerProfileDialog", "QuestionLibraryDialog",
            "AboutDialog"} <= set(opened)

    # --- a deal with a visit this week: its brief saved as PDF through the file dialog
    deal = services.deals.save(DealRecord(company_id=company.id, title="MES 升级", amount=1_280_000),
                               at=clock() - timedelta(days=3))
    services.deals.plan_visit(deal.id, clock() + timedelta(days=1), "苏州工厂")
    window.bus.announce("deals")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.nav, Qt.Key.Key_P, CTRL)
    preview = window.week_briefs_preview
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20000)
    assert inside(preview)
    seen: dict = {}

    def save_in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["look_in"] = dialog.findChild(QLabel, "lookInLabel").text()
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["file"] = Path(dialog.selectedFiles()[0]).name
        assert inside(dialog)
        dialog.accept()

    when_modal(save_in_dialog)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert seen["look_in"] == zh(language, "&Look in:", "查找范围(&L)：")
    assert seen["folder"] == documents
    assert seen["file"] == zh(language, "Visit briefs_2026-11-20.pdf", "拜访简报汇总_2026-11-20.pdf")
    assert (documents / seen["file"]).read_bytes().startswith(b"%PDF")
    preview.close()

    # --- drag the deal to the next stage on the board, then undo the drag
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    deals = window.show_page("deals")
    stages = {s.key: s for s in services.pipeline.stages()}
    source = deals.board.columns[stages["lead"].id]
    target = deals.board.columns[stages["first_call"].id]
    with qtbot.waitSignal(target.model.move_requested):
        target.proxy.dropMimeData(source.model.mimeData([source.model.index(0)]),
                                  Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert services.deals.get(deal.id).stage_id == stages["first_call"].id
    qtbot.keyClick(deals.board, Qt.Key.Key_Z, CTRL)
    assert services.deals.get(deal.id).stage_id == stages["lead"].id
    assert source.model.rowCount() == 1 and target.model.rowCount() == 0
