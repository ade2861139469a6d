"""Call notes as the rest of the app sees them: SPIN sections, attendees, next steps, prompts.

Plain, immutable records. Which fields are internal (never shown to the customer) is stated here
once, in INTERNAL_FIELDS, so minutes and their tests agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.deals import NextStepRecord  # one record for next steps, shared with deals
from desktop.domain.language import pick

NOTE_KINDS: tuple[str, ...] = ("visit", "phone", "wechat", "video", "email")
STANCES: tuple[str, ...] = ("supporter", "neutral", "opponent", "unknown")

# The four SPIN sections, in order, with their bilingual headings (documents need them as data).
SPIN_SECTIONS: tuple[str, ...] = ("situation", "problem", "implication", "need_payoff")
SECTION_HEADINGS: dict[str, tuple[str, str]] = {  # key: (en, zh)
    "goal": ("Goal of the meeting", "会议目的"),
    "situation": ("S · Situation", "S 现状"),
    "problem": ("P · Problems", "P 问题"),
    "implication": ("I · Implications", "I 影响"),
    "need_payoff": ("N · Need-payoff", "N 收益"),
    "product_feedback": ("Product feedback", "产品反馈"),
}

KIND_NAMES: dict[str, tuple[str, str]] = {  # kind: (en, zh)
    "visit": ("Visit", "上门拜访"),
    "phone": ("Phone call", "电话"),
    "wechat": ("WeChat", "微信"),
    "video": ("Video call", "视频会议"),
    "email": ("Email", "邮件"),
}

# Text fields of a note, and which of them are internal (strategy, people's interests, risks).
TEXT_FIELDS: tuple[str, ...] = (
    "goal", "situation", "problem", "implication", "need_payoff", "budget", "timeline", "risks",
    "competitors", "product_feedback", "internal_notes",
)
INTERNAL_FIELDS: frozenset[str] = frozenset(
    {"budget", "timeline", "risks", "competitors", "internal_notes"}
)


@dataclass(frozen=True)
class RoleName:
    key: str
    name_en: str
    name_zh: str


@dataclass(frozen=True)
class NoteAttendeeRecord:
    """A customer-side person in a meeting. `mark_met`/`update_stance` ask the save to update the
    deal's buying committee; when a note is read they tell whether it did."""

    contact_id: int
    name: str = ""
    title: str = ""
    roles: tuple[RoleName, ...] = ()  # the person's roles on the note's deal
    personal_interests: str = ""  # internal
    stance_seen: str = ""  # internal: "" (not noted) or one of STANCES
    mark_met: bool = False
    update_stance: bool = False


@dataclass(frozen=True)
class CommitteeMark:
    """What the deal's buying committee says of one person, as a note-editing session found it
    or left it: their seat (id), met, last met and stance; `seated` False: not in the committee.
    Undo of a session puts the marks its attendees had back (a note marks attendees met and sets
    their stance, adding them to the committee when needed)."""

    contact_id: int
    seated: bool = False
    stakeholder_id: int | None = None
    met: bool = False
    last_met: date | None = None
    stance: str = "unknown"


def marks_changed(start: tuple[CommitteeMark, ...], end: tuple[CommitteeMark, ...],
                  contact_ids: set[int]) -> tuple[tuple[CommitteeMark, ...], tuple[CommitteeMark, ...]]:
    """The marks of `contact_ids` (the session's attendees) that differ between the committee as
    the session began (`start`) and ended (`end`): (as they were, as they are), same order."""
    first = {m.contact_id: m for m in start}
    last = {m.contact_id: m for m in end}
    pairs = [(first.get(c, CommitteeMark(c)), last.get(c, CommitteeMark(c))) for c in sorted(contact_ids)]
    changed = [(a, b) for a, b in pairs if a != b]
    return tuple(a for a, _ in changed), tuple(b for _, b in changed)


@dataclass(frozen=True)
class CallNoteRecord:
    id: int | None = None
    deal_id: int | None = None
    company_id: int | None = None
    occurred_at: datetime | None = None
    kind: str = "visit"
    goal: str = ""
    situation: str = ""
    problem: str = ""
    implication: str = ""
    need_payoff: str = ""
    budget: str = ""
    timeline: str = ""
    risks: str = ""
    competitors: str = ""
    product_feedback: str = ""
    internal_notes: str = ""
    attendees: tuple[NoteAttendeeRecord, ...] = ()
    next_steps: tuple[NextStepRecord, ...] = ()
    company_name: str = ""
    deal_title: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def is_blank(self) -> bool:
        """Nothing typed yet: an empty new note is not worth a row in the book."""
        return (
            not any(getattr(self, f).strip() for f in TEXT_FIELDS)
            and not self.attendees
            and not any(s.text.strip() for s in self.next_steps)
        )


@dataclass(frozen=True)
class NoteSummary:
    """One line of a deal's or company's list of notes."""

    id: int
    occurred_at: datetime
    kind: str
    goal: str
    attendee_names: tuple[str, ...]
    excerpt: str  # the first text of the note, for a glance
    open_steps: int
    deal_id: int | None
    company_id: int


@dataclass(frozen=True)
class QuestionPromptRecord:
    """A suggested question for one SPIN section, in both languages."""

    section: str
    text_en: str = ""
    text_zh: str = ""
    id: int | None = None
    position: int = 0

    def text(self, language: str) -> str:
        """The question in `language`, falling back to the other one when it is empty."""
        return pick(language, self.text_en, self.text_zh)
