"""Reading buying committees: whole committees (the deal page, the brief) and counts; rows map to
StakeholderRecord here. Outlines for many deals at once (the deals list, the board and Today:
only what coverage gaps need) are plain SQL in storage/queries/today.py. People whose contact was
deleted are left out everywhere."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.domain.deals import Influence, StakeholderRecord, Stance
from desktop.storage.queries import live
from desktop.storage.tables import BuyingRole, Contact, Deal, Stakeholder, StakeholderRole

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
        .where(col(Stakeholder.deal_id).in_(ids), Contact.deleted_at.is_(None))  # deleted people left out
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


def stakeholder(s: Session, stakeholder_id: int) -> StakeholderRecord | None:
    """One person of a committee as a record (None when there is no such row)."""
    row = s.get(Stakeholder, stakeholder_id)
    if row is None:
        return None
    return next((p for p in load_stakeholders(s, [row.deal_id])[row.deal_id] if p.id == row.id), None)


def committees_of(s: Session, contact_id: int) -> int:
    """In how many live deals' committees a contact sits."""
    return s.exec(live(
        select(func.count(Stakeholder.id)).join(Deal, Deal.id == Stakeholder.deal_id)
        .where(Stakeholder.contact_id == contact_id), Deal)).one()


def clash(s: Session, deal_id: int, contact_id: int, stakeholder_id: int | None) -> int | None:
    """Another committee row of the same person in the same deal, if any."""
    return s.exec(select(Stakeholder.id).where(
        Stakeholder.deal_id == deal_id, Stakeholder.contact_id == contact_id,
        col(Stakeholder.id) != (stakeholder_id or -1),
    )).first()


def known_roles(s: Session, role_ids: Iterable[int]) -> set[int]:
    return set(s.exec(select(BuyingRole.id).where(col(BuyingRole.id).in_(list(role_ids)))).all())


def last_position(s: Session, deal_id: int) -> int:
    return s.exec(select(func.max(Stakeholder.position)).where(Stakeholder.deal_id == deal_id)).one() or 0
