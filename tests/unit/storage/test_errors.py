"""SQLite errors become typed, plain-words storage errors."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.domain.people import CompanyRecord
from desktop.storage.errors import CLI_MESSAGES, BookError, BookErrorKind, classify


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database is locked", BookErrorKind.LOCKED),
        ("attempt to write a readonly database", BookErrorKind.READ_ONLY),
        ("database or disk is full", BookErrorKind.DISK_FULL),
        ("database disk image is malformed", BookErrorKind.CORRUPT),
        ("file is not a database", BookErrorKind.NOT_A_BOOK),
        ("unable to open database file", BookErrorKind.CANNOT_OPEN),
    ],
)
def test_sqlite_messages_map_to_kinds(message, kind):
    assert classify(sqlite3.OperationalError(message)) is kind


def test_unknown_errors_are_not_hidden():
    assert classify(ValueError("bug")) is None
    assert classify(sqlite3.OperationalError("no such column: nope")) is None


def test_every_kind_has_a_cli_message():
    assert set(CLI_MESSAGES) == set(BookErrorKind)


def test_a_full_disk_during_a_save_is_typed_and_writes_nothing(services):
    """SQLite's page limit makes the book 'full' for real; the save fails cleanly."""
    from sqlalchemy import event

    services.companies.save(CompanyRecord(name="先有的公司"))

    def limit_pages(dbapi_conn, _record):  # noqa: ANN001
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    services.book.engine.dispose()
    event.listen(services.book.engine, "connect", limit_pages)
    with pytest.raises(BookError) as info:
        services.companies.save(CompanyRecord(name="大" * 200_000))
    assert info.value.kind is BookErrorKind.DISK_FULL
    event.remove(services.book.engine, "connect", limit_pages)
    services.book.engine.dispose()
    assert [c.name for c in services.companies.list()] == ["先有的公司"]


def test_a_book_locked_by_another_program_is_typed_and_the_save_can_be_tried_again(services):
    """Another program holds the write lock longer than we wait: a LOCKED error, nothing half
    written; once it lets go, the same save works."""
    from sqlalchemy import event

    def wait_briefly(dbapi_conn, _record):  # noqa: ANN001 - keep the test fast: wait 50 ms, not 3 s
        dbapi_conn.execute("PRAGMA busy_timeout = 50")

    services.book.engine.dispose()
    event.listen(services.book.engine, "connect", wait_briefly)
    other = sqlite3.connect(services.book.path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # holds the write lock
        with pytest.raises(BookError) as info:
            services.companies.save(CompanyRecord(name="华东精密"))
        assert info.value.kind is BookErrorKind.LOCKED
        assert "Try again" in CLI_MESSAGES[info.value.kind]
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert services.companies.list() == []
    services.companies.save(CompanyRecord(name="华东精密"))
    assert [c.name for c in services.companies.list()] == ["华东精密"]
    event.remove(services.book.engine, "connect", wait_briefly)
