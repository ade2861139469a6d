"""What relates to a company or a person: their contacts, their deals (open and closed, with the
person's roles and stance on each) and one activity timeline, newest first.

Plain records for the record pages; each row names what it opens (`opens`: kind, id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ActivityKind(StrEnum):
    CALL_NOTE = "call_note"
    VISIT = "visit"
    STAGE_CHANGE = "stage_change"
    NEXT_STEP = "next_step"
    PARTNER_UPDATE = "partner_update"


@dataclass(frozen=True)
class Activity:
    """One thing that happened (or is planned): `subject` names the deal or company, `text`
    says what (a note's goal, the stage moved to, the step's text)."""

    when: datetime
    kind: ActivityKind
    subject: str
    text: str
    opens: tuple[str, int]
    done: bool = True  # a next step still open, a visit still ahead: False
    stage_en: str = ""  # a stage change: the stage moved to
    stage_zh: str = ""


@dataclass(frozen=True)
class RelatedContact:
    id: int
    name: str
    title: str = ""
    mobile: str = ""
    email: str = ""


@dataclass(frozen=True)
class RelatedDeal:
    """A deal of a company, or a deal a person sits on the committee of (roles and stance)."""

    id: int
    title: str
    company: str
    stage_en: str
    stage_zh: str
    is_open: bool
    amount: int | None = None
    currency: str = "CNY"
    roles_en: tuple[str, ...] = ()
    roles_zh: tuple[str, ...] = ()
    stance: str = ""  # supporter | neutral | opponent | unknown; "" when not on the committee


@dataclass(frozen=True)
class Related:
    """A record page's related lists."""

    contacts: tuple[RelatedContact, ...] = ()
    deals: tuple[RelatedDeal, ...] = ()
    activity: tuple[Activity, ...] = ()


def newest_first(items: list[Activity]) -> tuple[Activity, ...]:
    """The timeline order: newest first; at the same moment, the kinds in a fixed order."""
    order = {k: i for i, k in enumerate(ActivityKind)}
    return tuple(sorted(items, key=lambda a: (a.when, -order[a.kind]), reverse=True))


def open_deals_first(deals: list[RelatedDeal]) -> tuple[RelatedDeal, ...]:
    return tuple(sorted(deals, key=lambda d: (not d.is_open, d.title)))
