"""The Deals page: board or list of every deal, and the deal page when one is opened."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import StageKind
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.deals import texts
from desktop.ui.deals.board import BoardView
from desktop.ui.deals.deal_view import DealView
from desktop.ui.deals.dialogs import MoveDialog, needs_dialog
from desktop.ui.deals.models import DealTableModel
from desktop.ui.models import ID_ROLE, WordFilterProxy, filter_words
from desktop.ui.operations import read_now, run_op, run_query
from desktop.ui.security.exports import Agreed
from desktop.ui.undo import push_write


class DealsPage(QWidget):
    BOARD, LIST, DEAL = range(3)
    CLOSED_PAGE = 30  # won, lost or on-hold cards read at a time
    OPEN_PAGE = 50  # cards of an open stage read at a time
    LIST_SYNC_LIMIT = 3000  # more deals than this: the list is read on the thread pool

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None,
                 *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus, self.undo_stack = services, bus, undo_stack
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by company, deal, competitor, next step… (Ctrl+F)"))
        self.board_button = QPushButton(self.tr("Board"), self)
        self.list_button = QPushButton(self.tr("List"), self)
        group = QButtonGroup(self)
        for i, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            group.addButton(button, i)
        self.board_button.setChecked(True)
        group.idClicked.connect(self.show_view)
        new = QPushButton(self.tr("New deal"), self)
        new.clicked.connect(self.new_record)
        self.pipeline_action = QAction(self.pipeline_text(), self)
        self.pipeline_action.triggered.connect(self.edit_pipeline)
        pipeline = QPushButton(self.tr("Pipeline…"), self)
        pipeline.clicked.connect(self.edit_pipeline)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(style.MUTED_TEXT)
        self.outstanding_button = QPushButton(self.tr("Money outstanding"), self)
        self.outstanding_button.setObjectName("money_outstanding")
        self.outstanding_button.setCheckable(True)
        self.outstanding_button.setToolTip(self.tr("Only deals whose contract still waits for money"))
        self.outstanding_button.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.outstanding_button)
        top.addWidget(self.summary)
        top.addWidget(new)
        top.addWidget(pipeline)
        self.toolbar = QWidget(self)
        self.toolbar.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)

        self.board = BoardView(self)
        self.board.setObjectName("board")
        self.board.open_requested.connect(self.open_record)
        self.board.move_requested.connect(self.move_deal)
        self.model = DealTableModel(self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("deal_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DealTableModel.STAGE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(30)  # measure a sample, not 2,000 deals
        self.table.activated.connect(lambda i: self.open_record(i.data(ID_ROLE)))
        self.table.doubleClicked.connect(lambda i: self.open_record(i.data(ID_ROLE)))
        self.deal_view = DealView(services, bus, self, undo_stack, agreed=agreed)
        self.deal_view.back_requested.connect(lambda: self.show_view(self._last_view))
        self.deal_view.delete_requested.connect(self.delete_deal)
        self.stack = QStackedWidget(self)
        for widget in (self.board, self.table, self.deal_view):
            self.stack.addWidget(widget)
        self._last_view = self.BOARD
        self._listed: Callable[[], list] | None = None  # the list's read, until it is shown
        self._deal_count = 0
        self._shown: dict[int, int] = {}  # stage id → cards the seller asked for ("Show more")
        self._pinned: set[int] = set()  # deals the seller moved: shown wherever they land
        self._open_total = (0, 0.0)  # open deals, their weighted amount (all of them)
        self._open_matching: tuple[int, float] | None = None  # those the filter finds in the book
        self._words: list[str] = []  # the filter typed
        self.board.more_requested.connect(self.show_more)
        self.filter_edit.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.board, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_row = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete_row.setContext(Qt.ShortcutContext.WidgetShortcut)
        bus.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def pipeline_text() -> str:
        """The pipeline editor's menu text (the main window shows it before this page exists)."""
        return QCoreApplication.translate("DealsPage", "Pipeline, &roles and lost reasons…")

    # --- data
    def reload(self) -> None:
        money = self.services.money.summaries()
        stages = self.services.pipeline.stages()
        pages: dict[int, tuple[list, tuple[int, int, float]]] | None = None
        if self.outstanding_button.isChecked():
            owing = [d for d, m in money.items() if m.outstanding_fen > 0]
            deals = self.services.deals.list(deal_ids=owing)
            read_list = partial(self.services.deals.list, deal_ids=owing)
            self._deal_count = len(deals)
            whole = [o for o in deals if o.status == "open"]
            self._open_total = (len(whole), sum(o.weighted for o in whole))
            self._open_matching = None  # the cards are all there: the columns' filter counts
        else:
            # Each column a page at a time (open stages the largest first, closed ones the
            # latest first), with the stage's count and totals read from an index; with a
            # filter typed, the pages and totals of the deals matching it, found in the book.
            deals = []
            pages = self._read_columns(stages)
            totals = ({sid: total for sid, (_page, total) in pages.items()} if not self._words
                      else {st.id: self.services.deals.stage_total(
                          st.id, weighted=st.kind == StageKind.OPEN) for st in stages})
            read_list = self.services.deals.list
            self._deal_count = sum(t[0] for t in totals.values())
            self._open_total = self._open_sum(stages, totals)
            self._open_matching = self._open_sum(stages, {sid: t for sid, (_p, t) in pages.items()})
        self.board.set_stages(stages)
        self.board.set_money(money)
        self.board.set_deals(deals, pages)
        # The list (all deals, years of closed ones) is read when it is shown, not behind the
        # board: reading, sorting and sizing 2,000 rows nobody sees cost more than the board.
        self._listed = read_list
        if self.stack.currentIndex() == self.LIST:
            self._fill_list()
        self._update_summary()
        if self.stack.currentIndex() == self.DEAL and self.deal_view.deal and self.deal_view.deal.id:
            if not self.deal_view.dirty:
                if read_now(self, partial(self.deal_view.show_deal, self.deal_view.deal.id)) is None:
                    self.show_view(self._last_view)
            else:
                self.deal_view.refresh_related()

    def _read_columns(self, stages: list) -> dict[int, tuple[list, tuple[int, int, float]]]:
        """Each column's page (as many cards as the seller asked for) and its stage's totals:
        of the deals matching the filter when one is typed."""
        pages = self.services.deals.board_columns(
            [(st.id, self._shown.get(st.id, self._page_size(st)), st.kind == StageKind.OPEN)
             for st in stages], self._words or None)
        self._pin(pages)
        return pages

    @staticmethod
    def _open_sum(stages: list, totals: dict[int, tuple[int, int, float]]) -> tuple[int, float]:
        """(deals, weighted amount) of the open stages."""
        open_totals = [totals[st.id] for st in stages if st.kind == StageKind.OPEN and st.id in totals]
        return sum(t[0] for t in open_totals), sum(t[2] for t in open_totals)

    def _fill_list(self) -> None:
        """Read every deal into the list: on the thread pool when the book holds many."""
        if self._listed is None:
            return
        read, self._listed = self._listed, None
        if self._deal_count > self.LIST_SYNC_LIMIT:
            run_query(self, read, self._list_read)
        else:
            self._list_read(read())

    def _list_read(self, deals: list) -> None:
        self.model.set_records(deals)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # long next steps must not push Gaps away
            header.resizeSection(column, min(header.sectionSize(column), 240))

    def _page_size(self, stage) -> int:  # noqa: ANN001
        return self.OPEN_PAGE if stage.kind == StageKind.OPEN else self.CLOSED_PAGE

    def _read_page(self, stage, offset: int, limit: int) -> list:  # noqa: ANN001
        """A page of a column: an open stage's largest deals first, a closed one's latest (of
        those matching the filter when one is typed)."""
        return self.services.deals.stage_page(stage.id, offset, limit,
                                              largest_first=stage.kind == StageKind.OPEN,
                                              words=self._words or None)

    def _pin(self, pages: dict[int, tuple[list, tuple[int, int, float]]]) -> None:
        """A deal the seller moved stays in sight where it landed, even past its column's page
        (a small deal dragged into a long open column)."""
        if not self._pinned:
            return
        for o in self.services.deals.list(deal_ids=list(self._pinned)):
            page = pages.get(o.stage.id)
            if page is not None and all(p.id != o.id for p in page[0]):
                page[0].append(o)

    def show_more(self, stage_id: int) -> None:
        """The next page of a column."""
        column = self.board.columns[stage_id]
        stage = column.model.stage
        read = self._shown.get(stage_id, self._page_size(stage))
        more = self._read_page(stage, read, self._page_size(stage))
        self._shown[stage_id] = read + len(more)
        column.add_deals(more)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.DEALS, changes.STAGES, changes.COMPANIES, changes.CONTACTS, changes.MONEY}:
            self.reload()

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.board.set_filter_text(text)
        words = filter_words(text)
        if words == self._words:
            return
        self._words = words
        self._shown.clear()  # each column from its first page again
        if self._open_matching is None:  # money outstanding: every card is there already
            self._update_summary()
            return
        stages = self.board.stages
        pages = self._read_columns(stages)
        self.board.set_deals([], pages)
        self._open_matching = self._open_sum(stages, {sid: t for sid, (_p, t) in pages.items()})
        self._update_summary()

    def _update_summary(self) -> None:
        """Open deals and their weighted value: those the filter shows, out of all."""
        total, all_weighted = self._open_total
        if not self._words:
            shown, weighted = total, all_weighted
        elif self._open_matching is not None:
            shown, weighted = self._open_matching
        else:
            open_deals = [o for o in self.board.shown_deals() if o.status == "open"]
            shown, weighted = len(open_deals), sum(o.weighted for o in open_deals)
        if shown == total:
            text = self.tr("%1 open · %2 weighted").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 open · %3 weighted").replace("%1", str(shown)).replace(
                "%2", str(total)).replace("%3", texts.money(weighted))
        self.summary.setText(text.replace("%2", texts.money(weighted)))

    # --- navigation
    def show_view(self, which: int) -> None:
        if self.stack.currentIndex() == self.DEAL and which != self.DEAL and not self.deal_view.maybe_keep_edits():
            return
        if which != self.DEAL:
            self._last_view = which
            (self.board_button if which == self.BOARD else self.list_button).setChecked(True)
        self.toolbar.setVisible(which != self.DEAL)
        if which == self.LIST:
            self._fill_list()
        self.stack.setCurrentIndex(which)

    def open_record(self, deal_id: int) -> None:
        """Show one deal's page (used by the board, the list, Today and bus.open("deal", id))."""
        if self.stack.currentIndex() == self.DEAL and not self.deal_view.maybe_keep_edits():
            return
        if read_now(self, partial(self.deal_view.show_deal, deal_id)) is not None:
            self.show_view(self.DEAL)

    def _open_on_tab(self, deal_id: int | None, tab: QWidget, record_id: int | None = None) -> bool:
        if deal_id is None:
            return False
        self.open_record(deal_id)
        deal = self.deal_view.deal
        if self.stack.currentIndex() != self.DEAL or deal is None or deal.id != deal_id:
            return False  # the seller kept editing another deal, or this one is gone
        self.deal_view.show_tab(tab, record_id)
        return True

    def open_next_step(self, step_id: int) -> bool:
        """Show a next step on its deal's page (Today's next-step rows)."""
        step = read_now(self, partial(self.services.deals.next_step, step_id))
        if step is None:
            return False
        return self._open_on_tab(step.deal_id, self.deal_view.next_steps_panel, step_id)

    def open_visit(self, visit_id: int) -> bool:
        """Show a planned visit on its deal's page (Today's visit rows)."""
        visit = read_now(self, partial(self.services.deals.visit, visit_id))
        if visit is None:
            return False
        return self._open_on_tab(visit.deal_id, self.deal_view.visits_panel, visit_id)

    def open_committee(self, deal_id: int) -> bool:
        """Show a deal's buying committee and its gaps (Today's at-risk rows)."""
        return self._open_on_tab(deal_id, self.deal_view.committee_tab)

    def open_money(self, deal_id: int) -> bool:
        """Show a deal's Money tab (Today's collections and invoices to issue)."""
        return self._open_on_tab(deal_id, self.deal_view.money_panel)

    def new_record(self) -> None:
        if self.stack.currentIndex() == self.DEAL and not self.deal_view.maybe_keep_edits():
            return
        self.deal_view.new_deal()
        self.show_view(self.DEAL)
        self.deal_view.form.fields["title"].setFocus()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def maybe_keep_edits(self) -> bool:
        return self.stack.currentIndex() != self.DEAL or self.deal_view.maybe_keep_edits()

    # --- actions
    def move_deal(self, deal_id: int, stage_id: int) -> bool:
        """Move a deal (from a drop, the keyboard or the menu); lost and on hold ask first."""
        stage = next((s for s in self.services.pipeline.stages() if s.id == stage_id), None)
        if stage is None:
            return False
        kwargs: dict = {}
        if needs_dialog(stage):
            dialog = MoveDialog(stage, self.services.pipeline.lost_reasons(), self.services.clock().date(), self)
            self.last_move_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            kwargs = dialog.values()
        deals = self.services.deals
        moved: list = []
        self._pinned.add(deal_id)

        def not_moved(errors: list) -> None:
            QMessageBox.warning(self, self.tr("Not moved"), "\n".join(texts.error_text(e) for e in errors))

        if not run_op(self, lambda: (deals.get(deal_id), deals.move_stage(deal_id, stage_id, **kwargs)),
                      bus=self.bus, changes=(changes.DEALS,), on_success=moved.append, on_invalid=not_moved):
            return False
        before, after = moved[0]
        self.board.select_deal(deal_id)
        if after.stage_id != before.stage_id:
            label = self.tr("Move “%1” to %2").replace("%1", after.title).replace(
                "%2", stage.name(texts.language()))
            push_write(self.undo_stack, label, run=self._run_move,
                       undo=lambda: self.services.deals.put_back(before),
                       redo=lambda: self.services.deals.put_back(after))
        return True

    def _run_move(self, write) -> bool:
        """Undo or redo a move; the deal stays selected where it now is."""
        record: list = []
        done = run_op(self, write, bus=self.bus, changes=(changes.DEALS,), on_success=record.append)
        if done:
            self.board.select_deal(record[0].id)
        return done

    def delete_selected(self) -> None:
        """Delete the deal selected on the board, or in the list when the list is shown."""
        if self.stack.currentIndex() == self.LIST:
            index = self.table.currentIndex()
            deal_id = index.data(ID_ROLE) if index.isValid() else None
        else:
            deal_id = self.board.selected_deal_id()
        if deal_id is not None:
            self.delete_deal(deal_id)

    def delete_deal(self, deal_id: int) -> None:
        """Ask, delete (from the board or the deal's own page) and make it undoable with Ctrl+Z."""
        deal = read_now(self, partial(self.services.deals.get, deal_id))
        if deal is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", deal.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.deal_view.deal is not None and self.deal_view.deal.id == deal_id:
            self.deal_view.revert()  # its unsaved edits go with it; the page then closes
        deals = self.services.deals
        if run_op(self, partial(deals.delete, deal_id), bus=self.bus):
            push_write(self.undo_stack, self.tr("Delete “%1”").replace("%1", deal.title),
                       undo=partial(deals.restore, deal_id), redo=partial(deals.delete, deal_id),
                       run=partial(run_op, self, bus=self.bus, changes=(changes.DEALS,)))

    def edit_pipeline(self) -> None:
        from desktop.ui.deals.pipeline_dialog import PipelineDialog

        dialog = PipelineDialog(self.services, self, undo_stack=self.undo_stack, run=self._run_pipeline)
        dialog.exec()
        dialog.deleteLater()
        self.bus.announce(changes.STAGES, changes.DEALS)

    def _run_pipeline(self, write: Callable[[], object]) -> bool:
        """Undo or redo of a pipeline change: every view follows; a refusal is said in words."""
        return run_op(self, write, bus=self.bus, changes=(changes.STAGES, changes.DEALS),
                      on_invalid=lambda errors: QMessageBox.warning(
                          self, self.tr("Not undone"), texts.error_text(errors[0])))
