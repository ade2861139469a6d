"""Today's tests: counting the rows Today's reads bring from SQLite into Python."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


class _CountingCursor:
    """A DB-API cursor that adds every row it hands over to `seen[0]`."""

    def __init__(self, cursor: Any, seen: list[int]) -> None:
        self.cursor, self.seen = cursor, seen

    def __iter__(self) -> Iterator[Any]:
        for row in self.cursor:
            self.seen[0] += 1
            yield row

    def fetchall(self) -> list:
        rows = self.cursor.fetchall()
        self.seen[0] += len(rows)
        return rows

    def fetchone(self) -> Any:
        row = self.cursor.fetchone()
        self.seen[0] += row is not None
        return row


@pytest.fixture
def rows_read(monkeypatch) -> Callable[[Any, Callable[[], T]], tuple[T, int]]:  # noqa: ANN001
    """`rows_read(book, read)`: what `read()` returns, and how many rows it brought from SQLite
    into Python through `book.raw_reading()` (Today's plain-SQL reads; every query counted)."""

    def count(book: Any, read: Callable[[], T]) -> tuple[T, int]:
        seen = [0]
        reading = type(book).raw_reading

        @contextmanager
        def counting(self: Any) -> Iterator[Any]:
            with reading(self) as conn:
                class Counting:
                    def execute(self, *args: Any) -> _CountingCursor:
                        return _CountingCursor(conn.execute(*args), seen)

                yield Counting()

        with monkeypatch.context() as patch:
            patch.setattr(type(book), "raw_reading", counting)
            result = read()
        return result, seen[0]

    return count
