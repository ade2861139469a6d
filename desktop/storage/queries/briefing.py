"""Reading what the printed documents need: finding a deal by a part of its title, planned visits,
a deal's notes and open steps, and the customer-safe columns the first-call deck may show."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop.storage.queries import live
from desktop.storage.tables import CallNote, Company, Contact, Deal, NextStep, NoteAttendee, Partner, Visit

OPEN_STEP_ORDER = (col(NextStep.due).is_(None), NextStep.due, NextStep.id)


def deal_titles(s: Session) -> list[tuple[int, str, str]]:
    """(id, title, company name) of every live deal, by id."""
    return [tuple(r) for r in s.exec(live(
        select(Deal.id, Deal.title, Company.name).join(Company, Company.id == Deal.company_id), Deal,
    ).order_by(Deal.id)).all()]


def visits_between(s: Session, start: datetime, end: datetime) -> list[tuple[Visit, str, str]]:
    """(visit, deal title, company name) of live visits of live deals in [start, end), by time."""
    return list(s.exec(live(
        select(Visit, Deal.title, Company.name).join(Deal, Deal.id == Visit.deal_id)
        .join(Company, Company.id == Deal.company_id), Visit, Deal,
    ).where(Visit.planned_at >= start, Visit.planned_at < end).order_by(Visit.planned_at, Visit.id)).all())


def next_visit(s: Session, deal_id: int, since: datetime) -> Visit | None:
    """The deal's first live visit planned from `since` on."""
    return s.exec(live(select(Visit), Visit).where(Visit.deal_id == deal_id, Visit.planned_at >= since)
                  .order_by(Visit.planned_at)).first()


def notes(s: Session, deal_id: int) -> list[CallNote]:
    """The deal's live call notes, newest first (ORM rows: the brief reads every section)."""
    return list(s.exec(live(select(CallNote), CallNote).where(CallNote.deal_id == deal_id)
                       .order_by(col(CallNote.occurred_at).desc(), col(CallNote.id).desc())).all())


def spin_lines(s: Session, deal_id: int) -> list[Any]:
    """Only the customer-safe columns of the deal's live notes (situation, problem, implication,
    need-payoff), newest first: the deck never reads stances, risks or internal notes."""
    return list(s.exec(live(
        select(CallNote.situation, CallNote.problem, CallNote.implication, CallNote.need_payoff)
        .where(CallNote.deal_id == deal_id), CallNote,
    ).order_by(col(CallNote.occurred_at).desc(), col(CallNote.id).desc())).all())


def open_steps(s: Session, deal_id: int) -> list[NextStep]:
    """The deal's open live steps, earliest due first (undated last)."""
    return list(s.exec(live(select(NextStep), NextStep).where(
        NextStep.deal_id == deal_id, NextStep.done_at.is_(None)).order_by(*OPEN_STEP_ORDER)).all())


def agreed_steps(s: Session, deal_id: int) -> list[tuple[str, date | None]]:
    """(text, due) of the open steps agreed with the customer: the seller's own to-dos never
    reach the deck, whether typed in a note or on the deal."""
    return [tuple(r) for r in s.exec(live(select(NextStep.text, NextStep.due), NextStep).where(
        NextStep.deal_id == deal_id, NextStep.done_at.is_(None), NextStep.agreed == True,  # noqa: E712
    ).order_by(*OPEN_STEP_ORDER)).all()]


def contacts(s: Session, ids: Iterable[int]) -> dict[int, Contact]:
    """The live contacts among `ids`, by id."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {c.id: c for c in s.exec(live(select(Contact), Contact).where(col(Contact.id).in_(wanted))).all()}


def people_names(s: Session, company_id: int, contact_ids: Iterable[int]) -> frozenset[str]:
    """Every name and other name of the company's contacts and of the contacts listed."""
    rows = s.exec(select(Contact.name, Contact.name_alt).where(
        (Contact.company_id == company_id) | col(Contact.id).in_(list(contact_ids))))
    return frozenset(n.strip() for row in rows for n in row if n and n.strip())


def referrer_name(s: Session, partner_id: int | None) -> str:
    """The name of the partner who referred a deal ("" for none)."""
    partner = s.get(Partner, partner_id) if partner_id is not None else None
    contact = s.get(Contact, partner.contact_id) if partner else None
    return contact.name if contact else ""


def attendee_names(s: Session, note_id: int) -> list[str]:
    """The names of a note's live attendees."""
    return list(s.exec(live(
        select(Contact.name).join(NoteAttendee, NoteAttendee.contact_id == Contact.id)
        .where(NoteAttendee.note_id == note_id), Contact)).all())
