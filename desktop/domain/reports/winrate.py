"""Win rate and cycle for the deals closed in a period, sales velocity, and a 12-month trend.

- Win rate = won ÷ (won + lost), by count; by amount in each currency over the closed deals that
  have an amount. On-hold deals are neither.
- 单产: average and median won amount, per currency.
- Cycle: median whole days from a won deal's creation to its win.
- Velocity = open deals × win rate × average won amount ÷ median cycle days: the money per day
  the pipeline brings at the current pace (main currency; None when a factor is missing).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportDeal,
    amounts_in,
    closed_in,
    cycle_days,
    end_of,
    main_currency,
    mean,
    median,
    ratio,
    stage_at,
    sum_amounts,
)
from desktop.domain.reports.period import Period, add_months, month_end, month_start


@dataclass(frozen=True)
class WinRate:
    period: Period
    currency: str
    won: tuple[ReportDeal, ...]
    lost: tuple[ReportDeal, ...]
    open_at_end: tuple[ReportDeal, ...]
    won_amounts: Amounts
    lost_amounts: Amounts

    @property
    def rate(self) -> float | None:
        return ratio(len(self.won), len(self.won) + len(self.lost))

    def rate_by_amount(self, currency: str | None = None) -> float | None:
        currency = currency or self.currency
        won = self.won_amounts.get(currency)
        return ratio(won, won + self.lost_amounts.get(currency))

    def average_won(self, currency: str | None = None) -> float | None:
        return mean(amounts_in(self.won, currency or self.currency))

    def median_won(self, currency: str | None = None) -> float | None:
        return median(amounts_in(self.won, currency or self.currency))

    @property
    def median_cycle_days(self) -> float | None:
        return median(cycle_days(d) for d in self.won)

    @property
    def velocity(self) -> float | None:
        """Money per day in the main currency (None when a factor is missing or the cycle is 0)."""
        rate, average, days = self.rate, self.average_won(), self.median_cycle_days
        if rate is None or average is None or not days:
            return None
        return len(self.open_at_end) * rate * average / days


def open_at(book: ReportBook, deals, moment) -> list[ReportDeal]:
    return [d for d in deals if book.kind(stage_at(d, moment)) == StageKind.OPEN]


def win_rate(book: ReportBook, period: Period) -> WinRate:
    won = closed_in(book, book.deals, period, StageKind.WON)
    lost = closed_in(book, book.deals, period, StageKind.LOST)
    as_of = end_of(min(period.end, book.today))
    return WinRate(
        period=period, currency=main_currency(won + lost or list(book.deals)),
        won=tuple(won), lost=tuple(lost), open_at_end=tuple(open_at(book, book.deals, as_of)),
        won_amounts=sum_amounts(won), lost_amounts=sum_amounts(lost),
    )


@dataclass(frozen=True)
class TrendMonth:
    period: Period
    won: tuple[ReportDeal, ...]
    lost: tuple[ReportDeal, ...]
    currency: str

    @property
    def rate(self) -> float | None:
        return ratio(len(self.won), len(self.won) + len(self.lost))

    @property
    def won_amount(self) -> int:
        return sum(amounts_in(self.won, self.currency))


def trend(book: ReportBook, last_month_of: Period, months: int = 12) -> list[TrendMonth]:
    """Month by month, the `months` calendar months ending with the period's last month."""
    last = month_start(last_month_of.end)
    currency = main_currency(book.deals)
    out = []
    for i in range(months - 1, -1, -1):
        start = add_months(last, -i)
        month = Period(start, month_end(start))
        out.append(TrendMonth(month, tuple(closed_in(book, book.deals, month, StageKind.WON)),
                              tuple(closed_in(book, book.deals, month, StageKind.LOST)), currency))
    return out


