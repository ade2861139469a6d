"""Item models of the Reports page: one report table (rows carry the deals behind them) and the
list of deals behind a bar, point or row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.money import format_amount
from desktop.domain.reports.book import ReportBook, ReportDeal
from desktop.domain.reports.tables import Kind, Table
from desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
DEALS_ROLE = Qt.ItemDataRole.UserRole + 10  # the ids of the deals behind a row


class ReportTableModel(QAbstractTableModel):
    """One report table (desktop.domain.reports.tables.Table): text as the seller reads it,
    numbers right-aligned, the raw value for sorting and the deals behind each row."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.table: Table | None = None
        self.language = "zh_CN"

    def set_table(self, table: Table | None, language: str) -> None:
        self.beginResetModel()
        self.table, self.language = table, language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (self.table is None or orientation != Qt.Orientation.Horizontal
                or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.table.columns)):
            return None
        return self.table.columns[section].title(self.language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or not index.isValid() or not 0 <= index.row() < len(table.rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return table.text(row, col, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if table.column_for(row, col).kind != Kind.TEXT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = table.rows[row].cells[col]
            return value if isinstance(value, (int, float, str)) else str(value or "")
        if role == DEALS_ROLE:
            return list(table.rows[row].deal_ids)
        if role == Qt.ItemDataRole.ToolTipRole and table.rows[row].deal_ids:
            return self.tr("Double-click to see the deals behind this row")
        return None

    def deal_ids(self, row: int) -> tuple[int, ...]:
        return self.table.rows[row].deal_ids if self.table and 0 <= row < len(self.table.rows) else ()


class DealsModel(QAbstractTableModel):
    """The deals behind a figure: company, deal, stage, amount, created."""

    COMPANY, TITLE, STAGE, AMOUNT, CREATED = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.deals: list[ReportDeal] = []
        self.book: ReportBook | None = None
        self.language = "zh_CN"

    def set_deals(self, deals: list[ReportDeal], book: ReportBook, language: str) -> None:
        self.beginResetModel()
        self.deals, self.book, self.language = list(deals), book, language
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Company"), self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Created")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.deals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.deals):
            return None
        deal, col = self.deals[index.row()], index.column()
        if role == ID_ROLE:
            return deal.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COMPANY:
                return deal.company_name
            if col == self.TITLE:
                return deal.title
            if col == self.STAGE:
                stage = self.book.stage(deal.stage_id) if self.book else None
                return stage.name(self.language) if stage else ""
            if col == self.AMOUNT:
                return format_amount(deal.amount, deal.currency, self.language) or "—"
            return deal.created_at.date().isoformat()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return (deal.company_name, deal.title, deal.stage_id, deal.amount or 0, deal.created_at)[col]
        return None
