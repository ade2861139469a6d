"""Reading companies and contacts: records for one (ORM rows), the lists the pages show, what a
company's deletion would take, and the row→record mappers."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain.people import CompanyRecord, ContactRecord, ContactRow, split_tags
from desktop.storage.queries import live
from desktop.storage.queries.listing import fetch_all
from desktop.storage.tables import CallNote, Company, Contact, Deal, Stage

COMPANY_FIELDS = (
    "name", "industry", "region", "size", "annual_revenue", "tier", "website", "address",
    "lead_source", "remarks",
)
CONTACT_FIELDS = (
    "name", "name_alt", "company_id", "title", "department", "mobile", "other_phone", "email",
    "wechat", "qq", "remarks",
)

# Every contact as the list shows it: plain tuples, no ORM rows (a veteran has 10,000 contacts).
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

_new_contact_row = partial(tuple.__new__, ContactRow)


def company_record(row: Any, contact_count: int = 0) -> CompanyRecord:
    """The record of a Company row (an ORM object or a result row with the same columns)."""
    return CompanyRecord(
        **{f: getattr(row, f) for f in COMPANY_FIELDS},
        id=row.id,
        tags=tuple(split_tags(row.tags)),
        contact_count=contact_count,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def contact_record(row: Any, company_name: str | None = "") -> ContactRecord:
    """The record of a Contact row (an ORM object or a result row with the same columns)."""
    return ContactRecord(
        **{f: getattr(row, f) for f in CONTACT_FIELDS},
        id=row.id,
        company_name=company_name or "",
        tags=tuple(split_tags(row.tags)),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def companies(s: Session) -> list[CompanyRecord]:
    """Every live company with its number of live contacts, by name (one query, no ORM rows)."""
    counts = (
        live(select(Contact.company_id, func.count(Contact.id).label("n")), Contact)
        .group_by(Contact.company_id)
        .subquery()
    )
    stmt = live(
        select(*Company.__table__.columns, counts.c.n).outerjoin(counts, counts.c.company_id == Company.id),
        Company,
    ).order_by(Company.name)
    return [company_record(row, row.n or 0) for row in s.exec(stmt)]


def company_names(s: Session) -> list[tuple[str, int]]:
    """(name, id) of every live company, by name."""
    return fetch_all(s, COMPANY_NAMES)


def company_count(s: Session) -> int:
    return s.exec(live(select(func.count()).select_from(Company), Company)).one()


def company_by_name(s: Session, name: str) -> Company | None:
    """The live company with exactly this name (the first one when several share it)."""
    return s.exec(live(select(Company), Company).where(Company.name == name)).first()


def company_name(s: Session, company_id: int | None) -> str:
    """The name of a live company, "" for none or a deleted one."""
    company = s.get(Company, company_id) if company_id else None
    return company.name if company is not None and company.deleted_at is None else ""


def company_deletion(s: Session, company_id: int) -> tuple[list[Any], int, int]:
    """What deleting a company touches: its live deals' (amount, currency, stage kind), its live
    call notes and its live contacts (counted)."""
    deals = s.exec(live(
        select(Deal.amount, Deal.currency, Stage.kind).join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.company_id == company_id), Deal)).all()
    notes = s.exec(live(
        select(func.count()).select_from(CallNote).where(CallNote.company_id == company_id), CallNote)).one()
    contacts = s.exec(live(
        select(func.count()).select_from(Contact).where(Contact.company_id == company_id), Contact)).one()
    return list(deals), notes, contacts


def contacts(s: Session, company_id: int | None = None) -> list[ContactRecord]:
    """Every live contact (or a company's), by name, with its live company's name."""
    stmt = live(
        select(*Contact.__table__.columns, Company.name.label("company_name"))
        .outerjoin(Company, (Company.id == Contact.company_id) & Company.deleted_at.is_(None)),
        Contact,
    ).order_by(Contact.name)
    if company_id is not None:
        stmt = stmt.where(Contact.company_id == company_id)
    return [contact_record(row, row.company_name) for row in s.exec(stmt)]


def contact_rows(s: Session) -> list[ContactRow]:
    """Every live contact as the list shows it, in no particular order (the list sorts itself)."""
    return list(map(_new_contact_row, fetch_all(s, CONTACT_ROWS)))
