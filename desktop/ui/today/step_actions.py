"""Acting on a next step straight from its Today row: mark it done, or move it to tomorrow,
next week or a chosen day, without opening the deal. Each is one undoable command on the
window's stack (Ctrl+Z takes it back).

The same QActions serve the bar under the list, the row's context menu and the keys
(Ctrl+D done, Ctrl+T tomorrow, Ctrl+Shift+T next week, Ctrl+Shift+D a date), which work while
the Today page has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.due_dates import next_week, tomorrow
from desktop.domain.overview import TodayItem
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.operations import run_op
from desktop.ui.undo import push_write


class DueDateDialog(QDialog):
    """Pick the day a next step moves to."""

    def __init__(self, step_text: str, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_date_dialog")
        self.setWindowTitle(self.tr("Move to a day"))
        label = QLabel(step_text, self)
        label.setWordWrap(True)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("due_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(start))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]


class StepActions(QWidget):
    """The bar of row actions under Today's list, with the same actions in its context menu."""

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, view: QListView,
                 current_item: Callable[[], TodayItem | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("today_step_actions")
        self.services, self.bus, self.undo_stack, self.view = services, bus, undo_stack, view
        self.current_item = current_item
        self.date_dialog: DueDateDialog | None = None
        self.done_action = self._action("done", self.tr("✓ Done"), "Ctrl+D", self.mark_done,
                                        self.tr("Mark the next step done (Ctrl+D)"))
        self.tomorrow_action = self._action("tomorrow", self.tr("Tomorrow"), "Ctrl+T",
                                            self.move_tomorrow,
                                            self.tr("Move the next step to tomorrow (Ctrl+T)"))
        self.next_week_action = self._action("next_week", self.tr("Next week"), "Ctrl+Shift+T",
                                             self.move_next_week,
                                             self.tr("Move the next step to Monday next week "
                                                     "(Ctrl+Shift+T)"))
        self.date_action = self._action("date", self.tr("Another day…"), "Ctrl+Shift+D",
                                        self.move_to_date,
                                        self.tr("Move the next step to a day you pick "
                                                "(Ctrl+Shift+D)"))
        self.actions_ = (self.done_action, self.tomorrow_action, self.next_week_action,
                         self.date_action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Next step:"), self)
        self.hint.setStyleSheet(style.MUTED_TEXT)
        row.addWidget(self.hint)
        for action in self.actions_:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"today_{action.objectName()}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        row.addStretch(1)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        self.menu: QMenu | None = None
        self.update_enabled()

    def _action(self, key: str, text: str, keys: str, slot: Callable[[], None],
                tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # the bar's button keeps "…" (Qt drops it from iconText)
        action.setObjectName(key)
        action.setShortcut(QKeySequence(keys))
        # the keys work on the Today page only (Ctrl+D elsewhere may mean something else)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(partial(lambda f, _checked=False: f(), slot))
        self.parentWidget().addAction(action)
        return action

    def step(self) -> TodayItem | None:
        item = self.current_item()
        return item if item is not None and item.opens[0] == "next_step" else None

    def update_enabled(self) -> None:
        item = self.step()
        for action in self.actions_:
            action.setEnabled(item is not None)
        if item is not None:
            today = self.services.clock().date()
            text = self.tr("Next week (%1)").replace("%1", date_text(next_week(today)))
            self.next_week_action.setText(text)
            self.next_week_action.setIconText(text)

    def show_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        if self.step() is None:
            return
        self.menu = QMenu(self.view)
        self.menu.setObjectName("today_row_menu")
        self.menu.addActions(list(self.actions_))
        self.menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- the commands
    def _run(self, fn: Callable[[], object]) -> bool:
        return run_op(self, fn, bus=self.bus, changes=(changes.DEALS,))

    def mark_done(self) -> None:
        item = self.step()
        if item is None:
            return
        step_id = item.opens[1]
        deals = self.services.deals
        if self._run(lambda: deals.complete_next_step(step_id, True)):
            push_write(self.undo_stack, self.tr("Done: %1").replace("%1", item.text),
                       undo=lambda: deals.complete_next_step(step_id, False),
                       redo=lambda: deals.complete_next_step(step_id, True), run=self._run)

    def move_to(self, day: date, item: TodayItem | None = None) -> None:
        item = item or self.step()
        if item is None:
            return
        step_id = item.opens[1]
        deals = self.services.deals
        before: list[date | None] = []
        if self._run(lambda: before.append(deals.set_next_step_due(step_id, day))):
            old = before[0]
            push_write(self.undo_stack, self.tr("Move “%1” to %2").replace("%1", item.text)
                       .replace("%2", date_text(day)),
                       undo=lambda: deals.set_next_step_due(step_id, old),
                       redo=lambda: deals.set_next_step_due(step_id, day), run=self._run)

    def move_tomorrow(self) -> None:
        self.move_to(tomorrow(self.services.clock().date()))

    def move_next_week(self) -> None:
        self.move_to(next_week(self.services.clock().date()))

    def move_to_date(self) -> None:
        item = self.step()
        if item is None:
            return
        start = max(item.due or self.services.clock().date(), self.services.clock().date())
        dialog = DueDateDialog(item.text, tomorrow(start) if start == item.due else start, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.move_to(dialog.chosen(), item))
        dialog.finished.connect(lambda _r: setattr(self, "date_dialog", None))
        self.date_dialog = dialog
        dialog.open()
