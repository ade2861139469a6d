"""Lists read straight from SQLite, for pages that show every row (a veteran has 10,000 contacts).

At that size SQLAlchemy's per-row processing costs more than the query itself, so the few
read-only queries that need it (their SQL lives in the area's query module: people.CONTACT_ROWS,
committee.COMMITTEE_OUTLINES…) run on the session's own DB-API connection (inside the same
transaction) and return plain tuples. The SQL follows storage/tables.py; tests compare the
results with the records the ORM reads, so a renamed column fails a test rather than a seller.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session


def fetch_all(session: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Every row of a read query as plain tuples (sqlite3 errors reach Book.reading)."""
    dbapi = session.connection().connection.driver_connection
    return dbapi.execute(sql, params).fetchall()


def dbapi(session: Session) -> Any:
    """The session's own DB-API connection, after its pending changes are flushed (as an ORM
    query would), for the plain-SQL reads of storage/queries/today.py."""
    session.flush()
    return session.connection().connection.driver_connection
