"""The Today page: overdue next steps first, then today's and this week's, planned visits,
stale deals and late-stage deals with gaps in their buying committee, money overdue and falling
due, invoices to issue. Each row opens what it names: a next step or a visit on its deal's page,
the committee of a deal at risk, a deal's Money tab, or the deal."""

from __future__ import annotations

import sys
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.amounts import format_fen
from desktop.domain.overview import TodayFirst, TodayItem, TodaySection
from desktop.services.container import Services
from desktop.services.today import FIRST_ROWS, SECTION_ORDER
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text, weekday_date_text
from desktop.ui.deals import texts
from desktop.ui.models import ID_ROLE
from desktop.ui.operations import run_query
from desktop.ui.today.step_actions import StepActions

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 20  # the row's TodayItem (None on a section heading)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 21  # the section of a heading row
COUNT_ROLE = Qt.ItemDataRole.UserRole + 22  # a heading's number of items in all
MORE_ROLE = Qt.ItemDataRole.UserRole + 23  # the section a "Show all" row expands
SECTION_COLORS = {
    TodaySection.OVERDUE: style.ERROR, TodaySection.DUE_TODAY: style.ACCENT, TodaySection.VISITS_TODAY: style.ACCENT,
    TodaySection.DUE_THIS_WEEK: style.MUTED, TodaySection.VISITS_THIS_WEEK: style.MUTED,
    TodaySection.STALE: style.WARNING, TodaySection.AT_RISK: style.WARNING, TodaySection.ON_HOLD_REVIEW: style.MUTED,
    TodaySection.MONEY_OVERDUE: style.ERROR, TodaySection.MONEY_DUE: style.SUCCESS,
    TodaySection.INVOICES_TO_ISSUE: style.WARNING,
}


class MoreRow(NamedTuple):
    """The last row of a section that shows only its first items: "Show all N"."""

    section: TodaySection
    count: int


class TodayModel(QAbstractListModel):
    """A flat list: a heading row per section that has items, then its items; a long section
    shows its first items and a "Show all" row (its heading says how many there are)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[TodaySection | TodayItem | MoreRow] = []
        self._counts: dict[TodaySection, int] = {}

    def set_items(self, items: list[TodayItem], counts: dict[TodaySection, int] | None = None) -> None:
        """The rows; `counts` (items per section in all) when `items` are only the first ones."""
        self.beginResetModel()
        self._rows = []
        self._counts = dict(counts or {})
        for item in items:
            if not self._rows or not isinstance(self._rows[-1], TodayItem) or self._rows[-1].section != item.section:
                if item.section not in self._rows:
                    self._close_section()
                    self._rows.append(item.section)
            self._rows.append(item)
        self._close_section()
        self.endResetModel()

    def _close_section(self) -> None:
        """A "Show all" row under the last section when it shows fewer items than it has."""
        if not self._rows or not isinstance(self._rows[-1], TodayItem):
            return
        section = self._rows[-1].section
        shown = sum(1 for r in self._rows if isinstance(r, TodayItem) and r.section == section)
        count = self._counts.get(section, shown)
        if count > shown:
            self._rows.append(MoreRow(section, count))

    def count_of(self, section: TodaySection) -> int:
        """Items of the section in all (shown or not)."""
        shown = sum(1 for r in self._rows if isinstance(r, TodayItem) and r.section == section)
        return max(self._counts.get(section, 0), shown)

    def items(self) -> list[TodayItem]:
        return [r for r in self._rows if isinstance(r, TodayItem)]

    def section_title(self, section: TodaySection) -> str:
        return {
            TodaySection.OVERDUE: self.tr("Overdue"),
            TodaySection.DUE_TODAY: self.tr("Due today"),
            TodaySection.VISITS_TODAY: self.tr("Visits today"),
            TodaySection.DUE_THIS_WEEK: self.tr("Due in the next 7 days"),
            TodaySection.VISITS_THIS_WEEK: self.tr("Visits in the next 7 days"),
            TodaySection.STALE: self.tr("Stale deals: too long in their stage"),
            TodaySection.AT_RISK: self.tr("Late-stage deals with gaps in the buying committee"),
            TodaySection.ON_HOLD_REVIEW: self.tr("On hold: time to look again"),
            TodaySection.MONEY_OVERDUE: self.tr("Money overdue: instalments past their due date"),
            TodaySection.MONEY_DUE: self.tr("Money due in the next 7 days"),
            TodaySection.INVOICES_TO_ISSUE: self.tr("Invoices to issue"),
        }[section]

    def detail(self, item: TodayItem) -> str:
        lang = texts.language()
        s = item.section
        if s == TodaySection.OVERDUE:
            return self.tr("%1 · due %2, %3 late").replace("%1", item.text).replace("%2", date_text(item.due)) \
                .replace("%3", texts.days_text(item.days))
        if s in (TodaySection.DUE_TODAY, TodaySection.DUE_THIS_WEEK):
            return item.text if s == TodaySection.DUE_TODAY else f"{date_text(item.due)} · {item.text}"
        if s in (TodaySection.VISITS_TODAY, TodaySection.VISITS_THIS_WEEK):
            when = item.when.strftime("%H:%M") if s == TodaySection.VISITS_TODAY else \
                f"{date_text(item.when.date())} {item.when.strftime('%H:%M')}"
            return " · ".join(p for p in (when, item.place, item.text) if p)
        if s == TodaySection.STALE:
            limit = item.stage.stale_after_days if item.stage else 0
            return self.tr("%1 in %2 (limit %3)").replace("%1", texts.days_text(item.days)) \
                .replace("%2", item.stage.name(lang) if item.stage else "").replace("%3", texts.days_text(limit or 0))
        if s in (TodaySection.MONEY_OVERDUE, TodaySection.MONEY_DUE, TodaySection.INVOICES_TO_ISSUE):
            return self.money_detail(item)
        if s == TodaySection.AT_RISK:
            stage = item.stage.name(lang) if item.stage else ""
            return f"{stage} · " + texts.gaps_words(item.gaps)
        return self.tr("Look again since %1").replace("%1", date_text(item.due))

    def money_detail(self, item: TodayItem) -> str:
        amount = format_fen(item.amount_fen, item.currency, texts.language())
        if item.section == TodaySection.MONEY_OVERDUE:
            return self.tr("%1 · %2 still to collect · due %3, %4 late").replace("%1", item.text) \
                .replace("%2", amount).replace("%3", date_text(item.due)).replace("%4", texts.days_text(item.days))
        if item.section == TodaySection.MONEY_DUE:
            return self.tr("%1 · %2 · due %3").replace("%1", item.text).replace("%2", amount) \
                .replace("%3", date_text(item.due))
        what = item.text or self.tr("the contract")
        return self.tr("%1 · invoice of %2").replace("%1", what).replace("%2", amount)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, TodaySection):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.section_title(row)
            if role == HEADING_ROLE:
                return row
            if role == COUNT_ROLE:
                return self.count_of(row)
            return None
        if isinstance(row, MoreRow):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Show all %1").replace("%1", str(row.count))
            if role == MORE_ROLE:
                return row.section
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.company} — {row.deal_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.detail(row)
        if role == ITEM_ROLE:
            return row
        if role == ID_ROLE:
            return row.opens[1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], TodaySection | MoreRow):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)


class TodayDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        if index.data(MORE_ROLE) is not None:
            return QSize(300, line + 14)
        return QSize(300, line + 22 if index.data(HEADING_ROLE) is not None else 2 * line + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = QRect(option.rect)
        heading = index.data(HEADING_ROLE)
        if index.data(MORE_ROLE) is not None:  # "Show all N": a link under the section's rows
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(rect, QColor(style.SELECTED_BG))
            painter.setPen(QColor(style.ACCENT))
            painter.drawText(rect.adjusted(16, 0, -16, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             index.data(Qt.ItemDataRole.DisplayRole))
            painter.restore()
            return
        if heading is not None:
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() + 1)
            painter.setFont(font)
            color = QColor(SECTION_COLORS[heading])
            painter.fillRect(QRect(rect.left() + 4, rect.bottom() - 4, 4, -(rect.height() - 14)), color)
            painter.setPen(color)
            left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(rect.adjusted(16, 10, -8, 0), left, index.data(Qt.ItemDataRole.DisplayRole))
            count = index.data(COUNT_ROLE)
            if count:  # how many the section holds, shown or not
                painter.setFont(option.font)
                painter.setPen(QColor(style.MUTED))
                right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                painter.drawText(rect.adjusted(16, 10, -16, 0), right, str(count))
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(style.SELECTED_BG))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(style.HOVER_BG))
        item: TodayItem = index.data(ITEM_ROLE)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(style.TEXT))
        top = QRect(rect.left() + 16, rect.top() + 6, rect.width() - 32, line)
        title = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, top.width()
        )
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)
        warns = item.section in (TodaySection.OVERDUE, TodaySection.AT_RISK, TodaySection.STALE,
                                 TodaySection.MONEY_OVERDUE)
        painter.setPen(QColor(SECTION_COLORS[item.section]) if warns else QColor(style.MUTED))
        detail = index.model().detail(item)  # type: ignore[attr-defined]
        second = top.translated(0, line + 2)
        painter.drawText(second, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, second.width()))
        painter.setPen(QColor(style.DIVIDER))
        painter.drawLine(rect.left() + 16, rect.bottom(), rect.right() - 16, rect.bottom())
        painter.restore()


class FirstRunHint(QFrame):
    """On an empty book: where to start (the first company), or a look at the demo book."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("first_run")
        self.setStyleSheet(style.panel("#first_run", style.SELECTED_BG))
        text = QLabel(self.tr(
            "Welcome to Dealbrief. Your book is empty: start with the first company you are "
            "working on (its people and deals follow), or open the demo book to look around "
            "first; it opens in a window of its own and leaves this book as it is."), self)
        text.setWordWrap(True)
        self.new_company = QPushButton(self.tr("Create the first company"), self)
        self.new_company.setObjectName("first_company")
        self.new_company.clicked.connect(page.first_company_requested)
        self.demo = QPushButton(self.tr("Open the demo book"), self)
        self.demo.setObjectName("open_demo")
        self.demo.clicked.connect(open_demo_book)
        self.guide = QPushButton(self.tr("Read the user guide"), self)
        self.guide.clicked.connect(page.guide_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.new_company, self.demo, self.guide):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)


def demo_command() -> tuple[str, list[str]]:
    """The command that starts Dealbrief on a fresh demo book (the bundle is its own program)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "desktop", "--demo"]


def open_demo_book() -> bool:
    from PySide6.QtCore import QProcess  # its enums are made when first used, not at start-up

    program, arguments = demo_command()
    return QProcess.startDetached(program, arguments)[0]


class TodayPage(QWidget):
    """Today's list; Enter or double-click opens what a row names (bus.open). A next step's row
    can be marked done or moved from here (the bar under the list, its context menu, keys)."""

    first_company_requested = Signal()  # the first-run hint's button: the window opens a new company
    guide_requested = Signal()
    FIRST_ROWS = FIRST_ROWS  # rows of a section shown before its "Show all"
    AT_RISK_SYNC = 100  # late-stage deals whose committees are read at once; more: thread pool

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None,
                 partner_reminders: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        # the window's shared stack (desktop/ui/undo.py): row actions push what they changed
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.partner_reminders = partner_reminders  # partners waiting for news (shown above the list)
        self._first = TodayFirst((), {})
        self._asked = 0  # reloads asked for: an at-risk answer for an older one is dropped
        self._expanded: set[TodaySection] = set()  # sections the seller asked to see whole
        self._painted = False
        self._at_risk_due: int | None = None  # the reload whose deals at risk are still to read
        self.heading = QLabel(self)
        self.heading.setObjectName("today_heading")
        self.heading.setStyleSheet(style.PAGE_TITLE)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(style.MUTED_TEXT)
        self.model = TodayModel(self)
        self.view = QListView(self)
        self.view.setObjectName("today_list")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TodayDelegate(self.view))
        self.view.setMouseTracking(True)
        self.view.setStyleSheet(style.CARD_LIST)
        self.view.activated.connect(self.open_index)
        self.view.doubleClicked.connect(self.open_index)
        self.empty_text = self.tr("Nothing due, nothing stuck. A good day to find new leads.")
        self.empty = QLabel(self.empty_text, self)
        self.empty.setObjectName("today_empty")
        # at the top under the heading (the heading stays put when the list is empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setWordWrap(True)
        self.first_run = FirstRunHint(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        if partner_reminders is not None:
            layout.addWidget(partner_reminders)
        layout.addWidget(self.first_run)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.step_actions = StepActions(services, bus, self.undo_stack, self.view,
                                        self.current_item, self)
        layout.addWidget(self.step_actions)
        self.view.selectionModel().currentChanged.connect(
            lambda _now, _before: self.step_actions.update_enabled())
        self.model.modelReset.connect(self.step_actions.update_enabled)
        bus.changed.connect(lambda kinds: self.reload() if kinds & {changes.DEALS, changes.STAGES, changes.NOTES,
                                                                      changes.COMPANIES, changes.MONEY} else None)
        self.reload()

    def current_item(self) -> TodayItem | None:
        index = self.view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def reload(self) -> None:
        """Each section's first rows and its count; deals at risk (every late-stage committee
        read) come from the thread pool when there are many; a section the seller asked to see
        whole is read whole."""
        today = self.services.today
        self._first = today.first(self.FIRST_ROWS, with_at_risk=False)
        self._asked += 1
        if today.late_deal_count() > self.AT_RISK_SYNC:
            self._at_risk_due = self._asked
            if self._painted:
                self._read_at_risk()
            self._show(None)
        else:
            self._show(today.at_risk(self.FIRST_ROWS))

    def _read_at_risk(self) -> None:
        """Deals at risk on the thread pool: from the page's first paint on (issue 20: at 10× the
        book it reads 2,000 committees, and started with the page it took the GIL and a CPU from
        the first frame's build and paint)."""
        asked, self._at_risk_due = self._at_risk_due, None
        if asked is not None and asked == self._asked:
            run_query(self, partial(self.services.today.at_risk, self.FIRST_ROWS),
                      lambda found: self._at_risk_read(asked, found))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:  # the first frame is on screen: deals at risk on the loop's next turn
            self._painted = True
            QTimer.singleShot(0, self, self._read_at_risk)

    def _at_risk_read(self, asked: int, found: tuple[list[TodayItem], int]) -> None:
        if asked == self._asked:  # not overtaken by a later reload
            self._show(found)

    def show_all(self, section: TodaySection) -> None:
        """Every item of a long section (its "Show all" row)."""
        self._expanded.add(section)
        self.reload()

    def _show(self, at_risk: tuple[list[TodayItem], int] | None) -> None:
        items = list(self._first.items)
        counts = dict(self._first.counts)
        if at_risk is not None:
            items += at_risk[0]
            counts[TodaySection.AT_RISK] = at_risk[1]
        if self._expanded:
            whole = [i for i in self.services.today.agenda() if i.section in self._expanded]
            items = [i for i in items if i.section not in self._expanded] + whole
        items.sort(key=lambda i: SECTION_ORDER.index(i.section))
        row = self.view.currentIndex().row()
        self.model.set_items(items, counts)
        if row >= 0 and self.model.rowCount():
            # after acting on a row the list changes under it: stay at the same height, on an item
            row = min(row, self.model.rowCount() - 1)
            if self.model.index(row).data(ITEM_ROLE) is None and row + 1 < self.model.rowCount():
                row += 1
            self.view.setCurrentIndex(self.model.index(row))
        today = self.services.clock().date()
        self.heading.setText(self.tr("Today") + f"  ·  {weekday_date_text(today, texts.language())}")
        count = self.model.count_of
        overdue = count(TodaySection.OVERDUE) + count(TodaySection.MONEY_OVERDUE)
        visits = count(TodaySection.VISITS_TODAY) + count(TodaySection.VISITS_THIS_WEEK)
        self.summary.setText(" · ".join((
            self.tr("%n overdue", "", overdue),
            self.tr("%n visit(s) planned this week", "", visits),
            self.tr("%n item(s) in all", "", sum(count(section) for section in TodaySection)))))
        empty_book = not items and self.services.today.company_count() == 0
        self.first_run.setVisible(empty_book)
        # the (empty) line under the hint takes the room left, so nothing floats mid-screen
        self.empty.setText("" if empty_book else self.empty_text)
        self.empty.setVisible(not items)
        self.view.setVisible(bool(items))
        self.step_actions.setVisible(bool(items))

    def open_index(self, index: QModelIndex) -> None:
        section = index.data(MORE_ROLE)
        if section is not None:
            self.show_all(section)
            return
        item = index.data(ITEM_ROLE)
        if item is not None:
            kind, record_id = item.opens
            self.bus.open(kind, record_id)
