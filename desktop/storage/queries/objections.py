"""The objection library's rows (the seller's own copy of the shipped entries)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel import Session, select

from desktop.storage.tables import ObjectionPrompt


def objection_rows(session: Session) -> list[ObjectionPrompt]:
    """The library in the seller's order."""
    return list(session.exec(select(ObjectionPrompt).order_by(ObjectionPrompt.position,
                                                              ObjectionPrompt.id)))


def has_objections(session: Session) -> bool:
    return session.exec(select(ObjectionPrompt.id)).first() is not None


def replace_objections(session: Session, rows: Iterable[ObjectionPrompt]) -> None:
    """The library becomes `rows` (positions as given); the caller commits."""
    session.exec(delete(ObjectionPrompt))
    for position, row in enumerate(rows):
        row.position = position
        session.add(row)
