"""The revenue formula (b2b-sales-compilation @17367), with the seller's own numbers:

    回款金额 = 线索量 × 线索转化率 × 赢单率 × 每单单产 × 回款比      (+ 缩短销售周期)

For a period:
- 线索量 leads: deals created in the period.
- 线索转化率 lead conversion: of those leads, the share that got past the first stage (reached
  the second open stage, or won) by the period's end.
- 赢单率 win rate: won ÷ (won + lost) among the deals closed in the period.
- 每单单产 average won amount: the mean amount of the deals won in the period (main currency).
- 回款比 collection ratio: of the deals won in the period that have a contract, the money
  collected on their contracts so far ÷ their won amount — once collections are tracked (the book
  has contracts); until then None and the formula stops at the won amount. Won deals without a
  contract are left out of the ratio (the report says how many have one).
- 销售周期 cycle: median days from creation to a win (shorter is better).

The product of the factors is the formula's amount; the actual won (or collected) amount is shown
beside it, because deals close months after they come in. Against the previous period each
factor's change is a ratio; since the amount is their product, ln(amount ratio) is the sum of
the factors' ln ratios, so the factor with the largest |ln ratio| moved the result most.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.reports.book import (
    ReportBook,
    end_of,
    furthest_position,
    log_change,
    ratio,
)
from desktop.domain.reports.period import Period
from desktop.domain.reports.winrate import win_rate


class Factor(StrEnum):
    LEADS = "leads"
    CONVERSION = "conversion"
    WIN_RATE = "win_rate"
    AVERAGE_WON = "average_won"
    COLLECTION = "collection"


@dataclass(frozen=True)
class FormulaFigures:
    period: Period
    currency: str
    leads: int
    converted: int
    won_count: int
    lost_count: int
    won_amount: int  # main currency
    average_won: float | None  # over the won deals with an amount in the main currency
    collected: int | None  # on the contracts of the won deals; None: collections not tracked yet
    collected_basis: int | None  # the won amount of the won deals that have a contract
    with_contract: int  # how many of the won deals have a contract
    median_cycle_days: float | None
    lead_ids: tuple[int, ...]
    won_ids: tuple[int, ...]

    def factor(self, which: Factor) -> float | None:
        if which == Factor.LEADS:
            return float(self.leads)
        if which == Factor.CONVERSION:
            return ratio(self.converted, self.leads)
        if which == Factor.WIN_RATE:
            return ratio(self.won_count, self.won_count + self.lost_count)
        if which == Factor.AVERAGE_WON:
            return self.average_won
        if self.collected is None:
            return None
        return ratio(self.collected, self.collected_basis or 0)

    def factors(self) -> tuple[Factor, ...]:
        """The factors in the formula: the collection ratio only once it is tracked."""
        return tuple(f for f in Factor if f != Factor.COLLECTION or self.collected is not None)

    @property
    def product(self) -> float | None:
        """The formula's amount: the product of its factors (None when one is missing)."""
        result = 1.0
        for f in self.factors():
            value = self.factor(f)
            if value is None:
                return None
            result *= value
        return result

    @property
    def actual(self) -> int:
        """What came in: collected money once tracked, else the amount won."""
        return self.collected if self.collected is not None else self.won_amount


@dataclass(frozen=True)
class Formula:
    current: FormulaFigures
    previous: FormulaFigures

    def moved(self, which: Factor) -> float | None:
        """ln(current ÷ previous) of a factor (None when either side is missing or zero)."""
        return log_change(self.current.factor(which), self.previous.factor(which))

    @property
    def moved_most(self) -> Factor | None:
        """The factor whose change moved the result most (None when none can be compared)."""
        moves = [(abs(m), f) for f in self.current.factors() if (m := self.moved(f)) is not None]
        return max(moves, key=lambda x: x[0])[1] if moves else None


def figures(book: ReportBook, period: Period, collected: dict[int, int] | None = None) -> FormulaFigures:
    """The period's factors; `collected` is the money collected so far per deal with a contract
    (whole units of the main currency), None while collections are not tracked."""
    rate = win_rate(book, period)
    tracked = None
    basis = None
    with_contract = 0
    if collected is not None:
        won = [d for d in rate.won if d.id in collected and d.amount is not None and d.currency == rate.currency]
        tracked, basis, with_contract = sum(collected[d.id] for d in won), sum(d.amount for d in won), len(won)
    leads = [d for d in book.deals if period.contains(d.created_at)]
    until = end_of(min(period.end, book.today))
    converted = [d for d in leads if (furthest_position(book, d, until) or 0) >= 1]
    return FormulaFigures(
        period=period,
        currency=rate.currency,
        leads=len(leads),
        converted=len(converted),
        won_count=len(rate.won),
        lost_count=len(rate.lost),
        won_amount=rate.won_amounts.get(rate.currency),
        average_won=rate.average_won(),
        collected=tracked,
        collected_basis=basis,
        with_contract=with_contract,
        median_cycle_days=rate.median_cycle_days,
        lead_ids=tuple(d.id for d in leads),
        won_ids=tuple(d.id for d in rate.won),
    )


def formula(book: ReportBook, period: Period, collected: dict[int, int] | None = None) -> Formula:
    return Formula(figures(book, period, collected), figures(book, period.previous(), collected))
