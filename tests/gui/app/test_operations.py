"""ui/operations: a quick read on the GUI thread gives its result, or its fallback after the
failure was worded once; a long write on the thread pool is worded and announced as run_op does."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import NotFound
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.operations import ignore_failure, read_now, run_op


def _no_box() -> None:
    raise AssertionError("no message box expected")


def _raise(exc: BaseException):
    def query():
        raise exc
    return query


def test_a_read_that_works_gives_its_result(qtbot) -> None:
    assert read_now(None, lambda: [1, 2], fallback=[]) == [1, 2]


def test_a_book_error_is_worded_once_and_gives_the_fallback(qtbot, monkeypatch) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: said.append((title, text))))
    parent = QWidget()
    qtbot.addWidget(parent)
    error = BookError(BookErrorKind.LOCKED, "/tmp/book.dealbrief")
    assert read_now(parent, _raise(error), fallback="none") == "none"
    assert len(said) == 1 and said[0][1] == book_error_text(error)


def test_on_failed_takes_the_words_instead_of_a_box(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: _no_box()))
    got: list[BookError] = []
    error = BookError(BookErrorKind.DISK_FULL)
    assert read_now(None, _raise(error), on_failed=got.append) is None
    assert got == [error]
    assert read_now(None, _raise(error), fallback=0, on_failed=ignore_failure) == 0


def test_a_record_that_went_away_is_silent(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: _no_box()))
    assert read_now(None, _raise(NotFound("deal 7")), fallback=False) is False


def test_a_bug_reaches_the_caller(qtbot) -> None:
    with pytest.raises(ZeroDivisionError):
        read_now(None, lambda: 1 / 0)


# --- run_op(..., background=True): a long write on the thread pool, worded and announced alike


@pytest.fixture
def whole_book(qtbot, tmp_path, clock, demo_services):
    """Import the demo book's whole-book export into an empty book, from a parent widget, with
    a bus whose announcements are heard."""
    from desktop.ui.bus import Bus
    from desktop.ui.data.whole_book import import_whole_book

    exported = demo_services.exporting.whole_book(tmp_path / "book.json").path
    parent = QWidget()
    qtbot.addWidget(parent)
    bus = Bus()
    heard: list[frozenset] = []
    bus.changed.connect(heard.append)
    empty = Services.open(tmp_path / "empty.dealbrief", clock)

    def start():
        return import_whole_book(parent, empty, bus, exported, confirm=False)

    yield empty, start, heard
    empty.close()


def test_a_background_write_succeeds_then_the_bus_announces(qtbot, whole_book, monkeypatch) -> None:
    """A whole-book import runs on the thread pool; on the GUI thread the seller is told, then
    every kind is announced (a view showing any of them reloads)."""
    from desktop.domain.changes import ALL_KINDS

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: _no_box()))
    empty, start, heard = whole_book
    task = start()
    assert task is not None and heard == []  # nothing announced before the write is done
    with qtbot.waitSignal(task.destroyed, timeout=20000):  # done, then let go of
        pass
    assert heard == [frozenset(ALL_KINDS)]
    assert len(said) == 1 and said[0].startswith("The whole book was imported: 8 companies, 23 contacts")
    assert len(empty.contacts.list()) == 23


def test_a_background_write_that_fails_with_a_book_error_is_worded_and_writes_nothing(
        qtbot, whole_book, monkeypatch) -> None:
    """The book turned read-only while the seller was choosing: the import fails on the thread
    pool, the seller gets the book error in plain words once, nothing is written or announced."""
    from tests.faults import make_read_only

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: said.append((title, text))))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: _no_box()))
    empty, start, heard = whole_book
    make_read_only(empty.book)
    task = start()
    failed: list[BaseException] = []
    task.failed.connect(failed.append)
    with qtbot.waitSignal(task.destroyed, timeout=20000):  # failed, then let go of
        pass
    error = failed[0]
    assert isinstance(error, BookError) and error.kind is BookErrorKind.READ_ONLY
    assert said == [(book_error_title(error), book_error_text(error))]
    assert heard == []
    assert empty.contacts.list() == [] and empty.importing.book_is_empty()


def test_a_background_write_that_raises_a_bug_does_not_hide_it(qtbot, monkeypatch) -> None:
    """An error neither the helper nor the caller knows is raised on the GUI thread, not swallowed."""
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: _no_box()))
    parent = QWidget()
    qtbot.addWidget(parent)
    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: raised.append(exc))
    task = run_op(parent, lambda: 1 / 0, changes=("deals",), on_error=lambda _e: False, background=True)
    with qtbot.waitSignal(task.destroyed, timeout=20000):
        pass
    assert len(raised) == 1 and isinstance(raised[0], ZeroDivisionError)
