"""Schema version 11: contacts' phone numbers are indexed as the runs of 6 digits starting at each
digit (search_phone_grams), not as trigrams. A trigram's doclist holds a share of every contact
("139" a tenth of them), so a number typed whole intersected nine doclists that grew with the book
(0.05 ms at 10,000 contacts, 0.4 ms at 100,000); a run of 6 digits is nearly one contact's own, and
3–5 digits are one prefix of its own prefix index, read newest first up to the LIMIT."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage import search as index
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION
from tests.old_index import trigram_phones

PHONES = (("王小明", "139 1234 5678", ""), ("David Smith", "+1 415 555 0134", "+86 21 5888 1234"),
          ("李敏", "13912345670", "021-5888-1234"), ("张伟", "138 0000 1111", "010 6552 9988"),
          ("赵强", "186 1234 5678", ""), ("孙丽", "", "400-820-8820"))
TYPED = ("1234 5678", "139 1234 5678", "+86 139 1234 5678", "5888 1234", "021 5888 1234", "138",
         "1391", "13912", "139123", "000", "0000 1111", "4008208820", "12345", "8820", "999",
         "4155550134", "1 415 555 0134", "234567", "5678")
DIGITS = sorted({p for _n, m, o in PHONES for n in (m, o)
                 for d in [''.join(c for c in n if c.isdigit())] for i in range(len(d) - 2)
                 for p in (d[i:], d[i:i + 3], d[i:i + 7])} | {"999", "1234000"})


def _save(services: Services) -> None:
    for name, mobile, other in PHONES:
        services.contacts.save(ContactRecord(name=name, mobile=mobile, other_phone=other))
    gone = services.contacts.save(ContactRecord(name="李删", mobile="139 1234 0000"))
    services.contacts.delete(gone.id)
    services.search.sync()


def _answers(services: Services) -> dict[str, list[str]]:
    return {typed: [h.title for h in services.search.search(typed).of("contact")] for typed in TYPED}


def test_runs_of_digits_find_what_trigrams_found(services):
    _save(services)
    with services.book.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("CREATE VIRTUAL TABLE temp.tri USING fts5(digits, tokenize='trigram')")
        raw.execute(f"INSERT INTO temp.tri(rowid, digits) SELECT {index.KIND_CODES['contact']} << "
                    f"{index.SHIFT} | id, phone_digits FROM contact WHERE deleted_at IS NULL")
        for digits in DIGITS:
            wanted = [r[0] for r in raw.execute(
                "SELECT rowid FROM temp.tri WHERE tri MATCH ? ORDER BY rowid DESC", (f'"{digits}"',))]
            got = [r[0] for r in raw.execute(
                f"SELECT rowid FROM {index.PHONE_TABLE} WHERE {index.PHONE_TABLE} MATCH ? "
                "ORDER BY rowid DESC", (index.phone_expression(digits),))]
            assert got == wanted, digits
        raw.execute("DROP TABLE temp.tri")
    assert _answers(services)["1234 5678"] == ["王小明", "赵强"]
    assert _answers(services)["5888 1234"] == ["David Smith", "李敏"]


def test_a_number_is_a_phrase_of_runs_and_a_few_digits_one_prefix(services):
    assert index.phone_grams("13912345678 0000 12") == (
        "139123 391234 912345 123456 234567 345678 45678 5678 678 0000 000")
    assert index.phone_expression("13912345678") == '"139123 391234 912345 123456 234567 345678"'
    assert index.phone_expression("139123") == '"139123"'
    assert index.phone_expression("1391") == '"1391" *'
    _save(services)
    with services.book.engine.connect() as conn:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                   (index.PHONE_TABLE,)).scalar_one()
        assert "prefix='3 4 5'" in sql  # every prefix query shorter than a run has its own index
        # FTS5 hands the matches newest first itself (idxNum 192), so the LIMIT stops it
        plan = [r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + index.PHONE_MATCHES_SQL, ('"1391" *', 200, 8)).all()]
        assert f"SCAN {index.PHONE_TABLE} VIRTUAL TABLE INDEX 192:M1" in plan, plan


def _make_v10_book(path: Path, clock) -> dict[str, list[str]]:
    """The release before (version 10): the same contacts, phones in trigrams. Returns what the
    book answered before its index was put back in that shape."""
    services = Services.open(path, clock)
    _save(services)
    answers = _answers(services)
    services.close()
    conn = sqlite3.connect(path)
    trigram_phones(conn)
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    return answers


def test_a_version_10_book_gets_its_phones_as_runs_with_its_rows_and_answers_kept(book_path, clock):
    answers = _make_v10_book(book_path, clock)
    assert answers["139 1234 5678"] == ["王小明"] and answers["999"] == []
    before = sqlite3.connect(book_path)
    rows_before = before.execute("SELECT * FROM contact ORDER BY id").fetchall()
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 10
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            assert conn.exec_driver_sql("SELECT * FROM contact ORDER BY id").all() == rows_before
            assert conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'search_phone'").first() is None
            indexed = conn.exec_driver_sql(f"SELECT grams FROM {index.PHONE_TABLE}").scalars().all()
            assert sorted(indexed) == sorted(index.phone_grams(r[0]) for r in conn.exec_driver_sql(
                "SELECT phone_digits FROM contact WHERE deleted_at IS NULL AND phone_digits != ''"))
    finally:
        book.close()
    services = Services.open(book_path, clock)
    try:
        assert _answers(services) == answers
    finally:
        services.close()
