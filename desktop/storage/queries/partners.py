"""Reading referral partners: who they are, what they referred, their fees, what was given to them,
when they last heard from the seller; row→record mappers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain.partners import FeeKind, FeeRecord, FeeStatus, GivenRecord, PartnerRecord
from desktop.storage.queries import live
from desktop.storage.queries.people import company_name
from desktop.storage.tables import (
    CallNote,
    Company,
    Contact,
    Deal,
    Fee,
    NextStep,
    NoteAttendee,
    Partner,
    PartnerGiven,
    PartnerUpdate,
    Stage,
    StageChange,
)

PARTNER_FIELDS = (
    "offering", "reach_industries", "reach_companies", "city", "finder_fee_kind",
    "finder_fee_value", "success_fee_kind", "success_fee_value", "success_fee_on", "remarks",
)


def partner_record(row: Partner, contact: Contact, company_name: str = "") -> PartnerRecord:
    return PartnerRecord(
        id=row.id, contact_id=row.contact_id, name=contact.name, name_alt=contact.name_alt,
        company_name=company_name, title=contact.title, mobile=contact.mobile,
        wechat=contact.wechat, created_at=row.created_at, updated_at=row.updated_at,
        **{f: getattr(row, f) for f in PARTNER_FIELDS},
    )


def fee_record(row: Fee, deal: Deal | None = None, company_name: str = "") -> FeeRecord:
    return FeeRecord(
        id=row.id, deal_id=row.deal_id, partner_id=row.partner_id, kind=FeeKind(row.kind),
        amount=row.amount, status=FeeStatus(row.status), due_since=row.due_since,
        paid_on=row.paid_on, paid_amount=row.paid_amount, note=row.note,
        currency=deal.currency if deal else "CNY", company_name=company_name,
        deal_title=deal.title if deal else "",
    )


def given_record(row: PartnerGiven) -> GivenRecord:
    return GivenRecord(row.id, row.partner_id, row.given_on, row.description)


def record_of(s: Session, row: Partner) -> PartnerRecord:
    """The partner's record with their contact's details and live company's name."""
    contact = s.get(Contact, row.contact_id)
    return partner_record(row, contact, company_name(s, contact.company_id))


def partners(s: Session) -> list[tuple[Partner, Contact, str | None]]:
    """(partner, contact, company name) of every live partner whose contact is live, by name."""
    return list(s.exec(live(
        select(Partner, Contact, Company.name)
        .join(Contact, Contact.id == Partner.contact_id)
        .outerjoin(Company, Company.id == Contact.company_id), Partner, Contact,
    ).order_by(Contact.name)).all())


def names(s: Session, *live_in: Any) -> list[tuple[str, int]]:
    """(name, partner id) of the partners, by name; `live_in` (Partner, Contact) leaves out those
    deleted there."""
    stmt = select(Contact.name, Partner.id).join(Contact, Contact.id == Partner.contact_id)
    return [tuple(r) for r in s.exec(live(stmt, *live_in).order_by(Contact.name, Partner.id)).all()]


def name_of(s: Session, partner_id: int) -> str | None:
    """A partner's name (their contact's), by the partner's id; None when there is no such partner."""
    stmt = select(Contact.name).join(Partner, Partner.contact_id == Contact.id).where(Partner.id == partner_id)
    return s.exec(stmt).first()


def of_contact(s: Session, contact_id: int, *, live_only: bool = True) -> Partner | None:
    stmt = select(Partner).where(Partner.contact_id == contact_id)
    return s.exec(live(stmt, Partner) if live_only else stmt).first()


def referral_kinds(s: Session) -> list[tuple[int, str]]:
    """(partner id, stage kind) of every live referred deal."""
    return list(s.exec(live(
        select(Deal.referrer_id, Stage.kind).join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.referrer_id.is_not(None)), Deal)))


def referred_deals(s: Session, partner_id: int | None = None) -> list[tuple[Deal, str, Stage]]:
    """(deal, company name, stage) of live referred deals (of one partner), newest referral first."""
    stmt = live(
        select(Deal, Company.name, Stage).join(Company, Company.id == Deal.company_id)
        .join(Stage, Stage.id == Deal.stage_id).where(Deal.referrer_id.is_not(None)), Deal,
    )
    if partner_id is not None:
        stmt = stmt.where(Deal.referrer_id == partner_id)
    return list(s.exec(stmt.order_by(Deal.referred_on.desc(), Deal.id.desc())).all())


def fees_of_partner(s: Session, partner_id: int) -> list[Fee]:
    return list(s.exec(select(Fee).where(Fee.partner_id == partner_id).order_by(Fee.kind)))


def fees_of_deal(s: Session, deal_id: int) -> list[Fee]:
    """Every fee row of a deal, cancelled ones too, in the order they were made."""
    return list(s.exec(select(Fee).where(Fee.deal_id == deal_id).order_by(Fee.id)))


def live_fees(s: Session) -> list[Fee]:
    """Every fee of a live deal."""
    return list(s.exec(live(select(Fee).join(Deal, Deal.id == Fee.deal_id), Deal)))


def fee_rows(s: Session, partner_id: int | None = None) -> list[tuple[Fee, Deal, str]]:
    """(fee, deal, company name) of fees not cancelled of live deals, oldest due first."""
    stmt = (live(select(Fee, Deal, Company.name).join(Deal, Deal.id == Fee.deal_id)
                 .join(Company, Company.id == Deal.company_id), Deal)
            .where(Fee.status != FeeStatus.CANCELLED.value)
            .order_by(Fee.due_since, Fee.id))
    if partner_id is not None:
        stmt = stmt.where(Fee.partner_id == partner_id)
    return list(s.exec(stmt))


def given(s: Session, partner_id: int) -> list[GivenRecord]:
    rows = s.exec(select(PartnerGiven).where(PartnerGiven.partner_id == partner_id)
                  .order_by(PartnerGiven.given_on.desc(), PartnerGiven.id.desc()))
    return [given_record(r) for r in rows]


def last_updates(s: Session) -> dict[int, datetime]:
    """When the last progress update went to each partner."""
    return dict(s.exec(select(PartnerUpdate.partner_id, func.max(PartnerUpdate.sent_at))
                       .group_by(PartnerUpdate.partner_id)).all())


def last_contacts(s: Session) -> dict[int, date]:
    """Per partner: the latest day something was given to them or they attended a call."""
    found: dict[int, date] = {}
    for pid, day in s.exec(select(PartnerGiven.partner_id, func.max(PartnerGiven.given_on))
                           .group_by(PartnerGiven.partner_id)):
        found[pid] = day
    for pid, when in s.exec(live(
        select(Partner.id, func.max(CallNote.occurred_at))
        .join(NoteAttendee, NoteAttendee.contact_id == Partner.contact_id)
        .join(CallNote, CallNote.id == NoteAttendee.note_id), CallNote).group_by(Partner.id)
    ):
        if when is not None:
            found[pid] = max(found.get(pid, when.date()), when.date())
    return found


def referred_with_kind(s: Session) -> list[tuple[Any, str]]:
    """(deal, stage kind) of every live referred deal (the period report)."""
    return list(s.exec(live(
        select(Deal, Stage.kind).join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.referrer_id.is_not(None)), Deal)))


def update_deals(s: Session, partner_id: int) -> list[Any]:
    """(id, title, currency, stage id, company name, stage key, stage kind) of the partner's live
    referred deals for a progress update: open ones first, newest referral first."""
    return list(s.exec(live(
        select(Deal.id, Deal.title, Deal.currency, Deal.stage_id, Company.name, Stage.key, Stage.kind)
        .join(Company, Company.id == Deal.company_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.referrer_id == partner_id), Deal,
    ).order_by(Stage.kind != "open", Deal.referred_on.desc(), Deal.id)).all())


def open_fees(s: Session, partner_id: int, deal_ids: list[int]) -> list[Fee]:
    """The partner's fees on those deals that were not cancelled."""
    return list(s.exec(select(Fee).where(Fee.deal_id.in_(deal_ids), Fee.partner_id == partner_id,
                                         Fee.status != FeeStatus.CANCELLED.value)))


def last_activity(s: Session, deal_ids: list[int]) -> dict[int, date]:
    """Per deal: the latest stage change, call note or completed next step (dates only)."""
    found: dict[int, date] = {}

    def take(rows: Any) -> None:
        for deal_id, when in rows:
            if deal_id is not None and when is not None:
                found[deal_id] = max(found.get(deal_id, when.date()), when.date())

    if not deal_ids:
        return found
    take(s.exec(select(StageChange.deal_id, func.max(StageChange.changed_at))
                .where(StageChange.deal_id.in_(deal_ids)).group_by(StageChange.deal_id)))
    take(s.exec(live(select(CallNote.deal_id, func.max(CallNote.occurred_at)), CallNote)
                .where(CallNote.deal_id.in_(deal_ids)).group_by(CallNote.deal_id)))
    take(s.exec(live(select(NextStep.deal_id, func.max(NextStep.done_at)), NextStep)
                .where(NextStep.deal_id.in_(deal_ids)).group_by(NextStep.deal_id)))
    return found
