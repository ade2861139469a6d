"""When the book cannot be opened: say why in plain words and offer a way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.errors import BookError
from desktop.ui.messages import book_error_text, book_error_title

BOOK_FILTER = "Dealbrief book (*.dealbrief *.db *.sqlite);;All files (*)"


def ask_way_out(error: BookError, parent: QWidget | None = None) -> Path | None:
    """Show the problem; return another book to try (opened or new), or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(book_error_title(error))
    box.setText(book_error_text(error))
    open_other = box.addButton(
        QMessageBox.translate("BookDialogs", "Open another book…"), QMessageBox.ButtonRole.AcceptRole
    )
    create_new = box.addButton(
        QMessageBox.translate("BookDialogs", "Create a new book…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.translate("BookDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    start = str(error.path.parent) if error.path else ""
    if clicked is open_other:
        path, _ = QFileDialog.getOpenFileName(
            parent, QMessageBox.translate("BookDialogs", "Open a book"), start, BOOK_FILTER
        )
        return Path(path) if path else None
    if clicked is create_new:
        path, _ = QFileDialog.getSaveFileName(
            parent, QMessageBox.translate("BookDialogs", "Create a new book"), start, BOOK_FILTER
        )
        if not path:
            return None
        new = Path(path)
        if new.suffix == "":
            new = new.with_suffix(".dealbrief")
        if new.exists() and new.stat().st_size > 0:
            # Never overwrite: a chosen existing file is opened (and refused if it is not a book).
            return new
        return new
    return None
