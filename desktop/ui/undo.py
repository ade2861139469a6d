"""Undo and redo for every change made through the app's commands: one shared QUndoStack.

The main window owns the stack (`MainWindow.undo_stack`) and hands it to every page; Edit → Undo
and Edit → Redo act on it. A page records a user action AFTER its write ran, so an error is shown
in plain words and never reaches the stack:

    if run_op(self, lambda: deals.move(deal_id, new_stage), bus=self.bus, changes=(DEALS,)):
        push_write(self.undo_stack, self.tr("Move “%1”").replace("%1", title),
                   undo=lambda: deals.move(deal_id, old_stage),
                   redo=lambda: deals.move(deal_id, new_stage),
                   run=lambda f: run_op(self, f, bus=self.bus, changes=(DEALS,)))

One user action is one command (a drag, a stage change, a saved form, a step marked done). Undo
and redo run through `run`, which words failures (the record went away, the book is locked) and
announces what changed so every view refreshes; a failed undo leaves the command where it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

Run = Callable[[Callable[[], object]], bool]  # runs a write, words errors, announces; True when done


class UndoableWrite(QUndoCommand):
    """A write that already ran: `undo` takes it back, `redo` does it again (both through `run`)."""

    def __init__(self, label: str, run: Run, undo: Callable[[], object],
                 redo: Callable[[], object]) -> None:
        super().__init__(label)
        self._run, self._undo, self._redo, self._first = run, undo, redo, True

    def redo(self) -> None:
        if self._first:  # pushing calls redo: the write already ran
            self._first = False
            return
        if not self._run(self._redo):
            self.setObsolete(True)  # the record went away: nothing left to redo

    def undo(self) -> None:
        if not self._run(self._undo):
            self.setObsolete(True)


def push_write(stack: QUndoStack, label: str, *, undo: Callable[[], object],
               redo: Callable[[], object], run: Run) -> None:
    """Record a write that already ran as one undoable user action."""
    stack.push(UndoableWrite(label, run, undo, redo))


class TypingFirst(QObject):
    """Ctrl+Z in a text field undoes the typing there first, then the window's last action.

    A text field claims Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y for itself even when it has nothing
    left to undo (a form refilled after Save has no typing history), so Edit → Undo never
    heard the key: after Ctrl+S, Ctrl+Z did nothing. This filter lets the key through to the
    window's Undo/Redo when the field under the cursor has nothing of its own to undo or redo.

    Made by the main window, for the fields of that window only: it watches each widget of the
    window as it takes the keyboard focus (the shortcut keys go to the focus widget first), not
    the whole application. A filter on the application in Python is called for every event of
    every object, and the first ones it sees made start-up pay for PySide6 looking up the types
    of Qt's own objects (issue 20; tests/e2e/test_startup_weight.py).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)  # type: ignore[attr-defined]

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and now.window() is self._window:
            now.installEventFilter(self)  # once: installing it again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget) \
                or watched.window() is not self._window:
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        undo = key.matches(QKeySequence.StandardKey.Undo)
        if not undo and not key.matches(QKeySequence.StandardKey.Redo):
            return False
        if _has_own(watched, undo):
            return False
        event.ignore()  # not the field's: the window's shortcut gets it
        return True


def _has_own(widget: QWidget, undo: bool) -> bool:
    """True when the text field has typing of its own to undo (or redo)."""
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        return doc.isUndoAvailable() if undo else doc.isRedoAvailable()
    return True  # anything else keeps its own handling
