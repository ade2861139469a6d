"""The import dialog: the file's columns and what they fill, a preview of every row, merge or
skip for duplicates, then the import in the background with progress and cancel."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.importing import (
    IMPORT_FIELDS,
    Action,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    ImportTable,
    OnDuplicate,
)
from desktop.services.container import Services
from desktop.services.errors import BookError
from desktop.services.importing.csv_reader import GOOGLE_MOBILE, GOOGLE_OTHER
from desktop.ui import bus as changes
from desktop.ui.bus import Bus
from desktop.ui.data.models import PlanTableModel
from desktop.ui.data.texts import field_names
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.operations import read_now, run_op, run_query, show_failure
from desktop.ui.tasks import Task

PLAN_AT_ONCE = 300  # rows planned on the GUI thread (about 0.1 s); more are planned in the background


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    def __init__(self, services: Services, bus: Bus, path: Path, table: ImportTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.table = table
        self.plan: ImportPlan | None = None
        self.planning = False  # a large file's plan is being made in the background
        self.plan_task: Task | None = None
        self._plan_generation = 0
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self.report = ""  # what the seller was told when the import ended
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", path.name))
        self.resize(1000, 640)

        intro = self._build_intro(table)
        left, right = self._build_left(table), self._build_preview()
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 600])

        self.valid_only = QCheckBox(self)
        self.valid_only.setObjectName("valid_only")
        self.valid_only.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.valid_only, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.replan()

    def _build_intro(self, table: ImportTable) -> QLabel:
        """What the file is and how many rows it has."""
        kind = self.tr("vCard file") if table.format == "vcard" else self.tr(
            "CSV file, %1 encoding").replace("%1", table.encoding.upper())
        intro = QLabel(self.tr("%1 with %n row(s). Check what will happen to each row, then import.",
                               "", len(table.rows) + len(table.unreadable)).replace("%1", kind), self)
        intro.setWordWrap(True)

        return intro

    def _build_left(self, table: ImportTable) -> QWidget:
        """Which field each column goes to (CSV only) and what to do with rows already in the book."""
        self.combos: list[QComboBox] = []
        mapping_box = QGroupBox(self.tr("Columns"), self)
        mapping_form = QFormLayout()
        # A long header (Google's "Organization 1 - Department") puts its list below it rather
        # than pushing the list out of sight.
        mapping_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = field_names()
        for column, header in enumerate(table.headers):
            combo = QComboBox(self)
            combo.setObjectName(f"map_{column}")
            for field in ("",) + IMPORT_FIELDS:
                combo.addItem(names[field], field)
            suggested = table.suggested_mapping[column] if column < len(table.suggested_mapping) else ""
            combo.setCurrentIndex(combo.findData(suggested))
            combo.currentIndexChanged.connect(self.replan)
            combo.setEnabled(table.format == "csv")
            header = self._header_text(header)
            sample = next((row[column] for row in table.rows if row[column]), "")
            label = header if not sample else f"{header}  ({sample[:24]})"
            mapping_form.addRow(label, combo)
            self.combos.append(combo)
        inner = QWidget(self)
        inner.setLayout(mapping_form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        box_layout = QVBoxLayout(mapping_box)
        box_layout.addWidget(scroll)

        self.merge = QRadioButton(self.tr("Merge the file's details into it"), self)
        self.merge.setObjectName("merge")
        self.skip = QRadioButton(self.tr("Leave it as it is (skip the row)"), self)
        self.skip.setObjectName("skip")
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.skip)
        group.buttonToggled.connect(lambda *_: self.replan())
        duplicates = QGroupBox(self.tr("Already in the book (same email or mobile)"), self)
        dup_layout = QVBoxLayout(duplicates)
        dup_layout.addWidget(self.merge)
        dup_layout.addWidget(self.skip)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(mapping_box, 1)
        left_layout.addWidget(duplicates)
        if table.format != "csv":  # a vCard's fields say what they are: nothing to map
            mapping_box.hide()
            left_layout.addStretch(1)

        return left

    def _build_preview(self) -> QWidget:
        """What will happen to each row, and the sum of it."""
        self.model = PlanTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("preview")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setResizeContentsPrecision(30)  # a sample of a 10,000-row file
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.summary)

        return right

    def _header_text(self, header: str) -> str:
        """The file's own header, or in words for the two columns the reader adds for Google."""
        return {
            GOOGLE_MOBILE: self.tr("Mobile (by Google's phone labels)"),
            GOOGLE_OTHER: self.tr("Other phone (by Google's phone labels)"),
        }.get(header, header)

    # --- planning
    def mapping(self) -> tuple[str, ...]:
        return tuple(combo.currentData() or "" for combo in self.combos)

    def on_duplicate(self) -> OnDuplicate:
        return OnDuplicate.SKIP if self.skip.isChecked() else OnDuplicate.MERGE

    def replan(self) -> None:
        """Plan again for the current mapping and duplicate choice. A small file is planned at
        once; a large one (checking each phone takes time) in the background, the latest
        request winning, with Import off until its plan is shown."""
        mapping, on_duplicate = self.mapping(), self.on_duplicate()
        self._plan_generation += 1
        generation = self._plan_generation
        if len(self.table.rows) <= PLAN_AT_ONCE:
            plan = read_now(self, partial(self.services.importing.plan, self.table, mapping,
                                          on_duplicate))
            if plan is not None:
                self._show_plan(plan)
            return
        self.plan = None
        self.planning = True
        self.summary.setText(self.tr("Checking %n row(s)…", "", len(self.table.rows)))
        self._update_buttons()

        def done(plan: ImportPlan) -> None:
            if generation == self._plan_generation:
                self.planning = False
                self._show_plan(plan)

        def failed(exc: BaseException) -> None:
            if generation != self._plan_generation:
                return
            self.planning = False
            if not show_failure(self, exc):
                raise exc

        self.plan_task = run_query(
            self, lambda: self.services.importing.plan(self.table, mapping, on_duplicate), done, on_failed=failed)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.view.resizeColumnsToContents()
        parts = [
            self.tr("%n to create", "", plan.count(Action.CREATE)),
            self.tr("%n to merge", "", plan.count(Action.UPDATE)),
            self.tr("%n to skip", "", plan.count(Action.SKIP)),
        ]
        errors = plan.count(Action.ERROR)
        if errors:
            parts.append(self.tr("%n with problems", "", errors))
        if plan.new_companies:
            parts.append(self.tr("%n new companies", "", len(plan.new_companies)))
        self.summary.setText(" · ".join(parts))
        self.valid_only.setVisible(errors > 0)
        self.valid_only.setText(self.tr(
            "Import the other rows and leave out the %n row(s) with problems", "", errors))
        if not errors:
            self.valid_only.setChecked(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        if plan is None:
            self.import_button.setEnabled(False)
            return
        errors = plan.count(Action.ERROR)
        work = plan.count(Action.CREATE) + plan.count(Action.UPDATE)
        self.import_button.setEnabled(work > 0 and (errors == 0 or self.valid_only.isChecked()))

    # --- importing
    def start_import(self) -> None:
        if self.plan is None or not self.import_button.isEnabled():
            return
        total = len(self.plan.rows)
        self._cancel.clear()
        self.progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, total, self)
        self.progress.setObjectName("import_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel.set)
        relay = _Progress(self)
        relay.moved.connect(lambda done, _total: self.progress.setValue(done))
        self._relay = relay
        mapping, on_duplicate, valid_only = self.mapping(), self.on_duplicate(), self.valid_only.isChecked()
        cancel = self._cancel

        def work() -> ImportResult:
            def progress(done: int, total: int) -> bool:
                relay.moved.emit(done, total)
                return not cancel.is_set()

            return self.services.importing.apply(
                self.table, mapping, on_duplicate, valid_only=valid_only, progress=progress
            )

        self.import_button.setEnabled(False)
        self.task = run_op(
            self, work, bus=self.bus, changes=(changes.CONTACTS, changes.COMPANIES),
            on_success=self._done, on_failed=self._failed, on_error=self._cancelled, background=True)

    def cancel_import(self) -> None:
        self._cancel.set()

    def _done(self, result: ImportResult) -> None:
        self.progress.reset()
        self.result = result
        lines = [
            self.tr("%n created", "", result.created),
            self.tr("%n merged", "", result.updated),
            self.tr("%n skipped", "", result.skipped),
        ]
        if result.not_imported:
            lines.append(self.tr("%n left out because of problems", "", result.not_imported))
        if result.companies_created:
            lines.append(self.tr("%n new companies", "", result.companies_created))
        self.report = self.tr("Import finished.") + "\n\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Import finished"), self.report)
        self.accept()

    def _failed(self, exc: BookError) -> None:
        self.progress.reset()
        self._update_buttons()
        self.report = book_error_text(exc)
        QMessageBox.warning(self, book_error_title(exc), self.report)

    def _cancelled(self, exc: BaseException) -> bool:
        """The seller's Cancel, said in plain words; False for anything else (a bug: raised)."""
        self.progress.reset()
        self._update_buttons()
        if not isinstance(exc, ImportCancelled):
            return False
        self.report = self.tr("The import was cancelled. Nothing was changed.")
        QMessageBox.information(self, self.tr("Import cancelled"), self.report)
        return True
