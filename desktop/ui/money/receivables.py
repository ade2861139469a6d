"""Receivables (应收): money still to come on every contract — its age past the due date
(0–30 / 31–60 / 61–90 / > 90 days), the collections expected month by month, what each company
still owes, and the instalments overdue (each opens its deal's Money tab)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.contracts import CollectionItem, ReceivablesReport
from desktop.domain.language import is_chinese
from desktop.domain.money import AgeBucket
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.deals.panel import RowTable
from desktop.ui.models import SORT_ROLE, Index, RecordTableModel
from desktop.ui.money import texts
from desktop.ui.money.models import RIGHT
from desktop.ui.money.texts import translate


@dataclass(frozen=True)
class AmountRow:
    """One line of a receivables table: what it is about, the money, its share of the total."""

    id: int
    label: str
    fen: int
    share: float
    sort_key: Any = None


class AmountTableModel(RecordTableModel):
    LABEL, AMOUNT, SHARE = range(3)

    def __init__(self, first_header: str, parent=None) -> None:  # noqa: ANN001
        self.first_header = first_header
        self.currency = "CNY"
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.first_header, self.tr("Amount"), self.tr("Share")]

    def value(self, r: AmountRow, column: int) -> Any:
        if column == self.LABEL:
            return r.label
        if column == self.AMOUNT:
            return texts.fen(r.fen, self.currency)
        return f"{r.share:.0%}"

    def search_text(self, r: AmountRow) -> str:
        return r.label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.LABEL:
            return RIGHT
        if valid and role == SORT_ROLE:
            r = self.record(index.row())
            return (r.sort_key if r.sort_key is not None else r.label) if index.column() == self.LABEL else r.fen
        return super().data(index, role)


class OverdueTableModel(RecordTableModel):
    """Instalments past their due date, most overdue first."""

    DUE, COMPANY, DEAL, INSTALMENT, OUTSTANDING, DAYS = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Company"), self.tr("Deal"), self.tr("Instalment"), self.tr("Outstanding"),
                self.tr("Days late")]

    def value(self, c: CollectionItem, column: int) -> Any:
        return (date_text(c.due), c.company, c.deal_title, c.name, texts.fen(c.outstanding_fen, c.currency),
                str(c.days_overdue))[column]

    def search_text(self, c: CollectionItem) -> str:
        return f"{c.company} {c.deal_title} {c.name}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if valid and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.OUTSTANDING, self.DAYS):
            return RIGHT
        if valid and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DAYS:
            return QColor(style.OVERDUE)
        if valid and role == SORT_ROLE:
            c = self.record(index.row())
            if index.column() == self.OUTSTANDING:
                return c.outstanding_fen
            if index.column() == self.DAYS:
                return c.days_overdue
        return super().data(index, role)


def bucket_text(bucket: AgeBucket) -> str:
    return {
        AgeBucket.NOT_DUE: translate("Money", "Not yet due"),
        AgeBucket.DAYS_0_30: translate("Money", "0–30 days late"),
        AgeBucket.DAYS_31_60: translate("Money", "31–60 days late"),
        AgeBucket.DAYS_61_90: translate("Money", "61–90 days late"),
        AgeBucket.OVER_90: translate("Money", "More than 90 days late"),
    }[bucket]


def month_text(month: date) -> str:
    return f"{month.year}年{month.month}月" if is_chinese(texts.current_language()) else f"{month:%b %Y}"


class ReceivablesPage(QWidget):
    """Money still to come, as of today; refreshes when money or deals change. Shown as the
    Reports page's last section."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus = services, bus
        self.heading = QLabel(self)
        self.heading.setObjectName("receivables_heading")
        self.heading.setStyleSheet(style.SECTION_TITLE)
        self.summary = QLabel(self)
        self.summary.setObjectName("receivables_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.ageing_model = AmountTableModel(self.tr("Days past the due date"), self)
        self.month_model = AmountTableModel(self.tr("Month"), self)
        self.company_model = AmountTableModel(self.tr("Company"), self)
        self.overdue_model = OverdueTableModel(self)
        grid = QGridLayout()
        self.ageing = self._box(self.tr("Ageing"), self.ageing_model, "ageing", grid, 0, 0)
        self.months = self._box(self.tr("Collections expected by month"), self.month_model, "by_month", grid, 0, 1)
        self.companies = self._box(self.tr("Outstanding by company"), self.company_model, "by_company", grid, 1, 0)
        self.overdue = self._box(self.tr("Overdue instalments"), self.overdue_model, "overdue", grid, 1, 1)
        self.overdue.stretch(OverdueTableModel.DEAL)
        self.overdue.doubleClicked.connect(self._open)
        self.overdue.activated.connect(self._open)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(style.MUTED_TEXT)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.note)
        bus.changed.connect(lambda kinds: self.reload() if kinds & {changes.MONEY, changes.DEALS} else None)
        self.reload()

    def title(self) -> str:
        return self.tr("Receivables")

    def _box(self, title: str, model: RecordTableModel, name: str, grid: QGridLayout, row: int,
             col: int) -> RowTable:
        box = QGroupBox(title, self)
        table = RowTable(box)
        table.setObjectName(name)
        table.setModel(model)
        QVBoxLayout(box).addWidget(table)
        grid.addWidget(box, row, col)
        return table

    def reload(self) -> None:
        today = self.services.clock().date()
        report: ReceivablesReport = self.services.money.receivables(today)
        total = report.total or 1
        self.heading.setText(self.title() + f"  ·  {date_text(today)}")
        overdue = report.total - report.ageing.get(AgeBucket.NOT_DUE.value, 0)
        words = self.tr("Still to collect %1, of which %2 overdue.").replace("%1", texts.fen(report.total)) \
            .replace("%2", f"<b style='color:#c5221f'>{texts.fen(overdue)}</b>")
        self.summary.setText(words)
        self.ageing_model.set_records([
            AmountRow(i, bucket_text(b), report.ageing.get(b.value, 0), report.ageing.get(b.value, 0) / total, i)
            for i, b in enumerate(AgeBucket)])
        self.month_model.set_records([AmountRow(i, month_text(m), fen, fen / total, m.isoformat())
                                      for i, (m, fen) in enumerate(report.by_month)])
        self.company_model.set_records([AmountRow(i, name, fen, fen / total)
                                        for i, (name, fen) in enumerate(report.by_company)])
        self.overdue_model.set_records(self.services.money.collections(today, overdue_only=True))
        notes = [self.tr("Amounts in CNY; overdue money counts in this month.")]
        if report.no_date_fen:
            notes.append(self.tr("%1 waits for a milestone that has not happened yet (no due date).")
                         .replace("%1", texts.fen(report.no_date_fen)))
        self.note.setText(" ".join(notes))

    def _open(self, index) -> None:  # noqa: ANN001
        c = self.overdue_model.record(index.row()) if index.isValid() else None
        if c is not None:
            self.bus.open("money", c.deal_id)
