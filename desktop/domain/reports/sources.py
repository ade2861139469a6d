"""Lead sources and referral partners: where deals come from and how well each source converts.

Per source (the deal's own lead source, else its company's; "" when neither says) and per
partner who referred deals: deals that came in during the period, deals won and lost in it (by
the same rule as the win rate), win rate, won amount per currency, median days from creation to
a win.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportDeal,
    closed_in,
    cycle_days,
    median,
    ratio,
    sum_amounts,
)
from desktop.domain.reports.period import Period


@dataclass(frozen=True)
class SourceRow:
    key: str | int  # a lead source's text, or a partner's id
    new: tuple[ReportDeal, ...]
    won: tuple[ReportDeal, ...]
    lost: tuple[ReportDeal, ...]

    @property
    def rate(self) -> float | None:
        return ratio(len(self.won), len(self.won) + len(self.lost))

    @property
    def won_amounts(self) -> Amounts:
        return sum_amounts(self.won)

    @property
    def median_days(self) -> float | None:
        return median(cycle_days(d) for d in self.won)

    def deals(self) -> list[ReportDeal]:
        seen: dict[int, ReportDeal] = {}
        for d in self.new + self.won + self.lost:
            seen.setdefault(d.id, d)
        return list(seen.values())


@dataclass(frozen=True)
class Sources:
    period: Period
    sources: tuple[SourceRow, ...]
    partners: tuple[SourceRow, ...]


def _rows(book: ReportBook, period: Period, key_of) -> tuple[SourceRow, ...]:
    won = closed_in(book, book.deals, period, StageKind.WON)
    lost = closed_in(book, book.deals, period, StageKind.LOST)
    new = [d for d in book.deals if period.contains(d.created_at)]
    keys: dict = {}
    for group, deals in (("new", new), ("won", won), ("lost", lost)):
        for deal in deals:
            key = key_of(deal)
            if key is None:
                continue
            keys.setdefault(key, {"new": [], "won": [], "lost": []})[group].append(deal)
    rows = [SourceRow(k, tuple(v["new"]), tuple(v["won"]), tuple(v["lost"])) for k, v in keys.items()]
    return tuple(sorted(rows, key=lambda r: (-len(r.won), -len(r.new), r.key == "", str(r.key))))


def sources(book: ReportBook, period: Period) -> Sources:
    return Sources(period, _rows(book, period, lambda d: d.lead_source.strip()),
                   _rows(book, period, lambda d: d.referrer_id))
