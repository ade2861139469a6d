"""Schema version 10: companies, contacts and deals have a per-character search table each, with
prefix indexes up to 6 letters. A family name typed alone ("chen") was a prefix query over the
table the three kinds shared: FTS5 merged the postings of every word it begins (5,900 contacts'
words begin with "chen" at 100,000 contacts) once for companies and once for contacts before the
first row. Now it reads one prefix doclist of the kind's own table, newest first, up to the LIMIT."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage import search as index
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION
from tests.builders import make_deal
from tests.old_index import share_word_tables

FAMILIES = ("Chen", "Zhang", "Wang", "Li", "Huang")
QUERIES = ("chen", "zhang", "Chen Wei", "wang", "li", "huang", "chenw", "zhangwei", "hua", "陈",
           "陈伟", "chen.wei7", "x.cn", "Trading", "tra", "13912", "华东", "nothing")


def _fill(services: Services, n: int = 60) -> None:
    """Contacts whose e-mails and WeChat ids begin with their family name, and companies named so."""
    given = ("Wei", "Min", "Jing", "Tao", "Lei", "Fang")
    for i in range(n):
        family, first = FAMILIES[i % len(FAMILIES)], given[i % len(given)]
        company = services.companies.save(CompanyRecord(name=f"{family}{first} Trading {i}"))
        services.contacts.save(ContactRecord(
            name=f"{'陈张王李黄'[i % 5]}{'伟敏静涛磊芳'[i % 6]}", name_alt=f"{family} {first}",
            company_id=company.id, email=f"{family.lower()}.{first.lower()}{i}@x.cn",
            wechat=f"{family.lower()}{first.lower()}{1960 + i}", mobile=f"139 12{i:02d} 5678"))
        if i % 6 == 0:
            make_deal(services, company.name, f"{family} 华东 MES {i}")


def _answers(services: Services) -> dict[str, list[tuple[str, int]]]:
    return {q: [(h.kind, h.id) for h in services.search.search(q).hits] for q in QUERIES}


def _declared_prefixes(conn, table: str) -> tuple[int, ...]:
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).scalar_one()
    return tuple(int(n) for n in re.search(r"prefix='([\d ]+)'", sql).group(1).split())


def test_a_family_name_reads_one_prefix_of_the_kinds_own_table(services):
    _fill(services)
    for i in range(index.EXPAND_MAX + 1):  # more words begin with "chen" than are OR-ed
        services.contacts.save(ContactRecord(name=f"陈{i}", name_alt=f"Chen {i}", wechat=f"chen{i:03d}x"))
    services.search.sync()
    with services.book.engine.connect() as conn:
        for kind in ("company", "contact", "deal"):
            assert _declared_prefixes(conn, f"search_word_{kind}") == (2, 3, 4, 5, 6)
        assert _declared_prefixes(conn, "search_word_note") == (2, 3)
        assert index.match_expression(conn, "chen", "contact") == ("search_word_contact", '"chen" *')
        assert index.match_expression(conn, "zhang", "company") == ("search_word_company", '"zhang" *')
        assert index.match_expression(conn, "Chen Wei", "contact") == (
            "search_word_contact", '"chen" * AND "Wei" *')
        assert index.match_expression(conn, "chenx", "deal") is None  # no deal's word: no query
        # each kind's table holds that kind's documents only
        for kind in ("company", "contact", "deal"):
            low = index.KIND_CODES[kind] << index.SHIFT
            outside = conn.exec_driver_sql(
                f"SELECT count(*) FROM search_word_{kind} WHERE rowid NOT BETWEEN ? AND ?",
                (low, low | index.MASK)).scalar_one()
            assert outside == 0, kind
        # FTS5 hands the rows newest first itself (idxNum 192: ORDER BY rowid DESC consumed, no
        # sort of every match), so the LIMIT stops it after CANDIDATES rows
        plan = conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {index.MATCH_SQL.format(table='search_word_contact')}",
            ('"chen" *', 1, 2, index.CANDIDATES)).all()
        assert [r[3] for r in plan] == ["SCAN search_word_contact VIRTUAL TABLE INDEX 192:M2><"]
    contacts = services.search.search("chen").of("contact")
    assert len(contacts) == 8 and all(h.title.startswith("陈") for h in contacts)


def _make_v9_book(path: Path, clock) -> dict[str, list[tuple[str, int]]]:
    """The release before (version 9): the same rows, companies, contacts and deals sharing
    search_word. Returns what the book answered before it was put back in that shape."""
    services = Services.open(path, clock)
    _fill(services)
    services.search.sync()
    answers = _answers(services)
    services.close()
    conn = sqlite3.connect(path)
    share_word_tables(conn)
    # a contact written by another program after the last search: queued, not yet indexed
    conn.execute("INSERT INTO contact (name, name_alt, company_id, title, department, mobile, "
                 "other_phone, phone_digits, email, wechat, qq, remarks, tags, created_at, "
                 "updated_at) VALUES ('邹晓', 'Zou Xiao', NULL, '', '', '', '', '', "
                 "'zouxiao@y.cn', '', '', '', '', '2026-11-20', '2026-11-20')")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    return answers


def test_a_version_9_book_gets_a_table_per_kind_with_its_rows_and_answers_kept(book_path, clock):
    answers = _make_v9_book(book_path, clock)
    before = sqlite3.connect(book_path)
    rows_before = [before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                   for t in ("company", "contact", "deal")]
    shared = {kind: before.execute(
        "SELECT rowid, title, body FROM search_word WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
        (index.KIND_CODES[kind] << index.SHIFT, (index.KIND_CODES[kind] + 1) << index.SHIFT)).fetchall()
        for kind in ("company", "contact", "deal")}
    assert before.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 9
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            assert [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all()
                    for t in ("company", "contact", "deal")] == rows_before
            assert conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'search_word'").first() is None
            for kind, docs in shared.items():
                assert docs, kind
                assert conn.exec_driver_sql(
                    f"SELECT rowid, title, body FROM search_word_{kind} ORDER BY rowid").all() == docs
    finally:
        book.close()
    services = Services.open(book_path, clock)
    try:
        assert services.search.catch_up() == 1  # the queued contact, into the contacts' table
        with services.book.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM search_word_contact WHERE search_word_contact MATCH 'zouxiao'"
            ).scalar_one() == 1
        assert _answers(services) == answers
        assert [h.title for h in services.search.search("zouxi").of("contact")] == ["邹晓"]
    finally:
        services.close()
