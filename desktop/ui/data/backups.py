"""Back up now, restore from a backup, and the daily backup when the app starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop.domain.changes import ALL_KINDS
from desktop.services.backups import RestoreResult, auto_backup, back_up_now, backups_dir, restore_backup
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind
from desktop.ui import files
from desktop.ui.bus import Bus
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.operations import run_query
from desktop.ui.tasks import Task


def start_daily_backup(window: QMainWindow, services: Services) -> Task:
    """Today's automatic backup, in the background; the status bar says how it went."""
    path, now = services.book.path, services.clock()

    def done(made: Path | None) -> None:
        if made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Backups", "Today's backup is made: %1").replace("%1", str(made)), 8000
            )

    def failed(exc: BaseException) -> None:
        text = book_error_text(exc) if isinstance(exc, BookError) else str(exc)
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "Today's automatic backup failed: %1").replace("%1", text)
        )

    passphrase = services.book.passphrase  # a locked book's backups are locked with it
    return run_query(window, lambda: auto_backup(path, now, passphrase), done, on_failed=failed)


def back_up(parent: QWidget, services: Services) -> Task:
    """File → Back up now."""
    path, now = services.book.path, services.clock()

    def done(made: Path) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Backups", "Backed up"),
            QCoreApplication.translate("Backups", "The book was backed up to:\n%1").replace("%1", str(made)),
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, BookError):
            text = book_error_text(exc)
            if exc.kind is BookErrorKind.DAMAGED and exc.detail:
                copied = QCoreApplication.translate(
                    "Backups", "What could be read was copied to (it does not count as a backup):\n%1")
                text += "\n\n" + copied.replace("%1", exc.detail)
            QMessageBox.warning(parent, QCoreApplication.translate("Backups", "The backup failed"), text)
        else:
            raise exc

    passphrase = services.book.passphrase
    return run_query(parent, lambda: back_up_now(path, now, passphrase=passphrase), done,
                     on_failed=failed)


def backup_problem_text(error: BookError) -> str:
    texts = {
        BookErrorKind.NOT_A_BOOK: QCoreApplication.translate("Backups", "This file is not a Dealbrief book."),
        BookErrorKind.CORRUPT: QCoreApplication.translate(
            "Backups", "This backup is damaged: its integrity check failed."
        ),
        BookErrorKind.TOO_NEW: QCoreApplication.translate(
            "Backups", "This backup was made by a newer Dealbrief. Update Dealbrief to restore it."
        ),
        BookErrorKind.CANNOT_OPEN: QCoreApplication.translate("Backups", "This file cannot be read."),
    }
    return (
        texts.get(error.kind, book_error_text(error))
        + "\n\n"
        + QCoreApplication.translate("Backups", "The book was not changed.")
    )


def choose_backup(parent: QWidget | None, book_path: Path) -> Path | None:
    folder = backups_dir(book_path)
    # the book's own backups; a book never backed up yet starts where the seller last looked
    start = str(folder if folder.is_dir() else files.start_folder())
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Restore from backup"),
        start,
        QCoreApplication.translate("Backups", "Dealbrief backups (*.dealbrief *.db);;All files (*)"),
    )
    return Path(path) if path else None


def restore_file(parent: QWidget | None, backup: Path, book_path: Path, now,  # noqa: ANN001
                 book_passphrase: str | None = None) -> RestoreResult | None:
    """Restore, telling the seller in plain words what happened; None when nothing changed.

    A locked backup asks for its passphrase (tried with the book's first); a locked book whose
    passphrase is not known yet (a damaged book being replaced) asks for the book's: the restored
    content keeps the book's lock."""
    from functools import partial

    from desktop.services.security import check_passphrase
    from desktop.ui.security.prompt import PASSPHRASE_KINDS, unlock

    backup, book_path = Path(backup), Path(book_path)
    backup_passphrase = book_passphrase
    result = None
    for _ask in range(3):  # at most the backup's passphrase, then the book's
        try:
            result = restore_backup(backup, book_path, now, passphrase=backup_passphrase,
                                    book_passphrase=book_passphrase)
            break
        except BookError as exc:
            error = exc
        if error.kind in PASSPHRASE_KINDS and error.path in (backup, book_path):
            try:
                if error.path == backup:
                    backup_passphrase = unlock(backup, partial(check_passphrase, backup), parent,
                                               backup=True)
                else:
                    book_passphrase = unlock(book_path, partial(check_passphrase, book_path),
                                             parent)
                continue
            except BookError as asked:
                if asked.kind is BookErrorKind.ENCRYPTED:
                    return None  # the seller cancelled: nothing to say, nothing changed
                error = asked
        text = backup_problem_text(error) if error.path == backup else book_error_text(error)
        QMessageBox.warning(parent, QCoreApplication.translate("Backups", "The backup cannot be restored"), text)
        return None
    if result is None:
        return None
    kept = (
        QCoreApplication.translate("Backups", "The book it replaced is kept as:\n%1").replace("%1", str(result.kept))
        if result.kept
        else ""
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Backups", "Restored"),
        (QCoreApplication.translate("Backups", "The backup was restored.") + "\n\n" + kept).strip(),
    )
    return result


def restore_into_open_book(parent: QWidget, services: Services, bus: Bus) -> RestoreResult | None:
    """File → Restore from backup…: the open book's content is replaced, every view reloads.
    Not while the book's check after opening still runs (its verdict would be about the old
    content): the seller is told to wait."""
    if services.book.checking:
        error = BookError(BookErrorKind.CHECKING, services.book.path)
        QMessageBox.warning(parent, book_error_title(error), book_error_text(error))
        return None
    backup = choose_backup(parent, services.book.path)
    if backup is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Backups", "Restore from backup"),
        QCoreApplication.translate(
            "Backups",
            "Replace everything in this book with the backup “%1”? The book as it is now is kept as a backup first.",
        ).replace("%1", backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    result = restore_file(parent, backup, services.book.path, services.clock(),
                          services.book.passphrase)
    if result is not None:
        services.book.engine.dispose()  # fresh connections see the restored schema
        bus.announce(*ALL_KINDS)
    return result

