"""The deal page's "Visits" tab: the deal's planned visits (when, where, goal, whom we meet),
planned, edited or cancelled (Ctrl+Z brings a cancelled visit back). Past visits are greyed."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.deals import VisitRecord
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.language import is_chinese
from desktop.services.container import Services
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.calendar_file import open_visit_in_calendar
from desktop.ui.dates import weekday_date_text
from desktop.ui.deals import texts
from desktop.ui.deals.panel import DealListPanel
from desktop.ui.deals.visit_dialog import Candidate, VisitDialog
from desktop.ui.models import SORT_ROLE, RecordTableModel
from desktop.ui.operations import read_now
from desktop.ui.undo import push_write

Index = QModelIndex | QPersistentModelIndex
PAST = QColor(style.SUBTLE)


def when_text(when: datetime) -> str:
    """A visit's time as a seller reads it: "2026-11-23 周一 14:30" / "Mon 2026-11-23 14:30"."""
    return f"{weekday_date_text(when.date(), texts.language())} {when:%H:%M}"


class VisitTableModel(RecordTableModel):
    """A deal's planned visits, earliest first."""

    WHEN, GOAL, PLACE, MEET, OURS = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.names: dict[int, str] = {}
        self.now = datetime.now()
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Goal"), self.tr("Place"), self.tr("We meet"), self.tr("Our side")]

    def set_visits(self, visits: list[VisitRecord], names: dict[int, str], now: datetime) -> None:
        self.names, self.now = names, now
        self.set_records(visits)

    def attendee_names(self, v: VisitRecord) -> str:
        sep = "、" if is_chinese(texts.language()) else ", "
        return sep.join(self.names[i] for i in v.attendee_contact_ids if i in self.names)

    def value(self, v: VisitRecord, column: int) -> Any:
        return (when_text(v.planned_at), v.goal, v.place, self.attendee_names(v), v.our_attendees)[column]

    def search_text(self, v: VisitRecord) -> str:
        return f"{v.place} {v.goal} {v.our_attendees} {self.attendee_names(v)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == Qt.ItemDataRole.ForegroundRole and valid:
            return PAST if self.record(index.row()).planned_at < self.now else None
        if role == SORT_ROLE and valid and index.column() == self.WHEN:
            return self.record(index.row()).planned_at.isoformat()
        return super().data(index, role)


class VisitsPanel(DealListPanel):
    """The "Visits" tab of the deal page."""

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, undo_stack, parent)
        self.setObjectName("visits_panel")
        self.model = VisitTableModel(self)
        self.plan = self.add_button(self.tr("Plan visit…"), "plan_visit", self.plan_visit)
        self.edit = self.add_button(self.tr("Edit…"), "edit_visit", self.edit_visit)
        self.cancel = self.add_button(self.tr("Cancel visit"), "cancel_visit", self.cancel_visit)
        self.buttons.addStretch(1)
        self.show_model(self.model, "visits", VisitTableModel.GOAL, edit=self.edit_visit,
                        delete=self.cancel_visit)
        self.empty.setText(
            self.tr("No visits planned. Plan the next meeting: when, where, why and whom you will meet.")
        )

    # --- people
    def candidates(self, chosen: tuple[int, ...] = ()) -> list[Candidate]:
        """The committee (with roles) first, then the company's other contacts, then anyone
        already chosen who is in neither (so editing never drops them)."""
        if self.deal is None:
            return []
        lang = texts.language()
        roles = {r.id: r.name(lang) for r in self.services.pipeline.roles()}
        sep = "、" if is_chinese(lang) else ", "
        found: dict[int, Candidate] = {}
        for p in self.services.committee.list(self.deal.id):
            label = f"{p.name} · {p.title}" if p.title else p.name
            role_names = sep.join(roles[r] for r in p.role_ids if r in roles)
            found[p.contact_id] = Candidate(p.contact_id, p.name, f"{label}  ({role_names})" if role_names else label)
        for c in self.services.contacts.list(self.deal.company_id):
            found.setdefault(c.id, Candidate(c.id, c.name, f"{c.name} · {c.title}" if c.title else c.name))
        for contact_id in chosen:
            if contact_id not in found:
                c = read_now(self, partial(self.services.contacts.get, contact_id))
                if c is None:
                    continue
                found[c.id] = Candidate(c.id, c.name, f"{c.name} ({c.company_name})" if c.company_name else c.name)
        return list(found.values())

    def reload(self) -> None:
        visits = self.services.deals.visits(self.deal.id) if self.deal else []
        chosen = tuple(i for v in visits for i in v.attendee_contact_ids)
        names = {c.contact_id: c.name for c in self.candidates(chosen)} if visits else {}
        self.model.set_visits(visits, names, self.services.clock())
        self.show_rows(len(visits))

    def selected_visit(self) -> VisitRecord | None:
        visit_id = self.selected_id()
        row = self.model.row_of(visit_id) if visit_id is not None else None
        return self.model.record(row) if row is not None else None

    def _sync_buttons(self) -> None:
        selected = self.selected_visit() is not None
        self.edit.setEnabled(selected)
        self.cancel.setEnabled(selected)

    # --- actions
    def _dialog(self, visit: VisitRecord) -> VisitDialog:
        dialog = VisitDialog(visit, self.candidates(visit.attendee_contact_ids), self)
        deals = self.services.deals

        def saver(planned_at: datetime, place: str, goal: str, ours: str, ids: tuple[int, ...]) -> list[FieldError]:
            saved: list[VisitRecord] = []

            def write() -> None:
                if visit.id is None:
                    saved.append(deals.plan_visit(self.deal.id, planned_at, place, goal, ours, ids))
                else:
                    saved.append(deals.update_visit(visit.id, planned_at, place, goal, ours, ids))

            try:
                if not self.write(write, raise_invalid=True):
                    return [FieldError("visit", "not_saved")]
            except ValidationFailed as exc:
                return exc.errors
            self.select_id(saved[0].id)
            dialog.saved_id = saved[0].id
            self._push_saved(visit, saved[0], (planned_at, place, goal, ours, ids))
            return []

        dialog.saver = saver  # type: ignore[attr-defined]
        dialog.add_to_calendar = partial(open_visit_in_calendar, self, self.services)
        return dialog

    def _push_saved(self, before: VisitRecord, saved: VisitRecord, values: tuple) -> None:
        """One undoable action per Save of the dialog: a planned visit is taken away again, an
        edited one gets its time, place, goal and attendees back."""
        deals = self.services.deals
        when = when_text(saved.planned_at)
        if before.id is None:
            push_write(self.undo_stack, self.tr("Plan the visit of %1").replace("%1", when),
                       run=self.write, undo=partial(deals.cancel_visit, saved.id),
                       redo=partial(deals.restore_visit, saved.id))
            return
        push_write(self.undo_stack, self.tr("Change the visit of %1").replace("%1", when),
                   run=self.write,
                   undo=partial(deals.update_visit, before.id, before.planned_at, before.place,
                                before.goal, before.our_attendees, before.attendee_contact_ids),
                   redo=partial(deals.update_visit, before.id, *values))

    def plan_visit(self) -> VisitDialog | None:
        if self.deal is None:
            return None
        tomorrow = self.services.clock().date() + timedelta(days=1)
        dialog = self._dialog(VisitRecord(deal_id=self.deal.id, planned_at=datetime.combine(tomorrow, time(10, 0))))
        dialog.open()
        return dialog

    def edit_visit(self) -> VisitDialog | None:
        visit = self.selected_visit()
        if visit is None:
            return None
        dialog = self._dialog(visit)
        dialog.open()
        return dialog

    def cancel_visit(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        deals = self.services.deals
        if not self.write(lambda: deals.cancel_visit(visit.id)):
            return
        label = self.tr("Cancel the visit of %1").replace("%1", when_text(visit.planned_at))
        push_write(self.undo_stack, label, undo=partial(deals.restore_visit, visit.id),
                   redo=partial(deals.cancel_visit, visit.id), run=self.write)
        self.notice.setText(self.tr("Visit cancelled. Undo with Ctrl+Z."))
