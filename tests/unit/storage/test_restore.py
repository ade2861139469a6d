"""Restore: validates first, keeps the current book, works on a missing or damaged book."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import back_up_now, backups_dir
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.restore import restore_backup


def test_restore_replaces_the_book_and_keeps_the_current_one(services: Services, clock) -> None:
    services.contacts.save(ContactRecord(name="王芳"))
    backup = back_up_now(services.book.path, clock())
    services.contacts.save(ContactRecord(name="刘洋"))

    result = restore_backup(backup, services.book.path, clock())

    # the open services see the restored book at once (loaded with the online backup API)
    assert [c.name for c in services.contacts.list()] == ["王芳"]
    assert result.kept is not None and result.kept.parent == backups_dir(services.book.path)
    kept = Services.open(result.kept, clock, create=False)
    try:
        assert sorted(c.name for c in kept.contacts.list()) == ["刘洋", "王芳"]
    finally:
        kept.close()


def test_restore_creates_a_missing_book(services: Services, clock, tmp_path: Path) -> None:
    services.contacts.save(ContactRecord(name="陈静"))
    backup = back_up_now(services.book.path, clock(), tmp_path / "elsewhere" / "copy.dealbrief")
    target = tmp_path / "new-place" / "book.dealbrief"
    target.parent.mkdir()
    result = restore_backup(backup, target, clock())
    assert result.kept is None
    restored = Services.open(target, clock, create=False)
    try:
        assert [c.name for c in restored.contacts.list()] == ["陈静"]
    finally:
        restored.close()


def test_restore_over_a_damaged_book_moves_it_aside_untouched(services: Services, clock, tmp_path: Path) -> None:
    services.contacts.save(ContactRecord(name="杨磊"))
    backup = back_up_now(services.book.path, clock(), tmp_path / "copy.dealbrief")
    target = tmp_path / "damaged" / "book.dealbrief"
    target.parent.mkdir()
    garbage = b"SQLite format 3\x00" + b"\x00garbage" * 100
    target.write_bytes(garbage)
    result = restore_backup(backup, target, clock())
    assert result.kept is not None and result.kept.read_bytes() == garbage
    restored = Services.open(target, clock, create=False)
    try:
        assert [c.name for c in restored.contacts.list()] == ["杨磊"]
    finally:
        restored.close()


@pytest.mark.parametrize("content", [b"not a book at all", b"SQLite format 3\x00" + b"\x01" * 300])
def test_restore_refuses_a_bad_file_and_changes_nothing(services: Services, clock, tmp_path: Path, content) -> None:
    services.contacts.save(ContactRecord(name="赵敏"))
    bad = tmp_path / "bad.dealbrief"
    bad.write_bytes(content)
    with pytest.raises(BookError) as info:
        restore_backup(bad, services.book.path, clock())
    assert info.value.kind in (BookErrorKind.NOT_A_BOOK, BookErrorKind.CORRUPT)
    assert [c.name for c in services.contacts.list()] == ["赵敏"]
    assert not backups_dir(services.book.path).exists()


def test_restore_of_an_older_version_migrates_it(tmp_path: Path, clock) -> None:
    from desktop.storage.schema import APPLICATION_ID, V1_SCHEMA

    old = tmp_path / "v1.dealbrief"
    conn = sqlite3.connect(old)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO contact (name, mobile, created_at, updated_at) VALUES ('周杰', '+8613800001111', "
        "'2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    target = tmp_path / "book.dealbrief"
    result = restore_backup(old, target, clock())
    assert result.schema_version == 1
    restored = Services.open(target, clock, create=False)
    try:
        [contact] = restored.contacts.list()
        assert contact.mobile == "+8613800001111"
    finally:
        restored.close()
