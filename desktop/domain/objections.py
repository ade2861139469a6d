"""The objection library (异议处理库, @24053): likely objections paired with prepared answers.

The brief prints those that fit the deal: an entry fits when one of its signal words appears in
what the notes say of risks and competitors (价格 → 价格太高, 系统 → 已经有系统了).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.briefing import PreparedAnswer
from desktop.domain.language import pick

MAX_ANSWERS = 4


@dataclass(frozen=True)
class Objection:
    """One entry of the library, in both languages; `signals` are words, comma-separated."""

    objection_en: str = ""
    objection_zh: str = ""
    answer_en: str = ""
    answer_zh: str = ""
    signals: str = ""
    id: int | None = None
    position: int = 0

    def objection(self, language: str) -> str:
        return pick(language, self.objection_en.strip(), self.objection_zh.strip())

    def answer(self, language: str) -> str:
        return pick(language, self.answer_en.strip(), self.answer_zh.strip())

    def signal_words(self) -> tuple[str, ...]:
        return tuple(w.strip().casefold() for w in re.split(r"[,，、;；\n]", self.signals)
                     if w.strip())


def likely_objections(library: Sequence[Objection], texts: Sequence[str], language: str,
                      limit: int = MAX_ANSWERS) -> tuple[PreparedAnswer, ...]:
    """The library's entries whose signal words occur in `texts` (the deal's risks and
    competitor notes), in library order, with their prepared answers in `language`."""
    seen = " ".join(t for t in texts if t).casefold()
    out = []
    for entry in library:
        words = entry.signal_words()
        if words and any(w in seen for w in words) and entry.objection(language):
            out.append(PreparedAnswer(entry.objection(language), entry.answer(language)))
    return tuple(out[:limit])


def problems(entries: Sequence[Objection]) -> list[tuple[int, str]]:
    """(row, what is missing) for entries that cannot be stored: an objection needs its text and
    an answer in at least one language."""
    out = []
    for i, e in enumerate(entries):
        if not (e.objection_en.strip() or e.objection_zh.strip()):
            out.append((i, "objection"))
        elif not (e.answer_en.strip() or e.answer_zh.strip()):
            out.append((i, "answer"))
    return out
