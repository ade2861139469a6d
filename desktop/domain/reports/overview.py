"""All the reports of one period at once, each beside the same report for the previous period
(what the Reports page and the business review show)."""

from __future__ import annotations

from functools import cached_property

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


class ReportSet:
    """Every report of `period` beside the previous period's, each worked out the first time it
    is asked for (the command line asks for one report; the page for them all)."""

    def __init__(self, book: ReportBook, period: Period, collected: dict[int, int] | None = None) -> None:
        self.book = book
        self.period = period
        self.previous = period.previous()
        self.collected = collected

    @property
    def collections_tracked(self) -> bool:
        return self.collected is not None

    @cached_property
    def forecast(self) -> Forecast:
        return forecast(self.book)

    @cached_property
    def funnel(self) -> Funnel:
        return funnel(self.book, self.period)

    @cached_property
    def previous_funnel(self) -> Funnel:
        return funnel(self.book, self.previous)

    @cached_property
    def win_rate(self) -> WinRate:
        return win_rate(self.book, self.period)

    @cached_property
    def previous_win_rate(self) -> WinRate:
        return win_rate(self.book, self.previous)

    @cached_property
    def trend(self) -> tuple[TrendMonth, ...]:
        return tuple(trend(self.book, self.period))

    @cached_property
    def lost(self) -> LostReview:
        return lost_review(self.book, self.period)

    @cached_property
    def previous_lost(self) -> LostReview:
        return lost_review(self.book, self.previous)

    @cached_property
    def pareto(self) -> Pareto:
        return pareto(self.book, self.period)

    @cached_property
    def sources(self) -> Sources:
        return sources(self.book, self.period)

    @cached_property
    def formula(self) -> Formula:
        return formula(self.book, self.period, self.collected)

    @cached_property
    def activity(self) -> Activity:
        return activity(self.book, self.period)

    @cached_property
    def previous_activity(self) -> Activity:
        return activity(self.book, self.previous, with_quiet=False)


def all_reports(book: ReportBook, period: Period, collected: dict[int, int] | None = None) -> ReportSet:
    return ReportSet(book, period, collected)
