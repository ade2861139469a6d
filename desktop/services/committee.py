"""The buying committee of a deal: who is in it, their roles, stance and influence, and its gaps."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from desktop.domain.clock import Clock, system_clock
from desktop.domain.coverage import CoverageGap, coverage_gaps
from desktop.domain.deals import Influence, StakeholderRecord, Stance
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.people import ContactRecord
from desktop.services.pipeline import load_roles, load_rules, load_stages, stage_record
from desktop.storage import listing
from desktop.storage.book import Book
from desktop.storage.pinyin import fill_name_alt
from desktop.storage.tables import BuyingRole, Contact, Deal, Stage, Stakeholder, StakeholderRole

TEXT_FIELDS = ("cares_about", "personal_interests", "competitor_backed", "how_to_talk")


def load_stakeholders(s: Session, deal_ids: Iterable[int]) -> dict[int, list[StakeholderRecord]]:
    """Every listed deal's committee, in two queries whatever the number of deals."""
    ids = list(deal_ids)
    found: dict[int, list[StakeholderRecord]] = defaultdict(list)
    if not ids:
        return found
    # Plain rows through the session's connection, not ORM objects: the board loads the
    # committees of every open deal at once. Flush first, as an ORM query would, so a write
    # session sees its own changes.
    s.flush()
    db = s.connection()
    rows = db.execute(
        select(*Stakeholder.__table__.columns, Contact.name, Contact.title, Contact.department)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(col(Stakeholder.deal_id).in_(ids), Contact.deleted_at.is_(None))  # as the brief does
        .order_by(Stakeholder.deal_id, Stakeholder.position, Stakeholder.id)
    ).all()
    roles: dict[int, list[int]] = defaultdict(list)
    holder_ids = [row.id for row in rows]
    if holder_ids:
        for holder_id, role_id in db.execute(
            select(StakeholderRole.stakeholder_id, StakeholderRole.role_id)
            .join(BuyingRole, BuyingRole.id == StakeholderRole.role_id)
            .where(col(StakeholderRole.stakeholder_id).in_(holder_ids))
            .order_by(BuyingRole.position)
        ):
            roles[holder_id].append(role_id)
    for row in rows:
        found[row.deal_id].append(stakeholder_record(row, row, tuple(roles[row.id])))
    return found


_STANCES = {s.value: s for s in Stance}
_INFLUENCES = {i.value: i for i in Influence}


def load_committee_outlines(s: Session, deal_ids: Iterable[int]) -> dict[int, list[StakeholderRecord]]:
    """Each listed deal's committee with only what its coverage gaps need: id, name, roles,
    stance, influence and met (the other fields keep their defaults). Two plain queries whatever
    the number of deals: the deals list works out the gaps of every open deal and shows no one's
    details, so it skips the ORM rows and the text fields of thousands of stakeholders.
    """
    ids = json.dumps(list(deal_ids))
    found: dict[int, list[StakeholderRecord]] = defaultdict(list)
    if ids == "[]":
        return found
    s.flush()  # as an ORM query would: a write session sees its own changes
    roles: dict[int, list[int]] = defaultdict(list)
    for holder_id, role_id in listing.fetch_all(s, listing.COMMITTEE_OUTLINE_ROLES, (ids,)):
        roles[holder_id].append(role_id)
    for holder_id, deal_id, name, stance, influence, met in listing.fetch_all(
        s, listing.COMMITTEE_OUTLINES, (ids,)
    ):
        found[deal_id].append(StakeholderRecord(
            id=holder_id, deal_id=deal_id, name=name, role_ids=tuple(roles[holder_id]),
            stance=_STANCES.get(stance) or Stance(stance),
            influence=_INFLUENCES.get(influence) or Influence(influence), met=bool(met),
        ))
    return found


def count_stakeholders(s: Session, deal_ids: Iterable[int]) -> dict[int, int]:
    """How many people each listed deal's committee has, in one query."""
    ids = list(deal_ids)
    if not ids:
        return {}
    s.flush()
    return dict(s.connection().execute(
        select(Stakeholder.deal_id, func.count(Stakeholder.id))
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(col(Stakeholder.deal_id).in_(ids), Contact.deleted_at.is_(None))
        .group_by(Stakeholder.deal_id)
    ).all())


def stakeholder_record(row: Any, contact: Any, role_ids: tuple[int, ...]) -> StakeholderRecord:
    """The record of a stakeholder row and its contact (ORM objects, or one result row with the
    stakeholder's columns and the contact's name, title and department)."""
    return StakeholderRecord(
        id=row.id, deal_id=row.deal_id, contact_id=row.contact_id, name=contact.name,
        title=contact.title, department=contact.department, role_ids=role_ids,
        stance=Stance(row.stance), influence=Influence(row.influence), met=row.met,
        last_met=row.last_met, position=row.position,
        **{f: getattr(row, f) for f in TEXT_FIELDS},
    )


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
            row = s.get(Stakeholder, stakeholder_id)
            if row is None:
                raise NotFound(stakeholder_id)
            return next(p for p in load_stakeholders(s, [row.deal_id])[row.deal_id] if p.id == row.id)

    def save(self, record: StakeholderRecord, new_contact: ContactRecord | None = None) -> StakeholderRecord:
        """Add (id None) or update a person in a committee.

        `new_contact` creates a contact in the same transaction (in the deal's company when it
        names none) for someone met for the first time; then `record.contact_id` may be None.
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
            deal = s.get(Deal, record.deal_id) if record.deal_id is not None else None
            if deal is None or deal.deleted_at is not None:
                raise ValidationFailed([FieldError("deal_id", "not_found")])
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
            contact = s.get(Contact, record.contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationFailed([FieldError("contact_id", "not_found")])
            clash = s.exec(
                select(Stakeholder.id).where(
                    Stakeholder.deal_id == deal.id, Stakeholder.contact_id == contact.id,
                    col(Stakeholder.id) != (record.id or -1),
                )
            ).first()
            if clash is not None:
                raise ValidationFailed([FieldError("contact_id", "already_in_committee", contact.name)])
            role_ids = tuple(dict.fromkeys(record.role_ids))
            known = set(s.exec(select(BuyingRole.id).where(col(BuyingRole.id).in_(role_ids))).all())
            if set(role_ids) - known:
                raise ValidationFailed([FieldError("role_ids", "not_found")])
            values = {f: getattr(record, f).strip() for f in TEXT_FIELDS}
            values.update(stance=stance.value, influence=influence.value, met=record.met or
                          record.last_met is not None, last_met=record.last_met, contact_id=contact.id)
            if record.id is None:
                last = s.exec(select(func.max(Stakeholder.position)).where(Stakeholder.deal_id == deal.id)).one()
                row = Stakeholder(deal_id=deal.id, position=(last or 0) + 1, **values)
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
            return next(p for p in load_stakeholders(s, [deal.id])[deal.id] if p.id == row.id)

    def remove(self, stakeholder_id: int) -> StakeholderRecord:
        """Take a person out of the committee (the contact stays); returns what was removed, so
        saving it again (with id None) undoes the removal."""
        with self.book.session() as s:
            row = s.get(Stakeholder, stakeholder_id)
            if row is None:
                raise NotFound(stakeholder_id)
            record = next(p for p in load_stakeholders(s, [row.deal_id])[row.deal_id] if p.id == row.id)
            s.exec(delete(StakeholderRole).where(StakeholderRole.stakeholder_id == stakeholder_id))
            s.delete(row)
            return replace(record, id=None)

    def committees_of(self, contact_id: int) -> int:
        """In how many live deals' buying committees a contact sits (said before deleting them)."""
        with self.book.reading() as s:
            return s.exec(
                select(func.count(Stakeholder.id)).join(Deal, Deal.id == Stakeholder.deal_id)
                .where(Stakeholder.contact_id == contact_id, Deal.deleted_at.is_(None))
            ).one()

    def gaps(self, deal_id: int) -> list[CoverageGap]:
        """The deal's coverage gaps at its current stage."""
        with self.book.reading() as s:
            deal = s.get(Deal, deal_id)
            if deal is None or deal.deleted_at is not None:
                raise NotFound(deal_id)
            stage = stage_record(s.get(Stage, deal.stage_id))
            return coverage_gaps(stage, load_stages(s), load_stakeholders(s, [deal_id]).get(deal_id, []),
                                 load_rules(s), load_roles(s))
