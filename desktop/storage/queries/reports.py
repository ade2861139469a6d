"""Reading the book for the reports: plain tuples, internal fields never selected.

Every function takes the session of the one read transaction a report runs in. Deleted deals,
notes, visits and steps are left out here, so no report can count them.
"""

from __future__ import annotations

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
    StageChange,
    Visit,
)


def stages(s: Session) -> list[Stage]:
    """Every stage, removed ones too (old history still names them)."""
    return list(s.exec(select(Stage).order_by(Stage.position, Stage.id)))


def deals(s: Session) -> list[Any]:
    """Live deals with their company's name, tier and lead source."""
    stmt = (
        select(Deal.id, Deal.title, Deal.company_id, Company.name, Deal.stage_id,
               Deal.stage_entered_at, Deal.created_at, Deal.amount, Deal.currency,
               Deal.expected_close, Deal.probability_override, Deal.lead_source,
               Company.lead_source, Deal.referrer_id, Deal.lost_reason_id, Deal.lost_reason_text,
               Deal.competitors, Company.tier)
        .join(Company, Company.id == Deal.company_id)
        .order_by(Deal.id)
    )
    return list(s.exec(live(stmt, Deal)))


def stage_changes(s: Session) -> list[Any]:
    """(deal id, changed at, from stage, to stage) of live deals, each deal's oldest first."""
    stmt = (
        select(StageChange.deal_id, StageChange.changed_at, StageChange.from_stage_id,
               StageChange.to_stage_id)
        .join(Deal, Deal.id == StageChange.deal_id)
        .order_by(StageChange.deal_id, StageChange.changed_at, StageChange.id)
    )
    return list(s.exec(live(stmt, Deal)))


def companies(s: Session) -> list[Any]:
    return list(s.exec(live(select(Company.id, Company.name, Company.tier), Company)))


def notes(s: Session) -> list[Any]:
    """(id, company id, deal id, when, kind, goal, company name) of live notes."""
    stmt = (
        select(CallNote.id, CallNote.company_id, CallNote.deal_id, CallNote.occurred_at,
               CallNote.kind, CallNote.goal, Company.name)
        .join(Company, Company.id == CallNote.company_id)
        .order_by(CallNote.occurred_at, CallNote.id)
    )
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
