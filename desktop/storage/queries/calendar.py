"""What the calendar file and the reminders read: visits, next steps due and overdue counts.

Only deals still being worked count (as on Today): a lost deal's visits and steps stay out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.storage.queries import live
from desktop.storage.tables import Company, Contact, Deal, NextStep, Stage, Visit

LOST = "lost"


def _worked(stmt: Any) -> Any:
    """`stmt` (joined to Deal) limited to live deals of live companies not in a lost stage."""
    stmt = stmt.join(Company, Company.id == Deal.company_id).join(Stage, Stage.id == Deal.stage_id)
    return live(stmt, Deal, Company).where(Stage.kind != LOST)


def visits_between(s: Session, start: datetime, end: datetime,
                   visit_id: int | None = None) -> Sequence[Any]:
    """Live visits with `start <= planned_at < end` (or the one visit `visit_id`): rows of
    (id, planned_at, place, goal, attendee_contact_ids, deal_id, deal_title, company)."""
    stmt = select(Visit.id, Visit.planned_at, Visit.place, Visit.goal, Visit.attendee_contact_ids,
                  Deal.id.label("deal_id"), Deal.title.label("deal_title"),
                  Company.name.label("company")).join(Deal, Deal.id == Visit.deal_id)
    stmt = live(_worked(stmt), Visit)
    if visit_id is not None:
        stmt = stmt.where(Visit.id == visit_id)
    else:
        stmt = stmt.where(Visit.planned_at >= start, Visit.planned_at < end)
    return s.exec(stmt.order_by(Visit.planned_at, Visit.id)).all()


def contact_names(s: Session, contact_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Name and job title of the live contacts among `contact_ids`."""
    if not contact_ids:
        return {}
    rows = s.exec(live(select(Contact.id, Contact.name, Contact.title), Contact)
                  .where(col(Contact.id).in_(contact_ids))).all()
    return {r.id: (r.name, r.title) for r in rows}


def steps_due_between(s: Session, first: date, last: date) -> Sequence[Any]:
    """Open next steps due from `first` to `last` (inclusive): rows of
    (id, due, text, owner, deal_id, deal_title, company)."""
    stmt = select(NextStep.id, NextStep.due, NextStep.text, NextStep.owner,
                  Deal.id.label("deal_id"), Deal.title.label("deal_title"),
                  Company.name.label("company")).join(Deal, Deal.id == NextStep.deal_id)
    stmt = live(_worked(stmt), NextStep).where(
        NextStep.done_at.is_(None), NextStep.due.is_not(None), NextStep.due >= first,
        NextStep.due <= last)
    return s.exec(stmt.order_by(NextStep.due, NextStep.id)).all()


def count_overdue_steps(s: Session, today: date) -> int:
    """Open next steps of worked deals due before `today`."""
    stmt = select(func.count(NextStep.id)).join(Deal, Deal.id == NextStep.deal_id)
    stmt = live(_worked(stmt), NextStep).where(NextStep.done_at.is_(None),
                                               NextStep.due.is_not(None), NextStep.due < today)
    return int(s.exec(stmt).one())
