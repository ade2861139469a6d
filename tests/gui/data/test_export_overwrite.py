"""The GUI asks before an export replaces a file (issue 13, case 11): the real save dialog's own
question is on (driven here through the dialog Qt shows), and when the app adds an extension to
the chosen name it asks itself."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from desktop.domain.people import ContactRecord
from desktop.services.container import Services


@pytest.fixture
def window(qtbot, services: Services, settings, monkeypatch):
    from desktop.ui.main_window import MainWindow

    services.contacts.save(ContactRecord(name="张伟", mobile="13800138000"))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    return w


class DialogDriver:
    """Answers the modal dialogs as they come up: picks `name` in the save dialog, then answers
    the replace question with `replace`; records the questions it saw."""

    def __init__(self, name: Path, replace: bool) -> None:
        self.name, self.replace = name, replace
        self.questions: list[str] = []
        self.running = True
        QTimer.singleShot(20, self.step)

    def step(self) -> None:
        # A new single-shot timer each time: Qt does not fire a repeating timer again while its
        # slot is still running, and accept() below runs the replace question's own event loop.
        if not self.running:
            return
        QTimer.singleShot(20, self.step)
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            self.questions.append(modal.text())
            button = QMessageBox.StandardButton.Yes if self.replace else QMessageBox.StandardButton.No
            modal.button(button).click()
        elif isinstance(modal, QFileDialog):
            if self.questions:  # answered No: the dialog stays open; the seller cancels
                modal.reject()
                return
            # What the seller types into the name box. selectFile() alone leaves the box as it
            # is while the box has the keyboard focus (QFileDialog keeps what is being typed),
            # which made the test depend on when the dialog got the focus.
            modal.selectFile(str(self.name))
            name_box = modal.findChild(QLineEdit, "fileNameEdit")
            assert name_box is not None, "the save dialog has no name box"
            name_box.setText(str(self.name))
            modal.accept()

    def stop(self) -> None:
        self.running = False


@pytest.mark.parametrize("replace", [False, True])
def test_the_save_dialog_asks_before_replacing_an_export(window, tmp_path: Path, replace: bool) -> None:
    from desktop.ui.data.menu import export_contacts

    target = tmp_path / "contacts.csv"
    target.write_text("the seller's own file", encoding="utf-8")
    driver = DialogDriver(target, replace)
    try:
        export_contacts(window)
    finally:
        driver.stop()
    assert len(driver.questions) == 1 and "already exists" in driver.questions[0]
    if replace:
        assert "张伟" in target.read_text("utf-8-sig")
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    else:
        assert target.read_text("utf-8") == "the seller's own file"


def test_the_app_asks_when_it_adds_the_extension(window, tmp_path: Path, monkeypatch) -> None:
    from desktop.ui.data import menu

    existing = tmp_path / "book.json"
    existing.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "book"), "")))
    asked: list[str] = []

    def no(parent, title, text, *args, **kwargs):  # noqa: ANN001
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    menu.export_book(window)
    assert asked and "already exists" in asked[0]
    assert existing.read_text("utf-8") == "{}"


def test_every_save_dialog_asks_when_the_extension_is_added(qtbot, tmp_path: Path, monkeypatch) -> None:
    """ask_save_path (PDFs, minutes, partner updates, calendar files) adds the extension too."""
    from desktop.ui.files import ask_save_path

    existing = tmp_path / "brief.pdf"
    existing.write_bytes(b"%PDF-1.4 the seller's own")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "brief"), "")))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert ask_save_path(None, "Save as PDF", "brief.pdf", "PDF files (*.pdf)", ".pdf") is None
    assert ask_save_path(None, "Save as PDF", "brief.pdf", "PDF files (*.pdf)", ".pdf") == existing
    assert len(asked) == 2 and "already exists" in asked[0]
