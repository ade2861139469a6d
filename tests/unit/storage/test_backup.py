"""Backups: online copies, at most one automatic backup a day, rotation 7 daily + 4 weekly."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import (
    auto_backup,
    automatic_backups,
    back_up_now,
    backups_dir,
    list_backups,
    to_keep,
    validate_backup,
)
from desktop.storage.errors import BookError, BookErrorKind


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM contact ORDER BY name")]
    finally:
        conn.close()


def test_manual_backup_is_a_whole_book_while_the_book_is_open(services: Services, clock) -> None:
    services.contacts.save(ContactRecord(name="张伟"))
    dest = back_up_now(services.book.path, clock())
    assert dest.parent == backups_dir(services.book.path)
    assert names_in(dest) == ["张伟"]
    assert not dest.with_name(dest.name + "-wal").exists()
    assert validate_backup(dest).schema_version >= 1
    assert list_backups(services.book.path) == [dest]


def test_automatic_backup_runs_at_most_once_a_day(services: Services, clock) -> None:
    first = auto_backup(services.book.path, clock())
    assert first is not None and first.exists()
    services.contacts.save(ContactRecord(name="李娜"))
    clock.advance(hours=5)
    assert auto_backup(services.book.path, clock()) is None
    assert names_in(first) == []
    clock.advance(days=1)
    second = auto_backup(services.book.path, clock())
    assert second is not None and names_in(second) == ["李娜"]


def test_rotation_keeps_seven_days_and_four_weeks(services: Services, clock) -> None:
    start = clock()
    for day in range(60):  # two months of daily starts
        clock.now = start + timedelta(days=day)
        auto_backup(services.book.path, clock())
    kept = sorted(automatic_backups(backups_dir(services.book.path), services.book.path.stem))
    last = (start + timedelta(days=59)).date()
    daily = [last - timedelta(days=n) for n in range(7)]
    assert set(daily) <= set(kept)
    older = [d for d in kept if d not in daily]
    assert len(older) == 4
    weeks = {d.isocalendar()[:2] for d in older}
    assert len(weeks) == 4
    assert not weeks & {d.isocalendar()[:2] for d in daily}
    for d in older:  # the newest backup of its week
        assert d.isoweekday() == 7 or d + timedelta(days=1) in daily


def test_rotation_rule_on_a_gap_in_the_days() -> None:
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(0, 120, 3)]
    keep = to_keep(days)
    assert len(keep) == 11
    assert set(sorted(days)[-7:]) <= keep


def test_rotation_leaves_manual_backups_alone(services: Services, clock) -> None:
    manual = back_up_now(services.book.path, clock())
    start = clock()
    for day in range(40):
        clock.now = start + timedelta(days=day)
        auto_backup(services.book.path, clock())
    assert manual.exists()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"name,mobile\n", BookErrorKind.NOT_A_BOOK),
        (b"", BookErrorKind.NOT_A_BOOK),
    ],
)
def test_validate_refuses_files_that_are_not_books(tmp_path: Path, content: bytes, kind) -> None:
    path = tmp_path / "x.dealbrief"
    path.write_bytes(content)
    with pytest.raises(BookError) as info:
        validate_backup(path)
    assert info.value.kind == kind


def test_validate_refuses_another_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BookError) as info:
        validate_backup(path)
    assert info.value.kind == BookErrorKind.NOT_A_BOOK


def test_validate_refuses_a_newer_book(services: Services, clock) -> None:
    dest = back_up_now(services.book.path, clock())
    conn = sqlite3.connect(dest)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(BookError) as info:
        validate_backup(dest)
    assert info.value.kind == BookErrorKind.TOO_NEW


def test_validate_refuses_a_damaged_book(services: Services, clock) -> None:
    for n in range(300):
        services.contacts.save(ContactRecord(name=f"客户{n}", remarks="备注" * 50))
    dest = back_up_now(services.book.path, clock())
    data = bytearray(dest.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    dest.write_bytes(bytes(data))
    before = dest.read_bytes()
    with pytest.raises(BookError) as info:
        validate_backup(dest)
    assert info.value.kind == BookErrorKind.CORRUPT
    assert dest.read_bytes() == before
