"""The deal page's "Next steps" tab: every next step of the deal (open ones first, earliest due
first; overdue in red; done ones greyed), added, edited, marked done or deleted (Ctrl+Z)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import NextStepRecord, is_overdue
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.services.container import Services
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.deals import texts
from desktop.ui.deals.dialogs import OptionalDateEdit, error_label, show_error
from desktop.ui.deals.panel import DealListPanel
from desktop.ui.models import SORT_ROLE, RecordTableModel
from desktop.ui.undo import UndoableWrite, push_write

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor(style.ERROR)
DONE = QColor(style.SUBTLE)


class NextStepTableModel(RecordTableModel):
    """A deal's next steps: what, who, when it is due, when it was done, and whether it was
    agreed with the customer (a checkbox; ticking it asks the panel to save via `agreed_toggled`)."""

    TEXT, OWNER, DUE, DONE, AGREED = range(5)
    agreed_toggled = Signal(int, bool)  # step id, agreed

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.today = date.today()
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Next step"), self.tr("Who"), self.tr("Due"), self.tr("Done"),
                self.tr("Agreed with customer")]

    def set_steps(self, steps: list[NextStepRecord], today: date) -> None:
        self.today = today
        self.set_records(steps)

    def value(self, s: NextStepRecord, column: int) -> Any:
        done = "✓ " + date_text(s.done_at.date()) if s.done_at else ""
        if column == self.AGREED:
            return None  # shown as a checkbox
        return (s.text, s.owner, date_text(s.due), done)[column]

    def search_text(self, s: NextStepRecord) -> str:
        return f"{s.text} {s.owner}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and section == self.AGREED
                and role == Qt.ItemDataRole.ToolTipRole):
            return self.tr("Ticked: agreed with the customer; it goes in the minutes and the deck. "
                           "Unticked: your own to-do, never shown to the customer.")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.AGREED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Ticking "agreed" is saved by the panel (which then reloads the model)."""
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != self.AGREED or not 0 <= index.row() < self.rowCount()):
            return False
        step: NextStepRecord = self.record(index.row())
        self.agreed_toggled.emit(step.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if index.isValid() and index.column() == self.AGREED and 0 <= index.row() < self.rowCount():
                agreed = self.record(index.row()).agreed
                return Qt.CheckState.Checked if agreed else Qt.CheckState.Unchecked
            return None
        if role == SORT_ROLE and index.isValid() and index.column() == self.AGREED:
            return int(self.record(index.row()).agreed) if 0 <= index.row() < self.rowCount() else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            step: NextStepRecord = self.record(index.row())
            if step.done_at is not None:
                return DONE
            if is_overdue(step, self.today):
                return OVERDUE
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.DUE:
            step = self.record(index.row()) if 0 <= index.row() < self.rowCount() else None
            if step is not None and is_overdue(step, self.today):
                return self.tr("Overdue by %1").replace("%1", texts.days_text((self.today - step.due).days))
        return super().data(index, role)


class NextStepDialog(QDialog):
    """Add or edit a next step: what happens, who does it, by when, agreed with the customer."""

    def __init__(self, step: NextStepRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setWindowTitle(self.tr("Edit next step") if step.id else self.tr("Add a next step"))
        self.text = QLineEdit(step.text, self)
        self.text.setObjectName("step_text")
        self.text.setPlaceholderText(self.tr("What happens next, e.g. send the quote to the CFO"))
        self.text_error = error_label(self)
        self.owner = QLineEdit(step.owner, self)
        self.owner.setObjectName("step_owner")
        self.owner.setPlaceholderText(self.tr("e.g. us, or the customer's Li Min"))
        self.due = OptionalDateEdit(self)
        self.due.setObjectName("step_due")
        self.due.set_value(step.due)
        self.agreed = QCheckBox(self.tr("Agreed with customer"), self)
        self.agreed.setObjectName("step_agreed")
        self.agreed.setChecked(step.agreed)
        self.agreed.setToolTip(self.tr("Ticked: agreed with the customer; it goes in the minutes and the deck. "
                                       "Unticked: your own to-do, never shown to the customer."))
        form = QFormLayout()
        form.addRow(self.tr("Next step *"), self.text)
        form.addRow("", self.text_error)
        form.addRow(self.tr("Who"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow("", self.agreed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        """Save through `saver(text, due, owner, agreed) -> errors`; stay open on errors."""
        if not self.text.text().strip():
            show_error(self.text_error, FieldError("next_step", "required"))
            self.text.setFocus()
            return
        saver = getattr(self, "saver", None)
        if saver is not None:
            errors = saver(self.text.text(), self.due.value(), self.owner.text(), self.agreed.isChecked())
            if errors:
                show_error(self.text_error, errors[0])
                return
        super().accept()


class NextStepsPanel(DealListPanel):
    """The "Next steps" tab of the deal page."""

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, undo_stack, parent)
        self.setObjectName("next_steps_panel")
        self.model = NextStepTableModel(self)
        self.add = self.add_button(self.tr("Add next step…"), "add_step", self.add_step)
        self.edit = self.add_button(self.tr("Edit…"), "edit_step", self.edit_step)
        self.done = self.add_button(self.tr("Mark done"), "mark_done", self.toggle_done)
        self.delete = self.add_button(self.tr("Delete"), "delete_step", self.delete_step)
        self.buttons.addStretch(1)
        self.show_model(self.model, "next_steps", NextStepTableModel.TEXT, edit=self.edit_step,
                        delete=self.delete_step)
        self.model.agreed_toggled.connect(self.set_agreed)
        self.empty.setText(self.tr("No next steps yet. Agree on one at every meeting: what, who and by when."))

    def reload(self) -> None:
        steps = self.services.deals.next_steps(self.deal.id, include_done=True) if self.deal else []
        self.model.set_steps(steps, self.services.clock().date())
        self.show_rows(len(steps))

    def selected_step(self) -> NextStepRecord | None:
        step_id = self.selected_id()
        row = self.model.row_of(step_id) if step_id is not None else None
        return self.model.record(row) if row is not None else None

    def _sync_buttons(self) -> None:
        step = self.selected_step()
        for button in (self.edit, self.done, self.delete):
            button.setEnabled(step is not None)
        self.done.setText(self.tr("Mark not done") if step is not None and step.done_at else self.tr("Mark done"))

    def _dialog(self, step: NextStepRecord) -> NextStepDialog:
        dialog = NextStepDialog(step, self)

        def saver(text: str, due: date | None, owner: str, agreed: bool) -> list[FieldError]:
            saved: list[NextStepRecord] = []

            def write() -> None:
                if step.id is None:
                    saved.append(self.services.deals.add_next_step(self.deal.id, text, due, owner, agreed))
                else:
                    saved.append(self.services.deals.update_next_step(step.id, text, due, owner, agreed))

            try:
                if not self.write(write, raise_invalid=True):
                    return [FieldError("next_step", "not_saved")]
            except ValidationFailed as exc:
                return exc.errors
            self.select_id(saved[0].id)
            self._push_saved(step, saved[0], (text, due, owner, agreed))
            return []

        dialog.saver = saver  # type: ignore[attr-defined]
        return dialog

    def _push_saved(self, before: NextStepRecord, saved: NextStepRecord, values: tuple) -> None:
        """One undoable action per Save of the dialog: a new step is taken away again, an edited
        one gets its text, due date, owner and agreement back."""
        deals = self.services.deals
        if before.id is None:
            push_write(self.undo_stack, self.tr("Add next step “%1”").replace("%1", saved.text),
                       run=self.write, undo=lambda: deals.delete_next_step(saved.id),
                       redo=lambda: deals.restore_next_step(saved.id))
            return
        push_write(self.undo_stack, self.tr("Edit next step “%1”").replace("%1", saved.text),
                   run=self.write,
                   undo=lambda: deals.update_next_step(before.id, before.text, before.due,
                                                       before.owner, before.agreed),
                   redo=lambda: deals.update_next_step(before.id, *values))

    def add_step(self) -> NextStepDialog | None:
        if self.deal is None:
            return None
        tomorrow = self.services.clock().date() + timedelta(days=1)
        dialog = self._dialog(NextStepRecord(deal_id=self.deal.id, due=tomorrow))
        dialog.open()
        return dialog

    def edit_step(self) -> NextStepDialog | None:
        step = self.selected_step()
        if step is None:
            return None
        dialog = self._dialog(step)
        dialog.open()
        return dialog

    def set_agreed(self, step_id: int, agreed: bool) -> None:
        """Tick or untick "agreed with the customer" right in the table."""
        deals = self.services.deals
        if self.write(lambda: deals.set_next_step_agreed(step_id, agreed)):
            text = deals.next_step(step_id).text
            label = (self.tr("Agreed with the customer: %1") if agreed
                     else self.tr("Internal to-do: %1")).replace("%1", text)
            push_write(self.undo_stack, label, run=self.write,
                       undo=lambda: deals.set_next_step_agreed(step_id, not agreed),
                       redo=lambda: deals.set_next_step_agreed(step_id, agreed))

    def toggle_done(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        deals, done = self.services.deals, step.done_at is None
        if not self.write(lambda: deals.complete_next_step(step.id, done)):
            return
        label = (self.tr("Mark “%1” done") if done else self.tr("Mark “%1” not done")).replace(
            "%1", step.text)
        push_write(self.undo_stack, label, run=self.write,
                   undo=lambda: deals.complete_next_step(step.id, not done),
                   redo=lambda: deals.complete_next_step(step.id, done))

    def delete_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        deals = self.services.deals
        if not self.write(lambda: deals.delete_next_step(step.id)):
            return
        label = self.tr("Delete next step “%1”").replace("%1", step.text)
        self.undo_stack.push(
            UndoableWrite(
                label, self.write, lambda: deals.restore_next_step(step.id), lambda: deals.delete_next_step(step.id)
            )
        )
        self.notice.setText(self.tr("Next step deleted. Undo with Ctrl+Z."))
