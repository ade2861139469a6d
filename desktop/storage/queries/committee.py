"""Reading buying committees: whole committees (the deal page, the brief), outlines for many deals
at once (the deals list and board: only what coverage gaps need) and counts; rows map to
StakeholderRecord here. People whose contact was deleted are left out everywhere."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.domain.deals import Influence, StakeholderRecord, Stance
from desktop.storage.queries import live
from desktop.storage.queries.listing import fetch_all
from desktop.storage.tables import BuyingRole, Contact, Deal, Stakeholder, StakeholderRole

# The committees of many deals with only what their coverage gaps need (load_committee_outlines).
# `?` is a JSON array of deal ids: one parameter however many deals are listed.
COMMITTEE_OUTLINES = """
SELECT s.id, s.deal_id, c.name, s.stance, s.influence, s.met
FROM stakeholder AS s JOIN contact AS c ON c.id = s.contact_id
WHERE s.deal_id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL
ORDER BY s.deal_id, s.position, s.id
"""
# "+" keeps SQLite from starting at every live contact (ix_contact_deleted_at) and looking up
# their stakeholders: the committees are found by deal, then each person by id, so one deal's
# page costs the same with 10,000 or 100,000 contacts (issue 20; tests/unit/storage).

COMMITTEE_OUTLINE_ROLES = """
SELECT sr.stakeholder_id, sr.role_id
FROM stakeholder_role AS sr
JOIN buying_role AS br ON br.id = sr.role_id
JOIN stakeholder AS s ON s.id = sr.stakeholder_id
WHERE s.deal_id IN (SELECT value FROM json_each(?))
ORDER BY br.position
"""

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
    for holder_id, role_id in fetch_all(s, COMMITTEE_OUTLINE_ROLES, (ids,)):
        roles[holder_id].append(role_id)
    for holder_id, deal_id, name, stance, influence, met in fetch_all(s, COMMITTEE_OUTLINES, (ids,)):
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
