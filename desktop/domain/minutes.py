"""Meeting minutes (会议纪要): what the customer is sent after a call. Customer-safe by design:
this record has no place for stances, personal interests, risks, competitors or strategy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    title: str = ""
    company: str = ""


@dataclass(frozen=True)
class MinutesStep:
    text: str
    owner: str = ""
    due: date | None = None


@dataclass(frozen=True)
class Minutes:
    customer: str
    occurred_at: datetime
    kind: str  # visit | phone | wechat | video | email
    goal: str
    attendees: tuple[MinutesAttendee, ...]
    our_side: tuple[str, ...]  # the seller (and colleagues) as named in the seller profile
    discussed: tuple[tuple[str, str], ...]  # (section heading key, text) e.g. ("situation", "...")
    agreed_steps: tuple[MinutesStep, ...]
    language: str = "zh_CN"
