"""Plan or edit a visit: when, where, why, who goes from our side, and whom we meet (picked from
the deal's buying committee and the company's contacts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import VisitRecord
from desktop.domain.errors import FieldError
from desktop.ui import style
from desktop.ui.deals.dialogs import error_label, show_error
from desktop.ui.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Candidate:
    """Someone the seller may meet: a contact, labelled with title and committee roles."""

    contact_id: int
    name: str
    label: str


class AttendeeListModel(QAbstractListModel):
    """The customer's people as a checkable list; `checked_ids()` is who attends."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Candidate] = []
        self._checked: set[int] = set()

    def set_candidates(self, candidates: list[Candidate], checked: tuple[int, ...] = ()) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self._checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(c.contact_id for c in self._rows if c.contact_id in self._checked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.contact_id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.contact_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        contact_id = self._rows[index.row()].contact_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(contact_id)
        else:
            self._checked.discard(contact_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base


class VisitDialog(QDialog):
    """The visit's fields; `saver(planned_at, place, goal, ours, contact_ids) -> errors` saves."""

    def __init__(self, visit: VisitRecord, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.setWindowTitle(self.tr("Edit visit") if visit.id else self.tr("Plan a visit"))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("visit_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        if visit.planned_at is not None:
            self.when.setDateTime(QDateTime(visit.planned_at))
        self.place = QLineEdit(visit.place, self)
        self.place.setObjectName("visit_place")
        self.place.setPlaceholderText(self.tr("e.g. meeting room, 3rd floor, the customer's Suzhou plant"))
        self.goal = QLineEdit(visit.goal, self)
        self.goal.setObjectName("visit_goal")
        self.goal.setPlaceholderText(self.tr("e.g. demo the scheduling module, agree the POC scope"))
        self.ours = QLineEdit(visit.our_attendees, self)
        self.ours.setObjectName("visit_ours")
        self.ours.setPlaceholderText(self.tr("e.g. me and Wang from presales"))
        self.attendees = AttendeeListModel(self)
        self.attendees.set_candidates(candidates, visit.attendee_contact_ids)
        self.attendee_list = QListView(self)
        self.attendee_list.setObjectName("visit_attendees")
        self.attendee_list.setModel(self.attendees)
        self.attendee_list.setMinimumHeight(110)
        hint = QLabel(self.tr("Buying committee first, then the company's other contacts."), self)
        if not candidates:
            hint.setText(self.tr("No contacts at this company yet. Add people to the buying committee first."))
        hint.setWordWrap(True)
        hint.setStyleSheet(style.MUTED_TEXT)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Our side"), self.ours)
        form.addRow(self.tr("We meet"), self.attendee_list)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Save, then hand the visit to the system's calendar app as a one-event .ics file.
        self.calendar_button = buttons.addButton(self.tr("Save and add to calendar"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.calendar_button.setObjectName("visit_add_to_calendar")
        self.calendar_button.setToolTip(self.tr("Opens the visit in your calendar app: customer, "
                                                "place and goal only, an alarm before it"))
        self.calendar_button.clicked.connect(self.save_and_add_to_calendar)
        self.add_to_calendar: Callable[[int], object] | None = None  # set by whoever saves
        self.saved_id: int | None = visit.id
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def planned_at(self) -> datetime:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)

    def save(self) -> bool:
        saver = getattr(self, "saver", None)
        if saver is not None:
            errors: list[FieldError] = saver(self.planned_at(), self.place.text(), self.goal.text(),
                                             self.ours.text(), self.attendees.checked_ids())
            if errors:
                show_error(self.error, errors[0])
                return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save_and_add_to_calendar(self) -> None:
        if not self.save():
            return
        super().accept()
        if self.add_to_calendar is not None and self.saved_id is not None:
            self.add_to_calendar(self.saved_id)
