"""Before a locked book's data leaves it in plain form: say so.

- An export (CSV, vCard, JSON, calendar, a report's CSV): asked each time, with "Don't ask again
  until Dealbrief closes" (kept on the application object, so it lasts for this session only).
- Opening a kept file with another program: that program gets a plain copy; said once per
  session, before the first copy is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget

SESSION_KEY = "dealbrief_plain_exports_ok"
COPY_SESSION_KEY = "dealbrief_plain_copies_ok"


def plain_export_ok(parent: QWidget | None, book_locked: bool) -> bool:
    """True to go on with the export: the book is plain, the seller already said so for this
    session, or says so now."""
    if not book_locked:
        return True
    return _agreed(
        parent, SESSION_KEY,
        QCoreApplication.translate("Security", "The export is not locked"),
        QCoreApplication.translate(
            "Security", "This book is locked with a passphrase, but the file you export will be plain: "
            "anyone who gets a copy of it can read it. Keep it somewhere safe and delete it when it is "
            "no longer needed."),
        QCoreApplication.translate("Security", "Export"),
        QCoreApplication.translate("Security", "Don't ask again until Dealbrief closes"))


def plain_copy_ok(parent: QWidget | None, book_locked: bool) -> bool:
    """True to go on opening a kept file with another program: the book is plain, the seller
    already agreed in this session, or agrees now (asked once per session)."""
    if not book_locked:
        return True
    return _agreed(
        parent, COPY_SESSION_KEY,
        QCoreApplication.translate("Security", "A plain copy for the other program"),
        QCoreApplication.translate(
            "Security", "This book is locked with a passphrase, but the program that opens this file "
            "cannot read the book, so Dealbrief gives it a plain copy. The copies are kept in a "
            "private folder that only you can read, and deleted when Dealbrief closes. You will not "
            "be asked again until then."),
        QCoreApplication.translate("Security", "Open"))


def _agreed(parent: QWidget | None, key: str, title: str, text: str, go_on_text: str,
            dont_ask_text: str | None = None) -> bool:
    """Ask once: True when the seller agreed in this session already, or agrees now. With
    `dont_ask_text` the agreement lasts the session only when that box is ticked."""
    app = QApplication.instance()
    if app is not None and app.property(key):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    never = QCheckBox(dont_ask_text) if dont_ask_text is not None else None
    if never is not None:
        box.setCheckBox(never)
    go_on = box.addButton(go_on_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Security", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    if app is not None and (never is None or never.isChecked()):
        app.setProperty(key, True)
    return True
