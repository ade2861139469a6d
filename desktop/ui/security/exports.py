"""Before a locked book's data leaves it in plain form: say so.

- An export (CSV, vCard, JSON, calendar, a report's CSV): asked each time, with "Don't ask again
  until Dealbrief closes" (kept on the application object, so it lasts for this session only).
- Opening a kept file with another program: that program gets a plain copy; said once per
  session, before the first copy is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget

SESSION_KEY = "dealbrief_plain_exports_ok"


def plain_export_ok(parent: QWidget | None, book_locked: bool) -> bool:
    """True to go on with the export: the book is plain, the seller already said so for this
    session, or says so now."""
    app = QApplication.instance()
    if not book_locked or (app is not None and app.property(SESSION_KEY)):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Security", "The export is not locked"))
    box.setText(QCoreApplication.translate(
        "Security", "This book is locked with a passphrase, but the file you export will be plain: "
        "anyone who gets a copy of it can read it. Keep it somewhere safe and delete it when it is "
        "no longer needed."))
    never = QCheckBox(QCoreApplication.translate("Security", "Don't ask again until Dealbrief closes"))
    box.setCheckBox(never)
    go_on = box.addButton(QCoreApplication.translate("Security", "Export"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Security", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    if never.isChecked() and app is not None:
        app.setProperty(SESSION_KEY, True)
    return True


COPY_SESSION_KEY = "dealbrief_plain_copies_ok"


def plain_copy_ok(parent: QWidget | None, book_locked: bool) -> bool:
    """True to go on opening a kept file with another program: the book is plain, the seller
    already agreed in this session, or agrees now (asked once per session)."""
    app = QApplication.instance()
    if not book_locked or (app is not None and app.property(COPY_SESSION_KEY)):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Security", "A plain copy for the other program"))
    box.setText(QCoreApplication.translate(
        "Security", "This book is locked with a passphrase, but the program that opens this file "
        "cannot read the book, so Dealbrief gives it a plain copy. The copies are kept in a "
        "private folder that only you can read, and deleted when Dealbrief closes. You will not "
        "be asked again until then."))
    go_on = box.addButton(QCoreApplication.translate("Security", "Open"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Security", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    if app is not None:
        app.setProperty(COPY_SESSION_KEY, True)
    return True
