"""Call notes: list a deal's or company's notes, read, save (with attendees, next steps and
committee updates in one transaction), delete and undo the delete, and put a note (with the
committee marks its session wrote) back for undo and redo of an editing session."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session

from desktop.domain.changes import DEALS, NOTES, writes
from desktop.domain.clock import Clock, system_clock
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.notes import (
    NOTE_KINDS,
    STANCES,
    TEXT_FIELDS,
    CallNoteRecord,
    CommitteeMark,
    NextStepRecord,
    NoteAttendeeRecord,
    NoteSummary,
)
from desktop.storage.book import Book
from desktop.storage.queries import get_deleted, get_live, linked_live, live
from desktop.storage.queries import notes as q
from desktop.storage.queries.deals import step_record
from desktop.storage.tables import (
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


class NoteService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- reading
    def list(self, *, deal_id: int | None = None, company_id: int | None = None) -> list[NoteSummary]:
        """A deal's notes (or a company's, all deals included), newest first."""
        with self.book.reading() as s:
            return q.summaries(s, deal_id=deal_id, company_id=company_id)

    def get(self, note_id: int) -> CallNoteRecord:
        with self.book.reading() as s:
            return q.note_record(s, get_live(s, CallNote, note_id))

    def attendee_choices(self, *, deal_id: int | None, company_id: int | None) -> list[NoteAttendeeRecord]:
        """People who can be picked as attendees: the company's contacts and the deal's committee,
        each with their roles on the deal."""
        with self.book.reading() as s:
            if deal_id is not None and company_id is None:
                company_id = get_live(s, Deal, deal_id).company_id
            roles = q.roles_on_deal(s, deal_id)
            rows = q.candidates(s, company_id, list(roles))
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

    @writes(NOTES, DEALS)
    def save(self, record: CallNoteRecord) -> CallNoteRecord:
        """Create (id None) or update a note with its attendees and next steps, and apply the
        committee updates it asks for, in one transaction. Raises ValidationFailed, writes nothing."""
        errors = self.validate(record)
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            return self._write(s, record)

    def committee_marks(self, deal_id: int | None) -> tuple[CommitteeMark, ...]:
        """The deal's committee as marks (seat, met, last met, stance): what a note-editing
        session starts from and ends with, for its undo. () for a note without a deal."""
        if deal_id is None:
            return ()
        with self.book.reading() as s:
            return q.committee_marks(s, deal_id)

    @writes(NOTES, DEALS)
    def put_back(self, record: CallNoteRecord, marks: tuple[CommitteeMark, ...] = ()) -> CallNoteRecord:
        """Make the note exactly `record` again: undo and redo of a session in the note editor.

        Its text, kind, time, attendees and next steps are as in `record`: a step taken away
        since comes back with its id, a step added since goes. `marks`: the committee as the
        note's attendees had it then ("met", last met, stance; a seat the session added goes, a
        seat it had added comes back with its id). One transaction."""
        errors = self.validate(record)
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            get_live(s, CallNote, record.id)
            wanted = {x.id for x in record.next_steps if x.id is not None}
            for step in q.note_steps(s, record.id, with_deleted=True):
                if step.id in wanted:
                    step.deleted_at = None
            s.flush()
            # marks first (a seat comes back with its id before the note's attendees look for
            # it), and again after: the marks, not the note's own updates, say how it ends
            self._put_marks(s, record.deal_id, marks)
            saved = self._write(s, record)
            self._put_marks(s, record.deal_id, marks)
            return saved

    def _put_marks(self, s: Session, deal_id: int | None, marks: tuple[CommitteeMark, ...]) -> None:
        """Set the deal's committee to `marks` for the people they name (in the caller's
        transaction): met, last met and stance; a person marked not seated leaves the committee."""
        if deal_id is None or not marks:
            return
        for mark in marks:
            seat = q.member(s, deal_id, mark.contact_id)
            if not mark.seated:
                if seat is not None:
                    s.exec(delete(StakeholderRole).where(StakeholderRole.stakeholder_id == seat.id))
                    s.delete(seat)
                continue
            if seat is None:
                free = mark.stakeholder_id is not None and s.get(Stakeholder, mark.stakeholder_id) is None
                seat = Stakeholder(id=mark.stakeholder_id if free else None, deal_id=deal_id,
                                   contact_id=mark.contact_id, position=q.committee_size(s, deal_id))
            seat.met, seat.last_met, seat.stance = mark.met, mark.last_met, mark.stance
            s.add(seat)
        s.flush()

    def _write(self, s: Session, record: CallNoteRecord) -> CallNoteRecord:
        now = self.clock()
        company_id = record.company_id
        if record.deal_id is not None:
            company_id = linked_live(s, Deal, record.deal_id, "deal_id", "deal_missing").company_id
        linked_live(s, Company, company_id, "company_id", "company_missing")
        values = {f: getattr(record, f).strip() for f in TEXT_FIELDS}
        if record.id is None:
            row = CallNote(**values, deal_id=record.deal_id, company_id=company_id,
                           occurred_at=record.occurred_at, kind=record.kind,
                           created_at=now, updated_at=now)
            s.add(row)
            s.flush()
        else:
            row = get_live(s, CallNote, record.id)
            for key, value in values.items():
                setattr(row, key, value)
            row.deal_id, row.company_id = record.deal_id, company_id
            row.occurred_at, row.kind, row.updated_at = record.occurred_at, record.kind, now
        self._save_attendees(s, row, record.attendees)
        order = self._save_steps(s, row, record.next_steps, now)
        s.flush()
        saved = q.note_record(s, row)
        rank = {step_id: i for i, step_id in enumerate(order)}  # steps in the order given
        return replace(saved, next_steps=tuple(sorted(saved.next_steps, key=lambda x: rank[x.id])))

    def _save_attendees(self, s: Session, row: CallNote,
                        attendees: tuple[NoteAttendeeRecord, ...]) -> None:
        existing = {a.contact_id: a for a in q.attendees(s, row.id)}
        wanted = {a.contact_id: a for a in attendees}
        for contact_id, old in existing.items():
            if contact_id not in wanted:
                s.delete(old)
        for contact_id, a in wanted.items():
            linked_live(s, Contact, contact_id, "attendees", "contact_missing", str(contact_id))
            item = existing.get(contact_id) or NoteAttendee(note_id=row.id, contact_id=contact_id)
            item.personal_interests = a.personal_interests.strip()
            item.stance_seen = a.stance_seen
            s.add(item)
            if row.deal_id is not None and (a.mark_met or (a.update_stance and a.stance_seen)):
                self._update_committee(s, row, a)

    def _update_committee(self, s: Session, row: CallNote, a: NoteAttendeeRecord) -> None:
        """Mark the attendee as met on the note's date and/or set their stance, adding them to
        the deal's committee when they are not in it yet."""
        member = q.member(s, row.deal_id, a.contact_id)
        if member is None:
            position = q.committee_size(s, row.deal_id)
            member = Stakeholder(deal_id=row.deal_id, contact_id=a.contact_id, position=position)
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
        existing = {n.id: n for n in q.note_steps(s, row.id)}
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

    @writes(NOTES, DEALS)
    def delete(self, note_id: int, marks: tuple[CommitteeMark, ...] = ()) -> datetime:
        """Delete a note with its next steps; `restore` brings both back. `marks` (undo of the
        session that wrote the note) puts the committee back as the session found it."""
        now = self.clock()
        with self.book.session() as s:
            row = get_live(s, CallNote, note_id)
            row.deleted_at = now
            s.exec(live(update(NextStep).where(NextStep.note_id == note_id), NextStep).values(deleted_at=now))
            self._put_marks(s, row.deal_id, marks)
        return now

    @writes(NOTES, DEALS)
    def restore(self, note_id: int, marks: tuple[CommitteeMark, ...] = ()) -> None:
        """Bring a deleted note back with its steps; `marks`: the committee as the session that
        wrote it left it (redo)."""
        with self.book.session() as s:
            row = get_deleted(s, CallNote, note_id)
            stamp, row.deleted_at = row.deleted_at, None
            s.exec(update(NextStep)
                   .where(NextStep.note_id == note_id, NextStep.deleted_at == stamp)
                   .values(deleted_at=None))
            self._put_marks(s, row.deal_id, marks)

    @writes(NOTES, DEALS)
    def set_step_done(self, step_id: int, done: bool) -> NextStepRecord:
        with self.book.session() as s:
            item = get_live(s, NextStep, step_id)
            item.done_at = self.clock() if done else None
            return step_record(item)

    def blank(self, *, deal_id: int | None = None, company_id: int | None = None) -> CallNoteRecord:
        """A new note for a deal or a company, dated now (not yet in the book)."""
        if deal_id is not None and company_id is None:
            with self.book.reading() as s:
                company_id = get_live(s, Deal, deal_id).company_id
        return replace(CallNoteRecord(), deal_id=deal_id, company_id=company_id,
                       occurred_at=self.clock())
