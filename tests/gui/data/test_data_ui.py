"""The import dialog, the File menu's data entries, and saving when the disk is full."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.domain.importing import Action
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes
from desktop.ui.bus import Bus
from desktop.ui.data.import_dialog import ImportDialog
from desktop.ui.data.models import PlanTableModel
from tests.faults import fill_disk, make_read_only

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What QMessageBox.information and .warning said (without showing them)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: said.append(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: said.append(a[2])))
    return said


def dialog_for(qtbot, services: Services, name: str) -> ImportDialog:
    path = FIXTURES / name
    dialog = ImportDialog(services, Bus(), path, services.importing.read(path))
    qtbot.addWidget(dialog)
    return dialog


def test_preview_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:
    model = PlanTableModel()
    model.set_plan(services.importing.plan(services.importing.read(FIXTURES / "malformed.csv")))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_problems_block_the_import_until_the_seller_chooses_valid_rows(qtbot, services: Services, told) -> None:
    dialog = dialog_for(qtbot, services, "malformed.csv")
    assert not dialog.import_button.isEnabled()
    assert "3 with problems" in dialog.summary.text()
    problems = dialog.model.index(2, 6).data()
    assert problems == "Email: not an email address"
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.import_button.click()
    assert sorted(c.name for c in services.contacts.list()) == ["Another Good", "Good Person"]
    assert "2 created" in dialog.report and "3 left out because of problems" in dialog.report


def test_a_large_file_is_planned_in_the_background_and_the_latest_mapping_wins(qtbot, services: Services) -> None:
    from desktop.ui.data.import_dialog import PLAN_AT_ONCE

    rows = "".join(f"客户{n},1380{n:07d},公司{n % 9}\n" for n in range(PLAN_AT_ONCE + 50))
    table = parse_bytes(("姓名,手机,公司\n" + rows).encode("utf-8"))
    dialog = ImportDialog(services, Bus(), Path("big.csv"), table)
    qtbot.addWidget(dialog)
    assert dialog.planning and dialog.plan is None and not dialog.import_button.isEnabled()
    assert "Checking 350 row" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.count(Action.CREATE) == PLAN_AT_ONCE + 50 and dialog.import_button.isEnabled()
    name = dialog.combos[0]
    name.setCurrentIndex(name.findData(""))  # no name column: every row a problem...
    name.setCurrentIndex(name.findData("name"))  # ...and back, before that plan is shown
    assert dialog.plan is None
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)
    assert dialog.plan.count(Action.CREATE) == PLAN_AT_ONCE + 50
    assert dialog.model.rowCount() == PLAN_AT_ONCE + 50
    QThreadPool.globalInstance().waitForDone(10000)  # the superseded plan's worker too


def test_the_mapping_editor_changes_the_plan(qtbot, services: Services) -> None:
    table = parse_bytes("Kontakt,Firma,Handy\n孔明,蜀汉科技,13800001234\n".encode())
    dialog = ImportDialog(services, Bus(), Path("x.csv"), table)
    qtbot.addWidget(dialog)
    assert dialog.plan.rows[0].action == Action.ERROR and not dialog.import_button.isEnabled()
    for column, field in enumerate(("name", "company", "mobile")):
        dialog.combos[column].setCurrentIndex(dialog.combos[column].findData(field))
    assert dialog.plan.rows[0].action == Action.CREATE
    assert dialog.model.index(0, 3).data() == "蜀汉科技"
    assert dialog.model.index(0, 4).data() == "138 0000 1234"


def test_merge_or_skip_is_the_sellers_choice(qtbot, services: Services) -> None:
    services.contacts.save(ContactRecord(name="Zhang Wei", mobile="13812345678"))
    dialog = dialog_for(qtbot, services, "contacts_utf8.csv")
    assert dialog.plan.rows[0].action == Action.UPDATE
    dialog.skip.setChecked(True)
    assert dialog.plan.rows[0].action == Action.SKIP
    assert dialog.model.index(0, 6).data() == "same mobile as a contact in the book"


class CancelAfter(threading.Event):
    """The seller presses Cancel once `rows` rows are done (checked by the import itself)."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows
        self.calls = 0

    def is_set(self) -> bool:
        self.calls += 1
        return self.calls > self.rows or super().is_set()


def test_cancelling_a_running_import_changes_nothing(qtbot, services: Services, told) -> None:
    rows = "\n".join(f"客户{n},1380000{n:04d},公司{n % 9}" for n in range(500))
    table = parse_bytes(("姓名,手机,公司\n" + rows + "\n").encode())
    dialog = ImportDialog(services, Bus(), Path("big.csv"), table)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)  # 500 rows: planned in the background
    dialog._cancel = CancelAfter(100)
    dialog.start_import()
    with qtbot.waitSignal(dialog.task.failed, timeout=20000):
        pass
    assert told[-1] == "The import was cancelled. Nothing was changed."
    assert services.contacts.list() == [] and services.companies.list() == []
    assert dialog.isVisible() is False or dialog.result is None


def test_the_progress_dialogs_cancel_button_stops_the_import(qtbot, services: Services, told) -> None:
    dialog = dialog_for(qtbot, services, "contacts_utf8.csv")
    dialog.start_import()
    dialog.progress.findChild(QPushButton).click()
    assert dialog._cancel.is_set()
    qtbot.wait_until(lambda: dialog.report != "", timeout=10000)


def test_file_menu_has_the_data_entries(qtbot, services: Services, settings) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    for text in ("&Import contacts…", "&Export contacts…", "Export the &whole book…", "&Back up now",
                 "&Restore from backup…"):
        assert text in texts
    assert texts.index("&New") < texts.index("&Import contacts…") < texts.index("&Quit")


def test_the_file_menus_import_sends_a_whole_book_json_to_its_own_flow(
    qtbot, demo_services: Services, settings, tmp_path: Path, told
) -> None:
    from desktop.ui.data.menu import open_import
    from desktop.ui.main_window import MainWindow

    exported = demo_services.exporting.whole_book(tmp_path / "book.json").path
    window = MainWindow(demo_services, settings)
    qtbot.addWidget(window)
    assert open_import(window, exported) is None  # no contacts dialog for it
    assert "can only be imported into an empty book" in told[-1]


def test_disk_full_during_a_save_keeps_the_edit_in_the_form(qtbot, services: Services, told) -> None:
    from PySide6.QtGui import QUndoStack

    from desktop.ui.people.contacts import ContactsPage

    page = ContactsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    fill_disk(services.book)
    page.form.set_text("name", "王芳")
    page.form.set_text("remarks", "拜访记录" * 20000)
    page.form.edited.emit()
    assert page.save() is False
    assert "The disk is full" in told[-1]
    assert page.form.text("name") == "王芳" and page.dirty
    assert services.contacts.list() == []


def test_read_only_book_during_a_save_keeps_the_edit_in_the_form(qtbot, services: Services, told) -> None:
    from PySide6.QtGui import QUndoStack

    from desktop.ui.people.contacts import ContactsPage

    page = ContactsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    make_read_only(services.book)
    page.form.set_text("name", "王芳")
    page.form.edited.emit()
    assert page.save() is False
    assert "read-only" in told[-1]
    assert page.form.text("name") == "王芳" and page.dirty
    assert services.contacts.list() == []


def test_daily_backup_on_start_and_back_up_now(qtbot, services: Services, settings, told) -> None:
    from desktop.storage.backup import backups_dir
    from desktop.ui.data.backups import back_up, start_daily_backup
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(start_daily_backup(window, services).done, timeout=10000):
        pass
    assert [p.name for p in backups_dir(services.book.path).iterdir()] == ["book-auto-2026-11-20.dealbrief"]
    assert "Today's backup is made" in window.statusBar().currentMessage()
    with qtbot.waitSignal(back_up(window, services).done, timeout=10000):
        pass
    assert "The book was backed up to" in told[-1]
    assert len(list(backups_dir(services.book.path).iterdir())) == 2


def test_restore_from_the_menu_reloads_every_view(qtbot, services: Services, settings, told, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.storage.backup import back_up_now
    from desktop.ui.data.backups import restore_into_open_book
    from desktop.ui.main_window import MainWindow

    services.contacts.save(ContactRecord(name="王芳"))
    backup = back_up_now(services.book.path, services.clock())
    services.contacts.save(ContactRecord(name="刘洋"))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    page = window.show_page("contacts")
    assert page.model.rowCount() == 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert restore_into_open_book(window, services, window.bus) is not None
    assert "The backup was restored." in told[-1]
    assert page.model.rowCount() == 1
    assert [c.name for c in services.contacts.list()] == ["王芳"]


def test_a_whole_book_json_is_refused_for_a_book_with_data_and_offered_for_an_empty_one(
    qtbot, demo_services: Services, tmp_path: Path, clock, told, monkeypatch
) -> None:
    from desktop.ui.data.whole_book import import_whole_book

    exported = demo_services.exporting.whole_book(tmp_path / "book.json").path
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_whole_book(parent, demo_services, Bus(), exported) is None
    assert "already holds data" in told[-1] and "Nothing was changed" in told[-1]
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    empty = Services.open(tmp_path / "empty.dealbrief", clock)
    try:
        assert import_whole_book(parent, empty, Bus(), exported) is None  # the seller said no
        assert "is a whole book: 8 companies, 23 contacts" in asked[-1]
        assert "Fill this empty book with it?" in asked[-1]
        assert empty.contacts.list() == []
    finally:
        empty.close()
