"""Reading for an import: the live companies by name and the live contacts a file's rows are
matched against (plain rows: a veteran's book holds 10,000 contacts), and the contacts a merge
updates, a few hundred at a time; the new contacts are inserted together."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from desktop.storage.queries import live
from desktop.storage.tables import Company, Contact

BATCH = 500  # ids per IN (…): well within SQLite's limit on bound parameters


def companies_by_name(session: Session) -> dict[str, Company]:
    """The companies that are not deleted, by name."""
    return {c.name: c for c in session.exec(live(select(Company), Company))}


def company_ids_by_name(session: Session) -> dict[str, int]:
    """The live companies' ids by name, as plain rows."""
    return dict(session.connection().execute(live(select(Company.name, Company.id), Company)).all())


def contacts_to_match(session: Session, fields: Iterable[str]) -> Iterator[Any]:
    """The live contacts' `fields` as plain rows (attribute access by field name)."""
    columns = [getattr(Contact, f) for f in fields]
    yield from session.connection().execute(live(select(*columns), Contact))


def contacts_by_ids(session: Session, ids: list[int]) -> list[Contact]:
    """The contacts with these ids (deleted or not), read a batch at a time."""
    rows: list[Contact] = []
    for start in range(0, len(ids), BATCH):
        rows += session.exec(select(Contact).where(col(Contact.id).in_(ids[start:start + BATCH])))
    return rows


def insert_contacts(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new contacts from plain rows (each with the same columns) in a few multi-row
    statements, without an ORM object each; returns their ids in the order of `rows`.

    The text is stored as given: storage/text_guard.py cleans rows that go through the ORM
    only, so the caller cleans it. The ids come back from RETURNING, sorted: the rows of one
    statement get SQLite's next rowids in order (one above the largest, in this write
    transaction)."""
    if not rows:
        return []
    table = Contact.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(insert(table).returning(table.c.id), rows)
    return sorted(result.scalars())
