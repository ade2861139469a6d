"""What the deal page's list tabs (visits, next steps) share: a table where Delete acts on the
selected row, a line shown when the list is empty, and writes that refresh and announce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import DealRecord
from desktop.services.container import Services
from desktop.services.errors import FieldError
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.deals import texts
from desktop.ui.models import ID_ROLE
from desktop.ui.operations import run_op
from desktop.ui.views import read_only_rows


class RowTable(QTableView):
    """A read-only table of records; Delete (and Enter) act on the current row.

    It takes the Delete key before any shortcut of the page around it, so Delete in this list
    never deletes the deal itself.
    """

    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        read_only_rows(self)

    def stretch(self, column: int) -> None:
        """Give `column` the room left (long text is elided; its tooltip shows it all)."""
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class DealListPanel(QWidget):
    """A tab of the deal page listing some of the deal's records; subclasses fill it."""

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus, self.undo_stack = services, bus, undo_stack
        self.deal: DealRecord | None = None
        self.table = RowTable(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(style.EMPTY_MESSAGE)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet(style.MUTED_TEXT)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.notice)

    def show_model(self, model: QAbstractItemModel, name: str, stretch: int, *,
                   edit: Callable[[], object], delete: Callable[[], object]) -> None:
        """The table shows `model` with column `stretch` given the room left: double-click or
        Enter edits the row, Delete removes it, and the buttons follow the selection."""
        self.table.setObjectName(name)
        self.table.setModel(model)
        self.table.stretch(stretch)
        self.table.doubleClicked.connect(lambda _i: edit())
        self.table.activated.connect(lambda _i: edit())
        self.table.delete_pressed.connect(delete)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        model.modelReset.connect(self._sync_buttons)

    def _sync_buttons(self) -> None:
        """Enable the buttons that act on a selected row (subclasses say which)."""

    def add_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        return button

    def set_deal(self, deal: DealRecord | None) -> None:
        """Show this deal's records (None: a deal not saved yet, nothing to show)."""
        deal = deal if deal is not None and deal.id is not None else None
        same = deal is not None and self.deal is not None and deal.id == self.deal.id
        keep = self.selected_id() if same else None
        if not same:
            self.notice.clear()
        self.deal = deal
        self.reload()
        if keep is not None:
            self.select_id(keep)

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_rows(self, count: int) -> None:
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return index.data(ID_ROLE)

    def select_id(self, record_id: int | None) -> None:
        model = self.table.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def write(self, action: Callable[[], object], *, raise_invalid: bool = False) -> bool:
        """A write of this tab through run_op: refresh, keep the selection, tell the other views.

        With `raise_invalid`, ValidationFailed goes to the caller (a dialog shows it inline).
        """
        keep = self.selected_id()

        def not_saved(errors: list[FieldError]) -> None:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(texts.error_text(e) for e in errors))

        def gone() -> None:
            not_saved([FieldError("id", "not_found")])
            self.reload()

        def done(_result: object) -> None:
            self.reload()
            self.select_id(keep)

        return run_op(self, action, bus=self.bus, changes=(changes.DEALS,), on_success=done,
                      on_invalid=None if raise_invalid else not_saved, on_gone=gone)
