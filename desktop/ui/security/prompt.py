"""The passphrase prompt: asked when a locked book opens (three tries) or a locked backup is
restored. A wrong passphrase is said in plain words and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import keychain
from desktop.services.errors import BookError, BookErrorKind
from desktop.ui import style

TRIES = 3
PASSPHRASE_KINDS = (BookErrorKind.ENCRYPTED, BookErrorKind.WRONG_PASSPHRASE)


class PassphrasePrompt(QDialog):
    """Ask for the passphrase of `path` and try it with `attempt(passphrase)` (which raises
    BookError WRONG_PASSPHRASE when it does not open the file). After `tries` wrong ones, or
    another problem, the dialog closes with `error` set; `value` is what `attempt` returned."""

    def __init__(self, path: Path, attempt: Callable[[str], Any], parent: QWidget | None = None, *,
                 tries: int = TRIES, backup: bool = False, offer_remember: bool = True) -> None:
        super().__init__(parent)
        self.path, self.attempt = Path(path), attempt
        self.tries_left = tries
        self.value: Any = None
        self.error: BookError | None = None
        self.passphrase = ""
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        if backup:
            intro = self.tr("The backup “%1” is locked with a passphrase. Enter the passphrase it "
                            "was made with.").replace("%1", self.path.name)
        else:
            intro = self.tr("The book “%1” is locked with a passphrase. Enter it to open the "
                            "book.").replace("%1", self.path.name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.edit)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember.setVisible(offer_remember)
        self.remember_note.setVisible(False)
        if offer_remember and not keychain.available():
            self.remember.setEnabled(False)
            self.remember_note.setText(self.tr(
                "No system keyring works on this computer, so the passphrase cannot be remembered: "
                "it is asked each time the book opens."))
            self.remember_note.setVisible(True)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.ERROR_TEXT)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open") if not backup else self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def try_passphrase(self) -> None:
        passphrase = self.edit.text()
        if not passphrase:
            self.say(self.tr("Enter the passphrase."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.value = self.attempt(passphrase)
        except BookError as exc:
            if exc.kind not in PASSPHRASE_KINDS:  # damaged, in use…: the book dialogs say it
                self.error = exc
                self.reject()
                return
            self.error = exc
            self.tries_left -= 1
            self.edit.clear()
            if self.tries_left <= 0:
                self.reject()
                return
            self.say(self.tr("This passphrase does not open it. Nothing was changed. "
                             "Passphrases are case-sensitive. Tries left: %1.")
                     .replace("%1", str(self.tries_left)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error = None
        self.passphrase = passphrase
        if self.remember.isChecked() and self.remember.isEnabled():
            keychain.remember(self.path, passphrase)
        self.accept()


def unlock(path: Path, attempt: Callable[[str], Any], parent: QWidget | None = None, *,
           backup: bool = False) -> Any:
    """What `attempt` returns for the right passphrase: first the one remembered on this
    computer, if any, then asked (three tries). Raises BookError (WRONG_PASSPHRASE after three
    wrong ones, ENCRYPTED when the seller cancels, or the book's own problem)."""
    if not backup:
        kept = keychain.remembered(path)
        if kept:
            try:
                return attempt(kept)
            except BookError as exc:
                if exc.kind not in PASSPHRASE_KINDS:
                    raise
                keychain.forget(path)  # the passphrase changed elsewhere: ask
    prompt = PassphrasePrompt(path, attempt, parent, backup=backup, offer_remember=not backup)
    prompt.exec()
    if prompt.value is not None and prompt.error is None:
        return prompt.value
    if prompt.error is not None and (prompt.error.kind not in PASSPHRASE_KINDS
                                     or prompt.tries_left <= 0):
        raise prompt.error
    raise BookError(BookErrorKind.ENCRYPTED, path, "no passphrase given")
