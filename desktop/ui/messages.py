"""Plain-words, translated text for validation codes and storage errors, and book text made safe
for menus and buttons."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance

from desktop.domain.errors import FieldError
from desktop.services.errors import BookError, BookErrorKind


def label_text(text: str) -> str:
    """Text from the book (a stage, a role, a name) made safe for a menu, action, button or
    check box: Qt reads a single "&" there as a keyboard mnemonic and hides it."""
    return text.replace("&", "&&")


class CommandText(QObject):
    """Keeps an undo/redo action's text as "prefix + command" with the command's "&" escaped
    (Qt's own text would turn "A & B" into "A _B"). Lives as long as the action it words."""

    def __init__(self, action: QObject, prefix: str, changed: SignalInstance) -> None:
        super().__init__(action)
        self.action, self.prefix = action, prefix
        changed.connect(self.set_command)

    def set_command(self, text: str) -> None:
        # The stack empties itself while the window is being destroyed, after the action's
        # wrapper is already gone: nothing to word then.
        if shiboken6.isValid(self.action):
            self.action.setText(f"{self.prefix} {label_text(text)}" if text else self.prefix)  # type: ignore[attr-defined]


def field_error_text(error: FieldError) -> str:
    texts = {
        "required": QCoreApplication.translate("Messages", "This is required."),
        "email_invalid": QCoreApplication.translate(
            "Messages", "This is not an email address. Expected something like name@example.com."
        ),
        "phone_invalid": QCoreApplication.translate(
            "Messages",
            "This is not a phone number. A mainland mobile has 11 digits; "
            "for another country start with + and the country code.",
        ),
        "tier_invalid": QCoreApplication.translate("Messages", "Tier must be S, A, B or C."),
        "website_invalid": QCoreApplication.translate(
            "Messages", "This is not a web address. Expected something like example.com."
        ),
        "company_missing": QCoreApplication.translate(
            "Messages", "This company is no longer in the book. Choose another."
        ),
        "too_long": QCoreApplication.translate("Messages", "This is too long."),
    }
    made = _made_contact_text(error)
    if made:
        return made
    return texts.get(error.code, QCoreApplication.translate("Messages", "This value cannot be saved."))


def _made_contact_text(error: FieldError) -> str:
    """Why undo of an action that made a contact was refused: the contact now has other links."""
    texts = {
        "contact_in_committee": QCoreApplication.translate(
            "Messages", "This cannot be undone: it would delete %1, who was added to the book with it and "
            "is now also in another deal's buying committee. Nothing was changed."),
        "contact_is_partner": QCoreApplication.translate(
            "Messages", "This cannot be undone: it would delete %1, who was added to the book with it and "
            "is now also a referral partner. Nothing was changed."),
        "contact_in_note": QCoreApplication.translate(
            "Messages", "This cannot be undone: it would delete %1, who was added to the book with it and "
            "is now an attendee of a call note. Nothing was changed."),
        "contact_on_visit": QCoreApplication.translate(
            "Messages", "This cannot be undone: it would delete %1, who was added to the book with it and "
            "is now on a planned visit. Nothing was changed."),
    }
    text = texts.get(error.code)
    return text.replace("%1", error.detail) if text else ""


def book_error_title(error: BookError) -> str:
    if error.kind is BookErrorKind.CHECKING:
        return QCoreApplication.translate("Messages", "The book is being checked")
    return QCoreApplication.translate("Messages", "The book cannot be used")


def book_error_text(error: BookError) -> str:
    texts = {
        BookErrorKind.LOCKED: QCoreApplication.translate(
            "Messages", "Another program is writing to the book right now. Wait a moment and try again."
        ),
        BookErrorKind.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "The book cannot be written: the file or its folder is read-only. Nothing was "
            "changed. Move the book to a folder you can write to, or open another book.",
        ),
        BookErrorKind.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full. Nothing was changed; your edit is still in the form. Free some space and save again.",
        ),
        BookErrorKind.CORRUPT: QCoreApplication.translate(
            "Messages", "The book file is damaged and was not changed. Restore a backup or open another book."
        ),
        BookErrorKind.NOT_A_BOOK: QCoreApplication.translate(
            "Messages", "This file is not a Dealbrief book. It was not changed. Open another book or create a new one."
        ),
        BookErrorKind.TOO_NEW: QCoreApplication.translate(
            "Messages", "This book was written by a newer version of Dealbrief. Update Dealbrief to open it."
        ),
        BookErrorKind.CANNOT_OPEN: QCoreApplication.translate(
            "Messages", "The book cannot be opened: its folder is missing or not accessible."
        ),
        BookErrorKind.IN_USE: QCoreApplication.translate("Messages", "Dealbrief already has this book open."),
        BookErrorKind.DAMAGED: QCoreApplication.translate(
            "Messages", "The book file is damaged: it fails SQLite's check. It was not changed, and "
            "Dealbrief will not write to it. It can be opened read-only to read, export and back up what is in it; "
            "restoring a good backup makes it whole again."
        ),
        BookErrorKind.UNTRUSTED: QCoreApplication.translate(
            "Messages", "This book holds tables, triggers or views that Dealbrief did not make, so it is "
            "not trusted and was not changed. Restore a backup or open another book."
        ),
        BookErrorKind.ENCRYPTED: QCoreApplication.translate(
            "Messages", "This book is locked with a passphrase. Nothing was changed. Open it with "
            "its passphrase, or open another book."
        ),
        BookErrorKind.WRONG_PASSPHRASE: QCoreApplication.translate(
            "Messages", "The passphrase does not open this book. Nothing was changed. Passphrases "
            "are case-sensitive: check Caps Lock and the input method, or open another book."
        ),
        BookErrorKind.CHECKING: QCoreApplication.translate(
            "Messages", "Dealbrief is still checking the book after opening it (a few seconds on a "
            "large book). Nothing was saved yet: your edit is still there. Try again in a moment."
        ),
    }
    text = texts[error.kind]
    if error.kind is BookErrorKind.DAMAGED:
        if error.backup is not None:
            newest = QCoreApplication.translate("Messages", "The newest backup that passes its check: %1")
            text += "\n\n" + newest.replace("%1", str(error.backup))
        else:
            text += "\n\n" + QCoreApplication.translate("Messages", "No backup that passes its check was found.")
    if error.path:
        text += "\n\n" + QCoreApplication.translate("Messages", "Book: %1").replace("%1", str(error.path))
    return text
