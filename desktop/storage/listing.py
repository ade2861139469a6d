"""Lists read straight from SQLite, for pages that show every row (a veteran has 10,000 contacts).

At that size SQLAlchemy's per-row processing costs more than the query itself, so these few
read-only queries run on the session's own DB-API connection (inside the same transaction) and
return plain tuples. The SQL follows storage/tables.py; tests compare the results with the
records the ORM reads, so a renamed column fails a test rather than a seller.
"""

from __future__ import annotations

from sqlmodel import Session

CONTACT_ROWS = """
SELECT c.id, c.name, c.name_alt, c.company_id, coalesce(co.name, ''), c.title, c.department,
       c.mobile, c.email, c.wechat, c.qq, c.phone_digits, c.tags
FROM contact AS c
LEFT JOIN company AS co ON co.id = c.company_id AND co.deleted_at IS NULL
WHERE c.deleted_at IS NULL
"""

COMPANY_NAMES = """
SELECT name, id FROM company WHERE deleted_at IS NULL ORDER BY name, id
"""


def fetch_all(session: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Every row of a read query as plain tuples (sqlite3 errors reach Book.reading)."""
    dbapi = session.connection().connection.driver_connection
    return dbapi.execute(sql, params).fetchall()
