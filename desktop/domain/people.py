"""Companies and contacts as the rest of the app sees them: plain, immutable records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class Tier(StrEnum):
    """Customer tier by value (80/20: a few key accounts bring most revenue)."""

    S = "S"
    A = "A"
    B = "B"
    C = "C"


TIERS: tuple[str, ...] = ("", "S", "A", "B", "C")


def name_search_keys(name_alt: str) -> str:
    """What else finds a person by their pinyin/English name: the name run together and its
    initials ("Li Min" → "limin lm"), so "limin", "li min" and "lm" all find 李敏."""
    words = name_alt.lower().split()
    if len(words) < 2:
        return ""
    return "".join(words) + " " + "".join(w[0] for w in words)


def split_tags(text: str) -> list[str]:
    """Tags as the seller types them: comma, Chinese comma, semicolon or space separated."""
    for sep in ("，", "、", ";", "；", "\n"):
        text = text.replace(sep, ",")
    seen: list[str] = []
    for part in text.split(","):
        tag = part.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def join_tags(tags: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tags)


@dataclass(frozen=True)
class CompanyRecord:
    """A customer company."""

    id: int | None = None
    name: str = ""
    industry: str = ""
    region: str = ""
    size: str = ""
    annual_revenue: str = ""
    tier: str = ""
    website: str = ""
    address: str = ""
    lead_source: str = ""
    remarks: str = ""
    tags: tuple[str, ...] = ()
    contact_count: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CompanyDeletion:
    """What deleting a company takes with it (deals, call notes) and leaves (its contacts).

    `open_amounts` holds (amount, currency) of the open deals that have an amount."""

    deals: int = 0
    open_deals: int = 0
    call_notes: int = 0
    contacts: int = 0
    open_amounts: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class ContactRecord:
    """A person: one full-name field (姓名) plus an optional pinyin or English name."""

    id: int | None = None
    name: str = ""
    name_alt: str = ""
    company_id: int | None = None
    company_name: str = ""
    title: str = ""
    department: str = ""
    mobile: str = ""
    other_phone: str = ""
    email: str = ""
    wechat: str = ""
    qq: str = ""
    remarks: str = ""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None


class ContactRow(NamedTuple):
    """A contact as the contacts list shows and filters it (the form reads the full record).

    A named tuple rather than a dataclass: the list holds every contact (10,000 for a veteran),
    and a tuple is built in C, about ten times faster than a frozen dataclass with its fields.
    """

    id: int
    name: str
    name_alt: str
    company_id: int | None
    company_name: str
    title: str
    department: str
    mobile: str
    email: str
    wechat: str
    qq: str
    phone_digits: str  # digits of both phones, space-separated
    tags: str  # as stored: comma-joined


