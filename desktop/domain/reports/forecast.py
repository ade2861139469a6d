"""Forecast: open deals weighted by probability, by month of expected close, the next 6 months.

Each open deal falls in one category: Commit (its stage is marked Commit in the pipeline),
Best case (not Commit, effective probability of at least BEST_CASE_FROM %) or Pipeline. Deals
whose expected close has passed ("slipped") and deals without an expected close are listed apart,
never counted in a month. The forecast looks forward from today, whatever period is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.deals import DealRecord, StageKind, effective_probability
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportDeal,
    main_currency,
    sum_amounts,
)
from desktop.domain.reports.period import add_months, month_start

MONTHS_AHEAD = 6
BEST_CASE_FROM = 50  # percent


class Category(StrEnum):
    COMMIT = "commit"
    BEST_CASE = "best_case"
    PIPELINE = "pipeline"


@dataclass(frozen=True)
class ForecastDeal:
    deal: ReportDeal
    probability: int
    weighted: float | None  # None when the deal has no amount
    category: Category


@dataclass(frozen=True)
class ForecastMonth:
    month: date  # the first of the month
    deals: tuple[ForecastDeal, ...]
    currency: str

    def weighted(self, category: Category | None = None, currency: str | None = None) -> float:
        """The weighted amount in `currency` (the report's main one by default)."""
        currency = currency or self.currency
        return sum(f.weighted for f in self.deals
                   if f.weighted is not None and f.deal.currency == currency
                   and (category is None or f.category == category))

    def amounts(self) -> Amounts:
        return sum_amounts(f.deal for f in self.deals)


@dataclass(frozen=True)
class Forecast:
    today: date
    currency: str  # the main currency the months are drawn in
    months: tuple[ForecastMonth, ...]
    slipped: tuple[ForecastDeal, ...]  # expected close before today
    undated: tuple[ForecastDeal, ...]  # no expected close
    later: tuple[ForecastDeal, ...]  # after the last month shown
    other_currencies: tuple[tuple[str, float], ...]  # weighted totals not in `currency`
    without_amount: int  # open deals in the months without an amount (counted, not summed)

    def deals(self) -> list[ForecastDeal]:
        return [f for m in self.months for f in m.deals]


def categorise(deal: ReportDeal, book: ReportBook) -> ForecastDeal:
    stage = book.stage(deal.stage_id)
    assert stage is not None
    probability = effective_probability(
        DealRecord(probability_override=deal.probability_override), stage)
    if stage.commit:
        category = Category.COMMIT
    elif probability >= BEST_CASE_FROM:
        category = Category.BEST_CASE
    else:
        category = Category.PIPELINE
    weighted = deal.amount * probability / 100 if deal.amount is not None else None
    return ForecastDeal(deal, probability, weighted, category)


def forecast(book: ReportBook, months_ahead: int = MONTHS_AHEAD) -> Forecast:
    today = book.today
    first = month_start(today)
    months = [add_months(first, i) for i in range(months_ahead)]
    after = add_months(first, months_ahead)
    open_deals = [d for d in book.deals if book.kind(d.stage_id) == StageKind.OPEN]
    currency = main_currency(open_deals)
    by_month: dict[date, list[ForecastDeal]] = {m: [] for m in months}
    slipped, undated, later = [], [], []
    for deal in sorted(open_deals, key=lambda d: (d.expected_close or date.max, d.id)):
        item = categorise(deal, book)
        if deal.expected_close is None:
            undated.append(item)
        elif deal.expected_close < today:
            slipped.append(item)
        elif deal.expected_close >= after:
            later.append(item)
        else:
            by_month[month_start(deal.expected_close)].append(item)
    shown = [f for items in by_month.values() for f in items]
    others: dict[str, float] = {}
    for f in shown:
        if f.weighted is not None and f.deal.currency != currency:
            others[f.deal.currency] = others.get(f.deal.currency, 0) + f.weighted
    return Forecast(
        today=today, currency=currency,
        months=tuple(ForecastMonth(m, tuple(by_month[m]), currency) for m in months),
        slipped=tuple(slipped), undated=tuple(undated), later=tuple(later),
        other_currencies=tuple(sorted(others.items())),
        without_amount=sum(1 for f in shown if f.deal.amount is None),
    )
