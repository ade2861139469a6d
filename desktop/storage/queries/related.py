"""What a record page shows beside the record: a company's contacts and deals, a person's deals
with their committee roles, and the rows of their activity timeline.

Every function takes a Session, never commits, and returns plain tuples (see the docstrings).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from desktop.storage.queries import live
from desktop.storage.tables import (
    BuyingRole,
    CallNote,
    Company,
    Contact,
    Deal,
    NextStep,
    NoteAttendee,
    Partner,
    PartnerUpdate,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderRole,
    Visit,
)


def company_contacts(s: Session, company_id: int) -> Sequence[Any]:
    """(id, name, title, mobile, email) of the company's live contacts, by name."""
    stmt = select(Contact.id, Contact.name, Contact.title, Contact.mobile, Contact.email)
    return s.exec(live(stmt, Contact).where(Contact.company_id == company_id)
                  .order_by(Contact.name)).all()


def _deal_columns() -> tuple[Any, ...]:
    return (Deal.id, Deal.title, Company.name, Stage.name_en, Stage.name_zh, Stage.kind,
            Deal.amount, Deal.currency)


def company_deals(s: Session, company_id: int) -> Sequence[Any]:
    """(id, title, company, stage_en, stage_zh, stage_kind, amount, currency) of its live deals."""
    stmt = (select(*_deal_columns()).join(Company, Company.id == Deal.company_id)
            .join(Stage, Stage.id == Deal.stage_id).where(Deal.company_id == company_id))
    return s.exec(live(stmt, Deal).order_by(Deal.id)).all()


def contact_deals(s: Session, contact_id: int) -> Sequence[Any]:
    """The live deals the person sits on the committee of: the company-deal columns, then
    (stakeholder id, stance)."""
    stmt = (select(*_deal_columns(), Stakeholder.id, Stakeholder.stance)
            .join(Deal, Deal.id == Stakeholder.deal_id)
            .join(Company, Company.id == Deal.company_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Stakeholder.contact_id == contact_id))
    return s.exec(live(stmt, Deal, Company).order_by(Deal.id)).all()


def stakeholder_roles(s: Session, stakeholder_ids: Sequence[int]) -> Sequence[Any]:
    """(stakeholder id, role name_en, role name_zh), in the roles' order."""
    if not stakeholder_ids:
        return []
    stmt = (select(StakeholderRole.stakeholder_id, BuyingRole.name_en, BuyingRole.name_zh)
            .join(BuyingRole, BuyingRole.id == StakeholderRole.role_id)
            .where(col(StakeholderRole.stakeholder_id).in_(stakeholder_ids))
            .order_by(BuyingRole.position))
    return s.exec(stmt).all()


def notes_of_company(s: Session, company_id: int) -> Sequence[Any]:
    """(id, occurred_at, kind, goal, deal_id, deal title or None) of the company's live notes."""
    stmt = (select(CallNote.id, CallNote.occurred_at, CallNote.kind, CallNote.goal, CallNote.deal_id,
                   Deal.title).join(Deal, col(Deal.id) == CallNote.deal_id, isouter=True)
            .where(CallNote.company_id == company_id))
    return s.exec(live(stmt, CallNote)).all()


def notes_attended(s: Session, contact_id: int) -> Sequence[Any]:
    """The same columns for the live notes of meetings the person attended."""
    stmt = (select(CallNote.id, CallNote.occurred_at, CallNote.kind, CallNote.goal, CallNote.deal_id,
                   Deal.title).join(NoteAttendee, NoteAttendee.note_id == CallNote.id)
            .join(Deal, col(Deal.id) == CallNote.deal_id, isouter=True)
            .where(NoteAttendee.contact_id == contact_id))
    return s.exec(live(stmt, CallNote)).all()


def visits_of(s: Session, deal_ids: Sequence[int]) -> Sequence[Any]:
    """(id, planned_at, place, goal, attendee_contact_ids, deal_id, deal title) of live visits."""
    if not deal_ids:
        return []
    stmt = (select(Visit.id, Visit.planned_at, Visit.place, Visit.goal, Visit.attendee_contact_ids,
                   Visit.deal_id, Deal.title).join(Deal, Deal.id == Visit.deal_id)
            .where(col(Visit.deal_id).in_(deal_ids)))
    return s.exec(live(stmt, Visit)).all()


def stage_changes_of(s: Session, deal_ids: Sequence[int]) -> Sequence[Any]:
    """(deal_id, deal title, changed_at, from stage id, to name_en, to name_zh, comment)."""
    if not deal_ids:
        return []
    stmt = (select(StageChange.deal_id, Deal.title, StageChange.changed_at,
                   StageChange.from_stage_id, Stage.name_en, Stage.name_zh, StageChange.comment)
            .join(Deal, Deal.id == StageChange.deal_id).join(Stage, Stage.id == StageChange.to_stage_id)
            .where(col(StageChange.deal_id).in_(deal_ids)))
    return s.exec(stmt).all()


def next_steps_of(s: Session, deal_ids: Sequence[int]) -> Sequence[Any]:
    """(id, deal_id, deal title, text, owner, due, done_at, created_at) of live next steps."""
    if not deal_ids:
        return []
    stmt = (select(NextStep.id, NextStep.deal_id, Deal.title, NextStep.text, NextStep.owner,
                   NextStep.due, NextStep.done_at, NextStep.created_at)
            .join(Deal, col(Deal.id) == NextStep.deal_id).where(col(NextStep.deal_id).in_(deal_ids)))
    return s.exec(live(stmt, NextStep)).all()


def partner_updates_to(s: Session, *, contact_id: int | None = None,
                       referred_deal_ids: Sequence[int] = ()) -> Sequence[Any]:
    """(partner id, partner's name, sent_at) of progress updates sent to the person (when they
    are a partner) or to the partners who referred `referred_deal_ids`."""
    stmt = (select(Partner.id, Contact.name, PartnerUpdate.sent_at)
            .join(Partner, Partner.id == PartnerUpdate.partner_id)
            .join(Contact, Contact.id == Partner.contact_id))
    if contact_id is not None:
        stmt = stmt.where(Partner.contact_id == contact_id)
    else:
        if not referred_deal_ids:
            return []
        referrers = select(Deal.referrer_id).where(col(Deal.id).in_(referred_deal_ids),
                                                   col(Deal.referrer_id).is_not(None))
        stmt = stmt.where(col(Partner.id).in_(referrers))
    return s.exec(live(stmt, Partner)).all()
