"""The question library: suggested SPIN questions per section, the seller's own copy in the book.

A book gets the shipped questions (resources/data/questions.json) the first time it is asked for
them; the seller edits, adds, reorders and deletes them in Settings, or resets to the shipped set.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlmodel import Session, select

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.notes import SPIN_SECTIONS, QuestionPromptRecord
from desktop.storage.book import Book
from desktop.storage.queries.questions import question_record, shipped_questions
from desktop.storage.tables import QuestionPrompt


def _write(s: Session, questions: list[QuestionPromptRecord]) -> None:
    s.exec(delete(QuestionPrompt))
    positions: dict[str, int] = {}
    for q in questions:
        pos = positions.get(q.section, 0)
        positions[q.section] = pos + 1
        s.add(QuestionPrompt(section=q.section, text_en=q.text_en.strip(),
                             text_zh=q.text_zh.strip(), position=pos))


class QuestionService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def list(self, section: str | None = None) -> list[QuestionPromptRecord]:
        """The library (or one section of it) in order; seeds a book that has none yet."""
        with self.book.session() as s:
            if s.exec(select(QuestionPrompt.id)).first() is None:
                _write(s, shipped_questions())
                s.flush()
            stmt = select(QuestionPrompt).order_by(QuestionPrompt.section, QuestionPrompt.position)
            if section is not None:
                stmt = stmt.where(QuestionPrompt.section == section)
            rows = [question_record(r) for r in s.exec(stmt)]
        order = {k: i for i, k in enumerate(SPIN_SECTIONS)}
        return sorted(rows, key=lambda q: (order.get(q.section, 9), q.position))

    def replace_all(self, questions: list[QuestionPromptRecord]) -> list[QuestionPromptRecord]:
        """Store the seller's edited library (order as given). A question needs text in at least
        one language; raises ValidationFailed and writes nothing otherwise."""
        errors = []
        for i, q in enumerate(questions):
            if q.section not in SPIN_SECTIONS:
                errors.append(FieldError("section", "section_invalid", q.section))
            if not (q.text_en.strip() or q.text_zh.strip()):
                errors.append(FieldError("questions", "required", str(i)))
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            _write(s, questions)
        return self.list()

    def reset(self) -> list[QuestionPromptRecord]:
        """Back to the questions shipped with the app."""
        with self.book.session() as s:
            _write(s, shipped_questions())
        return self.list()
