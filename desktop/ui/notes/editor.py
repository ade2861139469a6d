"""The call-note editor: a window of its own for one note, saved as the seller types.

Header (when, kind, goal), then tabs: SPIN (four sections, each with suggested questions that
insert with a click, Enter or Ctrl+1…9), attendees (roles on the deal, met, stance, personal
interests), deal facts and feedback, next steps. Every edit restarts a one-second timer; when
it fires, and when the window closes, the note is written to the book, so closing or killing
the app loses at most the last second of typing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.notes import NOTE_KINDS, SPIN_SECTIONS, TEXT_FIELDS, CallNoteRecord, marks_changed
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.messages import book_error_text
from desktop.ui.notes.models import (
    STANCE_CHOICES,
    AttendeeTableModel,
    NextStepTableModel,
    QuestionListModel,
    is_zh,
    kind_label,
    stance_label,
)
from desktop.ui.operations import run_op

AUTOSAVE_MS = 1000


class StanceDelegate(QStyledItemDelegate):
    """A drop-down of stances for the attendee table."""

    def createEditor(self, parent, option, index):  # noqa: ANN001, ANN201, N802
        combo = QComboBox(parent)
        for stance in STANCE_CHOICES:
            combo.addItem(stance_label(stance), stance)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001, N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NoteEditor(QWidget):
    """Edits one call note; `saved(note_id)` after every write to the book.

    The time the editor is open is one editing session: when it closes after writing anything,
    `session_ended(before, after, marks)` hands the note as it was when the session began (id
    None: the session made it) and as it was last saved, and `marks`, (as they began, as they
    ended), the committee marks of the note's attendees the session changed (met, stance, a seat
    added), for one undoable action."""

    saved = Signal(int)
    session_ended = Signal(object, object, object)  # CallNoteRecord before, after; marks (before, after)

    def __init__(self, services: Services, bus: Bus, record: CallNoteRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("NoteEditor")
        self.services = services
        self.bus = bus
        self.record = record
        self.session_start = record  # what undo of this session puts back
        self.committee_start = services.notes.committee_marks(record.deal_id)  # and the committee
        self._wrote = False
        self._loading = True
        self._dirty = False
        self._section = "situation"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.texts: dict[str, QPlainTextEdit | QLineEdit] = {}

        self.title = QLabel(self)
        self.title.setStyleSheet(style.TITLE)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for k in NOTE_KINDS:
            self.kind.addItem(kind_label(k), k)
        goal = self._line("goal", self.tr("What this meeting should achieve"))
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("When"), self))
        header.addWidget(self.when)
        header.addWidget(QLabel(self.tr("Kind"), self))
        header.addWidget(self.kind)
        header.addWidget(QLabel(self.tr("Goal"), self))
        header.addWidget(goal, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._spin_tab(), self.tr("SPIN"))
        self.tabs.addTab(self._attendee_tab(), self.tr("Attendees"))
        self.tabs.addTab(self._facts_tab(), self.tr("Deal facts and feedback"))
        self.tabs.addTab(self._steps_tab(), self.tr("Next steps"))

        self.status = QLabel(self)
        self.status.setObjectName("status")
        minutes = QPushButton(self.tr("Minutes…"), self)
        minutes.clicked.connect(self.show_minutes)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(minutes)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda n=n: self.insert_question(n - 1))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)
        self.when.dateTimeChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.resize(1100, 760)
        self._fill(record)
        self._show_questions()
        self._loading = False

    # --- building
    def _line(self, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._edited)
        self.texts[field] = edit
        return edit

    def _text(self, field: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._edited)
        self.texts[field] = edit
        return edit

    def section_title(self, section: str) -> str:
        return {
            "situation": self.tr("S  Situation"), "problem": self.tr("P  Problems"),
            "implication": self.tr("I  Implications"), "need_payoff": self.tr("N  Need-payoff"),
        }[section]

    def _spin_tab(self) -> QWidget:
        hints = {
            "situation": self.tr("Business, process, size, systems in place, what triggered the project"),
            "problem": self.tr("Problems in the customer's own words, and who owns each"),
            "implication": self.tr("What each problem costs; KPIs at risk; the cost of doing nothing"),
            "need_payoff": self.tr("The outcome they want, how it will be measured, who owns it"),
        }
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, section in enumerate(SPIN_SECTIONS):
            label = QLabel(self.section_title(section), self)
            label.setStyleSheet(style.BOLD)
            edit = self._text(section, hints[section])
            edit.installEventFilter(self)
            grid.addWidget(label, (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.questions_title = QLabel(self)
        self.questions_title.setStyleSheet(style.BOLD)
        self.questions_title.setWordWrap(True)
        self.question_language = QComboBox(self)
        self.question_language.setObjectName("question_language")
        self.question_language.addItem("中文", "zh_CN")
        self.question_language.addItem("English", "en")
        self.question_language.setCurrentIndex(0 if is_zh() else 1)
        self.question_language.currentIndexChanged.connect(self._show_questions)
        self.question_model = QuestionListModel(self)
        self.question_list = QListView(self)
        self.question_list.setObjectName("questions")
        self.question_list.setModel(self.question_model)
        self.question_list.setWordWrap(True)
        self.question_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_list.clicked.connect(lambda index: self.insert_question(index.row()))
        self.question_list.installEventFilter(self)
        hint = QLabel(self.tr("Click a question, or press Ctrl+1…9, to insert it where you write."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(style.SECONDARY_TEXT)
        top = QHBoxLayout()
        top.addWidget(self.questions_title, 1)
        top.addWidget(self.question_language)
        column.addLayout(top)
        column.addWidget(self.question_list, 1)
        column.addWidget(hint)

        splitter = QSplitter(self)
        splitter.addWidget(grid_box)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _attendee_tab(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.attendee_model = AttendeeTableModel(self)
        self.attendee_model.dataChanged.connect(self._edited)
        self.attendee_table = QTableView(self)
        self.attendee_table.setObjectName("attendees")
        self.attendee_table.setModel(self.attendee_model)
        self.attendee_table.setItemDelegateForColumn(AttendeeTableModel.STANCE, StanceDelegate(self))
        self.attendee_table.verticalHeader().hide()
        self.attendee_table.horizontalHeader().setStretchLastSection(True)
        self.attendee_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attendee_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # The header sizes its columns to their contents only when it lays itself out again
        # (after the first click): a new attendee's name showed as "王…" and the next click
        # landed on the wrong cell. Size them whenever the rows change.
        for signal in (self.attendee_model.rowsInserted, self.attendee_model.rowsRemoved,
                       self.attendee_model.modelReset, self.attendee_model.dataChanged):
            signal.connect(self._fit_attendee_columns)
        self.attendee_choice = QComboBox(self)
        self.attendee_choice.setObjectName("attendee_choice")
        add = QPushButton(self.tr("Add attendee"), self)
        add.clicked.connect(self.add_attendee)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_attendee)
        row = QHBoxLayout()
        row.addWidget(self.attendee_choice, 1)
        row.addWidget(add)
        row.addWidget(remove)
        note = QLabel(self.tr("“Met” and “Update committee” change the deal's buying committee "
                              "when the note is saved. Stances and personal interests are internal: "
                              "they never appear in the minutes."), self)
        note.setWordWrap(True)
        note.setStyleSheet(style.SECONDARY_TEXT)
        layout.addLayout(row)
        layout.addWidget(self.attendee_table, 1)
        layout.addWidget(note)
        return box

    def _facts_tab(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        feedback = QGroupBox(self.tr("Product feedback (goes into the minutes)"), self)
        f = QVBoxLayout(feedback)
        f.addWidget(self._text("product_feedback", self.tr("What the customer said about the product, in their words")))
        internal = QGroupBox(self.tr("Internal (never in the minutes)"), self)
        form = QFormLayout(internal)
        form.addRow(self.tr("Budget"), self._line("budget", self.tr("e.g. ¥0.8–1 million, approved in Q1")))
        form.addRow(self.tr("Timeline"), self._line("timeline", self.tr("e.g. decision by March, go-live in July")))
        form.addRow(self.tr("Risks"), self._text("risks"))
        form.addRow(self.tr("Competitors and our rank"), self._text("competitors"))
        form.addRow(self.tr("Internal notes"), self._text("internal_notes", self.tr("Strategy, impressions")))
        layout.addWidget(feedback, 1)
        layout.addWidget(internal, 3)
        return box

    def _steps_tab(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.step_model = NextStepTableModel(self.services.clock().date(), self)
        self.step_model.dataChanged.connect(self._edited)
        self.step_model.rowsRemoved.connect(self._edited)
        self.step_table = QTableView(self)
        self.step_table.setObjectName("next_steps")
        self.step_table.setModel(self.step_model)
        self.step_table.verticalHeader().hide()
        header = self.step_table.horizontalHeader()
        header.setSectionResizeMode(NextStepTableModel.DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NextStepTableModel.AGREED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NextStepTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # Room to type a name and a date; the "done" box takes only what it needs.
        width = self.fontMetrics().horizontalAdvance("2026-12-31") + 40
        header.resizeSection(NextStepTableModel.OWNER, width)
        header.resizeSection(NextStepTableModel.DUE, width)
        self.step_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        add = QPushButton(self.tr("Add next step"), self)
        add.clicked.connect(self.add_step)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.step_model.remove(self.step_table.currentIndex().row()))
        row = QHBoxLayout()
        hint = QLabel(self.tr("Next steps, with who and by when; they show on Today and on the deal. "
                              "Tick the last column for what the customer agreed to: only those "
                              "steps go in the minutes and the deck."), self)
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(self.step_table, 1)
        return box

    # --- filling and reading
    def _fill(self, r: CallNoteRecord) -> None:
        where = r.deal_title or r.company_name
        if r.id is None and not where:
            where = self._where_name(r)
        self.title.setText(self.tr("Call note — %1").replace("%1", where))
        self.setWindowTitle(self.title.text())
        when = r.occurred_at or self.services.clock()
        self.when.setDateTime(QDateTime(when))
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        for field in TEXT_FIELDS:
            w = self.texts[field]
            if isinstance(w, QLineEdit):
                w.setText(getattr(r, field))
            else:
                w.setPlainText(getattr(r, field))
        self.attendee_model.set_attendees(r.attendees)
        self.step_model.set_steps(r.next_steps)
        self.attendee_table.resizeColumnsToContents()
        self._choices = self.services.notes.attendee_choices(deal_id=r.deal_id, company_id=r.company_id)
        self.attendee_choice.clear()
        zh = is_zh()
        sep = "、" if zh else ", "
        for c in self._choices:
            roles = sep.join(x.name_zh if zh else x.name_en for x in c.roles)
            text = " — ".join(p for p in (c.name, c.title, roles) if p)
            self.attendee_choice.addItem(text, c.contact_id)

    def _where_name(self, r: CallNoteRecord) -> str:
        if r.company_id is None:
            return ""
        return self.services.companies.get(r.company_id).name

    def current_record(self) -> CallNoteRecord:
        values = {}
        for field in TEXT_FIELDS:
            w = self.texts[field]
            values[field] = w.text() if isinstance(w, QLineEdit) else w.toPlainText()
        when: datetime = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        return replace(self.record, **values, occurred_at=when, kind=self.kind.currentData(),
                       attendees=self.attendee_model.attendees(),
                       next_steps=self.step_model.steps())

    # --- editing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and watched.objectName() in SPIN_SECTIONS:
            if self._section != watched.objectName():
                self._section = watched.objectName()
                self._show_questions()
        if (event.type() == QEvent.Type.KeyPress
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9):
            self.insert_question(event.key() - Qt.Key.Key_1)  # also a shortcut; this covers focus
            return True
        if (watched is getattr(self, "question_list", None) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.insert_question(self.question_list.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    @property
    def section(self) -> str:
        return self._section

    def set_section(self, section: str) -> None:
        self._section = section
        self._show_questions()

    def _show_questions(self) -> None:
        language = self.question_language.currentData()
        self.question_model.set_questions(self.services.questions.list(self._section), language)
        self.questions_title.setText(self.tr("Questions for %1").replace("%1", self.section_title(self._section)))

    def insert_question(self, row: int) -> None:
        """Put the question on a line of its own at the cursor of the current section."""
        question = self.question_model.question(row)
        if not question:
            return
        edit: QPlainTextEdit = self.texts[self._section]  # type: ignore[assignment]
        cursor = edit.textCursor()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText(question + "\n")
        edit.setTextCursor(cursor)
        edit.setFocus()

    def _fit_attendee_columns(self, *_args: object) -> None:
        self.attendee_table.horizontalHeader().resizeSections()

    def add_attendee(self) -> None:
        contact_id = self.attendee_choice.currentData()
        choice = next((c for c in self._choices if c.contact_id == contact_id), None)
        if choice is not None and self.attendee_model.add(choice):
            self._edited()

    def _remove_attendee(self) -> None:
        self.attendee_model.remove(self.attendee_table.currentIndex().row())
        self._edited()

    def add_step(self) -> None:
        row = self.step_model.add()
        index = self.step_model.index(row, NextStepTableModel.TEXT)
        self.step_table.setCurrentIndex(index)
        self.step_table.edit(index)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    # --- saving
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _not_saved(self, why: str) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", why))

    def save_now(self) -> bool:
        """Write the note to the book if anything changed. True when the book has the edit."""
        self._timer.stop()
        if not self._dirty:
            return True
        record = self.current_record()
        if record.id is None and record.is_blank():
            return True
        done: list[CallNoteRecord] = []
        if not run_op(self, partial(self.services.notes.save, record), on_success=done.append,
                      on_invalid=lambda errors: self._not_saved(self._error_text(ValidationFailed(errors))),
                      on_failed=lambda exc: self._not_saved(book_error_text(exc))):
            return False
        saved = self.record = done[0]
        self._wrote = True
        self.step_model.assign_ids(saved.next_steps)
        self._dirty = False
        self.status.setText(self.tr("Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        self.bus.announce(changes.NOTES, changes.DEALS)
        self.saved.emit(saved.id)
        return True

    def _error_text(self, exc: ValidationFailed) -> str:
        codes = {e.code for e in exc.errors}
        if "step_text_required" in codes:
            return self.tr("a next step has a who or a date but no text.")
        if "too_long" in codes:
            return self.tr("a section is too long.")
        return self.tr("the note's deal or company is no longer in the book.")

    def show_minutes(self) -> None:
        if not self.save_now() or self.record.id is None:
            QMessageBox.information(self, self.tr("Minutes"), self.tr("Write something in the note first."))
            return
        from desktop.ui.notes.minutes_dialog import MinutesDialog

        MinutesDialog(self.services, self.record.id, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.save_now():
            answer = QMessageBox.question(
                self, self.tr("Note not saved"),
                self.tr("This note could not be saved (%1). Close it anyway and lose the last edits?")
                .replace("%1", self.status.text()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        event.accept()
        self.end_session()

    def end_session(self) -> None:
        """Hand the session to the undo stack (once), if it wrote anything; a new one begins."""
        committee = self.committee_start
        if self._wrote:
            committee = self.services.notes.committee_marks(self.record.deal_id)
        if self._wrote and self.record.id is not None and self.record != self.session_start:
            people = {a.contact_id for a in self.session_start.attendees + self.record.attendees}
            marks = marks_changed(self.committee_start, committee, people)
            self.session_ended.emit(self.session_start, self.record, marks)
        self.session_start, self.committee_start, self._wrote = self.record, committee, False
