"""Schema versions and migrations (qutebrowser's UserVersion, Vorta's store/connection.py).

The version lives in SQLite's `user_version`; `application_id` marks a file as a Dealbrief book.
A fresh book is created from the SQLModel tables at LATEST_VERSION. An older book is copied
(online backup) and then migrated one version at a time inside one transaction. New tables in a
later version are created by `create_all` after the migrations; a migration is only needed when an
existing table changes shape or data must be rewritten.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from desktop.storage.pinyin import name_pinyin

APPLICATION_ID = 0x44424B31  # "DBK1"
LATEST_VERSION = 12

# The first released shape of the contact table, kept to build version-1 books in tests.
V1_SCHEMA = """
CREATE TABLE company (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, industry VARCHAR NOT NULL DEFAULT '',
    region VARCHAR NOT NULL DEFAULT '', size VARCHAR NOT NULL DEFAULT '',
    annual_revenue VARCHAR NOT NULL DEFAULT '', tier VARCHAR NOT NULL DEFAULT '',
    website VARCHAR NOT NULL DEFAULT '', address VARCHAR NOT NULL DEFAULT '',
    lead_source VARCHAR NOT NULL DEFAULT '', notes VARCHAR NOT NULL DEFAULT '',
    tags VARCHAR NOT NULL DEFAULT '', created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE INDEX ix_company_name ON company (name);
CREATE INDEX ix_company_deleted_at ON company (deleted_at);
CREATE TABLE contact (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, name_alt VARCHAR NOT NULL DEFAULT '',
    company_id INTEGER REFERENCES company (id), title VARCHAR NOT NULL DEFAULT '',
    department VARCHAR NOT NULL DEFAULT '', mobile VARCHAR NOT NULL DEFAULT '',
    other_phone VARCHAR NOT NULL DEFAULT '', email VARCHAR NOT NULL DEFAULT '',
    wechat VARCHAR NOT NULL DEFAULT '', qq VARCHAR NOT NULL DEFAULT '',
    notes VARCHAR NOT NULL DEFAULT '', tags VARCHAR NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, deleted_at DATETIME
);
CREATE INDEX ix_contact_name ON contact (name);
CREATE INDEX ix_contact_company_id ON contact (company_id);
CREATE INDEX ix_contact_email ON contact (email);
CREATE INDEX ix_contact_deleted_at ON contact (deleted_at);
"""


def phone_digits(*phones: str) -> str:
    """The digits of each phone, space-separated: what phone search matches against."""
    return " ".join(d for d in (re.sub(r"\D", "", p or "") for p in phones) if d)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 adds contact.phone_digits so phones match however they were typed."""
    conn.execute("ALTER TABLE contact ADD COLUMN phone_digits VARCHAR NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX ix_contact_phone_digits ON contact (phone_digits)")
    rows = conn.execute("SELECT id, mobile, other_phone FROM contact").fetchall()
    conn.executemany(
        "UPDATE contact SET phone_digits = ? WHERE id = ?",
        [(phone_digits(mobile, other), cid) for cid, mobile, other in rows],
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Version 3 adds next_step.agreed: whether a step was agreed with the customer.

    Existing steps become internal (0): a step missing from the minutes is a small nuisance the
    seller fixes with one tick, an internal to-do printed for the customer cannot be taken back.
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'next_step'").fetchone()
    if exists:  # a version-1 book has no next_step table yet: create_all makes it whole
        conn.execute("ALTER TABLE next_step ADD COLUMN agreed BOOLEAN NOT NULL DEFAULT 0")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Version 4 fills the pinyin of contacts entered without one ("李敏" → "Li Min"), so
    "limin", "li min" and "lm" find them; a pinyin or English name the seller typed stays."""
    rows = conn.execute("SELECT id, name FROM contact WHERE trim(name_alt) = ''").fetchall()
    filled = [(alt, cid) for cid, name in rows if (alt := name_pinyin(name))]
    conn.executemany("UPDATE contact SET name_alt = ? WHERE id = ?", filled)


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Version 5 adds stage.forecast_commit: the stages whose deals the forecast counts as Commit.

    As a new book has it: negotiation and every open stage after it; a pipeline without a
    "negotiation" stage gets its last open stage (the seller changes it in Settings → Pipeline).
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stage'").fetchone()
    if not exists:  # a version-1 book has no stage table yet: create_all and the seed make it
        return
    columns = {row[1] for row in conn.execute("PRAGMA table_info(stage)")}
    if "forecast_commit" in columns:
        return
    conn.execute("ALTER TABLE stage ADD COLUMN forecast_commit BOOLEAN NOT NULL DEFAULT 0")
    row = conn.execute(
        "SELECT position FROM stage WHERE key = 'negotiation' AND kind = 'open'").fetchone()
    if row is None:
        row = conn.execute("SELECT MAX(position) FROM stage WHERE kind = 'open'").fetchone()
    if row is not None and row[0] is not None:
        conn.execute("UPDATE stage SET forecast_commit = 1 WHERE kind = 'open' AND position >= ?",
                     (row[0],))


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """Version 6 adds partner.success_fee_on: a success fee falls due on signing (as before,
    so existing partners keep what they were promised) or follows the money collected.
    The money tables (contract, instalment, payment, invoice, attachment) are new: create_all."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(partner)")}
    if columns and "success_fee_on" not in columns:  # no partner table yet: create_all makes it
        conn.execute("ALTER TABLE partner ADD COLUMN success_fee_on VARCHAR NOT NULL DEFAULT 'signing'")


REMARKS_TABLES = ("company", "contact", "partner", "deal")


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    """Version 7 names the seller's free-text column on companies, contacts, partners and deals
    `remarks` (it was `notes`, the word the app uses for call notes). Values are kept; SQLite
    renames the column in place, indexes and triggers follow."""
    for table in REMARKS_TABLES:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if "notes" in columns and "remarks" not in columns:  # a missing table: create_all makes it
            conn.execute(f"ALTER TABLE {table} RENAME COLUMN notes TO remarks")


def _v7_to_v8(conn: sqlite3.Connection) -> None:
    """Version 8 indexes contacts' phone digits by trigrams (search_phone), so a phone search
    no longer reads every contact. The index is filled here from the digits already stored; an
    older version refuses the new table, and this version number says why (a newer book)."""
    from desktop.storage.search import index_every_phone

    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact'").fetchone()
    if exists:  # no contact table yet (a version-1 book is complete): create_all makes it
        index_every_phone(conn)


def _v8_to_v9(conn: sqlite3.Connection) -> None:
    """Version 9 keeps the words of the per-character search tables (search_word_terms,
    search_word_note_terms), so a word typed in full or in part is looked up as the words it
    begins instead of a prefix query that merges every posting (storage/search.py). They are
    filled here from the index already built; an older version would not keep them current, and
    this version number keeps it from writing the book."""
    from desktop.storage.search import fill_every_term

    fill_every_term(conn)


def _v9_to_v10(conn: sqlite3.Connection) -> None:
    """Version 10 gives companies, contacts and deals a per-character search table each
    (search_word_company, _contact, _deal, with prefix indexes up to 6 letters) instead of the
    shared search_word, so a family name typed alone reads one prefix's newest matches in that
    kind's words (storage/search.py). They are filled here from the shared table's text, which
    is dropped; an older version would look for it, and this version number says why."""
    from desktop.storage.search import split_word_table

    split_word_table(conn)


def _v10_to_v11(conn: sqlite3.Connection) -> None:
    """Version 11 indexes contacts' phone numbers as runs of 6 digits from each digit
    (search_phone_grams) instead of trigrams (search_phone, dropped), so a number typed whole or
    in part reads a few short doclists however many contacts the book has (storage/search.py).
    Filled here from the digits already stored; an older version would keep the trigram table
    it looks for current, and this version number says why it cannot open the book."""
    from desktop.storage.search import index_every_phone

    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact'").fetchone()
    if exists:
        index_every_phone(conn)


def _v11_to_v12(conn: sqlite3.Connection) -> None:
    """Version 12 indexes what Today counts (storage/queries/today.py, TODAY_INDEXES): open steps
    by due date with their deal (ix_next_step_open_due, which held no deal before), live visits by
    time with their deal, each live deal's stage by its id, deals to look again by that date.
    Today's counts name them (INDEXED BY), so they are made here, before the book is first read,
    not left to the first write; this version number keeps an older version, which would not
    expect them, from writing the book."""
    from desktop.storage.queries.today import TODAY_INDEXES

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.execute("DROP INDEX IF EXISTS ix_next_step_open_due")  # (due, id): now with its deal
    for index in TODAY_INDEXES:
        table = re.search(r" ON (\w+) \(", index)
        if table and table[1] in tables:  # a missing table: create_all and ensure_indexes make it
            conn.execute(index)


# MIGRATIONS[n] turns a version-n book into version n+1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
    7: _v7_to_v8, 8: _v8_to_v9, 9: _v9_to_v10, 10: _v10_to_v11, 11: _v11_to_v12,
}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every migration from `from_version` to LATEST_VERSION in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, LATEST_VERSION):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
