"""Before a locked book's data leaves it in plain form: say so.

- An export (CSV, vCard, JSON, calendar, a report's CSV): asked each time, with "Don't ask again
  until Dealbrief closes".
- Opening a kept file with another program: that program gets a plain copy; said once per
  session, before the first copy is made.

What the seller agreed to is kept in an `Agreed` the Shell (desktop/app.py) owns for the app's
life and hands to the main window (a language switch keeps it), which hands it to the pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


@dataclass
class Agreed:
    """What the seller agreed to until Dealbrief closes: plain exports without asking again,
    plain copies for other programs."""

    exports: bool = False
    copies: bool = False


def plain_export_ok(parent: QWidget | None, book_locked: bool, agreed: Agreed) -> bool:
    """True to go on with the export: the book is plain, the seller already said so for this
    session, or says so now."""
    if not book_locked:
        return True
    return _agreed(
        parent, agreed, "exports",
        QCoreApplication.translate("Security", "The export is not locked"),
        QCoreApplication.translate(
            "Security", "This book is locked with a passphrase, but the file you export will be plain: "
            "anyone who gets a copy of it can read it. Keep it somewhere safe and delete it when it is "
            "no longer needed."),
        QCoreApplication.translate("Security", "Export"),
        QCoreApplication.translate("Security", "Don't ask again until Dealbrief closes"))


def plain_copy_ok(parent: QWidget | None, book_locked: bool, agreed: Agreed) -> bool:
    """True to go on opening a kept file with another program: the book is plain, the seller
    already agreed in this session, or agrees now (asked once per session)."""
    if not book_locked:
        return True
    return _agreed(
        parent, agreed, "copies",
        QCoreApplication.translate("Security", "A plain copy for the other program"),
        QCoreApplication.translate(
            "Security", "This book is locked with a passphrase, but the program that opens this file "
            "cannot read the book, so Dealbrief gives it a plain copy. The copies are kept in a "
            "private folder that only you can read, and deleted when Dealbrief closes. You will not "
            "be asked again until then."),
        QCoreApplication.translate("Security", "Open"))


def _agreed(parent: QWidget | None, agreed: Agreed, to: str, title: str, text: str,
            go_on_text: str, dont_ask_text: str | None = None) -> bool:
    """Ask once: True when the seller agreed `to` in this session already, or agrees now. With
    `dont_ask_text` the agreement lasts the session only when that box is ticked."""
    if getattr(agreed, to):
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
    if never is None or never.isChecked():
        setattr(agreed, to, True)
    return True
