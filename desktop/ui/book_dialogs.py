"""When the book cannot be opened: say why in plain words and offer a way out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.errors import BookError, BookErrorKind
from desktop.ui import files
from desktop.ui.messages import book_error_text, book_error_title

# A damaged or foreign file is never written to; restoring moves it into the backups folder.
RESTORABLE = (BookErrorKind.CORRUPT, BookErrorKind.NOT_A_BOOK, BookErrorKind.CANNOT_OPEN, BookErrorKind.TOO_NEW,
              BookErrorKind.DAMAGED, BookErrorKind.UNTRUSTED)
# A damaged book and one on a read-only medium can still be read, exported and backed up.
READABLE = (BookErrorKind.DAMAGED, BookErrorKind.READ_ONLY)
BOOK_FILTER = "Dealbrief book (*.dealbrief *.db *.sqlite);;All files (*)"


@dataclass(frozen=True)
class ReadOnly:
    """The seller chose to open this book read-only."""

    path: Path


def ask_way_out(error: BookError, parent: QWidget | None = None,
                passphrase: str | None = None) -> Path | ReadOnly | None:
    """Show the problem; return another book to try (opened or new), the same book to open
    read-only, or None to quit. A damaged book is offered its newest good backup. `passphrase`:
    the locked book's, when the seller already gave it (a restore does not ask for it again)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(book_error_title(error))
    box.setText(book_error_text(error))
    newest = None
    if error.path is not None and error.kind is BookErrorKind.DAMAGED and error.backup is not None:
        restore_text = QCoreApplication.translate("BookDialogs", "Restore the newest good backup")
        newest = box.addButton(restore_text, QMessageBox.ButtonRole.ActionRole)
    read_only = None
    if error.path is not None and error.kind in READABLE:
        read_only = box.addButton(
            QCoreApplication.translate("BookDialogs", "Open read-only"), QMessageBox.ButtonRole.ActionRole
        )
    restore = None
    if error.path is not None and error.kind in RESTORABLE:
        restore = box.addButton(
            QCoreApplication.translate("BookDialogs", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole
        )
    again = None
    if error.path is not None and error.kind in (BookErrorKind.ENCRYPTED, BookErrorKind.WRONG_PASSPHRASE):
        again = box.addButton(
            QCoreApplication.translate("BookDialogs", "Enter the passphrase again…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    open_other = box.addButton(
        QCoreApplication.translate("BookDialogs", "Open another book…"), QMessageBox.ButtonRole.AcceptRole
    )
    create_new = box.addButton(
        QCoreApplication.translate("BookDialogs", "Create a new book…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("BookDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if newest is not None and clicked is newest and error.path is not None and error.backup is not None:
        from desktop.domain.clock import system_clock
        from desktop.ui.data.backups import restore_file

        if restore_file(parent, error.backup, error.path, system_clock(), passphrase) is not None:
            return error.path
        return ask_way_out(error, parent, passphrase)
    if again is not None and clicked is again and error.path is not None:
        return error.path
    if read_only is not None and clicked is read_only and error.path is not None:
        return ReadOnly(error.path)
    if restore is not None and clicked is restore and error.path is not None:
        from desktop.domain.clock import system_clock
        from desktop.ui.data.backups import choose_backup, restore_file

        backup = choose_backup(parent, error.path)
        if backup is not None and restore_file(parent, backup, error.path, system_clock(),
                                               passphrase) is not None:
            return error.path  # open the restored book
        return ask_way_out(error, parent, passphrase)
    if clicked is open_other:
        return files.ask_open_path(
            parent, QCoreApplication.translate("BookDialogs", "Open a book"), BOOK_FILTER)
    if clicked is create_new:
        new = files.ask_save_path(
            parent, QCoreApplication.translate("BookDialogs", "Create a new book"), "", BOOK_FILTER)
        if new is None:
            return None
        if new.suffix == "":
            new = new.with_suffix(".dealbrief")
        if new.exists() and new.stat().st_size > 0:
            # Never overwrite: a chosen existing file is opened (and refused if it is not a book).
            return new
        return new
    return None
