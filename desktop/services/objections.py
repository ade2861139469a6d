"""The objection library: likely objections and prepared answers, the seller's copy in the book.

A book gets the shipped entries (resources/data/objections.json) the first time it is asked for
them; the seller edits, adds, reorders and deletes them in Settings, or resets to the shipped set.
"""

from __future__ import annotations

import json
from functools import cache

from sqlmodel import Session

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.objections import Objection, problems
from desktop.resources import resource
from desktop.storage.book import Book
from desktop.storage.queries.objections import has_objections, objection_rows, replace_objections
from desktop.storage.tables import ObjectionPrompt


@cache
def shipped_objections() -> tuple[Objection, ...]:
    """The entries that come with the app, in order."""
    with resource("data", "objections.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(Objection(objection_en=o["en"], objection_zh=o["zh"], answer_en=o["answer_en"],
                           answer_zh=o["answer_zh"], signals=o["signals"], position=i)
                 for i, o in enumerate(data["objections"]))


def _record(row: ObjectionPrompt) -> Objection:
    return Objection(objection_en=row.objection_en, objection_zh=row.objection_zh,
                     answer_en=row.answer_en, answer_zh=row.answer_zh, signals=row.signals,
                     id=row.id, position=row.position)


def _row(entry: Objection) -> ObjectionPrompt:
    return ObjectionPrompt(objection_en=entry.objection_en.strip(),
                           objection_zh=entry.objection_zh.strip(),
                           answer_en=entry.answer_en.strip(), answer_zh=entry.answer_zh.strip(),
                           signals=entry.signals.strip())


def library(session: Session) -> tuple[Objection, ...]:
    """The book's library, or the shipped one while the book has none (reads only)."""
    rows = objection_rows(session)
    return tuple(_record(r) for r in rows) if rows else shipped_objections()


class ObjectionService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def list(self) -> list[Objection]:
        """The library in order; seeds a book that has none yet."""
        with self.book.session() as s:
            if not has_objections(s):
                replace_objections(s, [_row(o) for o in shipped_objections()])
                s.flush()
            return [_record(r) for r in objection_rows(s)]

    def replace_all(self, entries: list[Objection]) -> list[Objection]:
        """Store the seller's edited library (order as given). Each entry needs the objection
        and an answer in at least one language; raises ValidationFailed and writes nothing
        otherwise."""
        errors = [FieldError(field, "required", str(row)) for row, field in problems(entries)]
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            replace_objections(s, [_row(e) for e in entries])
        return self.list()

    def reset(self) -> list[Objection]:
        """Back to the entries shipped with the app."""
        with self.book.session() as s:
            replace_objections(s, [_row(o) for o in shipped_objections()])
        return self.list()
