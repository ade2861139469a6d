"""Background work off the GUI thread (Anki's taskman): results come back by signal.

Use for anything that can take more than ~100 ms: imports, printing, backups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """Lives on the GUI thread; the worker posts to `_posted_*`, which re-emit there."""

    done = Signal(object)
    failed = Signal(object)
    _posted_done = Signal(object)
    _posted_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted_done.connect(self._relay_done)
        self._posted_failed.connect(self._relay_failed)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        self.done.emit(result)

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        self.failed.emit(exc)


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
            # The Task went with its parent (a window closed while the work ran): nobody is
            # waiting for the answer any more.
            pass


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    parent: QObject,
) -> Task:
    """Run `fn` on the thread pool; `on_done(result)` or `on_failed(exc)` run on the GUI thread.

    Returns the Task (tests can wait on its `done`/`failed` signals).
    """
    task = Task(parent)
    task.done.connect(on_done)
    task.failed.connect(on_failed)
    task.done.connect(task.deleteLater)
    task.failed.connect(task.deleteLater)
    QThreadPool.globalInstance().start(_Job(fn, task))
    return task
