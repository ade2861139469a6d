"""Item models of the notes area: a deal's notes, a note's attendees and next steps, questions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.language import is_chinese
from desktop.domain.notes import STANCES, NextStepRecord, NoteAttendeeRecord, NoteSummary, QuestionPromptRecord
from desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Flag = Qt.ItemFlag


def kind_label(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("Notes", "Visit"),
        "phone": QCoreApplication.translate("Notes", "Phone call"),
        "wechat": QCoreApplication.translate("Notes", "WeChat"),
        "video": QCoreApplication.translate("Notes", "Video call"),
        "email": QCoreApplication.translate("Notes", "Email"),
    }.get(kind, kind)


def stance_label(stance: str) -> str:
    return {
        "": QCoreApplication.translate("Notes", "(not noted)"),
        "supporter": QCoreApplication.translate("Notes", "Supporter"),
        "neutral": QCoreApplication.translate("Notes", "Neutral"),
        "opponent": QCoreApplication.translate("Notes", "Opponent"),
        "unknown": QCoreApplication.translate("Notes", "Unknown"),
    }.get(stance, stance)


STANCE_CHOICES = ("", *STANCES)


def is_zh() -> bool:
    from desktop.ui.i18n import current_language

    return is_chinese(current_language())


class NoteListModel(QAbstractTableModel):
    """A deal's (or company's) notes, newest first."""

    WHEN, KIND, GOAL, ATTENDEES, STEPS = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[NoteSummary] = []

    def set_notes(self, notes: list[NoteSummary]) -> None:
        self.beginResetModel()
        self._rows = list(notes)
        self.endResetModel()

    def note(self, row: int) -> NoteSummary:
        return self._rows[row]

    def row_of(self, note_id: int) -> int | None:
        return next((i for i, n in enumerate(self._rows) if n.id == note_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("When"), self.tr("Kind"), self.tr("Goal / first lines"),
                  self.tr("Attendees"), self.tr("Open steps"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        n = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return n.id
        if role == SORT_ROLE:
            return (n.occurred_at.isoformat(), n.kind, n.goal, len(n.attendee_names), n.open_steps)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            sep = "、" if is_zh() else ", "
            return (
                n.occurred_at.strftime("%Y-%m-%d %H:%M"), kind_label(n.kind),
                n.goal or n.excerpt, sep.join(n.attendee_names),
                str(n.open_steps) if n.open_steps else "",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.GOAL:
            return "\n".join(t for t in (n.goal, n.excerpt) if t)
        return None


class _EditableRows(QAbstractTableModel):
    """A table of a form's rows being edited (attendees, next steps): `COLUMNS` columns, rows
    kept in `_rows`, removed one at a time."""

    COLUMNS = 0

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list = []

    def replace_rows(self, rows: tuple | list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS


class AttendeeTableModel(_EditableRows):
    """The customer-side people at a meeting: roles on the deal (read-only), met here, stance
    seen, whether to update the committee's stance, personal interests (editable)."""

    NAME, ROLES, MET, STANCE, UPDATE, INTERESTS = range(6)
    COLUMNS = 6

    def set_attendees(self, attendees: tuple[NoteAttendeeRecord, ...] | list[NoteAttendeeRecord]) -> None:
        self.replace_rows(attendees)

    def attendees(self) -> tuple[NoteAttendeeRecord, ...]:
        return tuple(self._rows)

    def add(self, attendee: NoteAttendeeRecord) -> bool:
        if any(a.contact_id == attendee.contact_id for a in self._rows):
            return False
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(attendee)
        self.endInsertRows()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Roles on this deal"), self.tr("Met"),
                  self.tr("Stance seen"), self.tr("Update committee"), self.tr("Personal interests"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Flag:
        if not index.isValid():
            return Flag.NoItemFlags
        base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
        if index.column() in (self.MET, self.UPDATE):
            return base | Flag.ItemIsUserCheckable
        if index.column() in (self.STANCE, self.INTERESTS):
            return base | Flag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return a.contact_id
        if role == Qt.ItemDataRole.CheckStateRole and col in (self.MET, self.UPDATE):
            on = a.mark_met if col == self.MET else a.update_stance
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and col == self.STANCE:
            return a.stance_seen
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            zh = is_zh()
            sep = "、" if zh else ", "
            roles = sep.join(r.name_zh if zh else r.name_en for r in a.roles)
            name = f"{a.name}（{a.title}）" if zh and a.title else f"{a.name} ({a.title})" if a.title else a.name
            return (name, roles or self.tr("not on the committee"), "",
                    stance_label(a.stance_seen), "", a.personal_interests)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.MET:
                return self.tr("Mark as met on this note's date, in the deal's buying committee")
            if col == self.UPDATE:
                return self.tr("Set this person's stance in the buying committee to the stance seen")
            if col == self.INTERESTS:
                return a.personal_interests or self.tr("Internal: never in the minutes")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col in (self.MET, self.UPDATE):
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            a = replace(a, mark_met=on) if col == self.MET else replace(a, update_stance=on)
        elif role == Qt.ItemDataRole.EditRole and col == self.STANCE and value in STANCE_CHOICES:
            a = replace(a, stance_seen=value)
        elif role == Qt.ItemDataRole.EditRole and col == self.INTERESTS:
            a = replace(a, personal_interests=str(value))
        else:
            return False
        self._rows[index.row()] = a
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.INTERESTS))
        return True


class NextStepTableModel(_EditableRows):
    """A note's next steps: done, what, who, due, agreed with the customer. Rows may be blank
    while being typed. Only agreed steps reach the minutes and the deck."""

    DONE, TEXT, OWNER, DUE, AGREED = range(5)
    COLUMNS = 5

    def __init__(self, today: date, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._today = today

    def set_steps(self, steps: tuple[NextStepRecord, ...] | list[NextStepRecord]) -> None:
        self.replace_rows(steps)

    def steps(self) -> tuple[NextStepRecord, ...]:
        return tuple(self._rows)

    def assign_ids(self, saved: tuple[NextStepRecord, ...]) -> None:
        """After a save: give the non-blank rows the ids the book gave them, in order."""
        written = iter(saved)
        for i, step in enumerate(self._rows):
            if step.text.strip():
                match = next(written, None)
                if match is not None:
                    self._rows[i] = replace(step, id=match.id)

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(NextStepRecord())
        self.endInsertRows()
        return row

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.AGREED:
            return self.tr("Ticked: agreed with the customer; it goes in the minutes and the deck. "
                           "Unticked: your own to-do, never shown to the customer.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Done"), self.tr("What"), self.tr("Who"), self.tr("Due"),
                  self.tr("Agreed with customer"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Flag:
        if not index.isValid():
            return Flag.NoItemFlags
        base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
        if index.column() in (self.DONE, self.AGREED):
            return base | Flag.ItemIsUserCheckable
        return base | Flag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.DONE:
            return Qt.CheckState.Checked if s.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and col == self.AGREED:
            return Qt.CheckState.Checked if s.agreed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            due = s.due.isoformat() if s.due else ""
            return ("", s.text, s.owner, due, "")[col]
        if role == Qt.ItemDataRole.EditRole:
            if col == self.DUE:
                d = s.due or self._today
                return QDate(d.year, d.month, d.day)
            return ("", s.text, s.owner, "", "")[col]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.DONE:
            from datetime import datetime

            on = Qt.CheckState(value) == Qt.CheckState.Checked
            s = replace(s, done_at=(s.done_at or datetime.now().replace(microsecond=0)) if on else None)
        elif role == Qt.ItemDataRole.CheckStateRole and col == self.AGREED:
            s = replace(s, agreed=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole and col == self.TEXT:
            s = replace(s, text=str(value))
        elif role == Qt.ItemDataRole.EditRole and col == self.OWNER:
            s = replace(s, owner=str(value))
        elif role == Qt.ItemDataRole.EditRole and col == self.DUE:
            due = value.toPython() if isinstance(value, QDate) and value.isValid() else None
            s = replace(s, due=due)
        else:
            return False
        self._rows[index.row()] = s
        self.dataChanged.emit(index, index)
        return True


class QuestionListModel(QAbstractListModel):
    """Suggested questions of one section, numbered 1–9 for Ctrl+1…Ctrl+9."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[QuestionPromptRecord] = []
        self._language = "zh_CN"

    def set_questions(self, questions: list[QuestionPromptRecord], language: str) -> None:
        self.beginResetModel()
        self._rows = list(questions)
        self._language = language
        self.endResetModel()

    def question(self, row: int) -> str:
        return self._rows[row].text(self._language) if 0 <= row < len(self._rows) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        text = self.question(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            n = index.row() + 1
            return f"{n}. {text}" if n <= 9 else f"    {text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            return text
        return None
