"""The app opens a book without waiting for its check (issue 20): the check runs afterwards
(`Book.check`), and until it passes nothing reaches the book. A book that fails it is found by
that check and never written (issue 13's rule). Real SQLite files; damage as the fault tests do."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import back_up_now
from desktop.storage.errors import BookError, BookErrorKind


def files_digest(path: Path) -> str:
    """The book and its -wal, byte for byte (a write lands in one of them; an empty -wal left by
    a read-only connection holds nothing)."""
    h = hashlib.sha256()
    for name in (path.name, path.name + "-wal"):
        f = path.with_name(name)
        h.update(f.read_bytes() if f.exists() else b"")
    return h.hexdigest()


def closed_book(services: Services) -> Path:
    path = services.book.path
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the book stays in WAL, as a seller's does
    conn.close()
    return path


def damage_contacts_page(path: Path) -> None:
    """The contact table's root page overwritten (tests/gui/data/test_damaged_book_dialog.py)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 8:root * 4096] = b"\x5a" * 4088
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def test_a_write_before_the_check_has_passed_does_not_reach_the_book(services, clock) -> None:
    services.contacts.save(ContactRecord(name="陈静"))
    path = closed_book(services)
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        assert opened.book.checking and not opened.book.writable
        before = files_digest(path)
        assert [c.name for c in opened.contacts.list()] == ["陈静"]  # reads work at once
        with pytest.raises(BookError) as caught:
            opened.contacts.save(ContactRecord(name="李娜"))
        assert caught.value.kind is BookErrorKind.CHECKING
        with pytest.raises(BookError), opened.book.all_or_nothing():
            pass
        assert files_digest(path) == before
        opened.book.check()
        assert not opened.book.checking and opened.book.writable
        opened.contacts.save(ContactRecord(name="李娜"))  # the check passed: writes go through
        assert sorted(c.name for c in opened.contacts.list()) == ["李娜", "陈静"]
    finally:
        opened.close()


def damaged_book(services: Services, clock) -> tuple[Path, Path, str]:  # noqa: ANN001
    """A book with a contact, backed up, closed, its contact page damaged: (book, the good
    backup, the digest of the damaged files)."""
    services.contacts.save(ContactRecord(name="陈静"))
    good = back_up_now(services.book.path, clock())
    path = closed_book(services)
    damage_contacts_page(path)
    return path, good, files_digest(path)


def test_a_damaged_book_is_found_by_the_later_check_and_never_written(services, clock) -> None:
    path, good, before = damaged_book(services, clock)
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        assert opened.book.checking  # the damage is in a page: only the check reads it
        with pytest.raises(BookError) as caught:
            opened.book.check()
        assert caught.value.kind is BookErrorKind.DAMAGED and caught.value.backup == good
        assert opened.book.damaged and not opened.book.checking and not opened.book.writable
        with pytest.raises(BookError) as refused:
            opened.contacts.save(ContactRecord(name="李娜"))
        assert refused.value.kind is BookErrorKind.DAMAGED
        assert opened.pipeline.stages()  # what can be read still is
    finally:
        opened.close()
    assert files_digest(path) == before


def test_a_planted_trigger_is_found_by_the_later_check(services, clock) -> None:
    path = closed_book(services)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER planted AFTER INSERT ON contact BEGIN DELETE FROM deal; END")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = files_digest(path)
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        with pytest.raises(BookError) as caught:
            opened.book.check()
        assert caught.value.kind is BookErrorKind.UNTRUSTED
        with pytest.raises(BookError):
            opened.contacts.save(ContactRecord(name="李娜"))
    finally:
        opened.close()
    assert files_digest(path) == before


def test_a_book_not_in_wal_or_of_an_older_version_is_checked_when_opened(services, clock) -> None:
    path = closed_book(services)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # its first connection would write the header
    conn.close()
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        assert not opened.book.checking and opened.book.writable
    finally:
        opened.close()


def test_a_new_book_is_checked_when_made(tmp_path, clock) -> None:
    opened = Services.open(tmp_path / "new.dealbrief", clock, check_later=True)
    try:
        assert not opened.book.checking
        opened.contacts.save(ContactRecord(name="陈静"))
    finally:
        opened.close()


def test_a_check_stopped_as_the_app_closes_leaves_the_book_unchecked_and_unwritten(services, clock) -> None:
    path = closed_book(services)
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        before = files_digest(path)
        opened.book.stop_check()  # the app quits while the check runs: its verdict is not used
        opened.book.check()
        assert opened.book.checking
        with pytest.raises(BookError):
            opened.contacts.save(ContactRecord(name="李娜"))
    finally:
        opened.close()
    assert files_digest(path) == before


def test_a_check_stopped_while_it_reads_ends_without_a_verdict(services, clock, monkeypatch) -> None:
    """stop_check while the check reads: its statements stop (quick_check never reads the
    pages), the book stays unchecked and unwritten."""
    import desktop.storage.book as book_module

    path = closed_book(services)
    opened = Services.open(path, clock, create=False, check_later=True)
    checked: list[list[str]] = []
    quick_check = book_module.quick_check
    monkeypatch.setattr(book_module, "quick_check", lambda conn: checked.append(quick_check(conn)) or [])
    try:
        watch = opened.book._watch

        def stop_once_watched(conn) -> None:  # noqa: ANN001
            watch(conn)
            opened.book.stop_check()  # as the app does from the GUI thread while the check reads

        opened.book._watch = stop_once_watched  # type: ignore[method-assign]
        opened.book.check()
        assert opened.book.checking and not opened.book.damaged
        assert all(result != [] for result in checked)  # no whole quick_check ran
    finally:
        opened.close()


def test_a_check_alongside_passes_on_its_thread_and_then_the_book_may_be_written(services, clock) -> None:
    """`dealbrief brief` and `deck` read while the check runs on a thread (issue 20); once
    `checked()` returns the book was checked exactly as when it is opened."""
    services.contacts.save(ContactRecord(name="陈静"))
    path = closed_book(services)
    opened = Services.open(path, clock, create=False, check_alongside=True)
    try:
        assert [c.name for c in opened.contacts.list()] == ["陈静"]  # read while it is checked
        opened.book.checked()
        assert not opened.book.checking and opened.book.writable and not opened.book.check_failed
        opened.contacts.save(ContactRecord(name="李娜"))
    finally:
        opened.close()


def test_a_damaged_book_checked_alongside_raises_when_asked_and_is_never_written(services, clock) -> None:
    path, good, before = damaged_book(services, clock)
    opened = Services.open(path, clock, create=False, check_alongside=True)
    try:
        opened.pipeline.stages()  # what is read meanwhile is not trusted until checked() returns
        for _ in range(2):  # asked again (the command's own guard after it), the same verdict
            with pytest.raises(BookError) as caught:
                opened.book.checked()
            assert caught.value.kind is BookErrorKind.DAMAGED and caught.value.backup == good
        assert opened.book.check_failed and opened.book.damaged and not opened.book.writable
    finally:
        opened.close()
    assert files_digest(path) == before


def test_a_check_alongside_stopped_by_closing_is_not_a_passed_check(services, clock) -> None:
    path = closed_book(services)
    opened = Services.open(path, clock, create=False, check_later=True)
    opened.book.stop_check()  # the check is stopped before it reads (closing)
    opened.book.check_alongside()
    with pytest.raises(BookError) as caught:
        opened.book.checked()
    assert caught.value.kind is BookErrorKind.CHECKING
    opened.close()


def test_a_check_alongside_seldom_takes_the_gil_from_the_document_being_laid_out(services, clock) -> None:
    """Each call of the check's progress handler takes the GIL from the thread laying out the
    document: at one call per thousand SQLite steps, the 1× bench book's quick_check made 6,400
    and both threads waited on each other (issue 20). Counted, not timed: 20,000 contacts."""
    path = closed_book(services)
    conn = sqlite3.connect(path)
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
        "INSERT INTO contact (name, name_alt, title, department, mobile, other_phone, phone_digits,"
        " email, wechat, qq, remarks, tags, created_at, updated_at) "
        "SELECT '客户' || i, '', '', '', '', '', '', '', '', '', '', '', '2026-11-01', '2026-11-01' FROM n")
    conn.commit()
    closed = sqlite3.connect(path)
    conn.close()
    closed.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    closed.close()
    calls: list[str] = []

    def profile(frame, event, _arg) -> None:  # noqa: ANN001
        if event == "call" and frame.f_code.co_qualname.startswith("Book._watch"):
            calls.append(threading.current_thread().name)

    threading.setprofile(profile)  # threads started from here on: the check's
    try:
        opened = Services.open(path, clock, create=False, check_alongside=True)
        opened.book.checked()
    finally:
        threading.setprofile(None)
    opened.close()
    assert not opened.book.checking  # it ran, and passed
    assert len(calls) <= 3, f"{len(calls)} progress calls"


def test_the_check_reads_the_pages_before_the_schema(services, clock, monkeypatch) -> None:
    """quick_check is one long statement that runs outside the GIL; the schema check is forty
    short ones, each waiting for the GIL while the document is laid out beside the check: the
    long one goes first (issue 20). A planted trigger is still refused."""
    import desktop.storage.book as book_module

    path = closed_book(services)
    order: list[str] = []
    quick_check, check_schema = book_module.quick_check, book_module.check_schema
    monkeypatch.setattr(book_module, "quick_check",
                        lambda conn: order.append("pages") or quick_check(conn))
    monkeypatch.setattr(book_module, "check_schema",
                        lambda *a: order.append("schema") or check_schema(*a))
    opened = Services.open(path, clock, create=False, check_alongside=True)
    opened.book.checked()
    opened.close()
    assert order == ["pages", "schema"]
