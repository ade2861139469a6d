"""Schema version 9: the per-character search tables' words are kept (search_word_terms,
search_word_note_terms), so a word of 4+ letters typed in full or in part is looked up as the
words it begins, OR-ed, which FTS5 reads newest first and stops at the LIMIT. A prefix query
longer than the prefix index ("they"*) merged every posting first: 14 ms in 500,000 notes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.domain.notes import CallNoteRecord
from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage import search as index
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION
from tests.builders import deal_with_committee
from tests.old_index import share_word_tables


def _notes(services, *problems: str) -> list[int]:
    deal = deal_with_committee(services)["deal"]
    return [services.notes.save(CallNoteRecord(
        deal_id=deal, occurred_at=datetime(2026, 11, 18, 14), goal=f"call {i}", problem=p)).id
        for i, p in enumerate(problems)]


def _expression(services, query: str, kind: str) -> tuple[str, str] | None:
    services.search.sync()
    with services.book.engine.connect() as conn:
        return index.match_expression(conn, query, kind)


def test_a_word_typed_in_part_or_whole_is_the_words_it_begins_not_a_prefix_query(services):
    ids = _notes(services, "Budget signed off", "Two budgets overlap", "Budgetary review", "Bud light")
    table, expr = _expression(services, "budg", "note")
    assert table == "search_word_note"
    assert expr == '("budget" OR "budgetary" OR "budgets")'  # no "budg"* merging every posting
    assert "*" not in _expression(services, "BUDGET", "note")[1]
    hits = services.search.search("budg").of("note")
    assert sorted(h.id for h in hits) == sorted(ids[:3])  # what the prefix query found, no more
    assert [h.id for h in services.search.search("budgets").of("note")] == [ids[1]]
    # two words: each looked up, both must match
    assert [h.id for h in services.search.search("review budg").of("note")] == [ids[2]]
    # three letters have the prefix index: left as they were
    assert _expression(services, "bud", "note")[1] == '"bud" *'


def test_a_word_nothing_begins_costs_no_query_and_many_words_keep_the_prefix(services):
    _notes(services, "Budget signed off")
    assert _expression(services, "zebra", "note") is None
    assert services.search.search("zebra").groups == ()
    words = [f"pilot{i:03d}" for i in range(index.EXPAND_MAX + 1)]
    _notes(services, " ".join(words))
    assert _expression(services, "pilot", "note")[1] == '"pilot" *'
    assert len(services.search.search("pilot").of("note")) == 1


def test_words_follow_edits(services):
    saved = services.companies.save(CompanyRecord(name="Pacific Auto Parts"))
    assert services.search.search("zebrafish").groups == ()
    services.companies.save(replace(services.companies.get(saved.id), remarks="Zebrafish lab"))
    assert [h.title for h in services.search.search("zebrafi").of("company")] == ["Pacific Auto Parts"]


def test_pinyin_keys_are_words_too_and_words_are_looked_up_by_kind(services):
    services.contacts.save(ContactRecord(name="李明辉", name_alt="Li Minghui"))
    for i in range(index.EXPAND_MAX + 1):  # many contacts' e-mails begin with the family name
        services.contacts.save(ContactRecord(name=f"王{i}", name_alt=f"Wang {i}", email=f"wang{i:03d}@x.cn"))
    services.companies.save(CompanyRecord(name="Wangfujing Trading"))
    for typed in ("liminghui", "li minghui", "lm", "LiMinghui", "liming"):
        assert [h.title for h in services.search.search(typed).of("contact")] == ["李明辉"], typed
    # longer than the contacts' prefix index (6 letters): the words it begins
    assert _expression(services, "limingh", "contact") == ("search_word_contact", '("liminghui")')
    # up to 6 letters: one prefix doclist of the kind's own table (schema v10), however many
    # words it begins; none of the kind's words begins so: no query
    assert _expression(services, "wang", "company") == ("search_word_company", '"wang" *')
    assert _expression(services, "wang", "deal") is None
    assert _expression(services, "wang", "contact") == ("search_word_contact", '"wang" *')
    results = services.search.search("wang")
    assert [h.title for h in results.of("company")] == ["Wangfujing Trading"]
    assert len(results.of("contact")) == 8


def _make_v8_book(path: Path, clock) -> None:
    """The release before (version 8): an index built, no word lists."""
    services = Services.open(path, clock)
    services.companies.save(CompanyRecord(name="Pacific Auto Parts", remarks="Scheduling on spreadsheets"))
    services.contacts.save(ContactRecord(name="王小明", name_alt="Wang Xiaoming"))
    deal = deal_with_committee(services)["deal"]
    services.notes.save(CallNoteRecord(deal_id=deal, occurred_at=datetime(2026, 11, 18, 14),
                                       goal="摸清预算", problem="Procurement wants three quotes"))
    services.search.sync()
    services.close()
    conn = sqlite3.connect(path)
    share_word_tables(conn)
    conn.execute(f"DROP TABLE {index.TERMS_TABLE}")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


def test_a_version_8_book_gets_its_words_from_its_index_with_its_rows_kept(book_path, clock):
    _make_v8_book(book_path, clock)
    before = sqlite3.connect(book_path)
    rows_before = [before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                   for t in ("company", "contact", "call_note")]
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 8
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            assert [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all()
                    for t in ("company", "contact", "call_note")] == rows_before
            raw = conn.connection.driver_connection
            kept = set(raw.execute(f"SELECT kind, term FROM {index.TERMS_TABLE}"))
            for table in ("search_word_company", "search_word_contact", "search_word_deal",
                          "search_word_note"):
                raw.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {table}, instance)")
                indexed = set(raw.execute(f"SELECT DISTINCT doc >> {index.SHIFT}, term FROM temp.v"))
                raw.execute("DROP TABLE temp.v")
                assert indexed and indexed <= kept, table
            assert (index.KIND_CODES["note"], "procurement") in kept
            assert (index.KIND_CODES["company"], "procurement") not in kept  # words by kind
    finally:
        book.close()
    services = Services.open(book_path, clock)
    try:
        assert [h.title for h in services.search.search("spreadsh").of("company")] == ["Pacific Auto Parts"]
        assert [h.title for h in services.search.search("wangxiao").of("contact")] == ["王小明"]
        assert [h.title for h in services.search.search("procure").of("note")] == ["摸清预算"]
    finally:
        services.close()
