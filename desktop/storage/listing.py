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


# The committees of many deals with only what their coverage gaps need (load_committee_outlines).
# `?` is a JSON array of deal ids: one parameter however many deals are listed.
COMMITTEE_OUTLINES = """
SELECT s.id, s.deal_id, c.name, s.stance, s.influence, s.met
FROM stakeholder AS s JOIN contact AS c ON c.id = s.contact_id
WHERE s.deal_id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
ORDER BY s.deal_id, s.position, s.id
"""

COMMITTEE_OUTLINE_ROLES = """
SELECT sr.stakeholder_id, sr.role_id
FROM stakeholder_role AS sr
JOIN buying_role AS br ON br.id = sr.role_id
JOIN stakeholder AS s ON s.id = sr.stakeholder_id
WHERE s.deal_id IN (SELECT value FROM json_each(?))
ORDER BY br.position
"""
