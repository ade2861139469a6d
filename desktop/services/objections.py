"""The objection library: likely objections and prepared answers, the seller's copy in the book.

A book gets the shipped entries (resources/data/objections.json) the first time it is asked for
them; the seller edits, adds, reorders and deletes them in Settings, or resets to the shipped set.
"""

from __future__ import annotations

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.objections import Objection, problems
from desktop.storage.book import Book
from desktop.storage.queries.objections import (
    has_objections,
    objection_record,
    objection_rows,
    replace_objections,
    shipped_objections,
)
from desktop.storage.tables import ObjectionPrompt


def _row(entry: Objection) -> ObjectionPrompt:
    return ObjectionPrompt(objection_en=entry.objection_en.strip(),
                           objection_zh=entry.objection_zh.strip(),
                           answer_en=entry.answer_en.strip(), answer_zh=entry.answer_zh.strip(),
                           signals=entry.signals.strip())


class ObjectionService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def list(self) -> list[Objection]:
        """The library in order; seeds a book that has none yet."""
        with self.book.session() as s:
            if not has_objections(s):
                replace_objections(s, [_row(o) for o in shipped_objections()])
                s.flush()
            return [objection_record(r) for r in objection_rows(s)]

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
