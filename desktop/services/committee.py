"""The buying committee of a deal: who is in it, their roles, stance and influence, and its gaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import delete

from desktop.domain.changes import CONTACTS, DEALS, writes
from desktop.domain.clock import Clock, system_clock
from desktop.domain.coverage import CoverageGap, coverage_gaps
from desktop.domain.deals import Influence, StakeholderRecord, Stance
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.people import ContactRecord
from desktop.services.people import delete_made_contact
from desktop.storage.book import Book
from desktop.storage.pinyin import fill_name_alt
from desktop.storage.queries import committee as q
from desktop.storage.queries import get_live, linked_live
from desktop.storage.queries.committee import TEXT_FIELDS, load_stakeholders
from desktop.storage.queries.pipeline import load_roles, load_rules, load_stages, stage_record
from desktop.storage.tables import Contact, Deal, Stage, Stakeholder, StakeholderRole


class CommitteeService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def list(self, deal_id: int) -> list[StakeholderRecord]:
        with self.book.reading() as s:
            return load_stakeholders(s, [deal_id]).get(deal_id, [])

    def for_deals(self, deal_ids: Iterable[int]) -> dict[int, list[StakeholderRecord]]:
        with self.book.reading() as s:
            return dict(load_stakeholders(s, deal_ids))

    def get(self, stakeholder_id: int) -> StakeholderRecord:
        with self.book.reading() as s:
            found = q.stakeholder(s, stakeholder_id)
            if found is None:
                raise NotFound(stakeholder_id)
            return found

    @writes(DEALS, CONTACTS)
    def save(self, record: StakeholderRecord, new_contact: ContactRecord | None = None, *,
             restore_contact: bool = False, drop_contact: int | None = None) -> StakeholderRecord:
        """Add (id None) or update a person in a committee.

        `new_contact` creates a contact in the same transaction (in the deal's company when it
        names none) for someone met for the first time; then `record.contact_id` may be None.
        `restore_contact` first brings back the deleted contact `record.contact_id` (redo of an
        addition that made the contact: the same contact, its id, comes back with the seat);
        `drop_contact` deletes the contact an edit being undone made (someone new put on the seat),
        refused as in `remove(with_contact=True)`.
        Errors: contact 'required' or 'already_in_committee', deal missing, unknown roles.
        """
        errors: list[FieldError] = []
        if new_contact is None and record.contact_id is None:
            errors.append(FieldError("contact_id", "required"))
        if new_contact is not None and not new_contact.name.strip():
            errors.append(FieldError("contact_name", "required"))
        if record.last_met is not None and record.last_met > self.clock().date():
            errors.append(FieldError("last_met", "date_in_future"))
        if errors:
            raise ValidationFailed(errors)
        try:
            stance, influence = Stance(record.stance), Influence(record.influence)
        except ValueError as exc:
            raise ValidationFailed([FieldError("stance", "invalid", str(exc))]) from exc
        now = self.clock()
        with self.book.session() as s:
            deal = linked_live(s, Deal, record.deal_id, "deal_id", "not_found")
            if restore_contact and (gone := s.get(Contact, record.contact_id)) is not None:
                gone.deleted_at = None
                s.add(gone)
            if new_contact is not None:
                name = " ".join(new_contact.name.split())
                contact = Contact(
                    name=name, name_alt=fill_name_alt(name, new_contact.name_alt),
                    title=new_contact.title.strip(),
                    department=new_contact.department.strip(),
                    company_id=new_contact.company_id or deal.company_id,
                    created_at=now, updated_at=now,
                )
                s.add(contact)
                s.flush()
                record = replace(record, contact_id=contact.id)
            contact = linked_live(s, Contact, record.contact_id, "contact_id", "not_found")
            if q.clash(s, deal.id, contact.id, record.id) is not None:
                raise ValidationFailed([FieldError("contact_id", "already_in_committee", contact.name)])
            role_ids = tuple(dict.fromkeys(record.role_ids))
            if set(role_ids) - q.known_roles(s, role_ids):
                raise ValidationFailed([FieldError("role_ids", "not_found")])
            values = {f: getattr(record, f).strip() for f in TEXT_FIELDS}
            values.update(stance=stance.value, influence=influence.value, met=record.met or
                          record.last_met is not None, last_met=record.last_met, contact_id=contact.id)
            if record.id is None:
                row = Stakeholder(deal_id=deal.id, position=q.last_position(s, deal.id) + 1, **values)
                s.add(row)
                s.flush()
            else:
                row = s.get(Stakeholder, record.id)
                if row is None or row.deal_id != deal.id:
                    raise NotFound(record.id)
                for key, value in values.items():
                    setattr(row, key, value)
                s.exec(delete(StakeholderRole).where(StakeholderRole.stakeholder_id == row.id))
            for role_id in role_ids:
                s.add(StakeholderRole(stakeholder_id=row.id, role_id=role_id))
            deal.updated_at = now
            s.flush()
            if drop_contact is not None and drop_contact != contact.id:
                delete_made_contact(s, drop_contact, now, seat_id=row.id)
            return next(p for p in load_stakeholders(s, [deal.id])[deal.id] if p.id == row.id)

    @writes(DEALS, CONTACTS)
    def remove(self, stakeholder_id: int, *, with_contact: bool = False) -> StakeholderRecord:
        """Take a person out of the committee (the contact stays); returns what was removed, so
        saving it again (with id None) undoes the removal.

        `with_contact` (undo of an addition that made the contact) deletes the contact too, in
        the same transaction; refused (ValidationFailed 'contact_in_committee', 'contact_in_note'…,
        nothing changed) when something else now holds them."""
        with self.book.session() as s:
            row = s.get(Stakeholder, stakeholder_id)
            if row is None:
                raise NotFound(stakeholder_id)
            record = next(p for p in load_stakeholders(s, [row.deal_id])[row.deal_id] if p.id == row.id)
            if with_contact:
                delete_made_contact(s, row.contact_id, self.clock(), seat_id=row.id)
            s.exec(delete(StakeholderRole).where(StakeholderRole.stakeholder_id == stakeholder_id))
            s.delete(row)
            return replace(record, id=None)

    def committees_of(self, contact_id: int) -> int:
        """In how many live deals' buying committees a contact sits (said before deleting them)."""
        with self.book.reading() as s:
            return q.committees_of(s, contact_id)

    def gaps(self, deal_id: int) -> list[CoverageGap]:
        """The deal's coverage gaps at its current stage."""
        with self.book.reading() as s:
            deal = get_live(s, Deal, deal_id)
            stage = stage_record(s.get(Stage, deal.stage_id))
            return coverage_gaps(stage, load_stages(s), load_stakeholders(s, [deal_id]).get(deal_id, []),
                                 load_rules(s), load_roles(s))
