"""Schema version 8: contacts' phone digits have an index (trigrams in search_phone; runs of digits
in search_phone_grams since v11, test_phone_grams.py), so phone search reads the matches, not
every contact (it grew with the book: 42 ms p95 at 100,000 contacts)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage import search as index
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION


def _make_v7_book(path: Path, clock) -> None:
    """The release before (version 7): contacts with phones, no phone index."""
    services = Services.open(path, clock)
    services.contacts.save(ContactRecord(name="王小明", mobile="139 1234 5678"))
    services.contacts.save(ContactRecord(name="David Smith", mobile="+1 415 555 0134",
                                         other_phone="+86 21 5888 1234"))
    gone = services.contacts.save(ContactRecord(name="李删", mobile="139 1234 0000"))
    services.contacts.delete(gone.id)
    services.close()
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {index.PHONE_TABLE}")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


def test_a_version_7_book_gets_its_phones_indexed_with_its_rows_kept(book_path, clock):
    _make_v7_book(book_path, clock)
    before = sqlite3.connect(book_path)
    rows_before = before.execute("SELECT * FROM contact ORDER BY id").fetchall()
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 7
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            assert conn.exec_driver_sql("SELECT * FROM contact ORDER BY id").all() == rows_before
            indexed = conn.exec_driver_sql(f"SELECT grams FROM {index.PHONE_TABLE}").scalars().all()
            assert sorted(indexed) == sorted(index.phone_grams(r[0]) for r in conn.exec_driver_sql(
                "SELECT phone_digits FROM contact WHERE deleted_at IS NULL"))
    finally:
        book.close()
    services = Services.open(book_path, clock)
    try:
        assert [h.title for h in services.search.search("1234 5678").of("contact")] == ["王小明"]
        assert [h.title for h in services.search.search("5888 1234").of("contact")] == ["David Smith"]
        assert services.search.search("139 1234 0000").of("contact") == ()  # deleted stays out
    finally:
        services.close()


def test_phone_search_reads_the_index_not_every_contact(services):
    services.contacts.save(ContactRecord(name="王小明", mobile="139 1234 5678"))
    services.search.sync()
    with services.book.engine.connect() as conn:
        raw = conn.connection.driver_connection
        seen: list[str] = []
        raw.set_trace_callback(seen.append)
        assert index.phone_matches(conn, "12345", 8) != []
        raw.set_trace_callback(None)
        [sql] = [s for s in seen if "contact" in s]
        steps = " | ".join(r[-1] for r in raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert index.PHONE_TABLE in steps and "VIRTUAL TABLE INDEX" in steps, steps
    # contacts are read by primary key for the matches only, never scanned
    assert "SCAN c " not in steps + " " and "SCAN contact" not in steps, steps
    assert "USING INTEGER PRIMARY KEY" in steps, steps


def test_phones_follow_edits_and_need_three_digits(services):
    from dataclasses import replace

    saved = services.contacts.save(ContactRecord(name="张伟", mobile="138 0000 1111"))
    assert [h.title for h in services.search.search("0000 1111").of("contact")] == ["张伟"]
    services.contacts.save(replace(services.contacts.get(saved.id), mobile="138 2222 3333"))
    assert services.search.search("0000 1111").of("contact") == ()
    assert [h.title for h in services.search.search("2222 3333").of("contact")] == ["张伟"]
    with services.book.engine.connect() as conn:
        assert index.phone_matches(conn, "22", 8) == []
