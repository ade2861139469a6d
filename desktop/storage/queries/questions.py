"""Reading the question library: the seller's copy in the book, and the set shipped with the app
(resources/data/questions.json) that a new book starts from."""

from __future__ import annotations

import json

from sqlmodel import Session, select

from desktop.domain.notes import SPIN_SECTIONS, QuestionPromptRecord
from desktop.resources import resource
from desktop.storage.tables import QuestionPrompt


def shipped_questions() -> list[QuestionPromptRecord]:
    """The questions that come with the app, in order."""
    with resource("data", "questions.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    out = []
    for section in SPIN_SECTIONS:
        for pos, q in enumerate(data["sections"][section]):
            out.append(QuestionPromptRecord(section=section, text_en=q["en"], text_zh=q["zh"],
                                            position=pos))
    return out


def question_record(row: QuestionPrompt) -> QuestionPromptRecord:
    return QuestionPromptRecord(section=row.section, text_en=row.text_en, text_zh=row.text_zh,
                                id=row.id, position=row.position)


def library(s: Session) -> list[QuestionPromptRecord]:
    """The book's questions in order (empty when the book has none yet)."""
    rows = s.exec(select(QuestionPrompt).order_by(QuestionPrompt.position, QuestionPrompt.id))
    return [question_record(r) for r in rows]
