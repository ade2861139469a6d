"""Companies and contacts: list, read, save (create or update), delete and undo the delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy import update
from sqlmodel import Session

from desktop.domain.changes import COMPANIES, CONTACTS, DEALS, NOTES, writes
from desktop.domain.choice import Choice
from desktop.domain.clock import Clock, system_clock
from desktop.domain.deals import StageKind
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.people import CompanyDeletion, CompanyRecord, ContactRecord, ContactRow, join_tags
from desktop.services import validation
from desktop.storage.book import Book
from desktop.storage.pinyin import fill_name_alt, renamed_name_alt
from desktop.storage.queries import find_live, get_deleted, get_live, live
from desktop.storage.queries import people as q
from desktop.storage.queries import today as today_queries
from desktop.storage.queries.people import COMPANY_FIELDS, CONTACT_FIELDS, company_record, contact_record
from desktop.storage.schema import phone_digits
from desktop.storage.tables import CallNote, Company, Contact, Deal

T = TypeVar("T")


def _write(s: Session, table: type[T], row_id: int | None, values: dict, now: datetime) -> T:
    """Create (row_id None) or update a live row with `values`; flushed, so it has its id."""
    if row_id is None:
        row = table(**values, created_at=now, updated_at=now)
        s.add(row)
    else:
        row = get_live(s, table, row_id)
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = now
    s.flush()
    return row


def _clean(value: str) -> str:
    return " ".join(value.split()) if "\n" not in value else value.strip()


def delete_made_contact(s: Session, contact_id: int, now: datetime, *, seat_id: int | None = None,
                        partner_id: int | None = None) -> None:
    """Delete (soft) a contact that the action being undone made, in the caller's transaction.

    Refused, ValidationFailed 'contact_in_committee' / 'contact_is_partner' / 'contact_in_note' /
    'contact_on_visit' (detail: their name), when something besides that action's committee seat
    `seat_id` or partner record `partner_id` now holds them: undo never takes that away too."""
    row = find_live(s, Contact, contact_id)
    if row is None:  # deleted meanwhile: nothing more to take back
        return
    link = q.contact_link(s, contact_id, seat_id=seat_id, partner_id=partner_id)
    if link is not None:
        code = {"committee": "contact_in_committee", "partner": "contact_is_partner",
                "note": "contact_in_note", "visit": "contact_on_visit"}[link]
        raise ValidationFailed([FieldError("contact_id", code, row.name)])
    row.deleted_at = now
    s.add(row)


class CompanyService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def list(self) -> list[CompanyRecord]:
        """Every company with its number of contacts, by name (one query, no ORM objects)."""
        with self.book.reading() as s:
            return q.companies(s)

    def names(self) -> list[Choice]:
        """Every company as a pick list (name, id), by name."""
        with self.book.reading() as s:
            return [Choice(*r) for r in q.company_names(s)]

    def count(self) -> int:
        """How many companies the book holds (0: a new, empty book)."""
        with self.book.raw_reading() as conn:  # as Today asks it, before SQLModel is loaded
            return today_queries.company_count(conn)

    def get(self, company_id: int) -> CompanyRecord:
        with self.book.reading() as s:
            return company_record(get_live(s, Company, company_id))

    def find_by_name(self, name: str) -> CompanyRecord | None:
        with self.book.reading() as s:
            row = q.company_by_name(s, name.strip())
            return company_record(row) if row else None

    def validate(self, record: CompanyRecord) -> list[FieldError]:
        return (
            validation.check_required(record.name, "name")
            + validation.check_tier(record.tier)
            + validation.check_website(record.website)
        )

    @writes(COMPANIES)
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
            row = _write(s, Company, record.id, values, now)
            return company_record(row)

    def deletion(self, company_id: int) -> CompanyDeletion:
        """What `delete` would take with it (deals, open deals, call notes) and leave (contacts)."""
        with self.book.session() as s:
            get_live(s, Company, company_id)
            deals, notes, contacts = q.company_deletion(s, company_id)
        open_deals = [(amount, currency) for amount, currency, kind in deals if kind == StageKind.OPEN]
        return CompanyDeletion(
            deals=len(deals), open_deals=len(open_deals), call_notes=notes, contacts=contacts,
            open_amounts=tuple((a, c) for a, c in open_deals if a is not None),
        )

    @writes(COMPANIES, CONTACTS, DEALS, NOTES)
    def delete(self, company_id: int) -> datetime:
        """Delete a company with its deals and call notes (contacts stay, without the company).

        Returns the deletion stamp; `restore` brings back everything deleted with it.
        """
        now = self.clock()
        with self.book.session() as s:
            row = get_live(s, Company, company_id)
            row.deleted_at = now
            for table in (Deal, CallNote):
                s.exec(live(update(table).where(table.company_id == company_id), table).values(deleted_at=now))
        return now

    @writes(COMPANIES, CONTACTS, DEALS, NOTES)
    def restore(self, company_id: int) -> None:
        with self.book.session() as s:
            row = get_deleted(s, Company, company_id)
            stamp = row.deleted_at
            row.deleted_at = None
            for table in (Deal, CallNote):
                s.exec(
                    update(table)
                    .where(table.company_id == company_id, table.deleted_at == stamp)
                    .values(deleted_at=None)
                )


def _name_parts(chinese_first: bool, descending: bool,
                groups: tuple[int, int]) -> list[tuple[bool, int]]:
    """The name order's two groups as the list shows them: (named in Chinese, how many)."""
    parts = [(True, groups[0]), (False, groups[1])]
    if chinese_first == descending:  # Latin first, or Chinese first read backwards
        parts.reverse()
    return parts


def _seek(parts: list[tuple[bool, int]], offset: int, limit: int,
          anchor_row: int) -> tuple[int, int, bool] | None:
    """(rows to skip, rows to read, forward) to read rows offset…offset+limit from the anchor's
    row, when both lie in one name group and the anchor is nearer than the group's ends."""
    start = 0
    for _chinese, size in parts:
        end = start + size
        if start <= offset < end:
            count = min(limit, end - offset)
            if not start <= anchor_row < end or count < limit:  # another group, or two
                return None
            plain = min(offset - start, end - offset - count)  # an OFFSET from the nearer end
            if anchor_row < offset and offset - anchor_row - 1 < plain:
                return offset - anchor_row - 1, count, True
            if anchor_row >= offset + count and anchor_row - offset - count < plain:
                return anchor_row - offset - count, count, False
            return None
        start = end
    return None


class ContactService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def list(self, company_id: int | None = None) -> list[ContactRecord]:
        """Every contact (or a company's), by name, with the company's name."""
        with self.book.reading() as s:
            return q.contacts(s, company_id)

    def rows(self) -> list[ContactRow]:
        """Every contact as the list shows it, in no particular order (the list sorts itself).

        One query and a tuple per contact: this is what opening the Contacts page costs.
        """
        with self.book.reading() as s:
            return q.contact_rows(s)

    # The contacts list a page at a time: ids in order, then the rows of the visible window.
    def count(self) -> int:
        """How many live contacts the book holds."""
        with self.book.reading() as s:
            return q.contact_count(s)

    def ids_by_name(self, *, chinese_first: bool) -> list[int]:
        """Every contact's id in name order (names in Chinese by their pinyin), read from an
        index: this, not the rows, is what opening the Contacts page costs."""
        with self.book.reading() as s:
            return q.contact_ids_by_name(s, chinese_first=chinese_first)

    def name_groups(self) -> tuple[int, int]:
        """(contacts named in Chinese, the others): the name order's two groups, counted from
        its index; together, how many live contacts the book holds."""
        with self.book.reading() as s:
            return q.contact_name_group_sizes(s)

    def ids_by_name_window(self, offset: int, limit: int, *, chinese_first: bool,
                           descending: bool, groups: tuple[int, int],
                           anchor: tuple[int, int] | None = None) -> list[int]:
        """The ids at rows offset…offset+limit of the name order (`groups` from name_groups()),
        read from the index: the first paint and each screenful scrolled to read this much.
        `anchor` (row, id) is an id already read: the index is walked from it when it is
        nearer than the ends of the window's group."""
        out: list[int] = []
        with self.book.reading() as s:
            if anchor is not None:
                seek = _seek(_name_parts(chinese_first, descending, groups), offset, limit, anchor[0])
                if seek is not None:
                    skip, count, forward = seek
                    found = q.contact_ids_by_name_from(s, anchor[1], skip=skip, count=count,
                                                       descending=descending, forward=forward)
                    if found is not None and len(found) == count:
                        return found
            for chinese, size in _name_parts(chinese_first, descending, groups):
                if offset < size and len(out) < limit:
                    out += q.contact_ids_by_name_slice(
                        s, chinese=chinese, size=size, start=offset, count=limit - len(out),
                        descending=descending)
                offset = max(0, offset - size)
        return out

    def name_position(self, contact_id: int, *, chinese_first: bool, descending: bool,
                      groups: tuple[int, int]) -> int | None:
        """The contact's row in the name order (None: not a live contact), counted from the
        index, not by reading every id."""
        with self.book.reading() as s:
            found = q.contact_name_position(s, contact_id)
        if found is None:
            return None
        chinese, before = found
        row = 0
        for part_chinese, size in _name_parts(chinese_first, descending, groups):
            if part_chinese == chinese:
                return row + (size - 1 - before if descending else before)
            row += size
        return None

    def column(self, field: str) -> list[tuple[int, object]]:
        """(id, value) of one ContactRow field for every contact, to sort the list by it."""
        with self.book.reading() as s:
            return q.contact_column(s, field)

    def ids_matching(self, words: list[str]) -> set[int]:
        """Ids of the contacts whose listed text (name, pinyin and its initials, company, title,
        department, email, WeChat, QQ, phone digits, tags) holds every lower-case word."""
        with self.book.reading() as s:
            return q.contact_ids_matching(s, words)

    def rows_of(self, ids: list[int]) -> list[ContactRow]:
        """The listed rows of these contacts, in no particular order."""
        with self.book.reading() as s:
            return q.contact_rows_of(s, ids)

    def get(self, contact_id: int) -> ContactRecord:
        with self.book.reading() as s:
            row = get_live(s, Contact, contact_id)
            return contact_record(row, q.company_name(s, row.company_id))

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

    @writes(CONTACTS, COMPANIES)
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
                company = q.company_by_name(s, new_company)
                if company is None:
                    company = Company(name=new_company, created_at=now, updated_at=now)
                    s.add(company)
                    s.flush()
                record = replace(record, company_id=company.id)
            elif record.company_id is not None:
                if find_live(s, Company, record.company_id) is None:
                    errors.append(FieldError("company_id", "company_missing"))
            if errors:
                raise ValidationFailed(errors)
            if record.id is not None:
                # the pinyin filled in for the old name follows a rename; a typed one stays
                old_name = get_live(s, Contact, record.id).name
                record = replace(
                    record, name_alt=renamed_name_alt(old_name, record.name, record.name_alt))
            values = {f: getattr(record, f) for f in CONTACT_FIELDS}
            values["tags"] = join_tags(list(record.tags))
            values["phone_digits"] = phone_digits(record.mobile, record.other_phone)
            row = _write(s, Contact, record.id, values, now)
            cname = s.get(Company, row.company_id).name if row.company_id else ""
            return contact_record(row, cname)

    @writes(CONTACTS, COMPANIES)
    def delete(self, contact_id: int) -> None:
        with self.book.session() as s:
            get_live(s, Contact, contact_id).deleted_at = self.clock()

    @writes(CONTACTS, COMPANIES)
    def restore(self, contact_id: int) -> None:
        with self.book.session() as s:
            get_deleted(s, Contact, contact_id).deleted_at = None

