"""The window does not wait for the book's check (issue 20): it runs on the thread pool after the
window shows. Until it passes the status bar says so, a save is refused in plain words and nothing
reaches the book; then the daily backup and the index catch-up start. A book that fails the check
is read-only from then on and the seller gets the way out."""

from __future__ import annotations

import threading
from functools import partial

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import Shiboken

import desktop.app as app
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import back_up_now
from desktop.ui.book_dialogs import ReadOnly
from desktop.ui.data.backups import restore_into_open_book
from desktop.ui.operations import run_op
from tests.unit.storage.test_check_later import closed_book, damage_contacts_page, files_digest


@pytest.fixture
def started(monkeypatch):
    """What start_background_work would start (the daily backup, the index catch-up)."""
    calls: list[str] = []
    monkeypatch.setattr(app, "start_daily_backup", lambda *_a: calls.append("backup"))
    monkeypatch.setattr(app, "start_search_catch_up", lambda *_a: calls.append("index"))
    return calls


def shown(qtbot, settings, services: Services) -> tuple[app.Shell, app.Running]:
    shell = app.Shell(QApplication.instance(), settings)
    window = shell.show_main_window(services)  # deleted on close (the tests close it)
    qtbot.waitExposed(window)
    return shell, app.Running(services, None)


def checking_label(window) -> QLabel | None:  # noqa: ANN001
    return window.statusBar().findChild(QLabel, "checking_book")


def test_a_save_before_the_check_passes_is_refused_in_words_and_nothing_is_written(
        qtbot, settings, services, clock, answer_dialogs, started) -> None:
    told, _answers = answer_dialogs
    services.contacts.save(ContactRecord(name="陈静"))
    path = closed_book(services)
    opened = app.open_services(path)
    assert opened is not None and opened.book.checking
    shell, running = shown(qtbot, settings, opened)
    try:
        before = files_digest(path)
        assert not run_op(shell.window, partial(opened.contacts.save, ContactRecord(name="李娜")))
        assert "still checking the book" in told[-1]  # the seller's words, not a traceback
        assert restore_into_open_book(shell.window, opened, shell.window.bus) is None
        assert "still checking the book" in told[-1]  # File → Restore waits for the check too
        assert files_digest(path) == before
        task = app.start_book_check(shell, running)
        assert task is not None and checking_label(shell.window).text() == "Checking the book…"
        qtbot.waitUntil(lambda: not opened.book.checking and started == ["backup", "index"])
        qtbot.waitUntil(lambda: checking_label(shell.window) is None)
        assert run_op(shell.window, partial(opened.contacts.save, ContactRecord(name="李娜")))
    finally:
        shell.window.close()
        opened.close()


def test_a_damaged_book_is_found_after_the_window_shows_and_stays_unwritten(
        qtbot, settings, services, clock, monkeypatch, answer_dialogs, started) -> None:
    services.contacts.save(ContactRecord(name="陈静"))
    good = back_up_now(services.book.path, clock())
    path = closed_book(services)
    damage_contacts_page(path)
    before = files_digest(path)
    opened = app.open_services(path)
    assert opened is not None and opened.book.checking  # the window came up on it
    offered = []
    monkeypatch.setattr(app, "ask_way_out", lambda error, _parent: offered.append(error) or ReadOnly(path))
    shell, running = shown(qtbot, settings, opened)
    try:
        app.start_book_check(shell, running)
        qtbot.waitUntil(lambda: bool(offered))
        [error] = offered
        assert error.kind.value == "damaged" and error.backup == good
        assert opened.book.damaged and "damaged" in shell.window.statusBar().currentMessage()
        assert started == []  # no daily backup, no index catch-up on a book that failed
        assert not run_op(shell.window, partial(opened.contacts.save, ContactRecord(name="李娜")))
        assert "damaged" in answer_dialogs[0][-1]
    finally:
        shell.window.close()
        opened.close()
    assert files_digest(path) == before


def test_a_language_switch_while_the_book_is_checked_still_starts_the_background_work(
        qtbot, settings, services, clock, started) -> None:
    path = closed_book(services)
    opened = app.open_services(path)
    assert opened is not None and opened.book.checking
    shell, running = shown(qtbot, settings, opened)
    first = shell.window
    gate, check = threading.Event(), opened.book.check
    opened.book.check = lambda: gate.wait(30) and check()  # type: ignore[method-assign]
    try:
        app.start_book_check(shell, running)
        first.language_changed.emit("zh_CN")  # the window is rebuilt while the check runs
        assert shell.window is not first
        qtbot.waitUntil(lambda: not Shiboken.isValid(first))  # the old window is gone
        gate.set()
        qtbot.waitUntil(lambda: started == ["backup", "index"])
        assert not opened.book.checking
    finally:
        shell.window.close()
        shell.set_language("en")
        opened.close()


def test_a_check_stopped_by_closing_the_book_is_not_taken_for_a_passed_one(
        qtbot, settings, services, clock, started) -> None:
    """A check the closing book stopped answers like a passed one (no error): nothing may follow
    from it, not on a window that has gone (it broke a later GUI test with a dead MainWindow)."""
    path = closed_book(services)
    opened = app.open_services(path)
    assert opened is not None and opened.book.checking
    shell, running = shown(qtbot, settings, opened)
    window = shell.window
    gate, check = threading.Event(), opened.book.check
    opened.book.check = lambda: gate.wait(30) and check()  # type: ignore[method-assign]
    task = app.start_book_check(shell, running)
    assert task is not None
    window.close()  # the window goes, then the book is closed while its check runs
    qtbot.waitUntil(lambda: not Shiboken.isValid(window))
    opened.book.stop_check()
    with qtbot.waitSignal(task.done, timeout=10000):
        gate.set()
    assert opened.book.checking and not running.settled  # stopped: not checked, never written
    assert started == []  # neither the daily backup nor the index catch-up
    opened.close()
