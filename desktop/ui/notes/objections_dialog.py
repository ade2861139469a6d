"""Settings: the seller's objection library (异议处理库), each objection with its prepared
answer in Chinese and English and the words in the notes that raise it."""

from __future__ import annotations

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
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.objections import Objection
from desktop.services.container import Services
from desktop.services.errors import BookError
from desktop.ui.messages import book_error_text, book_error_title

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("objection_zh", "answer_zh", "objection_en", "answer_en", "signals")


class ObjectionTableModel(QAbstractTableModel):
    """The library's entries, every column editable."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Objection] = []

    def set_rows(self, rows: list[Objection]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Objection]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(FIELDS)):
            return (self.tr("Objection (Chinese)"), self.tr("Answer (Chinese)"),
                    self.tr("Objection (English)"), self.tr("Answer (English)"),
                    self.tr("Words that raise it"))[section]
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
            return getattr(self._rows[index.row()], FIELDS[index.column()])
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not (0 <= index.row() < len(self._rows))):
            return False
        row = self._rows[index.row()]
        self._rows[index.row()] = replace(row, **{FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index)
        return True

    def insert(self, row: int, entry: Objection) -> None:
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


class ObjectionLibraryDialog(QDialog):
    """Edit the objection library; Save writes the whole library in one transaction."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ObjectionLibraryDialog")
        self.setWindowTitle(self.tr("Settings — objection library"))
        self.services = services
        self.model = ObjectionTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("objections")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        buttons = QHBoxLayout()
        for name, text, slot in (("add", self.tr("Add"), self.add),
                                 ("remove", self.tr("Remove"), self.remove),
                                 ("up", self.tr("Move up"), lambda: self.move(-1)),
                                 ("down", self.tr("Move down"), lambda: self.move(1)),
                                 ("reset", self.tr("Reset to the shipped objections"),
                                  self.reset)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        hint = QLabel(self.tr(
            "The visit brief prints the prepared answers of the objections whose words appear in "
            "the deal's notes on risks and competitors (for example 价格, price). Each objection "
            "needs an answer in at least one language."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(box)
        self.resize(1000, 560)
        # Answers are sentences: rows grow to show them whole.
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.dataChanged.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents())
        self.model.set_rows(services.objections.list())

    def add(self) -> None:
        row = self.model.rowCount()
        self.model.insert(row, Objection())
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

    def reset(self) -> None:
        from desktop.services.objections import shipped_objections

        self.model.set_rows(list(shipped_objections()))

    def entries(self) -> list[Objection]:
        """The edited library without rows left entirely empty."""
        return [e for e in self.model.rows()
                if any(getattr(e, f).strip() for f in FIELDS)]

    def save(self) -> None:
        try:
            self.services.objections.replace_all(self.entries())
        except ValidationFailed as exc:
            rows = sorted({int(e.detail) + 1 for e in exc.errors if e.detail.isdigit()})
            QMessageBox.warning(self, self.tr("Objection library"), self.tr(
                "Row %1 needs an objection and an answer in at least one language.").replace(
                "%1", ", ".join(str(r) for r in rows)))
            return
        except BookError as exc:
            QMessageBox.warning(self, book_error_title(exc), book_error_text(exc))
            return
        self.accept()
