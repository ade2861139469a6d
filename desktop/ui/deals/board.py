"""The board: one column per open stage, a strip for won, lost and on hold; cards move by drag
and drop, by Ctrl+Shift+Right/Left, or by the card's "Move to" menu."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contracts import MoneySummary
from desktop.domain.deals import StageKind, StageRecord
from desktop.domain.money import format_fen
from desktop.domain.overview import DealOverview
from desktop.ui import style
from desktop.ui.dates import date_text
from desktop.ui.deals import texts
from desktop.ui.deals.models import OVERVIEW_ROLE, BoardColumnModel
from desktop.ui.messages import label_text
from desktop.ui.models import ID_ROLE, WordFilterProxy

RED = QColor(style.ERROR)
AMBER = QColor(style.WARNING)
MUTED = QColor(style.MUTED)
GREEN = QColor(style.SUCCESS)
CARD_BG = QColor(style.CARD_BG)
BORDER = QColor(style.CARD_BORDER)
SELECTED = QColor(style.ACCENT)
COLUMN_BG = style.COLUMN_BG


class CardDelegate(QStyledItemDelegate):
    """Paints a deal card: company, title, amount and days in stage, warnings, next step."""

    PAD = 8

    def __init__(self, compact: bool = False, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.compact = compact
        self.money: dict[int, MoneySummary] = {}  # deal id → contract and collected (won cards)

    def _line(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 3

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        o: DealOverview | None = index.data(OVERVIEW_ROLE)
        step = 1 if o and o.next_step else 0
        if self.compact:
            lines = 2 + (1 if o and self.closed_line(o)[0] else 0)
        else:
            lines = 3 + (1 if o and o.gaps else 0) + step
        return QSize(160, lines * self._line(option) + 2 * self.PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        o: DealOverview | None = index.data(OVERVIEW_ROLE)
        if o is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRect(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card, 6, 6)
        painter.fillPath(path, CARD_BG)
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.drawPath(path)
        if o.stale or o.overdue:
            painter.fillRect(QRect(card.left() + 1, card.top() + 6, 3, card.height() - 12), RED)
        inner = card.adjusted(self.PAD + 2, self.PAD - 2, -self.PAD, -self.PAD)
        line = self._line(option)
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        bold = QFont(base)
        bold.setBold(True)
        y = inner.top()

        def text(value: str, font: QFont, color: QColor, rect: QRect,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
            painter.setFont(font)
            painter.setPen(color)
            elided = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

        amount = texts.money(o.deal.amount, o.deal.currency)
        if self.compact:
            text(o.deal.title, bold, QColor(style.TEXT), QRect(inner.left(), y, inner.width(), line))
            y += line
            extra = o.deal.company_name
            colour, room = QColor(style.TEXT), 80
            collected = self.money.get(o.id) if o.status == StageKind.WON else None
            if collected is not None:  # a won deal with a contract: money collected of the contract
                amount = self.collected_text(collected)
                colour = RED if collected.overdue_fen else GREEN if not collected.outstanding_fen else colour
                painter.setFont(base)
                room = min(inner.width() - 40, painter.fontMetrics().horizontalAdvance(amount) + 8)
            text(
                amount,
                base,
                colour,
                QRect(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignRight,
            )
            text(extra, small, MUTED, QRect(inner.left(), y, inner.width() - room, line))
            y += line
            words, red = self.closed_line(o)
            if words:
                text(words, small, RED if red else MUTED, QRect(inner.left(), y, inner.width(), line))
            painter.restore()
            return
        text(o.deal.company_name, small, MUTED, QRect(inner.left(), y, inner.width(), line))
        y += line
        text(o.deal.title, bold, QColor(style.TEXT), QRect(inner.left(), y, inner.width(), line))
        y += line
        days = texts.days_text(o.days_in_stage)
        painter.setFont(small)
        days_w = painter.fontMetrics().horizontalAdvance(days) + 12
        text(amount, base, QColor(style.TEXT), QRect(inner.left(), y, inner.width() - days_w, line))
        badge = QRect(inner.right() - days_w + 2, y + 2, days_w - 2, line - 4)
        if o.stale:
            pill = QPainterPath()
            pill.addRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.fillPath(pill, QColor(style.ALERT_BG))
        text(days, small, RED if o.stale else MUTED, badge, Qt.AlignmentFlag.AlignCenter)
        y += line
        if o.gaps:
            words = texts.gap_words(o.gaps[0])
            if len(o.gaps) > 1:
                words = f"(+{len(o.gaps) - 1}) {words}"
            text("▲ " + words, small, AMBER, QRect(inner.left(), y, inner.width(), line))
            y += line
        if o.next_step:
            text(self.step_text(o), small, RED if o.overdue else MUTED, QRect(inner.left(), y, inner.width(), line))
        painter.restore()

    def closed_line(self, o: DealOverview) -> tuple[str, bool]:
        """The third line of a won, lost or on-hold card, and whether it is a warning: a next
        step still to do (a won deal has the last payment to collect), else the date to look
        again at a deal on hold, or why a deal was lost."""
        if o.next_step:
            return self.step_text(o), o.overdue
        if o.status == StageKind.ON_HOLD and o.deal.on_hold_until:
            return self.tr("Look again %1").replace("%1", date_text(o.deal.on_hold_until)), False
        if o.status == StageKind.LOST:
            words = texts.lost_words(o)
            return (f"✕ {words}" if words else ""), False
        return "", False

    @staticmethod
    def collected_text(m: MoneySummary) -> str:
        """'¥5万 / ¥32万': collected of the contract amount."""
        lang = texts.language()
        return f"{format_fen(m.collected_fen, m.currency, lang, compact=True)} / " \
               f"{format_fen(m.contract_fen, m.currency, lang, compact=True)}"

    @staticmethod
    def step_text(o: DealOverview) -> str:
        due = date_text(o.next_step.due) if o.next_step else ""
        text = o.next_step.text if o.next_step else ""
        return f"→ {due} {text}" if due else f"→ {text}"


class StageColumn(QFrame):
    """A header (stage, count, weighted amount) over a list of cards of one stage. A column may
    hold only a page of its deals (the largest of an open stage, the latest of a closed one): its
    header counts and adds up them all, and "Show more" asks for the next page."""

    more_requested = Signal(int)  # stage id

    def __init__(self, stage: StageRecord, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"column_{stage.key}")
        self.setStyleSheet(style.panel("StageColumn", COLUMN_BG, style.COLUMN_RADIUS))
        self.model = BoardColumnModel(stage, self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self)
        self.title.setStyleSheet(style.BOLD)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(style.MUTED_TEXT)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName(f"more_{stage.key}")
        self.more_button.setFlat(True)
        self.more_button.setStyleSheet(style.LINK_BUTTON)
        self.more_button.hide()
        self.more_button.clicked.connect(lambda: self.more_requested.emit(self.model.stage.id))
        self._total: tuple[int, int, float] | None = None  # (deals, amount, weighted): a page
        self.view = QListView(self)
        self.view.setObjectName(f"cards_{stage.key}")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CardDelegate(compact, self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setStyleSheet(style.BARE_LIST)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(2)
        if compact:
            head = QHBoxLayout()
            head.addWidget(self.title, 1)
            head.addWidget(self.summary)
            head.addWidget(self.more_button)
            layout.addLayout(head)
        else:
            layout.addWidget(self.title)
            layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        if not compact:
            layout.addWidget(self.more_button)
        self.set_stage(stage)

    def set_stage(self, stage: StageRecord) -> None:
        self.model.stage = stage
        self.title.setToolTip(stage.milestone(texts.language()))

    def set_deals(self, deals: list[DealOverview], total: tuple[int, int, float] | None = None) -> None:
        """The column's cards; `total` (every deal of the stage, their amount, weighted) when
        `deals` are only a page of them."""
        self.model.set_deals(deals)
        self._total = total
        stage = self.model.stage
        count, total_amount, weighted = total or (
            len(deals), sum(o.deal.amount or 0 for o in deals), sum(o.weighted for o in deals))
        left = count - len(deals)
        self.more_button.setVisible(left > 0)
        self.more_button.setText(self.tr("Show more (%1 not shown)").replace("%1", str(left)))
        self.more_button.setToolTip(self.tr("The largest deals are shown first") if stage.kind == StageKind.OPEN
                                    else self.tr("The latest deals are shown first"))
        self.title.setText(f"{stage.name(texts.language())}  ({count})")
        if stage.kind == StageKind.OPEN:
            self.summary.setText(self.tr("%1 weighted").replace("%1", texts.money(weighted)))
            self.summary.setToolTip(
                self.tr("Total %1; weighted by probability %2%")
                .replace("%1", texts.money(total_amount))
                .replace("%2", str(stage.probability))
            )
        else:
            self.summary.setText(texts.money(total_amount) if count else "")

    def add_deals(self, more: list[DealOverview]) -> None:
        """The next page, under the cards already shown (a deal already there is not doubled)."""
        have = {o.id for o in self.model.deals()}
        self.set_deals(self.model.deals() + [o for o in more if o.id not in have], self._total)

    def paged(self) -> bool:
        """Whether the column holds a page of its stage (its header counts from the book)."""
        return self._total is not None

    def missing(self) -> int:
        """Deals of the stage not loaded (a long column)."""
        return self._total[0] - self.model.rowCount() if self._total else 0


class BoardView(QWidget):
    """All columns; signals ask the page to open or move a deal (it does the saving)."""

    open_requested = Signal(int)  # deal id
    move_requested = Signal(int, int)  # deal id, stage id
    more_requested = Signal(int)  # stage id: the next page of a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: dict[int, StageColumn] = {}
        self.stages: list[StageRecord] = []
        self._open_row = QHBoxLayout()
        self._open_row.setSpacing(8)
        self._closed_row = QHBoxLayout()
        self._closed_row.setSpacing(8)
        holder = QWidget(self)
        holder.setLayout(self._open_row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self._closed_holder = QWidget(self)
        self._closed_holder.setLayout(self._closed_row)
        # room for a closed deal's card with its next step: header and three lines of text
        self._closed_holder.setFixedHeight(5 * (self.fontMetrics().height() + 3) + 34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._closed_holder)
        for key, delta in (("Ctrl+Shift+Right", 1), ("Ctrl+Shift+Left", -1)):
            shortcut = QShortcut(QKeySequence(key), self, lambda d=delta: self.move_selected(d))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_stages(self, stages: list[StageRecord]) -> None:
        """Rebuild the columns when the pipeline changed (order, names, stages added or removed)."""
        if [(s.id, s.kind) for s in stages] == [(s.id, s.kind) for s in self.stages]:
            for s in stages:
                self.columns[s.id].set_stage(s)
            self.stages = list(stages)
            return
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns.clear()
        self.stages = list(stages)
        for stage in stages:
            compact = stage.kind != StageKind.OPEN
            column = StageColumn(stage, compact, self)
            column.setMinimumWidth(165 if not compact else 150)
            column.model.move_requested.connect(self.move_requested)
            column.more_requested.connect(self.more_requested)
            column.view.doubleClicked.connect(self._open_index)
            column.view.activated.connect(self._open_index)
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._menu(c, pos))
            column.view.selectionModel().currentChanged.connect(lambda cur, _p, c=column: self._focus_column(c, cur))
            (self._closed_row if compact else self._open_row).addWidget(column, 1)
            self.columns[stage.id] = column

    def set_deals(self, deals: list[DealOverview],
                  pages: dict[int, tuple[list[DealOverview], tuple[int, int, float]]] | None = None) -> None:
        """Cards by stage, largest first; `pages` gives the columns loaded a page at a time
        (in the order read, with the stage's count and totals)."""
        keep = self.selected_deal_id()
        pages = pages or {}
        by_stage: dict[int, list[DealOverview]] = {s.id: [] for s in self.stages}
        for o in sorted(deals, key=lambda o: (-(o.deal.amount or 0), o.id)):
            if o.stage.id in by_stage and o.stage.id not in pages:
                by_stage[o.stage.id].append(o)
        for stage_id, column in self.columns.items():
            if stage_id in pages:
                column.set_deals(*pages[stage_id])
            else:
                column.set_deals(by_stage[stage_id])
        if keep is not None:
            self.select_deal(keep)

    def set_money(self, summaries: dict[int, MoneySummary]) -> None:
        """Won cards show money collected of the contract (set before set_deals)."""
        for column in self.columns.values():
            column.view.itemDelegate().money = summaries  # type: ignore[attr-defined]

    def set_filter_text(self, text: str) -> None:
        for column in self.columns.values():
            column.proxy.set_filter_text(text)

    def shown_deals(self) -> list[DealOverview]:
        """The deals the columns show (the filter applied)."""
        shown = []
        for column in self.columns.values():
            deals = column.model.deals()
            for row in range(column.proxy.rowCount()):
                shown.append(deals[column.proxy.mapToSource(column.proxy.index(row, 0)).row()])
        return shown

    def column_of(self, deal_id: int) -> StageColumn | None:
        return next((c for c in self.columns.values() if c.model.row_of(deal_id) is not None), None)

    def select_deal(self, deal_id: int) -> bool:
        column = self.column_of(deal_id)
        if column is None:
            return False
        index = column.proxy.mapFromSource(column.model.index(column.model.row_of(deal_id)))
        if not index.isValid():
            return False
        column.view.setFocus()
        column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.view.scrollTo(index)
        return True

    def selected_deal_id(self) -> int | None:
        for column in self.columns.values():
            index = column.view.currentIndex()
            if index.isValid() and column.view.selectionModel().isSelected(index):
                return index.data(ID_ROLE)
        return None

    def _focus_column(self, column: StageColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().clearSelection()

    def move_selected(self, delta: int) -> None:
        """Move the selected card to the next (+1) or previous (-1) stage of the board."""
        deal_id = self.selected_deal_id()
        column = self.column_of(deal_id) if deal_id is not None else None
        if column is None:
            return
        ids = [s.id for s in self.stages]
        target = ids.index(column.model.stage.id) + delta
        if 0 <= target < len(ids):
            self.move_requested.emit(deal_id, ids[target])

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def _menu(self, column: StageColumn, pos) -> None:  # noqa: ANN001
        index = column.view.indexAt(pos)
        if index.isValid():
            self.card_menu(column, index.data(ID_ROLE)).exec(column.view.viewport().mapToGlobal(pos))

    def card_menu(self, column: StageColumn, deal_id: int) -> QMenu:
        """A card's menu: open it, move it one stage on or back (the keyboard's shortcuts are
        shown there), or to any stage."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(deal_id))
        ids = [s.id for s in self.stages]
        here = ids.index(column.model.stage.id)
        for text, key, delta in (
            (self.tr("Move to the next stage"), "Ctrl+Shift+Right", 1),
            (self.tr("Move to the previous stage"), "Ctrl+Shift+Left", -1),
        ):
            action = QAction(text, menu)
            action.setShortcut(QKeySequence(key))
            action.setEnabled(0 <= here + delta < len(ids))
            if action.isEnabled():
                action.triggered.connect(lambda _=False, s=ids[here + delta]: self.move_requested.emit(deal_id, s))
            menu.addAction(action)
        move = menu.addMenu(self.tr("Move to"))
        for stage in self.stages:
            action = QAction(label_text(stage.name(texts.language())), move)
            action.setEnabled(stage.id != column.model.stage.id)
            action.triggered.connect(lambda _=False, s=stage.id: self.move_requested.emit(deal_id, s))
            move.addAction(action)
        return menu
