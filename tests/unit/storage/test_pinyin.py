"""Pinyin for contacts the seller entered: new, imported, and existing books on upgrade, so
"limin", "li min" and "lm" find 李敏 in search and in the contacts filter."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord, name_search_keys
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes
from desktop.storage.book import open_book
from desktop.storage.pinyin import fill_name_alt, name_pinyin


@pytest.mark.parametrize(("name", "pinyin"), [
    ("李敏", "Li Min"), ("王建国", "Wang Jianguo"), ("单田芳", "Shan Tianfang"),
    ("曾国藩", "Zeng Guofan"), ("解缙", "Xie Jin"), ("仇英", "Qiu Ying"), ("区永", "Ou Yong"),
    ("欧阳修", "Ouyang Xiu"), ("诸葛亮", "Zhuge Liang"), ("查良镛", "Zha Liangyong"),
    ("李 敏", "Li Min"), ("Tony Li", ""), ("", ""),
])
def test_a_chinese_name_reads_with_its_surname_reading(name: str, pinyin: str) -> None:
    assert name_pinyin(name) == pinyin


def test_a_typed_pinyin_or_english_name_is_kept() -> None:
    assert fill_name_alt("李敏", "Amy  Li") == "Amy Li"
    assert fill_name_alt("李敏", " ") == "Li Min"


def test_search_keys_run_the_name_together_and_give_its_initials() -> None:
    assert name_search_keys("Li Min") == "limin lm"
    assert name_search_keys("Tony") == ""


@pytest.mark.parametrize("query", ["limin", "li min", "lm", "LiMin"])
def test_a_new_contact_is_found_by_pinyin_in_search(services: Services, query: str) -> None:
    saved = services.contacts.save(ContactRecord(name="李敏", title="采购经理"))
    assert saved.name_alt == "Li Min"
    hits = dict(services.search.search(query).groups)
    assert [h.id for h in hits.get("contact", ())] == [saved.id]


def test_an_imported_contact_gets_its_pinyin(services: Services) -> None:
    table = parse_bytes("姓名,手机,拼音\n曾志伟,13800000001,\n单雪,13800000002,Snow Shan\n".encode())
    services.importing.apply(table)
    assert {c.name: c.name_alt for c in services.contacts.list()} == {
        "曾志伟": "Zeng Zhiwei", "单雪": "Snow Shan"}


def test_committee_and_partner_contacts_get_their_pinyin(services: Services) -> None:
    from desktop.domain.deals import DealRecord, StakeholderRecord
    from desktop.domain.people import CompanyRecord

    company = services.companies.save(CompanyRecord(name="华东精密"))
    deal = services.deals.save(DealRecord(company_id=company.id, title="MES 升级"))
    services.committee.save(StakeholderRecord(deal_id=deal.id), new_contact=ContactRecord(name="解磊"))
    services.partners.mark(new_contact_name="单涛")
    names = {c.name: c.name_alt for c in services.contacts.list()}
    assert (names["解磊"], names["单涛"]) == ("Xie Lei", "Shan Tao")


def _make_v3_book(path: Path, clock) -> None:
    services = Services.open(path, clock)
    services.contacts.save(ContactRecord(name="李敏"))
    services.contacts.save(ContactRecord(name="曾伟", name_alt="David Zeng"))
    services.contacts.save(ContactRecord(name="Anna Schmidt"))
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contact SET name_alt = '' WHERE name != '曾伟'")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_a_version_3_book_gets_pinyin_once_with_typed_names_kept(book_path, clock) -> None:
    _make_v3_book(book_path, clock)
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 3
        with book.engine.connect() as conn:
            rows = dict(conn.exec_driver_sql("SELECT name, name_alt FROM contact").all())
        assert rows == {"李敏": "Li Min", "曾伟": "David Zeng", "Anna Schmidt": ""}
    finally:
        book.close()
    assert len(list((book_path.parent / "backups").glob("*before-v4*"))) == 1
    services = Services.open(book_path, clock)
    try:  # the search index picked the change up
        [hit] = dict(services.search.search("lm").groups)["contact"]
        assert hit.title == "李敏"
    finally:
        services.close()


def test_a_rename_refills_only_the_pinyin_that_was_filled_in() -> None:
    from desktop.storage.pinyin import renamed_name_alt

    assert renamed_name_alt("李敏", "王芳", "Li Min") == "Wang Fang"
    assert renamed_name_alt("李敏", "王芳", "Amy Li") == "Amy Li"
    assert renamed_name_alt("李敏", "李敏", "Li Min") == "Li Min"
    assert renamed_name_alt("李敏", "Amy", "Li Min") == ""
