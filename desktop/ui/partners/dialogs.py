"""Dialogs of the Partners area: mark a contact as partner, record a payment, the progress
update (text to copy, PDF to save), and the report over a period."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError
from desktop.domain.language import is_chinese
from desktop.domain.money import parse_amount
from desktop.domain.partners import FeeRecord
from desktop.services.container import Services
from desktop.ui import style
from desktop.ui.dates import DATE_FORMAT, pydate, qdate  # noqa: F401 - here for its importers
from desktop.ui.messages import field_error_text
from desktop.ui.models import WordFilterProxy
from desktop.ui.operations import run_op
from desktop.ui.partners.models import ReportTableModel, fee_kind_text, language, money


def error_text(error: FieldError) -> str:
    """Plain words for the partners' own validation codes, else the shared ones."""
    texts = {
        "percent_range": QCoreApplication.translate("Partners", "A percentage is more than 0 and at most 100."),
        "amount_invalid": QCoreApplication.translate("Partners", "Give an amount above zero, e.g. 5000 or 0.5万."),
        "already_partner": QCoreApplication.translate("Partners", "This person is already a partner."),
        "contact_missing": QCoreApplication.translate("Partners", "This contact is no longer in the book."),
        "date_in_future": QCoreApplication.translate("Partners", "A payment date cannot be in the future."),
        "fee_not_due": QCoreApplication.translate("Partners", "This fee is already settled."),
    }
    return texts.get(error.code) or field_error_text(error)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setStyleSheet(style.ERROR_TEXT)
    label.setWordWrap(True)
    label.hide()
    return label


class MarkPartnerDialog(QDialog):
    """Pick a contact to mark as partner, or type a new person's name."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.partner_id: int | None = None
        self.made_contact = False  # True when the partner's contact was made from a typed name
        self.setWindowTitle(self.tr("Add a partner"))
        self.contact = QComboBox(self)
        self.contact.setObjectName("contact")
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact.lineEdit().setPlaceholderText(self.tr("Type to pick a contact, or a new person's name"))
        names = []
        for c in services.contacts.list():
            label = f"{c.name} · {c.company_name}" if c.company_name else c.name
            self.contact.addItem(label, c.id)
            names.append(label)
        self.contact.setCurrentIndex(-1)
        completer = QCompleter(names, self.contact)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contact.setCompleter(completer)
        self.error = _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who brings you deals?"), self))
        layout.addWidget(self.contact)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 140)

    def accept(self) -> None:
        text = self.contact.currentText().strip()
        index = self.contact.findText(text, Qt.MatchFlag.MatchFixedString)
        mark = self.services.partners.mark
        done: list = []
        if index >= 0:
            write = partial(mark, self.contact.itemData(index))
        else:
            write = partial(mark, None, new_contact_name=text)
        if run_op(self, write, on_success=done.append, on_invalid=self._show_error):
            self.partner_id, self.made_contact = done[0].id, index < 0
            super().accept()

    def _show_error(self, errors: list) -> None:
        self.error.setText(error_text(errors[0]))
        self.error.show()


class PaymentDialog(QDialog):
    """Record that a fee was paid: how much and on which day."""

    def __init__(self, services: Services, fee: FeeRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.fee = fee
        self.setWindowTitle(self.tr("Record a payment"))
        self.amount = QLineEdit(money(fee.amount, fee.currency) or str(fee.amount), self)
        self.amount.setObjectName("amount")
        self.paid_on = QDateEdit(qdate(services.clock().date()), self)
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat(DATE_FORMAT)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Fee"), QLabel(f"{fee_kind_text(fee.kind)} · {fee.company_name} · {fee.deal_title}", self))
        form.addRow(self.tr("Amount paid"), self.amount)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            amount = parse_amount(self.amount.text())
        except ValueError:
            amount = -1
        pay = partial(self.services.partners.record_payment, self.fee.id, amount, pydate(self.paid_on.date()),
                      self.note.text())
        if run_op(self, pay, on_invalid=self._show_error):
            super().accept()

    def _show_error(self, errors: list) -> None:
        self.error.setText(error_text(errors[0]))
        self.error.show()


class UpdateDialog(QDialog):
    """The progress update for a partner: text to copy into WeChat, or a PDF to save.

    Copying or saving notes the update as sent (that is what the reminder counts from).
    """

    def __init__(self, services: Services, partner_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.partner_id = partner_id
        self.recorded = False
        self.setWindowTitle(self.tr("Progress update"))
        self.lang = QComboBox(self)
        self.lang.setObjectName("language")
        self.lang.addItem("中文", "zh_CN")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if is_chinese(language()) else 1)
        self.lang.currentIndexChanged.connect(self.refresh)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy_text)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.status = QLabel(self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.lang)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.resize(620, 560)
        self.refresh()

    def language(self) -> str:
        return self.lang.currentData()

    def build(self):  # noqa: ANN201 - a ProgressUpdate
        return self.services.partner_updates.build(self.partner_id, self.language())

    def refresh(self) -> None:
        from desktop.documents.partner_update import update_text

        self.text.setPlainText(update_text(self.build()))

    def _record(self) -> None:
        # The page announces the change when the dialog closes (it has the bus).
        if run_op(self, partial(self.services.partners.record_update_sent, self.partner_id,
                                self.language())):
            self.recorded = True

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self._record()
        self.status.setText(self.tr("Copied. Paste it into WeChat."))

    def save_pdf(self, path: str | None = None) -> bool:
        from desktop.documents.partner_update import render_update

        update = self.build()
        if path is None:
            from desktop.domain.file_names import document_file_name
            from desktop.ui.files import ask_save_path

            suggested = document_file_name([update.partner_name], "partner_update", self.language(),
                                           update.as_of)
            chosen = ask_save_path(self, self.tr("Save the update as PDF"), suggested,
                                   self.tr("PDF files (*.pdf)"), ".pdf")
            if chosen is None:
                return False
            path = str(chosen)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            render_update(update, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The PDF was not saved"),
                                self.tr("It cannot be written to %1: %2").replace("%1", path)
                                .replace("%2", exc.strerror or str(exc)))
            return False
        self._record()
        self.status.setText(self.tr("Saved %1").replace("%1", Path(path).name))
        return True


class ReportDialog(QDialog):
    """Referrals, conversion and fees per partner over a period."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Partner report"))
        today = services.clock().date()
        self.start = QDateEdit(qdate(date(today.year, 1, 1)), self)
        self.start.setObjectName("start")
        self.end = QDateEdit(qdate(today), self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.dateChanged.connect(self.refresh)
        self.model = ReportTableModel(self)
        proxy = WordFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("report")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Referrals made in the period and how they went so far; "
                                   "conversion is won out of won and lost."), self)
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.end)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(860, 380)
        self.refresh()

    def refresh(self) -> None:
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            start, end = end, start
        self.model.set_records(self.services.partners.report(start, end))
        self.table.resizeColumnsToContents()
