"""Companies and contacts: list, read, save (create or update), delete and undo the delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, select

from desktop.domain.choice import Choice
from desktop.domain.clock import Clock, system_clock
from desktop.domain.deals import StageKind
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.people import (
    CompanyDeletion,
    CompanyRecord,
    ContactRecord,
    ContactRow,
    join_tags,
    split_tags,
)
from desktop.services import validation
from desktop.storage import listing
from desktop.storage.book import Book
from desktop.storage.pinyin import fill_name_alt
from desktop.storage.schema import phone_digits
from desktop.storage.tables import CallNote, Company, Contact, Deal, Stage

COMPANY_FIELDS = (
    "name", "industry", "region", "size", "annual_revenue", "tier", "website", "address",
    "lead_source", "notes",
)
CONTACT_FIELDS = (
    "name", "name_alt", "company_id", "title", "department", "mobile", "other_phone", "email",
    "wechat", "qq", "notes",
)


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


def _clean(value: str) -> str:
    return " ".join(value.split()) if "\n" not in value else value.strip()


class CompanyService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def list(self) -> list[CompanyRecord]:
        """Every company with its number of contacts, by name (one query, no ORM objects)."""
        counts = (
            select(Contact.company_id, func.count(Contact.id).label("n"))
            .where(Contact.deleted_at.is_(None))
            .group_by(Contact.company_id)
            .subquery()
        )
        stmt = (
            select(*Company.__table__.columns, counts.c.n)
            .outerjoin(counts, counts.c.company_id == Company.id)
            .where(Company.deleted_at.is_(None))
            .order_by(Company.name)
        )
        with self.book.reading() as s:
            return [company_record(row, row.n or 0) for row in s.exec(stmt)]

    def names(self) -> list[Choice]:
        """Every company as a pick list (name, id), by name."""
        with self.book.reading() as s:
            return [Choice(*r) for r in listing.fetch_all(s, listing.COMPANY_NAMES)]

    def count(self) -> int:
        """How many companies the book holds (0: a new, empty book)."""
        with self.book.reading() as s:
            return s.exec(select(func.count()).select_from(Company)
                          .where(Company.deleted_at.is_(None))).one()

    def get(self, company_id: int) -> CompanyRecord:
        with self.book.reading() as s:
            return company_record(_live(s, Company, company_id))

    def find_by_name(self, name: str) -> CompanyRecord | None:
        with self.book.reading() as s:
            row = s.exec(
                select(Company).where(Company.name == name.strip(), Company.deleted_at.is_(None))
            ).first()
            return company_record(row) if row else None

    def validate(self, record: CompanyRecord) -> list[FieldError]:
        return (
            validation.check_required(record.name, "name")
            + validation.check_tier(record.tier)
            + validation.check_website(record.website)
        )

    def save(self, record: CompanyRecord) -> CompanyRecord:
        """Create (id None) or update a company; raises ValidationFailed and writes nothing."""
        record = replace(record, name=_clean(record.name), tier=record.tier.strip().upper())
        errors = self.validate(record)
        if errors:
            raise ValidationFailed(errors)
        now = self.clock()
        values = {f: getattr(record, f) for f in COMPANY_FIELDS}
        values["tags"] = join_tags(list(record.tags))
        with self.book.session() as s:
            if record.id is None:
                row = Company(**values, created_at=now, updated_at=now)
                s.add(row)
            else:
                row = _live(s, Company, record.id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
            s.flush()
            return company_record(row)

    def deletion(self, company_id: int) -> CompanyDeletion:
        """What `delete` would take with it (deals, open deals, call notes) and leave (contacts)."""
        with self.book.session() as s:
            _live(s, Company, company_id)
            deals = s.exec(
                select(Deal.amount, Deal.currency, Stage.kind)
                .join(Stage, Stage.id == Deal.stage_id)
                .where(Deal.company_id == company_id, Deal.deleted_at.is_(None))
            ).all()
            notes = s.exec(
                select(func.count()).select_from(CallNote)
                .where(CallNote.company_id == company_id, CallNote.deleted_at.is_(None))
            ).one()
            contacts = s.exec(
                select(func.count()).select_from(Contact)
                .where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
            ).one()
        open_deals = [(amount, currency) for amount, currency, kind in deals if kind == StageKind.OPEN]
        return CompanyDeletion(
            deals=len(deals), open_deals=len(open_deals), call_notes=notes, contacts=contacts,
            open_amounts=tuple((a, c) for a, c in open_deals if a is not None),
        )

    def delete(self, company_id: int) -> datetime:
        """Delete a company with its deals and call notes (contacts stay, without the company).

        Returns the deletion stamp; `restore` brings back everything deleted with it.
        """
        now = self.clock()
        with self.book.session() as s:
            row = _live(s, Company, company_id)
            row.deleted_at = now
            for table in (Deal, CallNote):
                s.exec(
                    update(table)
                    .where(table.company_id == company_id, table.deleted_at.is_(None))
                    .values(deleted_at=now)
                )
        return now

    def restore(self, company_id: int) -> None:
        with self.book.session() as s:
            row = s.get(Company, company_id)
            if row is None or row.deleted_at is None:
                raise NotFound(company_id)
            stamp = row.deleted_at
            row.deleted_at = None
            for table in (Deal, CallNote):
                s.exec(
                    update(table)
                    .where(table.company_id == company_id, table.deleted_at == stamp)
                    .values(deleted_at=None)
                )


class ContactService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def list(self, company_id: int | None = None) -> list[ContactRecord]:
        """Every contact (or a company's), by name, with the company's name."""
        stmt = (
            select(*Contact.__table__.columns, Company.name.label("company_name"))
            .outerjoin(Company, (Company.id == Contact.company_id) & Company.deleted_at.is_(None))
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.name)
        )
        if company_id is not None:
            stmt = stmt.where(Contact.company_id == company_id)
        with self.book.reading() as s:
            return [contact_record(row, row.company_name) for row in s.exec(stmt)]

    def rows(self) -> list[ContactRow]:
        """Every contact as the list shows it, in no particular order (the list sorts itself).

        One query and a tuple per contact: this is what opening the Contacts page costs.
        """
        with self.book.reading() as s:
            return list(map(_new_contact_row, listing.fetch_all(s, listing.CONTACT_ROWS)))

    def get(self, contact_id: int) -> ContactRecord:
        with self.book.reading() as s:
            row = _live(s, Contact, contact_id)
            company = s.get(Company, row.company_id) if row.company_id else None
            cname = company.name if company and company.deleted_at is None else ""
            return contact_record(row, cname)

    def validate(self, record: ContactRecord) -> tuple[ContactRecord, list[FieldError]]:
        """The record with phones normalised, and what is wrong with it."""
        errors = validation.check_required(record.name, "name")
        errors += validation.check_email(record.email.strip())
        mobile, errs = validation.check_phone(record.mobile, "mobile")
        errors += errs
        other, errs = validation.check_phone(record.other_phone, "other_phone")
        errors += errs
        record = replace(
            record,
            name=_clean(record.name),
            name_alt=fill_name_alt(record.name, _clean(record.name_alt)),
            email=record.email.strip().lower(),
            mobile=mobile,
            other_phone=other,
            wechat=record.wechat.strip(),
            qq=record.qq.strip(),
        )
        return record, errors

    def save(self, record: ContactRecord, new_company: str = "") -> ContactRecord:
        """Create (id None) or update a contact; raises ValidationFailed and writes nothing.

        `new_company` names a company to use (found by name, else created in the same
        transaction) when `record.company_id` is None: quick capture needs no detour.
        """
        record, errors = self.validate(record)
        now = self.clock()
        with self.book.session() as s:
            new_company = _clean(new_company)
            if record.company_id is None and new_company:
                company = s.exec(
                    select(Company).where(Company.name == new_company, Company.deleted_at.is_(None))
                ).first()
                if company is None:
                    company = Company(name=new_company, created_at=now, updated_at=now)
                    s.add(company)
                    s.flush()
                record = replace(record, company_id=company.id)
            elif record.company_id is not None:
                company = s.get(Company, record.company_id)
                if company is None or company.deleted_at is not None:
                    errors.append(FieldError("company_id", "company_missing"))
            if errors:
                raise ValidationFailed(errors)
            values = {f: getattr(record, f) for f in CONTACT_FIELDS}
            values["tags"] = join_tags(list(record.tags))
            values["phone_digits"] = phone_digits(record.mobile, record.other_phone)
            if record.id is None:
                row = Contact(**values, created_at=now, updated_at=now)
                s.add(row)
            else:
                row = _live(s, Contact, record.id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
            s.flush()
            cname = s.get(Company, row.company_id).name if row.company_id else ""
            return contact_record(row, cname)

    def delete(self, contact_id: int) -> None:
        with self.book.session() as s:
            _live(s, Contact, contact_id).deleted_at = self.clock()

    def restore(self, contact_id: int) -> None:
        with self.book.session() as s:
            row = s.get(Contact, contact_id)
            if row is None or row.deleted_at is None:
                raise NotFound(contact_id)
            row.deleted_at = None


def _live(session: Session, table: type, row_id: int):  # noqa: ANN202 - returns a row of `table`
    row = session.get(table, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(row_id)
    return row
