"""What relates to the company or person on a record page: an activity timeline newest first,
their deals (with the person's roles and stance), a company's contacts. Each row opens what it
names: Enter or double-click.

The page asks `RelatedTabs.show_company(id)` / `show_contact(id)`; the lists come from
`services.related` (plain records) through the item models below.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from desktop.domain.deals import Stance
from desktop.domain.language import pick
from desktop.domain.related import Activity, ActivityKind, Related, RelatedContact, RelatedDeal
from desktop.services import phones
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.deals import texts
from desktop.ui.models import ID_ROLE
from desktop.ui.operations import read_now
from desktop.ui.views import read_only_rows

Index = QModelIndex | QPersistentModelIndex
OPENS_ROLE = Qt.ItemDataRole.UserRole + 30  # (kind, id) the row opens
GREY = QColor(style.MUTED)


class _RowsModel(QAbstractTableModel):
    """A read-only table of plain records; subclasses give headers and cell text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Any) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def opens(self, row: Any) -> tuple[str, int]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == OPENS_ROLE:
            return self.opens(row)
        if role == ID_ROLE:
            return self.opens(row)[1]
        if role == Qt.ItemDataRole.ForegroundRole and self.greyed(row):
            return QBrush(GREY)
        return None

    def greyed(self, row: Any) -> bool:
        return False


class ActivityModel(_RowsModel):
    """The timeline: when, what kind, about which deal, what."""

    WHEN, KIND, SUBJECT, TEXT = range(4)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("What"), self.tr("Deal"), self.tr("Details")]

    def kind_text(self, a: Activity) -> str:
        if a.kind == ActivityKind.NEXT_STEP:
            return self.tr("Step done") if a.done else self.tr("Next step")
        if a.kind == ActivityKind.VISIT:
            return self.tr("Visit") if a.done else self.tr("Visit planned")
        return {
            ActivityKind.CALL_NOTE: self.tr("Call note"),
            ActivityKind.STAGE_CHANGE: self.tr("Stage change"),
            ActivityKind.PARTNER_UPDATE: self.tr("Partner update"),
        }[a.kind]

    def cell(self, a: Activity, column: int) -> str:
        if column == self.WHEN:
            return date_text(a.when)
        if column == self.KIND:
            return self.kind_text(a)
        if column == self.SUBJECT:
            return a.subject
        if a.kind == ActivityKind.STAGE_CHANGE:
            moved = self.tr("Moved to %1").replace("%1", pick(texts.language(), a.stage_en, a.stage_zh))
            return f"{moved} · {a.text}" if a.text else moved
        if a.kind == ActivityKind.PARTNER_UPDATE:
            return self.tr("Progress update sent")
        return a.text

    def opens(self, a: Activity) -> tuple[str, int]:
        return a.opens

    def greyed(self, a: Activity) -> bool:
        return not a.done


class RelatedDealsModel(_RowsModel):
    """Deals, open first; for a person, their roles and stance on each committee."""

    def __init__(self, with_roles: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_roles = with_roles

    def headers(self) -> list[str]:
        heads = [self.tr("Deal"), self.tr("Company"), self.tr("Stage"), self.tr("Amount")]
        return heads + [self.tr("Roles"), self.tr("Stance")] if self.with_roles else heads

    def cell(self, d: RelatedDeal, column: int) -> str:
        lang = texts.language()
        if column == 0:
            return d.title
        if column == 1:
            return d.company
        if column == 2:
            stage = pick(lang, d.stage_en, d.stage_zh)
            return stage if d.is_open else self.tr("%1 (closed)").replace("%1", stage)
        if column == 3:
            return texts.money(d.amount, d.currency) if d.amount is not None else ""
        if column == 4:
            return pick(lang, ", ".join(d.roles_en), "、".join(d.roles_zh))
        return texts.stance_text(Stance(d.stance)) if d.stance else ""

    def opens(self, d: RelatedDeal) -> tuple[str, int]:
        return ("deal", d.id)

    def greyed(self, d: RelatedDeal) -> bool:
        return not d.is_open


class RelatedContactsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Title"), self.tr("Mobile"), self.tr("Email")]

    def cell(self, c: RelatedContact, column: int) -> str:
        return (c.name, c.title, phones.display(c.mobile), c.email)[column]

    def opens(self, c: RelatedContact) -> tuple[str, int]:
        return ("contact", c.id)


def _table(parent: QWidget, model: _RowsModel, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    read_only_rows(view, stretch=stretch)
    return view


class RelatedTabs(QTabWidget):
    """Activity, Deals and (for a company) Contacts of the record shown on the page."""

    def __init__(self, services: Services, bus: Bus, *, company: bool,
                 parent: QWidget | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("related")
        self.services, self.bus, self.company = services, bus, company
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.record_id: int | None = None
        self.activity_model = ActivityModel(self)
        self.deals_model = RelatedDealsModel(not company, self)
        self.contacts_model = RelatedContactsModel(self)
        self.activity_view = _table(self, self.activity_model, "activity", ActivityModel.TEXT)
        self.deals_view = _table(self, self.deals_model, "related_deals", 0)
        self.contacts_view = _table(self, self.contacts_model, "related_contacts", 0)
        views = [self.activity_view, self.deals_view] + ([self.contacts_view] if company else [])
        for view in views:
            self.addTab(view, "")
            view.activated.connect(self.open_index)
            view.doubleClicked.connect(self.open_index)
        if not company:
            self.contacts_view.hide()
        bus.changed.connect(self._on_changed)
        self._retitle()

    def _retitle(self) -> None:
        self.setTabText(0, self.tr("Activity (%1)").replace("%1", str(self.activity_model.rowCount())))
        self.setTabText(1, self.tr("Deals (%1)").replace("%1", str(self.deals_model.rowCount())))
        if self.company:
            self.setTabText(2, self.tr("Contacts (%1)").replace(
                "%1", str(self.contacts_model.rowCount())))

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        related = Related()
        if record_id is not None:
            read = self.services.related.for_company if self.company else self.services.related.for_contact
            related = read_now(self, partial(read, record_id), fallback=related)
        self.activity_model.set_rows(related.activity)
        self.deals_model.set_rows(related.deals)
        self.contacts_model.set_rows(related.contacts)
        self._retitle()
        self.setEnabled(record_id is not None)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        watched = {changes.DEALS, changes.NOTES, changes.CONTACTS, changes.COMPANIES,
                   changes.PARTNERS, changes.STAGES}
        if kinds & watched and self.record_id is not None:
            self.show_record(self.record_id)

    def open_index(self, index: QModelIndex) -> None:
        opens = index.data(OPENS_ROLE)
        if opens is None:
            return
        kind, record_id = opens
        if kind == "note":
            self.open_note(record_id)
        else:
            self.bus.open(kind, record_id)

    def open_note(self, note_id: int) -> QWidget | None:
        from desktop.ui.notes.editor import NoteEditor
        from desktop.ui.notes.panel import push_session

        record = read_now(self, partial(self.services.notes.get, note_id))
        if record is None:
            return None
        editor = NoteEditor(self.services, self.bus, record, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the window owns it until closed
        editor.session_ended.connect(partial(push_session, self, self.undo_stack, self.services, self.bus))
        editor.show()
        return editor
