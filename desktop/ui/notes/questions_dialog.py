"""Settings: the seller's question library, per SPIN section, in Chinese and English."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from desktop.domain.notes import SPIN_SECTIONS, QuestionPromptRecord
from desktop.services.container import Services
from desktop.services.errors import BookError
from desktop.ui.messages import book_error_text, book_error_title

Index = QModelIndex | QPersistentModelIndex


class QuestionTableModel(QAbstractTableModel):
    """The questions of one section, editable in both languages."""

    ZH, EN = range(2)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[QuestionPromptRecord] = []

    def set_rows(self, rows: list[QuestionPromptRecord]) -> None:
        self.beginResetModel()
        self._rows = rows  # shared with the dialog's per-section list on purpose
        self.endResetModel()

    def rows(self) -> list[QuestionPromptRecord]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return (self.tr("Chinese"), self.tr("English"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            q = self._rows[index.row()]
            return q.text_zh if index.column() == self.ZH else q.text_en
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        q = self._rows[index.row()]
        field = "text_zh" if index.column() == self.ZH else "text_en"
        self._rows[index.row()] = replace(q, **{field: str(value)})
        self.dataChanged.emit(index, index)
        return True

    def insert(self, row: int, question: QuestionPromptRecord) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, question)
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
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target


class QuestionLibraryDialog(QDialog):
    """Edit the suggested questions; Save writes the whole library in one transaction."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionLibraryDialog")
        self.setWindowTitle(self.tr("Settings — question library"))
        self.services = services
        self.by_section: dict[str, list[QuestionPromptRecord]] = {}
        self.section = QComboBox(self)
        self.section.setObjectName("section")
        titles = (self.tr("S  Situation"), self.tr("P  Problems"), self.tr("I  Implications"),
                  self.tr("N  Need-payoff"))
        for key, title in zip(SPIN_SECTIONS, titles, strict=True):
            self.section.addItem(title, key)
        self.section.currentIndexChanged.connect(self._show_section)
        self.model = QuestionTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("questions")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add"), self.add), (self.tr("Remove"), self.remove),
                           (self.tr("Move up"), lambda: self.move(-1)),
                           (self.tr("Move down"), lambda: self.move(1)),
                           (self.tr("Reset to the shipped questions"), self.reset)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Section"), self))
        top.addWidget(self.section)
        top.addStretch(1)
        hint = QLabel(self.tr("The first nine questions of a section can be inserted with Ctrl+1…9 "
                              "in the note editor. A question needs text in at least one language."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(box)
        self.resize(900, 560)
        self._load(services.questions.list())

    def _load(self, questions: list[QuestionPromptRecord]) -> None:
        self.by_section = {s: [q for q in questions if q.section == s] for s in SPIN_SECTIONS}
        self._show_section()

    def _show_section(self) -> None:
        self.model.set_rows(self.by_section[self.section.currentData()])

    def add(self) -> None:
        row = self.model.rowCount()
        self.model.insert(row, QuestionPromptRecord(section=self.section.currentData()))
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
        self._load([replace(q) for q in _shipped()])

    def questions(self) -> list[QuestionPromptRecord]:
        return [q for s in SPIN_SECTIONS for q in self.by_section[s]
                if q.text_en.strip() or q.text_zh.strip()]

    def save(self) -> None:
        try:
            self.services.questions.replace_all(self.questions())
        except (ValidationFailed, BookError) as exc:
            text = book_error_text(exc) if isinstance(exc, BookError) else str(exc)
            title = book_error_title(exc) if isinstance(exc, BookError) else self.tr("Question library")
            QMessageBox.warning(self, title, text)
            return
        self.accept()


def _shipped() -> list[QuestionPromptRecord]:
    from desktop.services.questions import shipped_questions

    return shipped_questions()
