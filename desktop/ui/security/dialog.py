"""Settings → Security…: set a passphrase, change it, remove it; remember it on this computer;
lock again after idle minutes.

Each change rewrites the book into a new file renamed into place (services.security): it runs on
the GUI thread behind a progress dialog, after the thread pool's work (daily backup, search
catch-up, reports) has finished, so nothing else uses the book while its file is replaced. The
app holds the book's writer lock for as long as it has the book open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import ALL_KINDS
from desktop.domain.errors import ValidationFailed
from desktop.services import keychain
from desktop.services.container import Services
from desktop.services.security import MIN_LENGTH, Relocked, change_lock, check_new, strength
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.operations import run_op
from desktop.ui.settings import Settings


def strength_text(passphrase: str) -> str:
    """The passphrase's strength in words, as the seller types."""
    words = (
        QCoreApplication.translate("Security", "Too short: at least %1 characters.")
        .replace("%1", str(MIN_LENGTH)),
        QCoreApplication.translate("Security", "Weak: longer is better, a few words make a good "
                                   "passphrase."),
        QCoreApplication.translate("Security", "Fair."),
        QCoreApplication.translate("Security", "Strong."),
    )
    return words[strength(passphrase)] if passphrase else ""


def problem_text(exc: ValidationFailed) -> str:
    texts = {
        "too_short": QCoreApplication.translate(
            "Security", "The passphrase is too short: use at least %1 characters.")
        .replace("%1", str(MIN_LENGTH)),
        "edge_spaces": QCoreApplication.translate(
            "Security", "The passphrase begins or ends with a space."),
        "line_break": QCoreApplication.translate("Security", "The passphrase holds a line break."),
        "mismatch": QCoreApplication.translate("Security", "The two passphrases differ."),
    }
    return "\n".join(texts.get(e.code, e.code) for e in exc.errors)


class SecurityDialog(QDialog):
    """Lock the book with a passphrase, change it or remove it."""

    def __init__(self, services: Services, bus, settings: Settings | None = None,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus, self.settings = services, bus, settings
        self.result_backups: tuple = ()
        self.not_relocked: tuple = ()
        self.setWindowTitle(self.tr("Security"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        box = QGroupBox(self.tr("Passphrase"))
        form = QFormLayout(box)
        self.current = self._password_edit(self.tr("Current passphrase"))
        self.current_label = QLabel(self.tr("Current passphrase:"))
        form.addRow(self.current_label, self.current)
        self.new = self._password_edit(self.tr("New passphrase"))
        self.new_label = QLabel(self.tr("New passphrase:"))
        form.addRow(self.new_label, self.new)
        self.repeat = self._password_edit(self.tr("New passphrase again"))
        self.repeat_label = QLabel(self.tr("Again:"))
        form.addRow(self.repeat_label, self.repeat)
        self.strength = QLabel()
        form.addRow("", self.strength)
        self.new.textChanged.connect(lambda text: self.strength.setText(strength_text(text)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.ERROR_TEXT)
        form.addRow("", self.message)
        row = QHBoxLayout()
        self.set_button = QPushButton(self.tr("Lock the book with this passphrase"))
        self.change_button = QPushButton(self.tr("Change the passphrase"))
        self.remove_button = QPushButton(self.tr("Remove the passphrase…"))
        for button in (self.set_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        self.set_button.clicked.connect(self.set_passphrase)
        self.change_button.clicked.connect(self.set_passphrase)
        self.remove_button.clicked.connect(self.remove_passphrase)
        layout.addWidget(box)

        self.remember = QCheckBox(self.tr("Remember the passphrase on this computer (system keyring)"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        if not keychain.available():
            self.remember.setEnabled(False)
            self.remember_note.setText(self.tr(
                "No system keyring works on this computer, so the passphrase cannot be remembered: "
                "it is asked each time the book opens."))
        else:
            self.remember.setChecked(keychain.remembered(services.book.path) is not None)
        self.remember.toggled.connect(self._remember_toggled)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)

        idle = QHBoxLayout()
        self.idle_label = QLabel(self.tr("Lock again after this many idle minutes (0: never):"))
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        if settings is not None:
            self.idle.setValue(settings.get(opt.LOCK_AFTER_IDLE_MINUTES))
        self.idle.valueChanged.connect(self._idle_changed)
        idle.addWidget(self.idle_label)
        idle.addWidget(self.idle)
        idle.addStretch(1)
        layout.addLayout(idle)

        self.plain_note = QLabel(self.tr(
            "What is locked: the book and its backups. Exports (CSV, vCard, JSON, calendar) and "
            "printed PDFs are plain files. After locking a book that was plain, pieces of the old "
            "plain file may remain on the disk (especially an SSD) until they are overwritten."))
        self.plain_note.setWordWrap(True)
        layout.addWidget(self.plain_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.refresh()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    @property
    def locked(self) -> bool:
        return self.services.book.passphrase is not None

    def refresh(self) -> None:
        locked = self.locked
        self.status.setText(
            self.tr("This book is locked with a passphrase: its file and its backups cannot be "
                    "read without it.") if locked else
            self.tr("This book is not locked: anyone who can copy its file can read it. A "
                    "passphrase encrypts the book and its backups."))
        for widget in (self.current, self.current_label, self.change_button, self.remove_button):
            widget.setVisible(locked)
        self.set_button.setVisible(not locked)
        self.remember.setVisible(locked)
        self.remember_note.setVisible(locked and not keychain.available())
        self.idle.setEnabled(locked)
        self.idle_label.setEnabled(locked)
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.strength.clear()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _current_ok(self) -> bool:
        if self.current.text() != self.services.book.passphrase:
            self.say(self.tr("The current passphrase is not right. Nothing was changed."))
            return False
        return True

    def set_passphrase(self) -> None:
        """Lock the book (plain) or change its passphrase (locked)."""
        if self.locked and not self._current_ok():
            return
        passphrase = self.new.text()
        try:
            check_new(passphrase, self.repeat.text())
        except ValidationFailed as exc:
            self.say(problem_text(exc))
            return
        if self._relock(passphrase):
            QMessageBox.information(self, self.tr("Security"), self._done_text(passphrase))

    def remove_passphrase(self) -> None:
        if not self._current_ok():
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the passphrase"),
            self.tr("Without a passphrase anyone who can copy the book's file can read it. The "
                    "backups made while it was locked stay locked. Remove the passphrase?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._relock(None):
            QMessageBox.information(self, self.tr("Security"), self._done_text(None))

    def _relock(self, passphrase: str | None) -> bool:
        progress = QProgressDialog(self.tr("Writing the book anew…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Security"))
        progress.setMinimumDuration(0)
        progress.show()
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()  # nothing else uses the book meanwhile

        def relock() -> Relocked:
            try:
                return change_lock(self.services.book, passphrase)
            finally:
                progress.close()  # before any warning

        def done(changed: Relocked) -> None:
            self.result_backups, self.not_relocked = changed.backups, changed.not_relocked
            path = self.services.book.path
            if passphrase is None:
                keychain.forget(path)
            elif self.remember.isChecked() and self.remember.isEnabled():
                keychain.remember(path, passphrase)
            self.say("")
            self.refresh()

        return run_op(self, relock, bus=self.bus, changes=ALL_KINDS, on_success=done,
                      on_invalid=lambda errors: self.say(problem_text(ValidationFailed(errors))))

    def _done_text(self, passphrase: str | None) -> str:
        if passphrase is None:
            return self.tr("The book is no longer locked. Backups made while it was locked stay "
                           "locked: restoring one asks for its passphrase.")
        text = self.tr("The book is locked with the passphrase. Keep the passphrase safe: "
                       "without it the book and its backups cannot be opened.")
        if self.result_backups:
            text += "\n\n" + self.tr("Backups locked the same way: %1").replace(
                "%1", str(len(self.result_backups)))
        if self.not_relocked:
            text += "\n\n" + self.tr("These backups could not be rewritten (damaged copies?) and "
                                      "stay as they were: %1").replace(
                "%1", ", ".join(p.name for p in self.not_relocked))
        return text

    def _remember_toggled(self, on: bool) -> None:
        passphrase = self.services.book.passphrase
        if passphrase is None:
            return
        if on:
            keychain.remember(self.services.book.path, passphrase)
        else:
            keychain.forget(self.services.book.path)

    def _idle_changed(self, minutes: int) -> None:
        if self.settings is not None:
            self.settings.set(opt.LOCK_AFTER_IDLE_MINUTES, minutes)
