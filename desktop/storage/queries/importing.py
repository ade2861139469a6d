"""Reading for an import: the live companies by name and the live contacts a file's rows are
matched against (plain rows: a veteran's book holds 10,000 contacts), and the contacts a merge
updates, a few hundred at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

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
