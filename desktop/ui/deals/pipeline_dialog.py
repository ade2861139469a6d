"""Settings → Pipeline: stages (add, rename, reorder, remove, probability, stale days,
milestones), buying roles, lost reasons and coverage rules. Each edit is saved at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import (
    CoverageRuleRecord,
    LostReasonRecord,
    RoleRecord,
    StageKind,
    StageRecord,
)
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.deals import texts
from desktop.ui.operations import run_op
from desktop.ui.undo import Run, push_write

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    kind: type = str  # str, int, type(None) for an optional int, or bool for a tick box
    editable: bool = True
    show: Callable[[Any], str] | None = None
    can_tick: Callable[[Any], bool] | None = None  # bool columns: which rows may be ticked


class EditableListModel(QAbstractTableModel):
    """Rows of frozen records; an edited cell is saved through `save(record)` right away."""

    failed = Signal(object)  # list[FieldError]

    def __init__(self, columns: list[Column], save: Callable[[Any], Any], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = columns
        self.save = save
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column, record = self.columns[index.column()], self.rows[index.row()]
        value = getattr(record, column.field)
        if column.kind is bool:
            if role == Qt.ItemDataRole.CheckStateRole and (column.can_tick is None or column.can_tick(record)):
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(record) if column.show else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind is bool:
            column = self.columns[index.column()]
            record = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None
            if record is not None and (column.can_tick is None or column.can_tick(record)):
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind is bool:
            if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
                return False
            return self._save(index, column, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        try:
            if column.kind is str:
                parsed: Any = text
            else:
                parsed = int(text) if text else (None if column.kind is type(None) else 0)
        except ValueError:
            self.failed.emit([FieldError(column.field, "not_a_number")])
            return False
        return self._save(index, column, parsed)

    def _save(self, index: Index, column: Column, parsed: Any) -> bool:
        try:
            saved = self.save(replace(self.rows[index.row()], **{column.field: parsed}))
        except ValidationFailed as exc:
            self.failed.emit(exc.errors)
            return False
        self.rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        return True


class ListTab(QWidget):
    """A table of one list with Add / Remove (and Up / Down for stages) buttons and an error line."""

    def __init__(
        self,
        model: EditableListModel,
        add: Callable[[], None],
        remove: Callable[[Any], None],
        move: Callable[[Any, int], None] | None = None,
        parent: QWidget | None = None,
        name_of: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.name_of = name_of or (lambda r: r.name(texts.language()))
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        model.failed.connect(self.show_errors)
        buttons = QHBoxLayout()
        add_button = QPushButton(self.tr("Add"), self)
        add_button.clicked.connect(lambda: self.write(add))
        buttons.addWidget(add_button)
        remove_button = QPushButton(self.tr("Remove"), self)
        remove_button.clicked.connect(lambda: self._with_selected(remove, ask=True))
        buttons.addWidget(remove_button)
        if move is not None:
            up, down = QPushButton(self.tr("Move up"), self), QPushButton(self.tr("Move down"), self)
            up.clicked.connect(lambda: self._with_selected(lambda r: move(r, -1), keep=-1))
            down.clicked.connect(lambda: self._with_selected(lambda r: move(r, 1), keep=1))
            buttons.addWidget(up)
            buttons.addWidget(down)
        buttons.addStretch(1)
        self.hint = QLabel(self.tr("Double-click a cell to edit it."), self)
        self.hint.setStyleSheet(style.MUTED_TEXT)
        self.hint.setVisible(any(c.editable for c in model.columns))
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload: Callable[[], None] = lambda: None  # refills this table
        self.after_change: Callable[[], None] = lambda: self.reload()  # after add/remove/move

    def show_errors(self, errors: list[FieldError]) -> None:
        self.error.setText("\n".join(texts.error_text(e) for e in errors))

    def write(self, action: Callable[[], object]) -> bool:
        """A change to this list through run_op; refused changes are worded under the table."""
        return run_op(self, action, on_invalid=self.show_errors, on_success=lambda _result: self._changed())

    def _changed(self) -> None:
        self.error.clear()
        self.after_change()

    def _with_selected(self, action: Callable[[Any], None], keep: int = 0, ask: bool = False) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        record = self.model.rows[row]
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Remove"),
                self.tr("Remove “%1”?").replace("%1", self.name_of(record)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.write(lambda: action(record))
        if keep and 0 <= row + keep < self.model.rowCount():
            self.table.selectRow(row + keep)


class PipelineDialog(QDialog):
    """Each change is saved at once and is one undoable action on `undo_stack` (the window's):
    undo puts the whole pipeline back as it was just before that change (`run` runs the undo
    after the dialog closed, on its page). Ctrl+Z and Ctrl+Shift+Z in the dialog take back and
    redo the changes made while it is open."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None, run: Run | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._run = run or (lambda write: run_op(self, write, changes=(changes.STAGES, changes.DEALS)))
        self._opened_at = self.undo_stack.index()
        st = services.pipeline
        self.setWindowTitle(self.tr("Pipeline, roles and lost reasons"))
        self.resize(900, 520)
        tabs = QTabWidget(self)
        self.tabs = tabs
        lang = texts.language()
        kind = Column(self.tr("Kind"), "kind", editable=False, show=lambda r: texts.kind_text(r.kind))
        stage_cols = [
            Column(self.tr("Chinese name"), "name_zh"),
            Column(self.tr("English name"), "name_en"),
            Column(self.tr("Probability %"), "probability", int),
            Column(self.tr("Stale after (days)"), "stale_after_days", type(None)),
            # The forecast counts deals in a ticked stage as Commit (open stages only).
            Column(self.tr("Commit"), "commit", bool, can_tick=lambda r: r.kind == StageKind.OPEN),
            kind,
            Column(self.tr("Milestone (Chinese)"), "milestone_zh"),
            Column(self.tr("Milestone (English)"), "milestone_en"),
        ]
        u = self._undoable
        self.stages = ListTab(
            EditableListModel(stage_cols, u(st.save_stage, lambda r: self.tr("Edit stage “%1”")
                                            .replace("%1", r.name(lang))), self),
            u(lambda: st.save_stage(StageRecord(name_zh=self.tr("New stage"), name_en="New stage", probability=50)),
              lambda: self.tr("Add a stage")),
            u(lambda r: st.remove_stage(r.id), lambda r: self.tr("Remove stage “%1”").replace("%1", r.name(lang))),
            u(lambda r, d: st.move_stage_position(r.id, d),
              lambda r, _d: self.tr("Move stage “%1”").replace("%1", r.name(lang))),
            self,
        )
        self.stages.reload = lambda: self.stages.model.set_rows(st.stages())
        names = [Column(self.tr("Chinese name"), "name_zh"), Column(self.tr("English name"), "name_en")]
        self.roles = ListTab(
            EditableListModel(names, u(st.save_role, lambda r: self.tr("Edit role “%1”")
                                       .replace("%1", r.name(lang))), self),
            u(lambda: st.save_role(RoleRecord(name_zh=self.tr("New role"), name_en="New role")),
              lambda: self.tr("Add a role")),
            u(lambda r: st.remove_role(r.id), lambda r: self.tr("Remove role “%1”").replace("%1", r.name(lang))),
            u(lambda r, d: st.move_role(r.id, d), lambda r, _d: self.tr("Move role “%1”").replace("%1", r.name(lang))),
            self,
        )
        self.roles.reload = lambda: self.roles.model.set_rows(st.roles())
        self.reasons = ListTab(
            EditableListModel(names, u(st.save_lost_reason, lambda r: self.tr("Edit lost reason “%1”")
                                       .replace("%1", r.name(lang))), self),
            u(lambda: st.save_lost_reason(LostReasonRecord(name_zh=self.tr("New reason"), name_en="New reason")),
              lambda: self.tr("Add a lost reason")),
            u(lambda r: st.remove_lost_reason(r.id),
              lambda r: self.tr("Remove lost reason “%1”").replace("%1", r.name(lang))),
            u(lambda r, d: st.move_lost_reason(r.id, d),
              lambda r, _d: self.tr("Move lost reason “%1”").replace("%1", r.name(lang))),
            self,
        )
        self.reasons.reload = lambda: self.reasons.model.set_rows(st.lost_reasons())
        tabs.addTab(self.stages, self.tr("Stages"))
        tabs.addTab(self.roles, self.tr("Buying roles"))
        tabs.addTab(self.reasons, self.tr("Lost reasons"))
        tabs.addTab(self._rules_tab(), self.tr("Coverage rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        for tab in (self.stages, self.roles, self.reasons, self.rules):
            tab.after_change = self.reload
        for key, step in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo)):
            for sequence in QKeySequence.keyBindings(key):
                QShortcut(sequence, self, step)
        self.reload()

    def _undoable(self, action: Callable[..., Any], label: Callable[..., str]) -> Callable[..., Any]:
        """`action` as one undoable change: the pipeline before and after it is kept, and undo
        and redo put it back whole. A refused change raises before anything is recorded."""
        st = self.services.pipeline

        def run(*args: Any) -> Any:
            before = st.snapshot()
            result = action(*args)
            after = st.snapshot()
            if after != before:
                push_write(self.undo_stack, label(*args), run=self._run,
                           undo=partial(st.put_back, before), redo=partial(st.put_back, after))
            return result

        return run

    def undo(self) -> None:
        """Ctrl+Z in the dialog: the last change made since it opened (not what came before)."""
        if self.undo_stack.index() > self._opened_at:
            self.undo_stack.undo()
            self.reload()

    def redo(self) -> None:
        if self.undo_stack.canRedo() and self.undo_stack.index() >= self._opened_at:
            self.undo_stack.redo()
            self.reload()

    def _rules_tab(self) -> QWidget:
        st = self.services.pipeline
        lang = texts.language()

        def role_name(r: CoverageRuleRecord) -> str:
            return next((x.name(lang) for x in st.roles() if x.id == r.role_id), "?")

        def stage_name(r: CoverageRuleRecord) -> str:
            return next((x.name(lang) for x in st.stages() if x.id == r.from_stage_id), "?")

        cols = [
            Column(self.tr("Role"), "role_id", editable=False, show=role_name),
            Column(self.tr("From stage on"), "from_stage_id", editable=False, show=stage_name),
            Column(
                self.tr("Must be met"),
                "require_met",
                editable=False,
                show=lambda r: self.tr("Yes") if r.require_met else self.tr("Identified is enough"),
            ),
        ]
        self.rule_role, self.rule_stage = QComboBox(self), QComboBox(self)
        self.rule_met = QCheckBox(self.tr("must be met"), self)

        def add() -> None:
            save_rule(
                CoverageRuleRecord(
                    role_id=self.rule_role.currentData(),
                    from_stage_id=self.rule_stage.currentData(),
                    require_met=self.rule_met.isChecked(),
                )
            )

        def rule_words(r: CoverageRuleRecord) -> str:
            return f"{role_name(r)} · {stage_name(r)}"

        save_rule = self._undoable(
            st.save_rule, lambda r: self.tr("Save coverage rule “%1”").replace("%1", rule_words(r)))

        def toggle(r: CoverageRuleRecord, _d: int) -> None:
            save_rule(replace(r, require_met=not r.require_met))

        def by_stage() -> list[CoverageRuleRecord]:
            order = {x.id: x.position for x in st.stages()}
            roles = {x.id: x.position for x in st.roles()}
            return sorted(st.rules(), key=lambda r: (order.get(r.from_stage_id, 0), roles.get(r.role_id, 0)))

        self.rules = ListTab(
            EditableListModel(cols, save_rule, self),
            add,
            self._undoable(lambda r: st.remove_rule(r.id),
                           lambda r: self.tr("Remove coverage rule “%1”").replace("%1", rule_words(r))),
            None,
            self,
            name_of=rule_words,
        )
        self.rules.reload = lambda: self.rules.model.set_rows(by_stage())
        toggle_button = QPushButton(self.tr("Switch “must be met”"), self.rules)
        toggle_button.clicked.connect(lambda: self.rules._with_selected(lambda r: toggle(r, 0)))
        explain = QLabel(
            self.tr(
                "A rule: from this stage on, someone with this role must be in the buying committee "
                "(and met, if ticked). A deal that breaks a rule shows a coverage gap."
            ),
            self.rules,
        )
        explain.setWordWrap(True)
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("New rule:"), self.rules))
        new_row.addWidget(self.rule_role)
        new_row.addWidget(QLabel(self.tr("from"), self.rules))
        new_row.addWidget(self.rule_stage)
        new_row.addWidget(self.rule_met)
        new_row.addWidget(toggle_button)
        new_row.addStretch(1)
        layout: QVBoxLayout = self.rules.layout()  # type: ignore[assignment]
        layout.insertWidget(0, explain)
        layout.insertLayout(2, new_row)
        return self.rules

    def reload(self) -> None:
        lang = texts.language()
        for tab in (self.stages, self.roles, self.reasons, self.rules):
            tab.reload()
        role, stage = self.rule_role.currentData(), self.rule_stage.currentData()
        self.rule_role.clear()
        for r in self.services.pipeline.roles():
            self.rule_role.addItem(r.name(lang), r.id)
        self.rule_stage.clear()
        for s in self.services.pipeline.stages():
            if s.kind == StageKind.OPEN:
                self.rule_stage.addItem(s.name(lang), s.id)
        # the new-rule choice stays as it was (a second rule often differs in one of the two)
        self.rule_role.setCurrentIndex(max(0, self.rule_role.findData(role)))
        self.rule_stage.setCurrentIndex(max(0, self.rule_stage.findData(stage)))
