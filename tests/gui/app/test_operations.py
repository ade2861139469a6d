"""ui/operations: a quick read on the GUI thread gives its result, or its fallback after the
failure was worded once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import NotFound
from desktop.services.errors import BookError, BookErrorKind
from desktop.ui.messages import book_error_text
from desktop.ui.operations import ignore_failure, read_now


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
