"""Call notes: list a deal's or company's notes, read, save (with attendees, next steps and
committee updates in one transaction), delete and undo the delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, select

from desktop.domain.clock import Clock, system_clock
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.notes import (
    NOTE_KINDS,
    STANCES,
    TEXT_FIELDS,
    CallNoteRecord,
    NextStepRecord,
    NoteAttendeeRecord,
    NoteSummary,
    RoleName,
)
from desktop.storage.book import Book
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

MAX_TEXT = 20_000  # characters per section: far beyond a real note, short of a pasted book


def _live(session: Session, table: type, row_id: int):  # noqa: ANN202 - a row of `table`
    row = session.get(table, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(row_id)
    return row


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
    for field in ("situation", "problem", "implication", "need_payoff", "product_feedback",
                  "internal_notes"):
        text = " ".join(getattr(row, field).split())
        if text:
            return text[:120]
    return ""


class NoteService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- reading
    def list(self, *, deal_id: int | None = None, company_id: int | None = None) -> list[NoteSummary]:
        """A deal's notes (or a company's, all deals included), newest first."""
        stmt = select(CallNote).where(CallNote.deleted_at.is_(None))
        if deal_id is not None:
            stmt = stmt.where(CallNote.deal_id == deal_id)
        if company_id is not None:
            stmt = stmt.where(CallNote.company_id == company_id)
        stmt = stmt.order_by(CallNote.occurred_at.desc(), CallNote.id.desc())
        with self.book.reading() as s:
            notes = list(s.exec(stmt))
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
                for step in s.exec(
                    select(NextStep).where(
                        NextStep.note_id.in_(ids), NextStep.deleted_at.is_(None),
                        NextStep.done_at.is_(None),
                    )
                ):
                    steps[step.note_id] = steps.get(step.note_id, 0) + 1
            return [
                NoteSummary(
                    id=n.id, occurred_at=n.occurred_at, kind=n.kind, goal=n.goal,
                    attendee_names=tuple(names.get(n.id, ())), excerpt=_excerpt(n),
                    open_steps=steps.get(n.id, 0), deal_id=n.deal_id, company_id=n.company_id,
                )
                for n in notes
            ]

    def get(self, note_id: int) -> CallNoteRecord:
        with self.book.reading() as s:
            return self._record(s, _live(s, CallNote, note_id))

    def _record(self, s: Session, row: CallNote) -> CallNoteRecord:
        roles = roles_on_deal(s, row.deal_id)
        committee = {}
        if row.deal_id is not None:
            committee = {
                k.contact_id: k
                for k in s.exec(select(Stakeholder).where(Stakeholder.deal_id == row.deal_id))
            }
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
        steps = tuple(
            NextStepRecord(id=n.id, text=n.text, owner=n.owner, due=n.due, done_at=n.done_at,
                           deal_id=n.deal_id, note_id=n.note_id, agreed=n.agreed)
            for n in s.exec(
                select(NextStep)
                .where(NextStep.note_id == row.id, NextStep.deleted_at.is_(None))
                .order_by(NextStep.id)
            )
        )
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

    def attendee_choices(self, *, deal_id: int | None, company_id: int | None) -> list[NoteAttendeeRecord]:
        """People who can be picked as attendees: the company's contacts and the deal's committee,
        each with their roles on the deal."""
        with self.book.reading() as s:
            if deal_id is not None and company_id is None:
                company_id = _live(s, Deal, deal_id).company_id
            roles = roles_on_deal(s, deal_id)
            conditions = [Contact.company_id == company_id]
            if roles:
                conditions.append(Contact.id.in_(list(roles)))
            rows = s.exec(
                select(Contact).where(Contact.deleted_at.is_(None), or_(*conditions))
                .order_by(Contact.name)
            )
            return [NoteAttendeeRecord(contact_id=c.id, name=c.name, title=c.title,
                                       roles=roles.get(c.id, ())) for c in rows]

    # --- writing
    def validate(self, record: CallNoteRecord) -> list[FieldError]:
        errors: list[FieldError] = []
        if record.deal_id is None and record.company_id is None:
            errors.append(FieldError("company_id", "required"))
        if record.occurred_at is None:
            errors.append(FieldError("occurred_at", "required"))
        if record.kind not in NOTE_KINDS:
            errors.append(FieldError("kind", "kind_invalid", record.kind))
        for field in TEXT_FIELDS:
            if len(getattr(record, field)) > MAX_TEXT:
                errors.append(FieldError(field, "too_long"))
        for a in record.attendees:
            if a.stance_seen and a.stance_seen not in STANCES:
                errors.append(FieldError("attendees", "stance_invalid", a.stance_seen))
        for i, step in enumerate(record.next_steps):
            if not step.text.strip() and (step.owner.strip() or step.due):
                errors.append(FieldError("next_steps", "step_text_required", str(i)))
        return errors

    def save(self, record: CallNoteRecord) -> CallNoteRecord:
        """Create (id None) or update a note with its attendees and next steps, and apply the
        committee updates it asks for, in one transaction. Raises ValidationFailed, writes nothing."""
        errors = self.validate(record)
        if errors:
            raise ValidationFailed(errors)
        now = self.clock()
        with self.book.session() as s:
            company_id = record.company_id
            if record.deal_id is not None:
                deal = s.get(Deal, record.deal_id)
                if deal is None or deal.deleted_at is not None:
                    raise ValidationFailed([FieldError("deal_id", "deal_missing")])
                company_id = deal.company_id
            company = s.get(Company, company_id)
            if company is None or company.deleted_at is not None:
                raise ValidationFailed([FieldError("company_id", "company_missing")])
            values = {f: getattr(record, f).strip() for f in TEXT_FIELDS}
            if record.id is None:
                row = CallNote(**values, deal_id=record.deal_id, company_id=company_id,
                               occurred_at=record.occurred_at, kind=record.kind,
                               created_at=now, updated_at=now)
                s.add(row)
                s.flush()
            else:
                row = _live(s, CallNote, record.id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.deal_id, row.company_id = record.deal_id, company_id
                row.occurred_at, row.kind, row.updated_at = record.occurred_at, record.kind, now
            self._save_attendees(s, row, record.attendees)
            order = self._save_steps(s, row, record.next_steps, now)
            s.flush()
            saved = self._record(s, row)
        rank = {step_id: i for i, step_id in enumerate(order)}  # steps in the order given
        return replace(saved, next_steps=tuple(sorted(saved.next_steps, key=lambda x: rank[x.id])))

    def _save_attendees(self, s: Session, row: CallNote,
                        attendees: tuple[NoteAttendeeRecord, ...]) -> None:
        existing = {a.contact_id: a for a in s.exec(
            select(NoteAttendee).where(NoteAttendee.note_id == row.id))}
        wanted = {a.contact_id: a for a in attendees}
        for contact_id, old in existing.items():
            if contact_id not in wanted:
                s.delete(old)
        for contact_id, a in wanted.items():
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationFailed([FieldError("attendees", "contact_missing", str(contact_id))])
            item = existing.get(contact_id) or NoteAttendee(note_id=row.id, contact_id=contact_id)
            item.personal_interests = a.personal_interests.strip()
            item.stance_seen = a.stance_seen
            s.add(item)
            if row.deal_id is not None and (a.mark_met or (a.update_stance and a.stance_seen)):
                self._update_committee(s, row, a)

    def _update_committee(self, s: Session, row: CallNote, a: NoteAttendeeRecord) -> None:
        """Mark the attendee as met on the note's date and/or set their stance, adding them to
        the deal's committee when they are not in it yet."""
        member = s.exec(select(Stakeholder).where(
            Stakeholder.deal_id == row.deal_id, Stakeholder.contact_id == a.contact_id)).first()
        if member is None:
            count = len(list(s.exec(select(Stakeholder.id).where(Stakeholder.deal_id == row.deal_id))))
            member = Stakeholder(deal_id=row.deal_id, contact_id=a.contact_id, position=count)
        if a.mark_met:
            met_on = row.occurred_at.date()
            member.met = True
            if member.last_met is None or member.last_met < met_on:
                member.last_met = met_on
        if a.update_stance and a.stance_seen:
            member.stance = a.stance_seen
        s.add(member)

    def _save_steps(self, s: Session, row: CallNote, steps: tuple[NextStepRecord, ...],
                    now: datetime) -> list[int]:
        """Write the note's steps (blank ones skipped); returns their ids in the order given."""
        existing = {n.id: n for n in s.exec(
            select(NextStep).where(NextStep.note_id == row.id, NextStep.deleted_at.is_(None)))}
        kept: set[int] = set()
        written: list[NextStep] = []
        for step in steps:
            if not step.text.strip():
                continue
            item = existing.get(step.id) if step.id is not None else None
            if item is None:
                item = NextStep(note_id=row.id, text="", created_at=now)
            else:
                kept.add(item.id)
            item.deal_id = row.deal_id
            item.text, item.owner, item.due = step.text.strip(), step.owner.strip(), step.due
            item.done_at, item.agreed = step.done_at, step.agreed
            s.add(item)
            written.append(item)
        for step_id, item in existing.items():
            if step_id not in kept:
                item.deleted_at = now
        s.flush()
        return [item.id for item in written]

    def delete(self, note_id: int) -> datetime:
        """Delete a note with its next steps; `restore` brings both back."""
        now = self.clock()
        with self.book.session() as s:
            _live(s, CallNote, note_id).deleted_at = now
            s.exec(update(NextStep)
                   .where(NextStep.note_id == note_id, NextStep.deleted_at.is_(None))
                   .values(deleted_at=now))
        return now

    def restore(self, note_id: int) -> None:
        with self.book.session() as s:
            row = s.get(CallNote, note_id)
            if row is None or row.deleted_at is None:
                raise NotFound(note_id)
            stamp, row.deleted_at = row.deleted_at, None
            s.exec(update(NextStep)
                   .where(NextStep.note_id == note_id, NextStep.deleted_at == stamp)
                   .values(deleted_at=None))

    def set_step_done(self, step_id: int, done: bool) -> NextStepRecord:
        with self.book.session() as s:
            item = _live(s, NextStep, step_id)
            item.done_at = self.clock() if done else None
            return NextStepRecord(id=item.id, text=item.text, owner=item.owner, due=item.due,
                                  done_at=item.done_at, deal_id=item.deal_id, note_id=item.note_id,
                                  agreed=item.agreed)

    def blank(self, *, deal_id: int | None = None, company_id: int | None = None) -> CallNoteRecord:
        """A new note for a deal or a company, dated now (not yet in the book)."""
        if deal_id is not None and company_id is None:
            with self.book.reading() as s:
                company_id = _live(s, Deal, deal_id).company_id
        return replace(CallNoteRecord(), deal_id=deal_id, company_id=company_id,
                       occurred_at=self.clock())
