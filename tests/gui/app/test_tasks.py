"""Background work whose window went away while it ran ends quietly."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from desktop.ui.tasks import Task, _Job


def test_a_finished_job_whose_task_was_deleted_does_not_raise(qapp) -> None:
    parent = QObject()
    task = Task(parent)
    job = _Job(lambda: 42, task)
    shiboken6.delete(parent)  # the window closed; its Task went with it
    job.run()  # on the worker thread this raised "Signal source has been deleted"


def test_a_failed_job_whose_task_was_deleted_does_not_raise(qapp) -> None:
    parent = QObject()
    job = _Job(lambda: 1 / 0, Task(parent))
    shiboken6.delete(parent)
    job.run()


def test_a_job_reports_its_result_to_a_living_task(qtbot) -> None:
    parent = QObject()
    task = Task(parent)
    with qtbot.wait_signal(task.done) as blocker:
        _Job(lambda: 42, task).run()
    assert blocker.args == [42]
