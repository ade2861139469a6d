"""The objection library's rows (the seller's own copy of the shipped entries)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

from sqlalchemy import delete
from sqlmodel import Session, select

from desktop.domain.objections import Objection
from desktop.resources import resource
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


@cache
def shipped_objections() -> tuple[Objection, ...]:
    """The entries that come with the app, in order."""
    with resource("data", "objections.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(Objection(objection_en=o["en"], objection_zh=o["zh"], answer_en=o["answer_en"],
                           answer_zh=o["answer_zh"], signals=o["signals"], position=i)
                 for i, o in enumerate(data["objections"]))


def objection_record(row: ObjectionPrompt) -> Objection:
    return Objection(objection_en=row.objection_en, objection_zh=row.objection_zh,
                     answer_en=row.answer_en, answer_zh=row.answer_zh, signals=row.signals,
                     id=row.id, position=row.position)


def library(session: Session) -> tuple[Objection, ...]:
    """The book's library, or the shipped one while the book has none (reads only)."""
    rows = objection_rows(session)
    return tuple(objection_record(r) for r in rows) if rows else shipped_objections()
