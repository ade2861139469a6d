"""What the board, the list, Today and the CLI show about deals: plain records built by services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.coverage import CoverageGap
from desktop.domain.deals import DealRecord, NextStepRecord, StageKind, StageRecord


@dataclass(frozen=True)
class DealOverview:
    """A deal with what is derived from it: stage, days in stage, staleness, gaps, next step."""

    deal: DealRecord
    stage: StageRecord
    days_in_stage: int
    stale: bool
    probability: int
    weighted: float
    gaps: tuple[CoverageGap, ...] = ()
    next_step: NextStepRecord | None = None
    overdue: bool = False
    stakeholder_count: int = 0
    lost_reason: str = ""  # the lost reason as the seller sees it (list entry, in English)
    lost_reason_zh: str = ""

    @property
    def id(self) -> int:
        return self.deal.id  # type: ignore[return-value]

    @property
    def status(self) -> StageKind:
        return self.stage.kind


class TodaySection(StrEnum):
    """Today's sections in the order shown: what is late (steps, then money), then the deals at
    risk (stale, late stage with committee gaps) so they are seen without scrolling past routine
    steps, then the day's and the week's steps and visits, money falling due and invoices to
    issue, then on-hold deals due for a look."""

    OVERDUE = "overdue"
    MONEY_OVERDUE = "money_overdue"  # instalments past their due date (回款逾期)
    STALE = "stale"
    AT_RISK = "at_risk"
    DUE_TODAY = "due_today"
    VISITS_TODAY = "visits_today"
    DUE_THIS_WEEK = "due_this_week"
    VISITS_THIS_WEEK = "visits_this_week"
    MONEY_DUE = "money_due"  # instalments falling due in the next 7 days
    INVOICES_TO_ISSUE = "invoices_to_issue"
    ON_HOLD_REVIEW = "on_hold_review"


@dataclass(frozen=True)
class TodayItem:
    """One row of Today; `opens` names the record it opens: (kind, id), where kind is "deal",
    "next_step" or "visit" (that record on its deal's page), "committee" (the deal's buying
    committee; id is the deal's) or "money" (the deal's Money tab; id is the deal's)."""

    section: TodaySection
    opens: tuple[str, int]
    deal_id: int
    company: str
    deal_title: str
    text: str = ""  # the next step's text, the visit's goal...
    due: date | None = None
    when: datetime | None = None  # a visit's time
    place: str = ""
    days: int = 0  # days overdue, or days in stage for stale deals
    gaps: tuple[CoverageGap, ...] = ()
    stage: StageRecord | None = None
    item_id: int | None = None  # the next step's, visit's, instalment's or invoice's own id
    amount_fen: int | None = None  # money still to collect, or the invoice's amount
    currency: str = "CNY"


@dataclass(frozen=True)
class TodayFirst:
    """Today as the page first shows it: each section's first rows (in section order) and how
    many items each section has in all (a long section says so and can be shown whole)."""

    items: tuple[TodayItem, ...]
    counts: dict[TodaySection, int]
