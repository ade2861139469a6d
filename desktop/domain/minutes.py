"""Meeting minutes (会议纪要): what the customer is sent after a call. Customer-safe by design:
this record has no place for stances, personal interests, risks, competitors or strategy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.language import pick

# How the minutes head what was discussed: the customer's words, not the seller's method
# (no "S/P/I/N", no "need-payoff" in what the customer reads).
DISCUSSED_HEADINGS: dict[str, tuple[str, str]] = {  # key: (en, zh)
    "situation": ("Where things stand", "现状"),
    "problem": ("Problems raised", "存在的问题"),
    "implication": ("What they cost", "带来的影响"),
    "need_payoff": ("The outcome you want", "期望的成果"),
    "product_feedback": ("Your feedback on the product", "对产品的意见"),
}


def discussed_heading(key: str, language: str) -> str:
    en, zh = DISCUSSED_HEADINGS[key]
    return pick(language, en, zh)


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
class Sender:
    """Who sends a document to the customer or partner: the seller, from the seller profile."""

    name: str = ""
    title: str = ""
    company: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.company)


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
    sender: Sender | None = None
