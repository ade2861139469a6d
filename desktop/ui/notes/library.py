"""The editable-library dialog the objection and question libraries share: a table of entries
(frozen dataclasses, every column an editable text field), Add / Remove / Move up / Move down /
Reset, Save and Cancel. Subclasses give the columns, the words (their own `tr` context) and how
entries are loaded, made and saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

Index = QModelIndex | QPersistentModelIndex


class LibraryTableModel(QAbstractTableModel):
    """Entries whose `FIELDS` are the columns, every one editable; `headers()` names them."""

    FIELDS: tuple[str, ...] = ()
    SHARE_ROWS = False  # True: set_rows keeps (and edits) the caller's list itself

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows if self.SHARE_ROWS else list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows if self.SHARE_ROWS else list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.FIELDS)):
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return getattr(self._rows[index.row()], self.FIELDS[index.column()])
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not (0 <= index.row() < len(self._rows))):
            return False
        row = self._rows[index.row()]
        self._rows[index.row()] = replace(row, **{self.FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index)
        return True

    def insert(self, row: int, entry: Any) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, entry)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0
                           else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target


class LibraryDialog(QDialog):
    """The table, its buttons, a hint and Save/Cancel; Save calls `save()`, Add `new_entry()`."""

    model: LibraryTableModel

    def _build(self, model: LibraryTableModel, table_name: str,
               buttons: Sequence[tuple[str, str, Callable[[], Any]]], hint: str,
               top: QLayout | None = None) -> None:
        """Lay the dialog out; `buttons` are (object name, text, slot) of the Add…Reset row."""
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        row = QHBoxLayout()
        for name, text, slot in buttons:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        label = QLabel(hint, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        if top is not None:
            layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(label)
        layout.addWidget(box)

    def new_entry(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        row = self.model.rowCount()
        self.model.insert(row, self.new_entry())
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove(self) -> None:
        self.model.remove(self.table.currentIndex().row())

    def move(self, delta: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.move(index.row(), delta)
            self.table.setCurrentIndex(self.model.index(row, index.column()))
