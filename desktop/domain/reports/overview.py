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

    def __init__(self, book: ReportBook, period: Period, collected: dict[int, int] | None = None,
                 note_counts: tuple[int, int] | None = None) -> None:
        self.book = book
        self.period = period
        self.previous = period.previous()
        self.collected = collected
        # Without the notes and visits read (the Reports page's first look): the call notes of
        # the period and of the previous one, counted by the query, for the key figures.
        self._note_counts = note_counts

    @property
    def activity_read(self) -> bool:
        """Whether the notes and visits were read: the activity report needs them."""
        return self._note_counts is None

    @property
    def note_counts(self) -> tuple[int, int]:
        """The call notes of the period and of the previous period."""
        if self._note_counts is not None:
            return self._note_counts
        return self.activity.note_count, self.previous_activity.note_count

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
        self._need_activity()
        return activity(self.book, self.period)

    @cached_property
    def previous_activity(self) -> Activity:
        self._need_activity()
        return activity(self.book, self.previous, with_quiet=False)

    def _need_activity(self) -> None:
        if not self.activity_read:  # it would count no notes and no visits: never shown so
            raise LookupError("the notes and visits of this report set were not read")


def all_reports(book: ReportBook, period: Period, collected: dict[int, int] | None = None,
                note_counts: tuple[int, int] | None = None) -> ReportSet:
    return ReportSet(book, period, collected, note_counts)
