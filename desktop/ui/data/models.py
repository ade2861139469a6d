"""The import preview as an item model: one row per planned row of the file."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.importing import Action, ImportPlan, PlannedRow
from desktop.services.phones import display
from desktop.ui import style
from desktop.ui.data.texts import action_text, problem_text, reason_text
from desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
ROW, ACTION, NAME, COMPANY, MOBILE, EMAIL, NOTE = range(7)
_COLOURS = {Action.ERROR: QColor(style.ERROR), Action.SKIP: QColor(style.SKIPPED)}


class PlanTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[PlannedRow] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows) if plan else []
        self.endResetModel()

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Row"), self.tr("Action"), self.tr("Name"), self.tr("Company"),
                self.tr("Mobile"), self.tr("Email"), self.tr("Problems or reason")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if col == ROW:
                return r.row if role == SORT_ROLE else (str(r.row) if r.row else "")
            values = {
                ACTION: action_text(r.action),
                NAME: r.name,
                COMPANY: r.company,
                MOBILE: display(r.mobile) if r.action != Action.ERROR else r.mobile,
                EMAIL: r.email,
                NOTE: "; ".join(problem_text(p) for p in r.problems) or reason_text(r.reason),
            }
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and r.action in _COLOURS:
            return QBrush(_COLOURS[r.action])
        if role == ID_ROLE:
            return r.row
        return None
