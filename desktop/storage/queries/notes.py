"""Reading call notes: a deal's or company's notes as summaries, one note whole (attendees with
their roles and what the note did to the committee, its next steps), and who can attend."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, select

from desktop.domain.notes import (
    TEXT_FIELDS,
    CallNoteRecord,
    CommitteeMark,
    NoteAttendeeRecord,
    NoteSummary,
    RoleName,
)
from desktop.storage.queries import live
from desktop.storage.queries.deals import step_record
from desktop.storage.tables import (
    BuyingRole,
    CallNote,
    Company,
    Contact,
    Deal,
    NextStep,
    NoteAttendee,
    Stakeholder,
    StakeholderRole,
)

EXCERPT_FIELDS = ("situation", "problem", "implication", "need_payoff", "product_feedback", "internal_notes")


def roles_on_deal(session: Session, deal_id: int | None) -> dict[int, tuple[RoleName, ...]]:
    """Each committee member's roles on the deal, by contact id."""
    if deal_id is None:
        return {}
    stmt = (
        select(Stakeholder.contact_id, BuyingRole)
        .join(StakeholderRole, StakeholderRole.stakeholder_id == Stakeholder.id)
        .join(BuyingRole, BuyingRole.id == StakeholderRole.role_id)
        .where(Stakeholder.deal_id == deal_id)
        .order_by(BuyingRole.position)
    )
    out: dict[int, list[RoleName]] = {}
    for contact_id, role in session.exec(stmt):
        out.setdefault(contact_id, []).append(RoleName(role.key, role.name_en, role.name_zh))
    return {k: tuple(v) for k, v in out.items()}


def _excerpt(row: CallNote) -> str:
    for field in EXCERPT_FIELDS:
        text = " ".join(getattr(row, field).split())
        if text:
            return text[:120]
    return ""


def summaries(s: Session, *, deal_id: int | None = None, company_id: int | None = None) -> list[NoteSummary]:
    """A deal's live notes (or a company's, all deals included), newest first."""
    stmt = live(select(CallNote), CallNote)
    if deal_id is not None:
        stmt = stmt.where(CallNote.deal_id == deal_id)
    if company_id is not None:
        stmt = stmt.where(CallNote.company_id == company_id)
    notes = list(s.exec(stmt.order_by(CallNote.occurred_at.desc(), CallNote.id.desc())))
    ids = [n.id for n in notes]
    names: dict[int, list[str]] = {}
    steps: dict[int, int] = {}
    if ids:
        for note_id, name in s.exec(
            select(NoteAttendee.note_id, Contact.name)
            .join(Contact, Contact.id == NoteAttendee.contact_id)
            .where(NoteAttendee.note_id.in_(ids))
            .order_by(Contact.name)
        ):
            names.setdefault(note_id, []).append(name)
        for step in s.exec(live(select(NextStep), NextStep).where(
            NextStep.note_id.in_(ids), NextStep.done_at.is_(None),
        )):
            steps[step.note_id] = steps.get(step.note_id, 0) + 1
    return [
        NoteSummary(
            id=n.id, occurred_at=n.occurred_at, kind=n.kind, goal=n.goal,
            attendee_names=tuple(names.get(n.id, ())), excerpt=_excerpt(n),
            open_steps=steps.get(n.id, 0), deal_id=n.deal_id, company_id=n.company_id,
        )
        for n in notes
    ]


def note_record(s: Session, row: CallNote) -> CallNoteRecord:
    """The whole note: attendees (with their roles on the deal and whether the note marked them
    met or set their stance), its live next steps, and the names of its company and deal."""
    roles = roles_on_deal(s, row.deal_id)
    committee = {}
    if row.deal_id is not None:
        committee = {k.contact_id: k for k in s.exec(select(Stakeholder).where(Stakeholder.deal_id == row.deal_id))}
    attendees = []
    for a, contact in s.exec(
        select(NoteAttendee, Contact)
        .join(Contact, Contact.id == NoteAttendee.contact_id)
        .where(NoteAttendee.note_id == row.id)
        .order_by(Contact.name)
    ):
        member = committee.get(a.contact_id)
        attendees.append(NoteAttendeeRecord(
            contact_id=a.contact_id, name=contact.name, title=contact.title,
            roles=roles.get(a.contact_id, ()), personal_interests=a.personal_interests,
            stance_seen=a.stance_seen,
            mark_met=bool(member and member.met and member.last_met == row.occurred_at.date()),
            update_stance=bool(member and a.stance_seen and member.stance == a.stance_seen),
        ))
    steps = tuple(step_record(n) for n in note_steps(s, row.id))
    company = s.get(Company, row.company_id)
    deal = s.get(Deal, row.deal_id) if row.deal_id else None
    return CallNoteRecord(
        id=row.id, deal_id=row.deal_id, company_id=row.company_id,
        occurred_at=row.occurred_at, kind=row.kind,
        **{f: getattr(row, f) for f in TEXT_FIELDS},
        attendees=tuple(attendees), next_steps=steps,
        company_name=company.name if company else "", deal_title=deal.title if deal else "",
        created_at=row.created_at, updated_at=row.updated_at,
    )


def note_steps(s: Session, note_id: int, *, with_deleted: bool = False) -> list[NextStep]:
    """The note's live next steps (ORM rows), in the order they were written (deleted ones too
    when asked: undo brings them back)."""
    stmt = select(NextStep).where(NextStep.note_id == note_id).order_by(NextStep.id)
    return list(s.exec(stmt if with_deleted else live(stmt, NextStep)))


def attendees(s: Session, note_id: int) -> list[NoteAttendee]:
    return list(s.exec(select(NoteAttendee).where(NoteAttendee.note_id == note_id)))


def candidates(s: Session, company_id: int | None, contact_ids: list[int]) -> list[Contact]:
    """Live contacts of the company, and those listed (the deal's committee), by name."""
    conditions = [Contact.company_id == company_id]
    if contact_ids:
        conditions.append(Contact.id.in_(contact_ids))
    return list(s.exec(live(select(Contact), Contact).where(or_(*conditions)).order_by(Contact.name)))


def member(s: Session, deal_id: int, contact_id: int) -> Stakeholder | None:
    return s.exec(select(Stakeholder).where(
        Stakeholder.deal_id == deal_id, Stakeholder.contact_id == contact_id)).first()


def committee_size(s: Session, deal_id: int) -> int:
    return len(list(s.exec(select(Stakeholder.id).where(Stakeholder.deal_id == deal_id))))


def committee_marks(s: Session, deal_id: int) -> tuple[CommitteeMark, ...]:
    """Every seat of the deal's committee as a mark (met, last met, stance), by contact."""
    rows = s.exec(select(Stakeholder).where(Stakeholder.deal_id == deal_id).order_by(Stakeholder.contact_id))
    return tuple(CommitteeMark(contact_id=r.contact_id, seated=True, stakeholder_id=r.id, met=r.met,
                               last_met=r.last_met, stance=r.stance) for r in rows)
