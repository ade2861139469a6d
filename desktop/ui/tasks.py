"""Background work off the GUI thread (Anki's taskman): results come back by signal.

Use for anything that can take more than ~100 ms: imports, printing, backups.

Who owns what: a `Task` is a parentless QObject that owns itself while its work runs (it is kept
in `_RUNNING` until it has answered, then let go with deleteLater). The widget it answers to is
its *owner*, not its Qt parent: a window closed or rebuilt (a language switch) while the work runs
does not delete the Task under the worker's feet or while its deleteLater is pending; the Task
only notes, through the owner's `destroyed` signal, that nobody is waiting any more, and drops the
answer (the callbacks, which would reach into the dead widget, are not called).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# The tasks whose work has not answered yet, or whose deleteLater is pending: each is held here
# until Qt has deleted it, so Python never deletes one directly while Qt still holds it.
_RUNNING: set[Task] = set()


class Task(QObject):
    """Lives on the GUI thread; the worker posts to `_posted_*`, which re-emit there.

    `done`/`failed` are emitted only while the owner is alive; the Task is let go either way."""

    done = Signal(object)
    failed = Signal(object)
    _posted_done = Signal(object)
    _posted_failed = Signal(object)

    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__()  # parentless on purpose: see the module's docstring
        self.owner_gone = False
        if owner is not None:
            owner.destroyed.connect(self._owner_destroyed)
        self._posted_done.connect(self._relay_done)
        self._posted_failed.connect(self._relay_failed)

    @Slot()
    def _owner_destroyed(self) -> None:
        self.owner_gone = True

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        if not self.owner_gone:
            self.done.emit(result)
        self.deleteLater()

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        if not self.owner_gone:
            self.failed.emit(exc)
        self.deleteLater()


def _hold(task: Task) -> None:
    """Keep `task` alive until Qt deletes it (its deleteLater, after the answer)."""
    _RUNNING.add(task)
    # By the time `destroyed` is emitted the wrapper no longer owns the C++ object: dropping
    # the last reference then frees only the Python side.
    task.destroyed.connect(lambda _obj=None: _RUNNING.discard(task))


def running_tasks() -> int:
    """How many tasks are running or waiting to be deleted (tests check none is leaked)."""
    return len(_RUNNING)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self.fn = fn
        self.task = task

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self._post("_posted_failed", exc)
        else:
            self._post("_posted_done", result)

    def _post(self, signal: str, value: object) -> None:
        try:
            getattr(self.task, signal).emit(value)
        except RuntimeError:
            # The Task was deleted all the same (the application is being torn down): nobody
            # is waiting for the answer any more.
            pass


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    owner: QObject,
) -> Task:
    """Run `fn` on the thread pool; `on_done(result)` or `on_failed(exc)` run on the GUI thread,
    unless `owner` (the widget they report to) was destroyed meanwhile: then neither runs.

    Returns the Task (tests can wait on its `done`/`failed`/`destroyed` signals).
    """
    task = Task(owner)
    task.done.connect(on_done)
    task.failed.connect(on_failed)
    _hold(task)
    QThreadPool.globalInstance().start(_Job(fn, task))
    return task
