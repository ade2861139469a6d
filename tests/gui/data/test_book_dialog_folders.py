"""Open another book / create a new one: the file dialog starts in Documents or the last folder
used, not in the folder of the book that could not be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    return folder


def answer(seen: dict, button: str) -> None:
    """Press `button` on the question, then note the file dialog's folder and cancel it."""

    def later() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and "box" not in seen:
            seen["box"] = True
            [b] = [b for b in widget.buttons() if b.text() == button]
            b.click()
        elif isinstance(widget, QFileDialog):
            seen["folder"] = Path(widget.directory().absolutePath())
            widget.reject()
            return
        QTimer.singleShot(20, later)

    QTimer.singleShot(0, later)


def test_another_or_a_new_book_is_chosen_from_documents(qtbot, documents, tmp_path) -> None:
    from desktop.services.errors import BookError, BookErrorKind
    from desktop.ui.book_dialogs import ask_way_out

    broken = tmp_path / "books" / "bad.dealbrief"
    broken.parent.mkdir()
    broken.write_bytes(b"not a book")
    error = BookError(BookErrorKind.NOT_A_BOOK, broken)
    for button in ("Open another book…", "Create a new book…"):
        seen: dict = {}
        answer(seen, button)
        assert ask_way_out(error) is None
        assert seen["folder"] == documents  # not the broken book's folder
