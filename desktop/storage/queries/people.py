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
from desktop.storage.tables import (
    CallNote,
    Company,
    Contact,
    Deal,
    NoteAttendee,
    Partner,
    Stage,
    Stakeholder,
    Visit,
)

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


# --- the contacts list, a page at a time (100,000 contacts: never every row at once) ---------
# A name written in Chinese sorts by its pinyin (name_alt, filled in since schema v4), any other
# name by itself, case-free; Chinese names form one group and the rest another, so the list
# can put either first (Chinese first in Chinese, as QCollator does; Latin first in English).
# The index on these expressions (storage/indexes.py) hands the ids over in order.
NAME_IS_CHINESE = "(name >= '\u3400' AND name < '\ua000')"
NAME_ORDER_KEY = f"lower(CASE WHEN {NAME_IS_CHINESE} AND name_alt != '' THEN name_alt ELSE name END)"
NAME_ORDER_INDEX = (
    f"CREATE INDEX IF NOT EXISTS ix_contact_name_order ON contact "
    f"({NAME_IS_CHINESE}, {NAME_ORDER_KEY}, name) WHERE deleted_at IS NULL"
)
CONTACT_IDS_BY_NAME = (
    f"SELECT id FROM contact WHERE deleted_at IS NULL AND {NAME_IS_CHINESE} = ? "
    f"ORDER BY {NAME_ORDER_KEY}, name, id"
)
CONTACT_COUNT = "SELECT count(*) FROM contact WHERE deleted_at IS NULL"
_COLUMN_SQL = {
    "company_name": "SELECT c.id, coalesce(co.name, '') FROM contact AS c "
                    "LEFT JOIN company AS co ON co.id = c.company_id AND co.deleted_at IS NULL "
                    "WHERE c.deleted_at IS NULL",
}
# What the list's filter looks in (as ContactTableModel.search_text): every word typed must be
# in it, folded as domain/folding.fold does. dealbrief_fold and dealbrief_name_keys (the pinyin
# run together and its initials) are made on every connection (storage/functions.py).
CONTACT_FILTER_TEXT = (
    "dealbrief_fold(c.name || ' ' || c.name_alt || ' ' || dealbrief_name_keys(c.name_alt) || ' ' || "
    "coalesce(co.name, '') || ' ' || c.title || ' ' || c.department || ' ' || c.email || ' ' || "
    "c.wechat || ' ' || c.qq || ' ' || c.phone_digits || ' ' || c.tags)"
)


def contact_count(s: Session) -> int:
    return fetch_all(s, CONTACT_COUNT)[0][0]


def contact_ids_by_name(s: Session, *, chinese_first: bool) -> list[int]:
    """Every live contact's id in name order (an index scan: no row is read)."""
    groups = (1, 0) if chinese_first else (0, 1)
    return [i for g in groups for (i,) in fetch_all(s, CONTACT_IDS_BY_NAME, (g,))]


# A window of the name order for the first paint and as the view scrolls: the ids at given
# positions of one name group, read from the index (an OFFSET walks index entries, ~50 ns each,
# and is taken from whichever end of the group is nearer), and a contact's position in its group
# counted from the index, so "go to record" needs no list of every id.
CONTACT_NAME_GROUP_COUNT = (
    f"SELECT count(*) FROM contact WHERE deleted_at IS NULL AND {NAME_IS_CHINESE} = ?"
)
_NAME_SLICE = (
    f"SELECT id FROM contact WHERE deleted_at IS NULL AND {NAME_IS_CHINESE} = ? "
    f"ORDER BY {NAME_ORDER_KEY} {{d}}, name {{d}}, id {{d}} LIMIT ? OFFSET ?"
)
CONTACT_NAME_SLICE = {False: _NAME_SLICE.format(d="ASC"), True: _NAME_SLICE.format(d="DESC")}
CONTACT_NAME_KEY = (
    f"SELECT {NAME_IS_CHINESE}, {NAME_ORDER_KEY}, name FROM contact "
    f"WHERE id = ? AND deleted_at IS NULL"
)
CONTACT_NAME_BEFORE = (  # the key's range narrows the index scan; the row value breaks ties
    f"SELECT count(*) FROM contact WHERE deleted_at IS NULL AND {NAME_IS_CHINESE} = ? "
    f"AND {NAME_ORDER_KEY} <= ? AND ({NAME_ORDER_KEY}, name, id) < (?, ?, ?)"
)


_NAME_FROM = (  # the ids next to a known contact's, its key bounding the index's range
    f"SELECT id FROM contact WHERE deleted_at IS NULL AND {NAME_IS_CHINESE} = ? "
    f"AND {NAME_ORDER_KEY} {{ge}} ? AND ({NAME_ORDER_KEY}, name, id) {{gt}} (?, ?, ?) "
    f"ORDER BY {NAME_ORDER_KEY} {{d}}, name {{d}}, id {{d}} LIMIT ? OFFSET ?"
)
CONTACT_NAME_FROM = {True: _NAME_FROM.format(ge=">=", gt=">", d="ASC"),
                     False: _NAME_FROM.format(ge="<=", gt="<", d="DESC")}


def contact_name_group_sizes(s: Session) -> tuple[int, int]:
    """(live contacts named in Chinese, the others), each counted from the name-order index."""
    return (fetch_all(s, CONTACT_NAME_GROUP_COUNT, (1,))[0][0],
            fetch_all(s, CONTACT_NAME_GROUP_COUNT, (0,))[0][0])


def contact_ids_by_name_slice(s: Session, *, chinese: bool, size: int, start: int, count: int,
                              descending: bool = False) -> list[int]:
    """Ids at positions start…start+count of one name group (`size` live contacts) in name
    order, or in reverse; read from the nearer end of the group."""
    count = max(0, min(count, size - start))
    if count == 0:
        return []
    from_end = size - start - count
    if from_end < start:  # nearer the end: read the other way round
        ids = fetch_all(s, CONTACT_NAME_SLICE[not descending], (int(chinese), count, from_end))
        return [i for (i,) in reversed(ids)]
    return [i for (i,) in fetch_all(s, CONTACT_NAME_SLICE[descending], (int(chinese), count, start))]


def contact_ids_by_name_from(s: Session, anchor_id: int, *, skip: int, count: int,
                             descending: bool, forward: bool) -> list[int] | None:
    """`count` ids of the anchor's name group after skipping `skip` past the anchor, the way
    the list goes (`forward`) or back from it, in list order: an index walk as long as the
    distance from a window already read, not from the group's ends (the scroll bar dragged).
    None when the anchor is no longer a live contact."""
    found = fetch_all(s, CONTACT_NAME_KEY, (anchor_id,))
    if not found:
        return None
    chinese, key, name = found[0]
    ids = [i for (i,) in fetch_all(s, CONTACT_NAME_FROM[forward != descending],
                                   (chinese, key, key, name, anchor_id, count, skip))]
    return ids if forward else ids[::-1]


def contact_name_position(s: Session, contact_id: int) -> tuple[bool, int] | None:
    """(named in Chinese, how many of that group come before it in name order) for a live
    contact; None for a deleted or unknown one."""
    found = fetch_all(s, CONTACT_NAME_KEY, (contact_id,))
    if not found:
        return None
    chinese, key, name = found[0]
    before = fetch_all(s, CONTACT_NAME_BEFORE, (chinese, key, key, name, contact_id))[0][0]
    return bool(chinese), before


def contact_column(s: Session, field: str) -> list[tuple[int, Any]]:
    """(id, value) of one listed field for every live contact, for sorting by that column."""
    sql = _COLUMN_SQL.get(field)
    if sql is None:
        if field not in ContactRow._fields or field == "company_name":
            raise ValueError(field)
        sql = f"SELECT id, {field} FROM contact WHERE deleted_at IS NULL"
    return fetch_all(s, sql)


def contact_ids_matching(s: Session, words: list[str]) -> set[int]:
    """Ids of live contacts whose list text holds every word (lower-case words)."""
    where = " AND ".join(f"instr({CONTACT_FILTER_TEXT}, ?) > 0" for _ in words) or "1"
    sql = (f"SELECT c.id FROM contact AS c LEFT JOIN company AS co ON co.id = c.company_id "
           f"AND co.deleted_at IS NULL WHERE c.deleted_at IS NULL AND {where}")
    return {i for (i,) in fetch_all(s, sql, tuple(words))}


def contact_rows_of(s: Session, ids: list[int]) -> list[ContactRow]:
    """The listed rows of these contacts (any order; deleted ones left out)."""
    out: list[ContactRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = CONTACT_ROWS + f" AND c.id IN ({','.join('?' * len(chunk))})"
        out += map(_new_contact_row, fetch_all(s, sql, tuple(chunk)))
    return out


def contact_link(s: Session, contact_id: int, *, seat_id: int | None = None,
                 partner_id: int | None = None) -> str | None:
    """What else holds a contact besides the committee seat `seat_id` or the partner record
    `partner_id` (undo of the action that made them asks before deleting them): "committee" (a
    seat in a live deal), "partner", "note" (an attendee of a live call note), "visit" (on a live
    visit), or None."""
    seat = s.exec(live(select(Stakeholder.id).join(Deal, Deal.id == Stakeholder.deal_id)
                       .where(Stakeholder.contact_id == contact_id,
                              Stakeholder.id != (seat_id or -1)), Deal)).first()
    if seat is not None:
        return "committee"
    partner = s.exec(live(select(Partner.id), Partner).where(
        Partner.contact_id == contact_id, Partner.id != (partner_id or -1))).first()
    if partner is not None:
        return "partner"
    note = s.exec(live(select(NoteAttendee.note_id).join(CallNote, CallNote.id == NoteAttendee.note_id)
                       .where(NoteAttendee.contact_id == contact_id), CallNote)).first()
    if note is not None:
        return "note"
    text = str(contact_id)
    for ids in s.exec(live(select(Visit.attendee_contact_ids), Visit)
                      .where(Visit.attendee_contact_ids.contains(text))):
        if text in (x.strip() for x in ids.split(",")):
            return "visit"
    return None
