"""Item models for money: a deal's instalments, payments, invoices and attachments, and the
receivables tables (ageing, by month, by company)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.domain.contracts import AttachmentRecord, InstalmentRecord, InvoiceRecord, PaymentRecord
from desktop.domain.language import is_chinese
from desktop.domain.money import InstalmentStatus, percent_text
from desktop.ui import style
from desktop.ui.dates import date_text
from desktop.ui.models import SORT_ROLE, Index, RecordTableModel
from desktop.ui.money import texts

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class InstalmentTableModel(RecordTableModel):
    """The payment plan: name, share, amount, due, collected, status, invoice."""

    NAME, SHARE, AMOUNT, DUE, COLLECTED, STATUS, INVOICE = range(7)
    MONEY_COLUMNS = (AMOUNT, COLLECTED)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.currency = "CNY"
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Instalment"), self.tr("Share"), self.tr("Amount"), self.tr("Due"),
                self.tr("Collected"), self.tr("Status"), self.tr("Invoice")]

    def set_instalments(self, rows: list[InstalmentRecord], currency: str) -> None:
        self.currency = currency
        self.set_records(rows)

    def due_words(self, i: InstalmentRecord) -> str:
        days = str(i.milestone_days or 0)
        if i.due is not None:
            after = (self.tr("%1 + %2 days").replace("%1", i.milestone).replace("%2", days)
                     if i.due_on is None and i.milestone else "")
            return f"{date_text(i.due)}  ({after})" if after else date_text(i.due)
        if i.milestone:
            return self.tr("%1 + %2 days (not yet)").replace("%1", i.milestone).replace("%2", days)
        return ""

    def invoice_words(self, i: InstalmentRecord) -> str:
        if i.invoiced_fen:
            return self.tr("Invoiced %1").replace("%1", texts.fen(i.invoiced_fen, self.currency))
        return self.tr("Invoice first") if i.invoice_first else ""

    def value(self, i: InstalmentRecord, column: int) -> Any:
        if column == self.NAME:
            return i.name
        if column == self.SHARE:
            return percent_text(i.percent_bp)
        if column == self.AMOUNT:
            return texts.fen(i.amount_fen, self.currency)
        if column == self.DUE:
            return self.due_words(i)
        if column == self.COLLECTED:
            return texts.fen(i.collected_fen, self.currency) if i.collected_fen else ""
        if column == self.STATUS:
            words = texts.status_text(i.status)
            if i.remind and i.status != InstalmentStatus.OVERDUE:
                words += " · " + self.tr("remind")
            return words
        return self.invoice_words(i)

    def search_text(self, i: InstalmentRecord) -> str:
        return f"{i.name} {i.milestone}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS:
            colour = texts.STATUS_COLOURS.get(self.record(index.row()).status)
            return QColor(colour) if colour else None
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.MONEY_COLUMNS:
            return RIGHT
        if valid and role == SORT_ROLE:
            i = self.record(index.row())
            column = index.column()
            if column == self.AMOUNT:
                return i.amount_fen
            if column == self.COLLECTED:
                return i.collected_fen
            if column == self.DUE:
                return i.due.isoformat() if i.due else "9999"
            if column == self.NAME:
                return i.position
        return super().data(index, role)


class PaymentTableModel(RecordTableModel):
    """Money received: date, amount, method, which instalments it paid."""

    DATE, AMOUNT, METHOD, PAID, REFERENCE = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.currency = "CNY"
        self.names: dict[int, str] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Amount"), self.tr("Method"), self.tr("Paid towards"),
                self.tr("Reference")]

    def set_payments(self, rows: list[PaymentRecord], names: dict[int, str], currency: str) -> None:
        self.names, self.currency = names, currency
        self.set_records(rows)

    def value(self, p: PaymentRecord, column: int) -> Any:
        if column == self.DATE:
            return date_text(p.received_on)
        if column == self.AMOUNT:
            return texts.fen(p.amount_fen, self.currency)
        if column == self.METHOD:
            words = texts.method_text(p.method)
            if p.bill_matures_on:
                words += " " + self.tr("(matures %1)").replace("%1", date_text(p.bill_matures_on))
            return words
        if column == self.PAID:
            sep = "、" if is_chinese(texts.current_language()) else ", "
            return sep.join(f"{self.names.get(iid, '?')} {texts.fen(f, self.currency)}" for iid, f in p.allocations)
        return p.reference or p.note

    def search_text(self, p: PaymentRecord) -> str:
        return f"{p.reference} {p.note}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return RIGHT
        if valid and role == SORT_ROLE:
            p = self.record(index.row())
            if index.column() == self.DATE:
                return p.received_on.isoformat()
            if index.column() == self.AMOUNT:
                return p.amount_fen
        return super().data(index, role)


class InvoiceTableModel(RecordTableModel):
    """Invoices: kind, number, date, amount, tax, status, for which instalment."""

    KIND, NUMBER, DATE, AMOUNT, TAX, STATUS, FOR = range(7)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.currency = "CNY"
        self.names: dict[int, str] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Invoice"), self.tr("Number"), self.tr("Issued"), self.tr("Amount"), self.tr("Tax"),
                self.tr("Status"), self.tr("For")]

    def set_invoices(self, rows: list[InvoiceRecord], names: dict[int, str], currency: str) -> None:
        self.names, self.currency = names, currency
        self.set_records(rows)

    def value(self, v: InvoiceRecord, column: int) -> Any:
        if column == self.KIND:
            return f"{texts.invoice_kind_text(v.kind)} ({texts.invoice_medium_text(v.medium)})"
        if column == self.NUMBER:
            return v.number
        if column == self.DATE:
            return date_text(v.issued_on) if v.issued_on else ""
        if column == self.AMOUNT:
            return texts.fen(v.amount_fen, self.currency)
        if column == self.TAX:
            return f"{percent_text(v.tax_rate_bp)} · {texts.fen(v.tax_fen, self.currency)}"
        if column == self.STATUS:
            return texts.invoice_status_text(v.status)
        return self.names.get(v.instalment_id, "") if v.instalment_id else ""

    def search_text(self, v: InvoiceRecord) -> str:
        return f"{v.number} {v.note}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return RIGHT
        if valid and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS:
            return QColor(style.WARNING) if self.record(index.row()).status == "to_issue" else None
        return super().data(index, role)


class AttachmentTableModel(RecordTableModel):
    NAME, SIZE, ADDED = range(3)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Size"), self.tr("Added")]

    def value(self, a: AttachmentRecord, column: int) -> Any:
        return (a.name, texts.size_text(a.size), date_text(a.added_at.date()))[column]

    def search_text(self, a: AttachmentRecord) -> str:
        return a.name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == SORT_ROLE and index.column() in (self.SIZE, self.ADDED):
            a = self.record(index.row())
            return a.size if index.column() == self.SIZE else a.added_at.isoformat()
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return RIGHT
        return super().data(index, role)
