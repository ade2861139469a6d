"""A list-and-form page: filter as you type, sortable table, the selected record's form beside it.

Create (Ctrl+N), save (Ctrl+S), revert, delete (Delete, with confirmation, undone by Ctrl+Z).
Subclasses say which service, model and form to use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import BookError
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.forms import ValidatedForm, ask_keep_edits
from desktop.ui.lists import filter_line, follow_count, list_column, record_table
from desktop.ui.models import ID_ROLE, PagedTableModel, RecordTableModel
from desktop.ui.operations import read_now, run_op, run_query, show_failure
from desktop.ui.undo import push_write


class DeleteCommand(QUndoCommand):
    """A record the page has just deleted; undo brings it back (services keep deleted rows).

    The delete itself runs before the command is pushed, so a storage error is shown in plain
    words and never reaches the undo stack.
    """

    def __init__(self, page: ListFormPage, record_id: int, label: str) -> None:
        super().__init__(label)
        self.page = page
        self.record_id = record_id
        self._done = True

    def redo(self) -> None:
        if self._done:  # the first redo happens on push: the delete already ran
            self._done = False
            return
        self.page.write(partial(self.page.service_delete, self.record_id))

    def undo(self) -> None:
        if self.page.write(partial(self.page.service_restore, self.record_id)):
            self.page.select_id(self.record_id)


class ListFormPage(QWidget):
    CHANGES: tuple[str, ...] = ()
    KIND = ""
    READ_AT_ONCE = 5000  # records read on the GUI thread; more are read on the thread pool

    def __init__(self, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.undo_stack = undo_stack
        self.current_id: int | None = None
        self._dirty = False
        self._reads = 0  # list reads asked for: an answer for an older one is dropped
        left, right = self._build_list(), self._build_form()
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._connect_keys_and_bus()
        self.reload()
        self.new_record()

    def _build_list(self) -> QWidget:
        """The left side: filter, New and Delete, the table and the row count."""
        self.model: RecordTableModel | PagedTableModel = self.make_model()
        self.table, self.proxy = record_table(self, self.model, "table")
        self.filter_edit = filter_line(self, self.proxy, self.filter_placeholder())
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setResizeContentsPrecision(30)  # measure a sample, not 10,000 rows
        self._sized = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.count_label = QLabel(self)
        follow_count(self.proxy, self._update_count)
        self.new_button = QPushButton(self.new_label(), self)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)

        return list_column(self, self.filter_edit, [self.new_button, self.delete_button], self.table,
                           self.count_label)

    def _build_form(self) -> QWidget:
        """The right side: the record's title and times, its form, Revert and Save."""
        self.form: ValidatedForm = self.make_form()
        self.form.edited.connect(self._on_edited)
        self.form.field_finished.connect(self._check_field)
        self.form_title = QLabel(self)
        self.form_title.setObjectName("form_title")
        self.form_title.setStyleSheet(style.TITLE)
        self.meta_label = QLabel(self)  # when the record was created and last changed
        self.meta_label.setObjectName("record_times")
        self.meta_label.setStyleSheet(style.MUTED_TEXT)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(self.meta_label)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        return right

    def _connect_keys_and_bus(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.bus.changed.connect(self._on_bus_changed)

    # --- hooks for subclasses
    def make_model(self) -> RecordTableModel | PagedTableModel:
        raise NotImplementedError

    def make_form(self) -> ValidatedForm:
        raise NotImplementedError

    def load_records(self) -> list[Any]:
        raise NotImplementedError

    def fill_form(self, record: Any | None) -> None:
        raise NotImplementedError

    def full_record(self, listed: Any) -> Any:
        """The record the form edits, from the row the list holds (the same unless the list
        holds a lighter row, as Contacts does)."""
        return listed

    def save_form(self) -> Any:
        """Save the form through the service; returns the saved record or raises."""
        raise NotImplementedError

    def form_errors(self) -> list:
        """What is wrong with the form as typed (no saving): FieldErrors from the service."""
        return []

    @property
    def record_service(self) -> Any:
        """The page's service: `get`, `save`, `delete` and `restore` one record."""
        raise NotImplementedError

    def service_get(self, record_id: int) -> Any:
        """The record as stored (raises NotFound)."""
        return self.record_service.get(record_id)

    def service_put(self, record: Any) -> Any:
        """Store `record` as it is (undo and redo of a saved edit)."""
        return self.record_service.save(record)

    def service_delete(self, record_id: int) -> None:
        self.record_service.delete(record_id)

    def service_restore(self, record_id: int) -> None:
        self.record_service.restore(record_id)

    def filter_placeholder(self) -> str:
        return self.tr("Filter")

    def new_label(self) -> str:
        return self.tr("New")

    def title_for(self, record: Any | None) -> str:
        return record.name if record else ""

    def times_text(self, record: Any | None) -> str:
        """"Created … · Updated …" for a saved record; empty for a new one."""
        created = getattr(record, "created_at", None)
        if created is None:
            return ""
        updated = getattr(record, "updated_at", None) or created
        return (
            self.tr("Created %1 · Updated %2")
            .replace("%1", f"{created:%Y-%m-%d %H:%M}")
            .replace("%2", f"{updated:%Y-%m-%d %H:%M}")
        )

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))

    # --- behaviour
    def record_at(self, row: int) -> Any:
        return self.full_record(self.model.record(row))

    def refresh_model(self) -> None:
        """Read the list again (a PagedTableModel reads its ids; the others every record)."""
        if isinstance(self.model, PagedTableModel):
            self.model.reload()
        else:
            self.model.set_records(self.load_records())

    def reload(self) -> None:
        """Read the list again: a paged list its ids, a short list every record at once, a long
        one (past READ_AT_ONCE records) every record on the thread pool."""
        if (not isinstance(self.model, PagedTableModel)
                and self.records_to_read() > self.READ_AT_ONCE):
            self._reads += 1
            asked = self._reads
            self.count_label.setText(self.tr("Reading the list…"))
            run_query(self, self.load_records, lambda records: self._records_read(asked, records))
            return
        self.refresh_model()
        self._after_reload()

    def records_to_read(self) -> int:
        """How many records load_records() would read (0: not worth asking)."""
        return 0

    def _records_read(self, asked: int, records: list[Any]) -> None:
        if asked != self._reads:  # a later reload's answer is on its way
            return
        self.model.set_records(records)  # type: ignore[union-attr]
        self._after_reload()

    def _after_reload(self) -> None:
        keep = self.current_id
        self._update_count()
        if not self._sized and self.model.rowCount():
            self._size_columns()
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_id(keep, refill=not self._dirty)
        elif keep is not None and not self._dirty:
            self.new_record()

    def _size_columns(self) -> None:
        self._sized = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 60), 200))

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.total_count()))

    def _on_bus_changed(self, kinds: frozenset[str]) -> None:
        if kinds & set(self.CHANGES):
            self.reload()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def select_id(self, record_id: int, refill: bool = True) -> bool:
        row = self.model.row_of(record_id)
        if row is None and self.model.holds(record_id):  # a paged list's filter hides it
            self.filter_edit.clear()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():  # hidden by the filter: clear it to show the record
            self.filter_edit.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        selection.blockSignals(not refill)
        selection.setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(proxy_index)
        if refill and not self._dirty:
            self._show(self.record_at(row))
        return True

    def _on_current_changed(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        record_id = current.data(ID_ROLE)
        if record_id == self.current_id:
            return
        if self._dirty:
            # Ask after the selection change has finished: saving reloads the model, which
            # must not happen inside the selection model's own signal.
            QTimer.singleShot(0, lambda: self._switch_after_asking(record_id))
            return
        row = self.model.row_of(record_id)
        if row is not None:
            self._show(self.record_at(row))

    def _switch_after_asking(self, record_id: int) -> None:
        if self.maybe_keep_edits():
            self.select_id(record_id)
        elif self.current_id is not None:
            self.select_id(self.current_id, refill=False)

    def _show(self, record: Any | None) -> None:
        self.current_id = record.id if record else None
        self.form._loading = True
        try:
            self.fill_form(record)
        finally:
            self.form._loading = False
        self.form.clear_errors()
        self.form_title.setText(self.title_for(record) if record else self.new_label())
        self.meta_label.setText(self.times_text(record))
        self.meta_label.setVisible(bool(self.meta_label.text()))
        self.delete_button.setEnabled(record is not None)
        self._set_dirty(False)

    def _check_field(self, name: str) -> None:
        """Inline validation: a field is checked as soon as the seller leaves it (if edited)."""
        if self._dirty:
            self.form.show_field_error(name, self.form_errors())

    def _on_edited(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def maybe_keep_edits(self) -> bool:
        """Ask what to do with unsaved edits; False means stay on the current record."""
        if not self._dirty:
            return True
        return ask_keep_edits(
            self, self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", self.form_title.text()), self.save)

    def new_record(self) -> None:
        if not self.maybe_keep_edits():
            return
        self.table.selectionModel().clearSelection()
        self._show(None)
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.setFocus()

    def revert(self) -> None:
        record = None
        if self.current_id is not None and (row := self.model.row_of(self.current_id)) is not None:
            record = self.record_at(row)
        self._show(record)

    def save(self) -> bool:
        """Save the form; on a validation or storage error the edit stays in the form.

        The save is one undoable action: Ctrl+Z puts the record back as it was (or takes a new
        record away again)."""
        before = None  # also when the record went away meanwhile: the save says what follows
        if self.current_id is not None:
            unreadable: list[BookError] = []
            before = read_now(self, partial(self.service_get, self.current_id), on_failed=unreadable.append)
            if unreadable:  # said once (not again by the save that would follow): the edit stays
                show_failure(self, unreadable[0])
                return False
        done: list = []

        def saved_now(saved: Any) -> None:
            done.append(saved)
            self.form.clear_errors()
            self.current_id = saved.id
            self._set_dirty(False)

        if not run_op(self, self.save_form, bus=self.bus, changes=self.CHANGES, on_success=saved_now,
                      on_invalid=self.form.show_errors):
            return False
        saved = done[0]
        self.select_id(saved.id)
        self._push_save(before, saved)
        return True

    def _push_save(self, before: Any | None, saved: Any) -> None:
        def run(write) -> bool:
            done = self.write(write)
            if done and self.current_id == saved.id:
                self._show(self.record_at(row) if (row := self.model.row_of(saved.id)) is not None
                           else None)
            return done

        if before is None:
            label = self.tr("Create “%1”").replace("%1", saved.name)
            push_write(self.undo_stack, label, run=run,
                       undo=lambda: self.service_delete(saved.id),
                       redo=lambda: self.service_restore(saved.id))
        else:
            label = self.tr("Edit “%1”").replace("%1", saved.name)
            push_write(self.undo_stack, label, run=run,
                       undo=lambda: self.service_put(before), redo=lambda: self.service_put(saved))

    def delete_current(self) -> None:
        if self.current_id is None or (row := self.model.row_of(self.current_id)) is None:
            return
        record = self.record_at(row)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.delete_question(record),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_without_asking(record.id, record.name)

    def delete_without_asking(self, record_id: int, name: str) -> None:
        if not self.write(partial(self.service_delete, record_id)):
            return
        self._set_dirty(False)
        self.undo_stack.push(DeleteCommand(self, record_id, self.tr("Delete “%1”").replace("%1", name)))
        self._show(None)

    def write(self, action: Callable[[], object]) -> bool:
        """A write of this page through run_op, announcing the page's kinds. True when done."""
        return run_op(self, action, bus=self.bus, changes=self.CHANGES)

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", record.name)
