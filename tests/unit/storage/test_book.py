"""The book on disk: creation, pragmas, permissions, migration, typed errors."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.schema import APPLICATION_ID, LATEST_VERSION, V1_SCHEMA


def test_a_new_book_is_created_with_wal_foreign_keys_version_and_user_only_permissions(book_path):
    book = open_book(book_path)
    try:
        assert book.created
        mode = stat.S_IMODE(os.stat(book_path).st_mode)
        assert mode == 0o600
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            stages = conn.exec_driver_sql("SELECT name_zh FROM stage ORDER BY position").scalars().all()
        assert stages[0] == "线索" and "赢单" in stages
    finally:
        book.close()


def test_reopening_a_book_keeps_its_data_and_does_not_seed_twice(book_path, clock):
    s = Services.open(book_path, clock)
    from desktop.domain.people import CompanyRecord

    s.companies.save(CompanyRecord(name="华东精密制造集团"))
    s.close()
    book = open_book(book_path)
    try:
        assert not book.created
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM company").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM stage").scalar() == 9
    finally:
        book.close()


def test_the_book_folder_is_created_when_missing(tmp_path):
    path = tmp_path / "deep" / "folder" / "book.dealbrief"
    open_book(path).close()
    assert path.exists()


def _make_v1_book(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO company (id, name, created_at, updated_at) VALUES (1, '康宁医疗', '2025-01-01', '2025-01-01')"
    )
    conn.execute(
        "INSERT INTO contact (id, name, company_id, mobile, other_phone, created_at, updated_at) "
        "VALUES (1, '刘洋', 1, '+8613544445555', '+862158881234', '2025-01-01', '2025-01-01')"
    )
    conn.commit()
    conn.close()


def test_an_older_book_is_copied_then_migrated_with_its_data_kept(book_path, clock):
    _make_v1_book(book_path)
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 1
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            row = conn.exec_driver_sql("SELECT name, phone_digits FROM contact").one()
            assert row == ("刘洋", "8613544445555 862158881234")
            # tables that arrived after version 1 exist now, with the default pipeline
            assert conn.exec_driver_sql("SELECT count(*) FROM stage").scalar() == 9
    finally:
        book.close()
    backups = list((book_path.parent / "backups").glob("*before-v2*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM contact").fetchone()[0] == "刘洋"
    copy.close()


def test_a_migrated_book_finds_phones_however_typed(book_path, clock):
    _make_v1_book(book_path)
    services = Services.open(book_path, clock)
    try:
        assert services.contacts.get(1).mobile == "+8613544445555"
    finally:
        services.close()


def test_a_text_file_is_not_a_book_and_is_left_untouched(book_path):
    book_path.write_text("name,mobile\n王建国,13901234567\n", encoding="utf-8")
    before = book_path.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(book_path)
    assert info.value.kind is BookErrorKind.NOT_A_BOOK
    assert book_path.read_bytes() == before


def test_another_programs_sqlite_file_is_not_a_book(book_path):
    conn = sqlite3.connect(book_path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = book_path.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(book_path)
    assert info.value.kind is BookErrorKind.NOT_A_BOOK
    assert book_path.read_bytes() == before


def test_a_corrupt_book_is_reported_as_damaged_and_not_overwritten(book_path, clock):
    Services.open(book_path, clock).close()
    data = bytearray(book_path.read_bytes())
    # keep the header, scribble over the schema page
    data[100:4096] = b"\xde\xad\xbe\xef" * ((4096 - 100) // 4)
    book_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(book_path) + suffix).unlink(missing_ok=True)
    before = book_path.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(book_path)
    assert info.value.kind is BookErrorKind.DAMAGED
    assert book_path.read_bytes() == before


def test_a_truncated_book_is_reported_and_not_overwritten(book_path, clock):
    services = Services.open(book_path, clock)
    from desktop.services.demo import fill_demo

    fill_demo(services)
    services.close()
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) // 3])
    before = book_path.read_bytes()
    with pytest.raises(BookError) as info:
        services = Services.open(book_path, clock)
        services.contacts.list()  # damage may only show when pages are read
    assert info.value.kind is BookErrorKind.DAMAGED
    assert book_path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_a_read_only_book_is_refused_with_a_typed_error(book_path, clock):
    Services.open(book_path, clock).close()
    book_path.chmod(0o400)
    try:
        with pytest.raises(BookError) as info:
            open_book(book_path)
        assert info.value.kind is BookErrorKind.READ_ONLY
    finally:
        book_path.chmod(0o600)


def test_a_read_only_book_is_refused_even_for_root(book_path, clock, monkeypatch):
    """Root ignores file modes, so the check is made the way the OS would answer a user."""
    Services.open(book_path, clock).close()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(BookError) as info:
        open_book(book_path)
    assert info.value.kind is BookErrorKind.READ_ONLY


def test_a_book_from_a_newer_version_is_refused(book_path, clock):
    Services.open(book_path, clock).close()
    conn = sqlite3.connect(book_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(BookError) as info:
        open_book(book_path)
    assert info.value.kind is BookErrorKind.TOO_NEW


def test_a_missing_book_is_not_created_when_asked_not_to(book_path):
    with pytest.raises(BookError) as info:
        open_book(book_path, create=False)
    assert info.value.kind is BookErrorKind.CANNOT_OPEN
    assert not book_path.exists()


def _make_v2_book_with_a_next_step(path: Path, clock) -> None:
    """A version-2 book: today's tables without next_step.agreed, holding one next step."""
    from desktop.domain.deals import DealRecord
    from desktop.domain.people import CompanyRecord

    services = Services.open(path, clock)
    company = services.companies.save(CompanyRecord(name="康宁医疗"))
    deal = services.deals.save(DealRecord(company_id=company.id, title="质量追溯系统"))
    services.deals.add_next_step(deal.id, "发送 Part 11 合规说明", owner="我方")
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE next_step DROP COLUMN agreed")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_a_version_2_book_gets_next_step_agreed_with_its_steps_kept_as_internal(book_path, clock):
    _make_v2_book_with_a_next_step(book_path, clock)
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 2
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            rows = conn.exec_driver_sql("SELECT text, owner, agreed FROM next_step").all()
        # kept, and internal until the seller ticks it: nothing is printed for the customer
        assert rows == [("发送 Part 11 合规说明", "我方", 0)]
    finally:
        book.close()
    backups = list((book_path.parent / "backups").glob("*before-v3*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    copy.close()


def test_the_v2_to_v3_migration_alone_adds_the_column_and_keeps_rows(tmp_path):
    from desktop.storage.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE next_step (id INTEGER PRIMARY KEY, text VARCHAR NOT NULL)")
    conn.execute("INSERT INTO next_step (text) VALUES ('请刘洋引荐孙丽')")
    MIGRATIONS[2](conn)
    assert conn.execute("SELECT text, agreed FROM next_step").fetchall() == [("请刘洋引荐孙丽", 0)]
    conn.close()
    # A version-1 book has no next_step table yet: the migration leaves that to create_all.
    bare = sqlite3.connect(tmp_path / "y.db")
    MIGRATIONS[2](bare)
    assert bare.execute("SELECT count(*) FROM sqlite_master WHERE name = 'next_step'").fetchone() == (0,)
    bare.close()
