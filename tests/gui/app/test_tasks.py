"""Background work: a Task outlives the widget it answers to, and drops the answer when that
widget has gone (closed, rebuilt by a language switch) while the work ran or after it."""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.operations import run_op, run_query
from desktop.ui.tasks import Task, _Job, run_in_background, running_tasks


class Page(QWidget):
    """A widget whose callbacks touch its own child, as the app's pages do: called on a dead
    page they would raise (or crash)."""

    def __init__(self, heard: list[object]) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.heard = heard

    def show_result(self, result: object) -> None:
        self.label.setText(str(result))
        self.heard.append(result)

    def show_failure(self, exc: BaseException) -> None:
        self.label.setText(str(exc))
        self.heard.append(exc)


def gated(result: object) -> tuple[threading.Event, object]:
    """Work that waits until the test opens the gate, so the test can act while it runs."""
    gate = threading.Event()

    def work() -> object:
        if not gate.wait(20):
            raise TimeoutError("the test never opened the gate")
        return result

    return gate, work


def test_a_task_whose_widget_is_destroyed_while_it_runs_lives_on_and_calls_nothing(qtbot) -> None:
    heard: list[object] = []
    before = running_tasks()
    page = Page(heard)
    gate, work = gated(42)
    task = run_in_background(work, page.show_result, page.show_failure, page)
    shiboken6.delete(page)  # the window closed while the work ran
    assert shiboken6.isValid(task)  # not deleted under the worker's feet
    assert task.parent() is None
    with qtbot.waitSignal(task.destroyed, timeout=20000):
        gate.set()
    assert heard == [] and task.owner_gone
    assert running_tasks() == before


def test_a_failing_task_whose_widget_went_calls_nothing(qtbot) -> None:
    heard: list[object] = []
    page = Page(heard)
    gate = threading.Event()

    def work() -> None:
        gate.wait(20)
        raise ValueError("late")

    task = run_in_background(work, page.show_result, page.show_failure, page)
    shiboken6.delete(page)
    with qtbot.waitSignal(task.destroyed, timeout=20000):
        gate.set()
    assert heard == []


def test_destroying_the_widget_while_the_tasks_deletelater_is_pending_is_safe(qtbot) -> None:
    heard: list[object] = []
    before = running_tasks()
    window = QWidget()
    page = Page(heard)
    page.setParent(window)
    task = run_in_background(lambda: 7, page.show_result, page.show_failure, page)
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    assert heard == [7]
    assert shiboken6.isValid(task)  # answered; its deleteLater not processed yet
    shiboken6.delete(window)  # the window (and the page in it) goes now
    assert shiboken6.isValid(task)  # the Task is not the window's to delete
    with qtbot.waitSignal(task.destroyed, timeout=20000):
        pass  # its own deleteLater lets it go
    assert heard == [7] and running_tasks() == before


def test_a_task_answers_its_living_widget_once_then_is_let_go(qtbot) -> None:
    heard: list[object] = []
    page = Page(heard)
    qtbot.addWidget(page)
    before = running_tasks()
    task = run_in_background(lambda: "ok", page.show_result, page.show_failure, page)
    assert running_tasks() == before + 1
    with qtbot.waitSignal(task.destroyed, timeout=20000):
        pass
    assert heard == ["ok"] and page.label.text() == "ok"
    assert running_tasks() == before


def test_many_tasks_whose_widgets_went_leave_nothing_behind(qtbot) -> None:
    """The held tasks are released once deleted: no Python wrapper or connection is leaked."""
    before = running_tasks()
    gate = threading.Event()
    refs = []
    last = None
    for n in range(20):
        page = Page([])
        last = run_in_background(lambda n=n: gate.wait(20) and n, page.show_result, page.show_failure, page)
        refs.append(weakref.ref(last))
        shiboken6.delete(page)
    with qtbot.waitSignal(last.destroyed, timeout=20000):
        gate.set()
    qtbot.waitUntil(lambda: running_tasks() == before, timeout=20000)
    del last
    gc.collect()
    assert [r for r in refs if r() is not None] == []


def test_run_query_and_a_background_run_op_drop_the_answer_of_a_widget_that_went(qtbot) -> None:
    heard: list[object] = []
    page = Page(heard)
    gate_read, read = gated("rows")
    gate_write, write = gated("written")
    query = run_query(page, read, page.show_result)
    op = run_op(page, write, changes=("deals",), on_success=page.show_result, background=True)
    shiboken6.delete(page)
    with qtbot.waitSignal(query.destroyed, timeout=20000), qtbot.waitSignal(op.destroyed, timeout=20000):
        gate_read.set()
        gate_write.set()
    assert heard == []


# --- the worker's side: a Task deleted all the same (the app torn down) ends quietly


def test_a_finished_job_whose_task_was_deleted_does_not_raise(qapp) -> None:
    task = Task(QObject())
    job = _Job(lambda: 42, task)
    shiboken6.delete(task)
    job.run()  # on the worker thread this raised "Signal source has been deleted"


def test_a_failed_job_whose_task_was_deleted_does_not_raise(qapp) -> None:
    task = Task()
    job = _Job(lambda: 1 / 0, task)
    shiboken6.delete(task)
    job.run()


def test_a_job_reports_its_result_to_a_living_task(qtbot) -> None:
    owner = QObject()
    task = Task(owner)
    with qtbot.wait_signal(task.done) as blocker:
        _Job(lambda: 42, task).run()
    assert blocker.args == [42]
