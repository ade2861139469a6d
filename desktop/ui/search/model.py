"""Search results as a list model: a heading row per kind, then its hits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.search import SearchHit, SearchResults
from desktop.ui import style
from desktop.ui.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 10  # the hit's kind; None on a heading row


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[str, SearchHit | None]] = []  # (kind, hit or None for a heading)

    def kind_title(self, kind: str, count: int) -> str:
        titles = {"company": self.tr("Companies"), "contact": self.tr("Contacts"),
                  "deal": self.tr("Deals"), "note": self.tr("Call notes")}
        return f"{titles.get(kind, kind)} ({count})"

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._rows = []
        for kind, hits in results.groups:
            self._rows.append((kind, None))
            self._rows += [(kind, h) for h in hits]
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def hit_rows(self) -> list[int]:
        return [i for i, (_, h) in enumerate(self._rows) if h is not None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.hit(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        kind, hit = self._rows[index.row()]
        if hit is None:
            if role == Qt.ItemDataRole.DisplayRole:
                count = sum(1 for k, h in self._rows if k == kind and h is not None)
                return self.kind_title(kind, count)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                from PySide6.QtGui import QColor

                return QColor(style.HEADING)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first = f"{hit.title}    {hit.subtitle}" if hit.subtitle else hit.title
            return f"{first}\n{hit.snippet}" if hit.snippet else first
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or hit.title
        if role == ID_ROLE:
            return hit.id
        if role == KIND_ROLE:
            return hit.kind
        return None
