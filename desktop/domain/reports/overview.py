"""All the reports of one period at once, each beside the same report for the previous period
(what the Reports page and the business review show)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reports.activity import Activity, activity
from desktop.domain.reports.book import ReportBook
from desktop.domain.reports.forecast import Forecast, forecast
from desktop.domain.reports.formula import Formula, formula
from desktop.domain.reports.funnel import Funnel, funnel
from desktop.domain.reports.lost import LostReview, lost_review
from desktop.domain.reports.pareto import Pareto, pareto
from desktop.domain.reports.period import Period
from desktop.domain.reports.sources import Sources, sources
from desktop.domain.reports.winrate import TrendMonth, WinRate, trend, win_rate


@dataclass(frozen=True)
class ReportSet:
    book: ReportBook
    period: Period
    previous: Period
    forecast: Forecast
    funnel: Funnel
    previous_funnel: Funnel
    win_rate: WinRate
    previous_win_rate: WinRate
    trend: tuple[TrendMonth, ...]
    lost: LostReview
    previous_lost: LostReview
    pareto: Pareto
    sources: Sources
    formula: Formula
    activity: Activity
    previous_activity: Activity
    collections_tracked: bool


def all_reports(book: ReportBook, period: Period, collected: dict[int, int] | None = None) -> ReportSet:
    previous = period.previous()
    return ReportSet(
        book=book, period=period, previous=previous, forecast=forecast(book),
        funnel=funnel(book, period), previous_funnel=funnel(book, previous),
        win_rate=win_rate(book, period), previous_win_rate=win_rate(book, previous),
        trend=tuple(trend(book, period)),
        lost=lost_review(book, period), previous_lost=lost_review(book, previous),
        pareto=pareto(book, period), sources=sources(book, period),
        formula=formula(book, period, collected),
        activity=activity(book, period), previous_activity=activity(book, previous),
        collections_tracked=collected is not None,
    )
