"""The weekly report (周报) a seller sends to a boss, a partner or themself: this week's visits
and notes, deals moved, won and lost; next week's planned visits and steps.

Only what may be read outside: deal titles, companies, stages, amounts, a note's goal, a visit's
place and goal, a step's text. Internal fields (personal interests, how to talk to someone,
risks, competitors backed, internal notes) are never loaded for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportDeal,
    ReportNote,
    ReportStep,
    ReportVisit,
    end_of,
    sum_amounts,
)
from desktop.domain.reports.funnel import Movement
from desktop.domain.reports.period import Period, week_of


@dataclass(frozen=True)
class WeeklyReport:
    book: ReportBook  # for stage names
    week: Period
    next_week: Period
    visits: tuple[tuple[ReportVisit, ReportDeal], ...]  # held this week
    notes: tuple[ReportNote, ...]
    moved: tuple[Movement, ...]  # stage moves this week other than wins and losses
    won: tuple[ReportDeal, ...]
    lost: tuple[ReportDeal, ...]
    planned_visits: tuple[tuple[ReportVisit, ReportDeal], ...]  # next week
    steps: tuple[tuple[ReportStep, ReportDeal | None], ...]  # open steps due this week or next

    @property
    def won_amounts(self) -> Amounts:
        return sum_amounts(self.won)


def weekly_report(book: ReportBook, day: date) -> WeeklyReport:
    week = week_of(day)
    next_week = Period(week.end + timedelta(days=1), week.end + timedelta(days=7))
    deals = {d.id: d for d in book.deals}
    now = end_of(book.today)
    visits = tuple(sorted(((v, deals[v.deal_id]) for v in book.visits
                           if week.contains(v.planned_at) and v.planned_at <= now and v.deal_id in deals),
                          key=lambda x: x[0].planned_at))
    planned = tuple(sorted(((v, deals[v.deal_id]) for v in book.visits
                            if next_week.contains(v.planned_at) and v.deal_id in deals),
                           key=lambda x: x[0].planned_at))
    notes = tuple(sorted((n for n in book.notes if week.contains(n.occurred_at)), key=lambda n: n.occurred_at))
    moved, won, lost = [], [], []
    for deal in book.deals:
        for move in deal.moves:
            if move.from_stage_id is None or not week.contains(move.at):
                continue
            kind = book.kind(move.to_stage_id)
            if kind == StageKind.WON and deal.stage_id == move.to_stage_id:
                won.append(deal)
            elif kind == StageKind.LOST and deal.stage_id == move.to_stage_id:
                lost.append(deal)
            elif kind not in (StageKind.WON, StageKind.LOST):
                moved.append(Movement(deal, move.at, move.from_stage_id, move.to_stage_id))
    steps = tuple(sorted(
        ((s, deals.get(s.deal_id) if s.deal_id is not None else None) for s in book.steps
         if s.done_at is None and s.due is not None and week.start <= s.due <= next_week.end
         and (s.deal_id is None or s.deal_id in deals)),
        key=lambda x: (x[0].due, x[0].id)))
    return WeeklyReport(book, week, next_week, visits, notes, tuple(sorted(moved, key=lambda m: m.at)),
                        tuple(won), tuple(lost), planned, steps)
