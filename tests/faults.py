"""Real SQLite faults on a test book's connections: a full disk (max_page_count) and a
read-only database (query_only), applied to every connection the book opens from now on."""

from __future__ import annotations

import sqlite3

from sqlalchemy import event

from desktop.storage.book import Book


def _on_every_connection(book: Book, sql: str) -> None:
    def apply(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(sql)

    event.listen(book.engine, "connect", apply)
    book.engine.dispose()


def fill_disk(book: Book) -> None:
    """No page may be added to the book: the next write that grows it fails with SQLITE_FULL."""
    conn = sqlite3.connect(book.path)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    _on_every_connection(book, f"PRAGMA max_page_count = {pages}")


def make_read_only(book: Book) -> None:
    _on_every_connection(book, "PRAGMA query_only = ON")
