"""Activity: visits and call notes per week, and open deals nobody has touched for a while.

A visit counts in the week it was planned for, once that moment has come (a planned visit in the
future is not activity yet). A call note of kind "visit" that records a visit counts as a note:
notes and visits are shown side by side, not added. A deal is untouched when it is open and has
had no note and no visit for QUIET_DAYS (counted from its creation when it never had one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    ReportBook,
    ReportDeal,
    ReportNote,
    ReportVisit,
    end_of,
)
from desktop.domain.reports.period import Period, week_of

QUIET_DAYS = 30


@dataclass(frozen=True)
class ActivityWeek:
    week: Period  # Monday to Sunday
    notes: tuple[ReportNote, ...]
    visits: tuple[ReportVisit, ...]


@dataclass(frozen=True)
class Activity:
    period: Period
    weeks: tuple[ActivityWeek, ...]
    quiet: tuple[tuple[ReportDeal, int], ...]  # (open deal, days since the last note or visit)

    @property
    def note_count(self) -> int:
        return sum(len(w.notes) for w in self.weeks)

    @property
    def visit_count(self) -> int:
        return sum(len(w.visits) for w in self.weeks)


def last_touch(deal: ReportDeal, notes: dict[int, datetime], visits: dict[int, datetime]) -> datetime:
    return max(t for t in (deal.created_at, notes.get(deal.id), visits.get(deal.id)) if t is not None)


def activity(book: ReportBook, period: Period, *, with_quiet: bool = True) -> Activity:
    """Notes and visits by week of the period; with `with_quiet`, the open deals untouched for
    QUIET_DAYS as of the period's end (or today, if sooner)."""
    as_of = end_of(min(period.end, book.today))
    now = end_of(book.today)
    notes_by_week: dict[date, list[ReportNote]] = {}
    monday_of: dict[date, date] = {}
    for n in book.notes:  # one pass, each note to its week
        if period.contains(n.occurred_at):
            day = n.occurred_at.date()
            monday = monday_of.get(day)
            if monday is None:
                monday = monday_of[day] = day - timedelta(days=day.weekday())
            notes_by_week.setdefault(monday, []).append(n)
    visits_by_week: dict[date, list[ReportVisit]] = {}
    for v in book.visits:
        if period.contains(v.planned_at) and v.planned_at <= now:
            visits_by_week.setdefault(week_of(v.planned_at.date()).start, []).append(v)
    weeks = []
    monday = week_of(period.start).start
    while monday <= period.end:
        week = Period(monday, monday + timedelta(days=6))
        weeks.append(ActivityWeek(week, tuple(notes_by_week.get(monday, ())), tuple(visits_by_week.get(monday, ()))))
        monday += timedelta(days=7)
    if not with_quiet:
        return Activity(period, tuple(weeks), ())
    if book.note_touch is not None:  # the last note per deal, worked out by the query
        last_note = {d: t for d, t in book.note_touch.items() if t <= as_of}
    else:
        last_note = {}
        for n in book.notes:
            if n.deal_id is not None and n.occurred_at <= as_of:
                last_note[n.deal_id] = max(last_note.get(n.deal_id, n.occurred_at), n.occurred_at)
    last_visit: dict[int, datetime] = {}
    for v in book.visits:
        if v.planned_at <= as_of:
            last_visit[v.deal_id] = max(last_visit.get(v.deal_id, v.planned_at), v.planned_at)
    quiet = []
    for deal in book.deals:
        if book.kind(deal.stage_id) != StageKind.OPEN or deal.created_at > as_of:
            continue
        days = (as_of.date() - last_touch(deal, last_note, last_visit).date()).days
        if days >= QUIET_DAYS:
            quiet.append((deal, days))
    return Activity(period, tuple(weeks), tuple(sorted(quiet, key=lambda x: (-x[1], x[0].id))))


def week_label(week: Period) -> date:
    return week.start
