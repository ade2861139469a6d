"""Reading the book for the reports: plain tuples, internal fields never selected.

Every function takes the session of the one read transaction a report runs in. Deleted deals,
notes, visits and steps are left out here, so no report can count them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from desktop.storage.queries import live
from desktop.storage.tables import (
    CallNote,
    Company,
    Contact,
    Contract,
    Deal,
    LostReason,
    NextStep,
    Partner,
    Stage,
    Visit,
)


def stages(s: Session) -> list[Stage]:
    """Every stage, removed ones too (old history still names them)."""
    return list(s.exec(select(Stage).order_by(Stage.position, Stage.id)))


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def deals(s: Session) -> list[tuple[Any, ...]]:
    """Live deals with their company's name, tier and lead source (plain SQL, dates parsed here):
    (id, title, company id, company, stage id, entered stage, created, amount, currency,
    expected close, probability override, deal's source, company's source, referrer,
    lost reason id, lost reason text, competitors, tier)."""
    rows = s.connection().exec_driver_sql(
        "SELECT d.id, d.title, d.company_id, c.name, d.stage_id, d.stage_entered_at, d.created_at, "
        "d.amount, d.currency, d.expected_close, d.probability_override, d.lead_source, c.lead_source, "
        "d.referrer_id, d.lost_reason_id, d.lost_reason_text, d.competitors, c.tier "
        "FROM deal d JOIN company c ON c.id = d.company_id WHERE d.deleted_at IS NULL ORDER BY d.id").fetchall()
    return [(r[0], r[1], r[2], r[3], r[4], _when(r[5]), _when(r[6]), r[7], r[8], _day(r[9]), *r[10:])
            for r in rows]


def stage_changes(s: Session) -> list[tuple[int, datetime, int | None, int]]:
    """(deal id, changed at, from stage, to stage) of live deals, each deal's oldest first.

    Read with plain SQL: a large book has tens of thousands of changes, and SQLAlchemy's
    per-row date parsing costs more than the query (datetime.fromisoformat reads SQLite's text)."""
    rows = s.connection().exec_driver_sql(
        "SELECT c.deal_id, c.changed_at, c.from_stage_id, c.to_stage_id FROM stage_change c "
        "JOIN deal d ON d.id = c.deal_id WHERE d.deleted_at IS NULL "
        "ORDER BY c.deal_id, c.changed_at, c.id").fetchall()
    when = datetime.fromisoformat
    return [(deal_id, when(at), from_id, to_id) for deal_id, at, from_id, to_id in rows]


def tiered_companies(s: Session) -> list[Any]:
    """(id, name, tier) of live companies the seller gave a tier (80/20 checks them all)."""
    stmt = select(Company.id, Company.name, Company.tier).where(Company.tier != "")
    return list(s.exec(live(stmt, Company)))


# Notes found by their days: `+deleted_at` keeps SQLite off the index of every live note (it
# would walk all of them, 50,000 on a veteran's book, to keep a quarter's).
NOTE_MOMENTS = ("SELECT id, company_id, deal_id, occurred_at FROM call_note WHERE +deleted_at IS NULL "
                "AND occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at, id")
NOTE_COUNT = ("SELECT count(*) FROM call_note WHERE +deleted_at IS NULL AND occurred_at >= ? "
              "AND occurred_at <= ?")


def note_moments(s: Session, start: datetime, end: datetime) -> list[tuple[int, int, int | None, datetime]]:
    """(id, company id, deal id, when) of live notes from `start` to `end`: what the activity
    report counts, read with plain SQL (a busy seller writes thousands of notes a year)."""
    rows = s.connection().exec_driver_sql(
        NOTE_MOMENTS, (start.isoformat(" "), end.isoformat(" "))).fetchall()
    when = datetime.fromisoformat
    return [(nid, cid, did, when(at)) for nid, cid, did, at in rows]


def note_count(s: Session, start: datetime, end: datetime) -> int:
    """How many live notes are from `start` to `end` (both included): note_moments' rows."""
    return s.connection().exec_driver_sql(
        NOTE_COUNT, (start.isoformat(" "), end.isoformat(" "))).scalar_one()


def notes(s: Session, start: datetime | None = None, end: datetime | None = None) -> list[Any]:
    """(id, company id, deal id, when, kind, goal, company name) of live notes, those from `start`
    to `end` (both included) when given."""
    stmt = (
        select(CallNote.id, CallNote.company_id, CallNote.deal_id, CallNote.occurred_at,
               CallNote.kind, CallNote.goal, Company.name)
        .join(Company, Company.id == CallNote.company_id)
        .order_by(CallNote.occurred_at, CallNote.id)
    )
    if start is not None:
        stmt = stmt.where(CallNote.occurred_at >= start)
    if end is not None:
        stmt = stmt.where(CallNote.occurred_at <= end)
    return list(s.exec(live(stmt, CallNote)))


def last_note_per_deal(s: Session, until: datetime) -> list[Any]:
    """(deal id, when) of each deal's latest live note up to `until`."""
    stmt = (select(CallNote.deal_id, func.max(CallNote.occurred_at))
            .where(col(CallNote.deal_id).is_not(None), CallNote.occurred_at <= until)
            .group_by(CallNote.deal_id))
    return list(s.exec(live(stmt, CallNote)))


def visits(s: Session) -> list[Any]:
    """(id, deal id, planned at, place, goal) of visits not cancelled, on live deals."""
    stmt = (
        select(Visit.id, Visit.deal_id, Visit.planned_at, Visit.place, Visit.goal)
        .join(Deal, Deal.id == Visit.deal_id)
        .order_by(Visit.planned_at, Visit.id)
    )
    return list(s.exec(live(stmt, Visit, Deal)))


def open_steps(s: Session) -> list[Any]:
    """(id, deal id, text, owner, due) of next steps not done and not deleted."""
    stmt = (
        select(NextStep.id, NextStep.deal_id, NextStep.text, NextStep.owner, NextStep.due)
        .where(col(NextStep.done_at).is_(None))
        .order_by(NextStep.due, NextStep.id)
    )
    return list(s.exec(live(stmt, NextStep)))


def lost_reasons(s: Session) -> list[Any]:
    return list(s.exec(select(LostReason.id, LostReason.name_en, LostReason.name_zh)
                       .order_by(LostReason.position, LostReason.id)))


def partners(s: Session) -> list[Any]:
    """(partner id, name) of every partner, deleted ones too: old deals still name them."""
    return list(s.exec(select(Partner.id, Contact.name).join(Contact, Contact.id == Partner.contact_id)))


def contracts_exist(s: Session) -> bool:
    """Whether the seller records contracts and payments (回款) in this book at all."""
    return bool(s.exec(live(select(func.count(Contract.id)), Contract)).one())


def contracts(s: Session) -> list[Any]:
    """(contract id, deal id, currency) of live contracts on live deals."""
    stmt = (select(Contract.id, Contract.deal_id, Contract.currency)
            .join(Deal, Deal.id == Contract.deal_id))
    return list(s.exec(live(stmt, Contract, Deal)))
