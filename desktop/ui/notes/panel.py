"""The notes of a deal (or a company), newest first: open, new, delete with undo.

Used as the "Call notes" tab of the deal page: `NotesPanel(services, bus, undo_stack, deal_id=…)`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.notes import CallNoteRecord, CommitteeMark
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui.bus import Bus
from desktop.ui.models import ID_ROLE
from desktop.ui.notes.editor import NoteEditor
from desktop.ui.notes.models import NoteListModel
from desktop.ui.operations import run_op
from desktop.ui.undo import push_write
from desktop.ui.views import read_only_rows

Marks = tuple[tuple[CommitteeMark, ...], tuple[CommitteeMark, ...]]  # (as a session began, as it ended)


class NotesPanel(QWidget):
    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, *,
                 deal_id: int | None = None, company_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotesPanel")
        self.services = services
        self.bus = bus
        self.undo_stack = undo_stack
        self.deal_id = deal_id
        self.company_id = company_id
        self.editors: dict[int, NoteEditor] = {}

        self.model = NoteListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("notes")
        self.table.setModel(self.model)
        read_only_rows(self.table, stretch=NoteListModel.GOAL, alternate=True)
        self.table.activated.connect(lambda index: self.open_note(index.data(ID_ROLE)))
        self.empty = QLabel(self.tr("No call notes yet. After a call or visit, write down what you "
                                    "learned: “New call note”."), self)
        self.empty.setWordWrap(True)
        new = QPushButton(self.tr("New call note"), self)
        new.setObjectName("new_note")
        new.clicked.connect(self.new_note)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.open_note(self.current_id()))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        bus.changed.connect(self._on_changed)
        self.reload()

    def set_deal(self, deal_id: int | None, company_id: int | None = None) -> None:
        """Show another deal's (or company's) notes; None and None shows nothing."""
        self.deal_id, self.company_id = deal_id, company_id
        self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        if self.deal_id is None and self.company_id is None:
            self.model.set_notes([])
        else:
            self.model.set_notes(self.services.notes.list(deal_id=self.deal_id, company_id=self.company_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep is not None and (row := self.model.row_of(keep)) is not None:
            self.table.selectRow(row)
        has = self.current_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_current(self, *_args: object) -> None:
        has = self.current_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.NOTES, changes.CONTACTS, changes.COMPANIES}:
            self.reload()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_note(self, note_id: int) -> bool:
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _show(self, editor: NoteEditor) -> NoteEditor:
        editor.destroyed.connect(lambda *_: self._forget(editor))
        editor.session_ended.connect(self._push_session)
        editor.saved.connect(lambda note_id: self._remember(note_id, editor))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _remember(self, note_id: int, editor: NoteEditor) -> None:
        self.editors[note_id] = editor

    def _forget(self, editor: NoteEditor) -> None:
        self.editors = {k: v for k, v in self.editors.items() if v is not editor}

    def new_note(self) -> NoteEditor | None:
        if self.deal_id is None and self.company_id is None:
            return None
        record = self.services.notes.blank(deal_id=self.deal_id, company_id=self.company_id)
        return self._show(NoteEditor(self.services, self.bus, record, self.window()))

    def open_note(self, note_id: int | None) -> NoteEditor | None:
        if note_id is None:
            return None
        if note_id in self.editors:
            return self._show_existing(self.editors[note_id])
        editor = NoteEditor(self.services, self.bus, self.services.notes.get(note_id), self.window())
        self.editors[note_id] = editor
        return self._show(editor)

    def _show_existing(self, editor: NoteEditor) -> NoteEditor:
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _push_session(self, before: CallNoteRecord, after: CallNoteRecord, marks: Marks = ((), ())) -> None:
        push_session(self, self.undo_stack, self.services, self.bus, before, after, marks)

    def delete_current(self) -> None:
        note_id = self.current_id()
        if note_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete call note"),
            self.tr("Delete this call note and its next steps? You can undo this with Ctrl+Z."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_without_asking(note_id)

    def delete_without_asking(self, note_id: int) -> None:
        editor = self.editors.pop(note_id, None)
        if editor is not None:
            editor.save_now()
            editor.close()
        summary = self.model.note(self.model.row_of(note_id)) if self.model.row_of(note_id) is not None else None
        notes = self.services.notes
        if not run_op(self, partial(notes.delete, note_id), bus=self.bus):
            return
        label = summary.goal if summary and summary.goal else self.tr("call note")
        push_write(self.undo_stack, self.tr("Delete “%1”").replace("%1", label),
                   undo=partial(notes.restore, note_id), redo=partial(notes.delete, note_id),
                   run=partial(run_op, self, bus=self.bus, changes=(changes.NOTES, changes.DEALS)))


def push_session(parent: QWidget, stack: QUndoStack, services: Services, bus: Bus,
                 before: CallNoteRecord, after: CallNoteRecord, marks: Marks = ((), ())) -> None:
    """One note-editing session as one undoable action: undo puts the note back as it was when
    the session began (a note the session made goes again), redo as it was last saved; with
    each, the committee marks of its attendees (`marks`: as they began, as they ended)."""
    notes, name = services.notes, after.goal or f"{after.occurred_at:%Y-%m-%d %H:%M}"
    run = partial(run_op, parent, bus=bus, changes=(changes.NOTES, changes.DEALS))
    began, ended = marks
    if before.id is None:
        label = QCoreApplication.translate("NotesPanel", "Write call note “%1”").replace("%1", name)
        push_write(stack, label, run=run, undo=partial(notes.delete, after.id, began),
                   redo=partial(notes.restore, after.id, ended))
    else:
        label = QCoreApplication.translate("NotesPanel", "Edit call note “%1”").replace("%1", name)
        push_write(stack, label, run=run, undo=partial(notes.put_back, before, began),
                   redo=partial(notes.put_back, after, ended))
