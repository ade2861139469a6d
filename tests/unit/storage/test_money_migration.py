"""Schema version 6: partner.success_fee_on and the money tables, on a book made at version 5
with its rows kept and a copy taken before migrating."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION, MIGRATIONS

MONEY_TABLES = ("contract", "instalment", "payment", "payment_allocation", "invoice", "attachment",
                "attachment_data")


def _make_v5_book(path: Path, clock) -> None:
    """The release before (version 5): a partner with a success fee, a referred deal, a fee."""
    from tests.builders import make_deal

    services = Services.open(path, clock)
    p = services.partners.mark(new_contact_name="钱斌")
    services.partners.save(replace(p, success_fee_kind="percent", success_fee_value=8, offering="MES 实施"))
    make_deal(services, "华东精密", "MES 升级", 1_250_000, stage="won", referrer_id=p.id)
    services.close()
    conn = sqlite3.connect(path)
    for table in MONEY_TABLES[::-1]:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE partner DROP COLUMN success_fee_on")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()


def test_a_version_5_book_keeps_its_partners_deals_and_fees(book_path, clock):
    _make_v5_book(book_path, clock)
    before = sqlite3.connect(book_path)
    rows_before = {t: before.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                   for t in ("partner", "deal", "fee", "contact", "company")}
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 5
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            partner = conn.exec_driver_sql(
                "SELECT offering, success_fee_kind, success_fee_value, success_fee_on FROM partner").all()
            assert partner == [("MES 实施", "percent", 8.0, "signing")]  # promised on signing, as before
            for table, rows in rows_before.items():
                if table != "partner":
                    assert conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all() == rows
            fee = conn.exec_driver_sql("SELECT kind, amount, status FROM fee").all()
            assert fee == [("success", 100_000, "due")]
            for table in MONEY_TABLES:  # the new tables are there, empty
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
    finally:
        book.close()
    [backup] = list((book_path.parent / "backups").glob("*before-v6*"))
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 5
    assert copy.execute("SELECT count(*) FROM partner").fetchone()[0] == 1
    copy.close()


def test_the_v5_to_v6_migration_alone(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE partner (id INTEGER PRIMARY KEY, notes VARCHAR NOT NULL)")
    conn.execute("INSERT INTO partner (notes) VALUES ('老朋友')")
    MIGRATIONS[5](conn)
    assert conn.execute("SELECT notes, success_fee_on FROM partner").fetchall() == [("老朋友", "signing")]
    conn.close()
    bare = sqlite3.connect(tmp_path / "y.db")  # an older book without partners: create_all's job
    MIGRATIONS[5](bare)
    bare.close()
