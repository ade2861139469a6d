"""Search: Chinese of 1, 2 and 3+ characters, English words, phones in any format, grouped by kind,
kept current after edits and deletes, and built for rows that existed before the index."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from desktop.domain.notes import CallNoteRecord
from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage import search as index
from tests.builders import deal_with_committee


@pytest.fixture
def book(services):
    ids = deal_with_committee(services)
    services.companies.save(CompanyRecord(name="Pacific Auto Parts (Shanghai)", industry="Automotive"))
    ids["smith"] = services.contacts.save(ContactRecord(
        name="David Smith", email="david.smith@pacific-auto.example.com", wechat="dsmith_sh",
        mobile="+1 415 555 0134", other_phone="+86 21 5888 1234")).id
    ids["wang_alt"] = services.contacts.save(ContactRecord(
        name="王小明", name_alt="Wang Xiaoming", mobile="139 1234 5678", wechat="wxm_2020")).id
    ids["note"] = services.notes.save(CallNoteRecord(
        deal_id=ids["deal"], occurred_at=datetime(2026, 11, 18, 14), goal="摸清预算",
        situation="预算方很关心成本", problem="Scheduling still runs on spreadsheets")).id
    return ids


def _titles(results, kind):
    return [h.title for h in results.of(kind)]


@pytest.mark.parametrize("query", ["预", "预算", "预算方", "关心成本", "很关心"])
def test_chinese_of_any_length_finds_the_note(services, book, query):
    hits = services.search.search(query).of("note")
    assert [h.id for h in hits] == [book["note"]]


def test_a_note_opens_its_deal_and_shows_the_match(services, book):
    hit = services.search.search("预算").of("note")[0]
    assert (hit.open_kind, hit.open_id) == ("deal", book["deal"])
    assert "二厂 MES 升级" in hit.subtitle
    assert "预算方很关心成本" in hit.snippet


def test_no_false_match_for_characters_apart(services, book):
    assert services.search.search("预成").groups == ()  # both characters occur, never together
    assert services.search.search("关心预算").groups == ()


def test_english_words_match_by_prefix_and_case_free(services, book):
    assert _titles(services.search.search("spread"), "note") == ["摸清预算"]
    assert _titles(services.search.search("PACIFIC"), "company") == ["Pacific Auto Parts (Shanghai)"]
    assert _titles(services.search.search("david smi"), "contact") == ["David Smith"]
    assert _titles(services.search.search("mes"), "deal") == ["二厂 MES 升级"]
    assert services.search.search("preadsheet").groups == ()  # words match from their start


def test_contacts_by_pinyin_email_and_wechat(services, book):
    assert _titles(services.search.search("wang xiao"), "contact") == ["王小明"]
    assert _titles(services.search.search("wangxiaoming"), "contact") == ["王小明"]
    assert _titles(services.search.search("david.smith@pacific"), "contact") == ["David Smith"]
    assert _titles(services.search.search("wxm_2020"), "contact") == ["王小明"]


@pytest.mark.parametrize("typed", ["13912345678", "139 1234 5678", "+86 139-1234-5678",
                                   "008613912345678", "1234 5678", "１３９１２３４"])
def test_phones_match_however_typed(services, book, typed):
    hits = services.search.search(typed).of("contact")
    assert [h.title for h in hits] == ["王小明"]
    assert hits[0].snippet == "139 1234 5678"


def test_foreign_and_landline_numbers(services, book):
    assert _titles(services.search.search("415 555"), "contact") == ["David Smith"]
    assert _titles(services.search.search("021 5888 1234"), "contact") == ["David Smith"]


def test_results_are_grouped_by_kind_in_order(services, book):
    results = services.search.search("华东")
    assert [k for k, _ in results.groups] == ["company", "deal"]
    assert results.of("deal")[0].subtitle == "华东精密制造集团"


def test_index_follows_edits_and_deletes(services, book):
    note = services.notes.get(book["note"])
    from dataclasses import replace

    services.notes.save(replace(note, situation="老板很看重交期"))
    assert services.search.search("预算方").of("note") == ()
    assert services.search.search("交期").of("note")[0].id == book["note"]
    services.notes.delete(book["note"])
    assert services.search.search("交期").groups == ()
    services.notes.restore(book["note"])
    assert services.search.search("交期").of("note")[0].id == book["note"]
    services.contacts.delete(book["wang_alt"])
    assert services.search.search("139 1234").groups == ()


def test_limit_per_kind_and_ranking_prefers_titles(services, book):
    for i in range(12):
        services.companies.save(CompanyRecord(name=f"预算测试公司{i}"))
    services.companies.save(CompanyRecord(name="某某公司", remarks="提到过预算"))
    hits = services.search.search("预算", limit=5).of("company")
    assert len(hits) == 5
    assert all(h.title.startswith("预算测试公司") for h in hits)


def test_empty_or_punctuation_queries_find_nothing(services, book):
    assert services.search.search("   ").groups == ()
    assert services.search.search('"*(').groups == ()
    assert services.search.search('预算" OR "x').of("note") == ()  # quotes are text, not syntax


def test_rows_written_by_another_program_are_found(services, book):
    conn = sqlite3.connect(services.book.path)
    conn.execute("UPDATE company SET remarks = '外部导入：智慧工厂' WHERE id = ?", (book["company"],))
    conn.commit()
    conn.close()
    assert _titles(services.search.search("智慧工厂"), "company") == ["华东精密制造集团"]


def test_a_book_from_before_the_index_gets_indexed(book_path, clock):
    services = Services.open(book_path, clock)
    deal_with_committee(services)
    services.close()
    conn = sqlite3.connect(book_path)
    for table in (*index.ALL_TABLES, index.TERMS_TABLE, "search_pending"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    services = Services.open(book_path, clock)
    try:
        assert _titles(services.search.search("华东"), "company") == ["华东精密制造集团"]
        assert _titles(services.search.search("王建国"), "contact") == ["王建国"]
    finally:
        services.close()


def test_query_plan_uses_trigrams_only_for_long_chinese():
    assert index.plan("预算方") == ("search_tri", '"预算方"')
    assert index.plan("预算") == ("search_word", '"预 算"')
    assert index.plan("mes") == ("search_word", '"mes" *')
    assert index.plan("预算方 mes") == ("search_word", '"预 算 方" AND "mes" *')
    assert index.plan("—") is None


def test_catch_up_indexes_a_queue_in_batches_and_search_then_finds_it(services):
    from desktop.domain.people import ContactRecord

    for i in range(7):
        services.contacts.save(ContactRecord(name=f"批量联系人{i}"))
    assert services.search.catch_up(batch=3) >= 7
    assert services.search.sync() == 0  # nothing left for the first search to do
    hits = services.search.search("批量联系人").of("contact")
    assert len(hits) == 7
