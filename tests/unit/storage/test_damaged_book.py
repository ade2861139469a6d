"""A corrupt, truncated or foreign file given as the book: a typed error, the bytes unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind


def make_book(path: Path, clock, contacts: int = 200) -> None:
    s = Services.open(path, clock)
    for n in range(contacts):
        s.contacts.save(ContactRecord(name=f"客户{n}", remarks="拜访记录" * 40))
    s.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def truncated_odd(data: bytes) -> bytes:
    return data[: len(data) // 2 + 123]


def scrambled(data: bytes) -> bytes:
    out = bytearray(data)
    for offset in range(4096, len(out), 4096):
        out[offset : offset + 64] = b"\xa5" * 64
    return bytes(out)


@pytest.mark.parametrize("damage", [truncated, truncated_odd, scrambled])
def test_a_damaged_book_is_refused_and_never_written(tmp_path: Path, clock, damage) -> None:
    path = tmp_path / "book.dealbrief"
    make_book(path, clock)
    path.write_bytes(damage(path.read_bytes()))
    before = path.read_bytes()
    with pytest.raises(BookError) as info:
        Services.open(path, clock).contacts.list()
    assert info.value.kind is BookErrorKind.DAMAGED
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"name,mobile\n\xe5\xbc\xa0\xe4\xb8\x89,13800000000\n", b"\x89PNG\r\n\x1a\n" + bytes(500)],
)
def test_a_file_that_is_not_a_book_is_never_written(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "contacts.dealbrief"
    path.write_bytes(content)
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.kind == BookErrorKind.NOT_A_BOOK
    assert path.read_bytes() == content


def test_another_programs_database_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.kind == BookErrorKind.NOT_A_BOOK
    assert path.read_bytes() == before
