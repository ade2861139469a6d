"""Referral partners as plain records: who they are, what they are owed, what they were told.

The fee rules are pure functions here (`fee_amount`); `desktop.services.fees` applies them to a
deal's stage history. Amounts are whole units of the deal's currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.language import pick
from desktop.domain.minutes import Sender
from desktop.domain.partner_news import UpdateReminder as UpdateReminder  # its own module (issue 20)


class FeeKind(StrEnum):
    FINDER = "finder"  # due when a referred deal is accepted (leaves Lead)
    SUCCESS = "success"  # due when it is won


class FeeStatus(StrEnum):
    DUE = "due"
    PAID = "paid"
    WAIVED = "waived"
    CANCELLED = "cancelled"  # the reason for it went away (deal reopened, referrer changed)


class PolicyKind(StrEnum):
    NONE = "none"
    FIXED = "fixed"
    PERCENT = "percent"


def fee_amount(kind: str, value: float, deal_amount: int | None) -> int | None:
    """What a policy (none/fixed/percent) gives for a deal; None when there is no fee."""
    if kind == PolicyKind.FIXED:
        return round(value) if value > 0 else None
    if kind == PolicyKind.PERCENT:
        if value <= 0:
            return None
        return round((deal_amount or 0) * value / 100)
    return None


def policy_text(kind: str, value: float, language: str, currency: str = "CNY") -> str:
    """'10%' / '¥5,000' / '' — how a policy reads in a list or an update."""
    from desktop.domain.money import format_amount

    if kind == PolicyKind.PERCENT and value > 0:
        return f"{value:g}%"
    if kind == PolicyKind.FIXED and value > 0:
        return format_amount(round(value), currency, language)
    return ""


@dataclass(frozen=True)
class PartnerRecord:
    """A contact marked as a referral partner, with their commission policy."""

    id: int | None = None
    contact_id: int | None = None
    name: str = ""
    name_alt: str = ""
    company_name: str = ""
    title: str = ""
    mobile: str = ""
    wechat: str = ""
    offering: str = ""
    reach_industries: str = ""
    reach_companies: str = ""
    city: str = ""
    finder_fee_kind: str = PolicyKind.NONE.value
    finder_fee_value: float = 0
    success_fee_kind: str = PolicyKind.NONE.value
    success_fee_value: float = 0
    success_fee_on: str = "signing"  # signing (the deal is won) | collection (follows 回款)
    remarks: str = ""  # internal: about the partner, never in an update
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class PartnerSummary:
    """A row of the Partners list: the partner with their totals."""

    partner: PartnerRecord
    open_deals: int = 0
    won_deals: int = 0
    lost_deals: int = 0
    fees_due: int = 0
    fees_paid: int = 0
    last_update_sent: datetime | None = None
    last_contact: date | None = None

    @property
    def id(self) -> int | None:
        return self.partner.id

    @property
    def name(self) -> str:
        return self.partner.name


@dataclass(frozen=True)
class GivenRecord:
    """Something the seller did for a partner (a referral back, an introduction, a dinner)."""

    id: int | None = None
    partner_id: int | None = None
    given_on: date | None = None
    description: str = ""


@dataclass(frozen=True)
class FeeRecord:
    id: int
    deal_id: int
    partner_id: int
    kind: FeeKind
    amount: int
    status: FeeStatus
    due_since: date
    paid_on: date | None = None
    paid_amount: int | None = None
    note: str = ""
    currency: str = "CNY"
    company_name: str = ""
    deal_title: str = ""


@dataclass(frozen=True)
class ReferredDeal:
    """A deal a partner brought, with where it stands and its fees (for the partner's page)."""

    deal_id: int
    company_name: str
    title: str
    stage_key: str
    stage_name_en: str
    stage_name_zh: str
    stage_kind: str
    amount: int | None
    currency: str
    referred_on: date | None
    fees: tuple[FeeRecord, ...] = ()

    @property
    def id(self) -> int:
        return self.deal_id

    def stage_name(self, language: str) -> str:
        return pick(language, self.stage_name_en, self.stage_name_zh)


@dataclass(frozen=True)
class ReportRow:
    """One partner's referrals, conversion and fees over a period."""

    partner_id: int
    name: str
    referrals: int = 0
    won: int = 0
    lost: int = 0
    still_open: int = 0
    won_amount: int = 0
    fees_earned: int = 0  # fees that became due in the period (not cancelled or waived)
    fees_paid: int = 0  # paid in the period

    @property
    def id(self) -> int:
        return self.partner_id

    @property
    def conversion(self) -> float | None:
        """Won of the referrals decided (won or lost); None before any is decided."""
        decided = self.won + self.lost
        return self.won / decided if decided else None


# --- the progress update: what a partner may be told -------------------------------------------
@dataclass(frozen=True)
class UpdateFee:
    kind: FeeKind
    status: str  # due | paid | waived | pending (policy exists, not yet due)
    amount: int | None = None
    paid_on: date | None = None
    policy: str = ""  # '10%' or '¥5,000', shown for a pending fee


@dataclass(frozen=True)
class UpdateItem:
    """One referred deal, in customer-safe words only."""

    customer: str
    project: str
    status: str  # customer-safe words for the stage
    last_activity: date | None
    next: str  # customer-safe words for what happens next
    currency: str = "CNY"
    fees: tuple[UpdateFee, ...] = ()


@dataclass(frozen=True)
class ProgressUpdate:
    """Everything a partner update shows; built only from customer-safe fields."""

    partner_name: str
    language: str
    as_of: date
    items: tuple[UpdateItem, ...] = field(default_factory=tuple)
    fees_paid_total: int = 0
    fees_due_total: int = 0
    sender: Sender | None = None
