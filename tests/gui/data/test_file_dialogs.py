"""Save dialogs in Chinese: Qt's own words translated ("查找范围", not "Look in:"), starting in
the seller's Documents folder (then the last one used), with a name that says what the file is."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop.domain.deals import DealRecord
from desktop.domain.people import CompanyRecord


@pytest.fixture
def chinese():
    from desktop.ui.i18n import install_translators, remove_translators

    app = QApplication.instance()
    installed = install_translators(app, "zh_CN")
    yield
    remove_translators(app, installed)


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    return folder


def answer_file_dialog(qtbot, seen: dict, folder: Path | None = None, save: bool = True) -> None:
    """When the save dialog shows: note what it says, then save (into `folder` if given) or
    cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["look_in"] = dialog.findChild(QLabel, "lookInLabel").text()
        seen["type_label"] = dialog.findChild(QLabel, "fileTypeLabel").text()
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["name"] = dialog.selectedFiles()[0]
        if folder is not None:
            dialog.setDirectory(str(folder))
            dialog.selectFile(str(folder / Path(seen["name"]).name))
        dialog.accept() if save else dialog.reject()

    QTimer.singleShot(0, answer)


def test_the_minutes_pdf_is_saved_through_a_chinese_dialog_in_documents(
        qtbot, services, clock, chinese, documents, tmp_path) -> None:
    from desktop.ui.notes.minutes_dialog import MinutesDialog

    company = services.companies.save(CompanyRecord(name="华东精密"))
    deal = services.deals.save(DealRecord(company_id=company.id, title="MES 升级"))
    note = services.notes.blank(deal_id=deal.id, company_id=company.id)
    note = services.notes.save(replace(note, occurred_at=clock() - timedelta(days=5), goal="确认范围"))
    dialog = MinutesDialog(services, note.id)
    qtbot.addWidget(dialog)
    seen: dict = {}
    answer_file_dialog(qtbot, seen)
    saved = dialog.save_pdf()
    assert (seen["look_in"], seen["type_label"]) == ("查找范围(&L)：", "文件类型(&T)：")
    assert seen["folder"] == documents
    assert Path(seen["name"]).name == "华东精密_MES升级_会议纪要_2026-11-15.pdf"
    assert Path(saved) == documents / "华东精密_MES升级_会议纪要_2026-11-15.pdf"
    assert Path(saved).read_bytes().startswith(b"%PDF")
    assert "已保存" in dialog.saved_label.text() and saved in dialog.saved_label.text()

    # the next save starts where the last one went
    elsewhere = tmp_path / "客户资料"
    elsewhere.mkdir()
    answer_file_dialog(qtbot, seen, elsewhere)
    dialog.save_pdf()
    answer_file_dialog(qtbot, seen, save=False)
    assert dialog.save_pdf() == ""  # cancelled: nothing written
    assert seen["folder"] == elsewhere


def cancel_file_dialog(seen: dict) -> None:
    """When the file dialog shows: note its folder, then cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["folder"] = Path(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(0, answer)


def test_the_calendar_export_starts_in_documents_then_the_last_folder(
        qtbot, services, settings, documents, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.export_calendar_action.trigger()
    dialog = window.calendar_dialog
    assert Path(dialog.path.text()) == documents / "dealbrief.ics"
    [choose] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…"]
    elsewhere = tmp_path / "日历"
    elsewhere.mkdir()
    seen: dict = {}
    answer_file_dialog(qtbot, seen, elsewhere)
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert seen["folder"] == documents and Path(seen["name"]).name == "dealbrief.ics"
    assert Path(dialog.path.text()) == elsewhere / "dealbrief.ics"
    dialog.reject()
    window.export_calendar_action.trigger()
    assert Path(window.calendar_dialog.path.text()) == elsewhere / "dealbrief.ics"
    window.calendar_dialog.reject()


def test_a_backup_is_chosen_from_the_books_backups_else_the_last_folder(
        qtbot, services, clock, documents) -> None:
    from desktop.services.backups import back_up_now, backups_dir
    from desktop.ui.data.backups import choose_backup

    seen: dict = {}
    book = services.book.path
    assert not backups_dir(book).is_dir()
    cancel_file_dialog(seen)
    assert choose_backup(None, book) is None
    assert seen["folder"] == documents  # not the folder the book lives in

    back_up_now(book, clock())
    cancel_file_dialog(seen)
    choose_backup(None, book)
    assert seen["folder"] == backups_dir(book)
