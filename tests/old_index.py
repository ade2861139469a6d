"""The search index as older versions left it, made from a book this version wrote, for the
migration tests (a book is made through the services, then its index is put back in its old shape)."""

from __future__ import annotations

import sqlite3

from desktop.storage import search as index


def share_word_tables(conn: sqlite3.Connection) -> None:
    """Before version 10 companies, contacts and deals shared one per-character table,
    `search_word` (prefix='2 3'): the kinds' own tables are folded back into it."""
    conn.execute("CREATE VIRTUAL TABLE search_word USING fts5(title, body, tokenize='unicode61', "
                 "prefix='2 3')")
    for kind in ("company", "contact", "deal"):
        table = index.table_for("search_word", kind)
        conn.execute(f"INSERT INTO search_word(rowid, title, body) SELECT rowid, title, body FROM {table}")
        conn.execute(f"DROP TABLE {table}")


def trigram_phones(conn: sqlite3.Connection) -> None:
    """Before version 11 contacts' phone digits were trigram-indexed in `search_phone`."""
    conn.execute(f"DROP TABLE {index.PHONE_TABLE}")
    conn.execute("CREATE VIRTUAL TABLE search_phone USING fts5(digits, tokenize='trigram')")
    conn.execute(f"INSERT INTO search_phone(rowid, digits) SELECT ({index.KIND_CODES['contact']} << "
                 f"{index.SHIFT}) | id, phone_digits FROM contact "
                 "WHERE deleted_at IS NULL AND phone_digits != ''")
