"""What the app should remind the seller of, and when: plain rules over a clock and settings.

While the app runs, a timer asks `due_notices(now, facts, settings, shown)` what to show now and
`next_check(...)` when to ask again. Three kinds of notice:
- a visit is coming: `visit_minutes` before it starts (a visit already under way is not
  announced; one that was moved is announced again at its new time);
- the morning summary of the day's agenda (visits, steps due today, overdue), once a day, at
  `morning_at` or the first moment after it the app runs;
- collections due (instalments due today or overdue), once a day with the morning summary.
`shown` holds the keys of notices already shown, so each is shown once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop.domain.calendar import CollectionFacts, VisitFacts

IDLE_CHECK = timedelta(minutes=5)  # nothing scheduled: look again (the book may have changed)


class NoticeKind(StrEnum):
    VISIT = "visit"
    MORNING = "morning"
    COLLECTIONS = "collections"


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    visit_minutes: int = 30  # 0: no notice before visits
    morning: bool = True
    morning_at: time = time(8, 30)
    collections: bool = True


@dataclass(frozen=True)
class DayFacts:
    """What the book says about `today` and the hours ahead."""

    today: date
    visits: tuple[VisitFacts, ...] = ()  # today's and the next day's visits, by time
    steps_due_today: int = 0
    overdue: int = 0
    collections: tuple[CollectionFacts, ...] = ()  # instalments due today or earlier, unpaid

    @property
    def visits_today(self) -> tuple[VisitFacts, ...]:
        return tuple(v for v in self.visits if v.planned_at.date() == self.today)


@dataclass(frozen=True)
class Notice:
    key: str  # unique per notice, so it is shown once
    kind: NoticeKind
    visit: VisitFacts | None = None  # VISIT: the visit; MORNING: the day's first visit
    visits_today: int = 0
    steps_due_today: int = 0
    overdue: int = 0
    collections: tuple[CollectionFacts, ...] = field(default=())


def visit_key(visit: VisitFacts) -> str:
    return f"visit-{visit.id}-{visit.planned_at:%Y%m%dT%H%M}"


def _visit_window(visit: VisitFacts, settings: ReminderSettings) -> tuple[datetime, datetime]:
    return visit.planned_at - timedelta(minutes=settings.visit_minutes), visit.planned_at


def due_notices(now: datetime, facts: DayFacts, settings: ReminderSettings,
                shown: frozenset[str] | set[str] = frozenset()) -> list[Notice]:
    """The notices to show at `now` that were not shown yet, the day's summaries first."""
    if not settings.enabled:
        return []
    notices: list[Notice] = []
    day = now.date()
    morning_passed = now.time() >= settings.morning_at and day == facts.today
    if settings.morning and morning_passed:
        key = f"morning-{day.isoformat()}"
        today_visits = [v for v in facts.visits_today if v.planned_at >= now] or \
            list(facts.visits_today)
        if key not in shown and (facts.visits_today or facts.steps_due_today or facts.overdue):
            notices.append(Notice(key, NoticeKind.MORNING,
                                  visit=today_visits[0] if today_visits else None,
                                  visits_today=len(facts.visits_today),
                                  steps_due_today=facts.steps_due_today, overdue=facts.overdue))
    if settings.collections and morning_passed and facts.collections:
        key = f"collections-{day.isoformat()}"
        if key not in shown:
            notices.append(Notice(key, NoticeKind.COLLECTIONS, collections=facts.collections))
    if settings.visit_minutes > 0:
        for visit in facts.visits:
            start, end = _visit_window(visit, settings)
            if start <= now < end and visit_key(visit) not in shown:
                notices.append(Notice(visit_key(visit), NoticeKind.VISIT, visit=visit))
    return notices


def next_check(now: datetime, facts: DayFacts, settings: ReminderSettings,
               shown: frozenset[str] | set[str] = frozenset()) -> datetime:
    """When to ask `due_notices` again: the next moment a notice becomes due, or in
    IDLE_CHECK at the latest (visits are planned and moved while the app runs)."""
    latest = now + IDLE_CHECK
    if not settings.enabled:
        return latest
    moments = []
    morning = datetime.combine(now.date(), settings.morning_at)
    if (settings.morning or settings.collections) and morning > now:
        moments.append(morning)
    midnight = datetime.combine(now.date() + timedelta(days=1), time.min)
    moments.append(midnight)  # a new day: new facts
    if settings.visit_minutes > 0:
        for visit in facts.visits:
            start, _end = _visit_window(visit, settings)
            if start > now and visit_key(visit) not in shown:
                moments.append(start)
    return min([latest, *moments])


def minutes_until(now: datetime, then: datetime) -> int:
    """Whole minutes from `now` to `then`, rounded up (a visit at 14:00 seen at 13:30:20 is
    "in 30 minutes"), never below 0."""
    seconds = (then - now).total_seconds()
    return max(0, int(-(-seconds // 60)))
