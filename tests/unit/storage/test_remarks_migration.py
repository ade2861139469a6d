"""Schema version 7: the seller's free text on companies, contacts, partners and deals is the
`remarks` column (it was `notes`), on a book made at version 6 with its rows kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION, MIGRATIONS, REMARKS_TABLES


def _make_v6_book(path: Path, clock) -> None:
    """The release before (version 6): each of the four tables with its free text filled."""
    from tests.builders import make_deal

    services = Services.open(path, clock)
    company = services.companies.save(CompanyRecord(name="华东精密", remarks="集团三个工厂"))
    services.contacts.save(ContactRecord(name="张伟", company_id=company.id, remarks="喜欢用微信沟通"))
    p = services.partners.mark(new_contact_name="钱斌")
    services.partners.save(replace(p, remarks="老朋友"))
    deal_id = make_deal(services, "康宁医疗", "MES 升级", 1_250_000, stage="lead")
    services.deals.save(replace(services.deals.get(deal_id), remarks="老板支持"))
    services.close()
    conn = sqlite3.connect(path)
    for table in REMARKS_TABLES:
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN remarks TO notes")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()


def test_a_version_6_book_keeps_its_free_text_under_remarks(book_path, clock):
    _make_v6_book(book_path, clock)
    before = sqlite3.connect(book_path)
    rows_before = {t: before.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in REMARKS_TABLES}
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 6
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            for table, rows in rows_before.items():  # same rows, same values, in the same places
                assert conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all() == rows
                columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
                assert "remarks" in columns and "notes" not in columns
    finally:
        book.close()
    services = Services.open(book_path, clock)
    try:
        [company] = [c for c in services.companies.list() if c.name == "华东精密"]
        assert company.remarks == "集团三个工厂"
        assert [c.remarks for c in services.contacts.list() if c.name == "张伟"] == ["喜欢用微信沟通"]
        assert [p.partner.remarks for p in services.partners.list()] == ["老朋友"]
    finally:
        services.close()


def test_the_v6_to_v7_migration_alone(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE company (id INTEGER PRIMARY KEY, notes VARCHAR NOT NULL)")
    conn.execute("INSERT INTO company (notes) VALUES ('老客户')")
    MIGRATIONS[6](conn)  # the other three tables are missing: create_all makes them
    assert conn.execute("SELECT remarks FROM company").fetchall() == [("老客户",)]
    conn.close()
