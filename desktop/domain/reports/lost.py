"""Lost deals review (Voice of the Customer): the deals lost in a period by reason, by the stage
where each was lost and by competitor, with the seller's own words for each."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportDeal,
    closed_in,
    lost_from,
    main_currency,
    split_names,
    sum_amounts,
)
from desktop.domain.reports.period import Period

NO_REASON = -1  # key of "no reason picked" (the words may still be in the deal's text)
NO_STAGE = -1
NO_COMPETITOR = ""


@dataclass(frozen=True)
class LostGroup:
    """Deals lost for one reason, at one stage or to one competitor."""

    key: int | str  # a reason or stage id (NO_REASON / NO_STAGE), or a competitor's name
    deals: tuple[ReportDeal, ...]

    @property
    def amounts(self) -> Amounts:
        return sum_amounts(self.deals)


@dataclass(frozen=True)
class LostReview:
    period: Period
    currency: str
    deals: tuple[ReportDeal, ...]
    by_reason: tuple[LostGroup, ...]
    by_stage: tuple[LostGroup, ...]
    by_competitor: tuple[LostGroup, ...]  # a deal lost to two competitors is in both groups

    @property
    def amounts(self) -> Amounts:
        return sum_amounts(self.deals)


def _groups(pairs: list[tuple[int | str, ReportDeal]], currency: str) -> tuple[LostGroup, ...]:
    grouped: dict[int | str, list[ReportDeal]] = {}
    for key, deal in pairs:
        grouped.setdefault(key, []).append(deal)
    groups = [LostGroup(k, tuple(v)) for k, v in grouped.items()]
    return tuple(sorted(groups, key=lambda g: (-len(g.deals), -g.amounts.get(currency), str(g.key))))


def lost_review(book: ReportBook, period: Period) -> LostReview:
    lost = sorted(closed_in(book, book.deals, period, StageKind.LOST),
                  key=lambda d: (d.stage_entered_at, d.id))
    currency = main_currency(lost)
    reasons = {r.id for r in book.lost_reasons}
    by_reason = [(d.lost_reason_id if d.lost_reason_id in reasons else NO_REASON, d) for d in lost]
    by_stage = [(lost_from(book, d) or NO_STAGE, d) for d in lost]
    by_competitor = [(name, d) for d in lost for name in (split_names(d.competitors) or [NO_COMPETITOR])]
    return LostReview(period, currency, tuple(lost), _groups(by_reason, currency),
                      _groups(by_stage, currency), _groups(by_competitor, currency))
