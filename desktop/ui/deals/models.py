"""Item models of the deals area: a board column, the deals list, a committee, stage history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain.deals import RoleRecord, StageChangeRecord, StageRecord, StakeholderRecord
from desktop.domain.folding import fold
from desktop.domain.language import is_chinese
from desktop.domain.overview import DealOverview
from desktop.ui import style
from desktop.ui.dates import date_text
from desktop.ui.deals import texts
from desktop.ui.models import ID_ROLE, SEARCH_ROLE, SORT_ROLE, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
DEAL_MIME = "application/x-dealbrief-deal"
OVERVIEW_ROLE = Qt.ItemDataRole.UserRole + 10  # the row's DealOverview, for the card painter


def deal_search_text(o: DealOverview) -> str:
    d = o.deal
    return fold(" ".join((d.company_name, d.title, d.competitors, d.lead_source, o.stage.name_en,
                          o.stage.name_zh, o.next_step.text if o.next_step else "")))


class BoardColumnModel(QAbstractListModel):
    """The deals of one stage as cards; dragging a card out and dropping one in.

    A drop does not change rows itself: it asks (after the drag ends) for the deal to be moved,
    and the page reloads every column from the book once the move is saved.
    """

    move_requested = Signal(int, int)  # deal id, this column's stage id

    def __init__(self, stage: StageRecord, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.stage = stage
        self._rows: list[DealOverview] = []

    def set_deals(self, deals: list[DealOverview]) -> None:
        self.beginResetModel()
        self._rows = list(deals)
        self.endResetModel()

    def deals(self) -> list[DealOverview]:
        return list(self._rows)

    def row_of(self, deal_id: int) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o.id == deal_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{o.deal.company_name} — {o.deal.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [o.deal.company_name, o.deal.title, texts.money(o.deal.amount, o.deal.currency)]
            lines += [texts.gap_words(g) for g in o.gaps]
            if o.next_step:
                due = date_text(o.next_step.due)
                lines.append(f"→ {due} {o.next_step.text}" if due else f"→ {o.next_step.text}")
            return "\n".join(line for line in lines if line)
        if role == ID_ROLE:
            return o.id
        if role == OVERVIEW_ROLE:
            return o
        if role == SEARCH_ROLE:
            return deal_search_text(o)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DEAL_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = [str(self._rows[i.row()].id) for i in indexes if i.isValid()]
        mime.setData(DEAL_MIME, QByteArray(",".join(ids[:1]).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802, E501
        return data.hasFormat(DEAL_MIME) and not parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802, E501
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(DEAL_MIME).data()).decode()
        if not raw.isdigit():
            return False
        deal_id = int(raw)
        if self.row_of(deal_id) is not None:
            return False
        # After the drag's own event loop has ended, so no view is holding stale rows.
        QTimer.singleShot(0, lambda: self.move_requested.emit(deal_id, self.stage.id))
        return True


class DealTableModel(RecordTableModel):
    """The deals list: one row per deal, sortable by every column (numbers sort as numbers)."""

    (COMPANY, TITLE, STAGE, AMOUNT, PROBABILITY, WEIGHTED, DAYS, EXPECTED_CLOSE, NEXT_STEP, DUE,
     GAPS) = range(11)

    def headers(self) -> list[str]:
        return [
            self.tr("Company"), self.tr("Deal"), self.tr("Stage"), self.tr("Amount"),
            self.tr("Probability"), self.tr("Weighted"), self.tr("Days in stage"),
            self.tr("Expected close"), self.tr("Next step"), self.tr("Due"), self.tr("Gaps"),
        ]

    def value(self, o: DealOverview, column: int) -> Any:
        step = o.next_step
        return (
            o.deal.company_name, o.deal.title, o.stage.name(texts.language()), o.deal.amount,
            o.probability, o.weighted, o.days_in_stage, o.deal.expected_close,
            step.text if step else "", step.due if step else None, len(o.gaps),
        )[column]

    def search_text(self, o: DealOverview) -> str:
        return deal_search_text(o)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        o: DealOverview = self.record(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.AMOUNT:
                return texts.money(o.deal.amount, o.deal.currency)
            if col == self.WEIGHTED:
                return texts.money(o.weighted, o.deal.currency)
            if col == self.DUE:
                return date_text(o.next_step.due if o.next_step else None)
            if col == self.PROBABILITY:
                # an overridden probability is marked, so the seller sees it is their own
                mark = "" if o.deal.probability_override is None or o.status != "open" else " *"
                return f"{o.probability}%{mark}"
            if col == self.EXPECTED_CLOSE:
                return date_text(o.deal.expected_close)
            if col == self.GAPS:
                return texts.gaps_words(o.gaps)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.GAPS:
            return "\n".join(texts.gap_words(g) for g in o.gaps)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PROBABILITY and o.deal.probability_override is not None:
            return self.tr("Set on this deal; the stage says %1%").replace("%1", str(o.stage.probability))
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == self.DAYS and o.stale) or (col in (self.NEXT_STEP, self.DUE) and o.overdue):
                return QColor(style.ERROR)
        numeric = (self.AMOUNT, self.PROBABILITY, self.WEIGHTED, self.DAYS)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OVERVIEW_ROLE:
            return o
        if role == SORT_ROLE:
            if col == self.STAGE:
                # won, lost and on hold sort below every open stage: latest open stage first
                # (the list's default, descending), closed deals at the end
                return o.stage.position if o.status == "open" else o.stage.position - 1000
            if col == self.DUE:
                due = o.next_step.due if o.next_step else None
                return due.toordinal() if due else 10**7
            if col == self.EXPECTED_CLOSE:
                close = o.deal.expected_close
                return close.toordinal() if close else 10**7
            if col in (self.AMOUNT, self.WEIGHTED):
                return float(self.value(o, col) or 0)
        return super().data(index, role)


class StakeholderTableModel(RecordTableModel):
    """A deal's buying committee."""

    NAME, ROLES, STANCE, INFLUENCE, MET, CARES = range(6)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.roles: dict[int, RoleRecord] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Roles"),
            self.tr("Stance"),
            self.tr("Influence"),
            self.tr("Met"),
            self.tr("Cares about"),
        ]

    def set_roles(self, roles: list[RoleRecord]) -> None:
        self.roles = {r.id: r for r in roles}

    def role_names(self, p: StakeholderRecord) -> str:
        lang = texts.language()
        sep = "、" if is_chinese(lang) else ", "
        return sep.join(self.roles[r].name(lang) for r in p.role_ids if r in self.roles)

    def value(self, p: StakeholderRecord, column: int) -> Any:
        if column == self.MET:
            return date_text(p.last_met) if p.last_met else (self.tr("Yes") if p.met else self.tr("Not yet"))
        name = f"{p.name} · {p.title}" if p.title else p.name
        return (
            name,
            self.role_names(p),
            texts.stance_text(p.stance),
            texts.influence_text(p.influence),
            None,
            p.cares_about,
        )[column]

    def search_text(self, p: StakeholderRecord) -> str:
        return " ".join((p.name, p.title, p.cares_about))


class HistoryTableModel(RecordTableModel):
    """A deal's stage changes, newest first."""

    WHEN, FROM, TO, STAYED, COMMENT = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        self.stages: dict[int, StageRecord] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Days in previous stage"), self.tr("Comment")]

    def set_history(self, changes: list[StageChangeRecord], stages: list[StageRecord]) -> None:
        self.stages = {s.id: s for s in stages}
        self.set_records(list(reversed(changes)))

    def value(self, c: StageChangeRecord, column: int) -> Any:
        lang = texts.language()

        def name(stage_id: int | None) -> str:
            stage = self.stages.get(stage_id)
            return stage.name(lang) if stage else ("" if stage_id is None else "?")

        return (
            c.changed_at.strftime("%Y-%m-%d %H:%M"),
            name(c.from_stage_id) or self.tr("(new deal)"),
            name(c.to_stage_id),
            texts.days_text(c.days_in_previous) if c.days_in_previous is not None else "",
            c.comment,
        )[column]

    def search_text(self, c: StageChangeRecord) -> str:
        return c.comment
