"""What is due when, given a controlled clock and the settings (no waiting, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop.domain.calendar import CollectionFacts, VisitFacts
from desktop.domain.clock import FixedClock
from desktop.domain.reminders import (
    IDLE_CHECK,
    DayFacts,
    NoticeKind,
    ReminderSettings,
    due_notices,
    minutes_until,
    next_check,
)

DAY = date(2026, 11, 20)
VISIT = VisitFacts(4, datetime(2026, 11, 20, 14, 0), "华东精密", "MES", "苏州", "确认 POC")
FACTS = DayFacts(DAY, visits=(VISIT,), steps_due_today=2, overdue=1)
ON = ReminderSettings()


def _kinds(now, facts=FACTS, settings=ON, shown=frozenset()):
    return [n.kind for n in due_notices(now, facts, settings, shown)]


def test_a_day_with_a_controlled_clock():
    clock = FixedClock(datetime(2026, 11, 20, 7, 0))
    shown: set[str] = set()
    seen: list[tuple[datetime, NoticeKind]] = []
    # Tick the way the app does: ask, show, then sleep until next_check — over a whole day.
    while clock() < datetime(2026, 11, 20, 23, 59):
        for notice in due_notices(clock(), FACTS, ON, shown):
            shown.add(notice.key)
            seen.append((clock(), notice.kind))
        clock.now = next_check(clock(), FACTS, ON, shown)
    assert seen == [(datetime(2026, 11, 20, 8, 30), NoticeKind.MORNING),
                    (datetime(2026, 11, 20, 13, 30), NoticeKind.VISIT)]


def test_the_morning_summary_says_what_the_day_holds():
    [notice] = due_notices(datetime(2026, 11, 20, 8, 30), FACTS, ON)
    assert (notice.visits_today, notice.steps_due_today, notice.overdue) == (1, 2, 1)
    assert notice.visit == VISIT
    # started later in the day: still shown once; a quiet day shows nothing
    assert _kinds(datetime(2026, 11, 20, 11, 0)) == [NoticeKind.MORNING]
    assert _kinds(datetime(2026, 11, 20, 11, 0), facts=DayFacts(DAY)) == []
    assert _kinds(datetime(2026, 11, 20, 8, 29)) == []


def test_a_visit_is_announced_in_its_window_only():
    shown = frozenset({"morning-2026-11-20"})
    assert _kinds(datetime(2026, 11, 20, 13, 29), shown=shown) == []
    assert _kinds(datetime(2026, 11, 20, 13, 30), shown=shown) == [NoticeKind.VISIT]
    assert _kinds(datetime(2026, 11, 20, 13, 59), shown=shown) == [NoticeKind.VISIT]
    assert _kinds(datetime(2026, 11, 20, 14, 0), shown=shown) == []  # under way: too late
    early = ReminderSettings(visit_minutes=90)
    assert _kinds(datetime(2026, 11, 20, 12, 30), settings=early, shown=shown) == [NoticeKind.VISIT]


def test_a_moved_visit_is_announced_again():
    shown = {"morning-2026-11-20"}
    [first] = due_notices(datetime(2026, 11, 20, 13, 40), FACTS, ON, shown)
    shown.add(first.key)
    moved = DayFacts(DAY, visits=(VisitFacts(4, datetime(2026, 11, 20, 16, 0), "华东精密", "MES"),))
    assert _kinds(datetime(2026, 11, 20, 13, 45), facts=moved, shown=shown) == []
    assert _kinds(datetime(2026, 11, 20, 15, 30), facts=moved, shown=shown) == [NoticeKind.VISIT]


def test_settings_turn_each_kind_off():
    at = datetime(2026, 11, 20, 13, 40)
    assert _kinds(at, settings=ReminderSettings(enabled=False)) == []
    assert _kinds(at, settings=ReminderSettings(morning=False)) == [NoticeKind.VISIT]
    assert _kinds(at, settings=ReminderSettings(visit_minutes=0)) == [NoticeKind.MORNING]
    late_morning = ReminderSettings(morning_at=time(14, 0))
    assert _kinds(at, settings=late_morning) == [NoticeKind.VISIT]


def test_collections_due_once_a_day():
    money = CollectionFacts(1, DAY - timedelta(days=3), "华东精密", "MES", "尾款")
    facts = DayFacts(DAY, collections=(money,))
    [notice] = due_notices(datetime(2026, 11, 20, 9, 0), facts, ON)
    assert notice.kind == NoticeKind.COLLECTIONS and notice.collections == (money,)
    assert due_notices(datetime(2026, 11, 20, 9, 5), facts, ON, {notice.key}) == []
    assert _kinds(datetime(2026, 11, 20, 9, 0), facts=facts,
                  settings=ReminderSettings(collections=False)) == []


def test_next_check_wakes_for_the_next_due_moment_or_idles():
    assert next_check(datetime(2026, 11, 20, 8, 28), FACTS, ON) == datetime(2026, 11, 20, 8, 30)
    assert next_check(datetime(2026, 11, 20, 13, 28), FACTS, ON) == datetime(2026, 11, 20, 13, 30)
    assert next_check(datetime(2026, 11, 20, 10, 0), FACTS, ON) == datetime(2026, 11, 20, 10, 0) + IDLE_CHECK
    assert next_check(datetime(2026, 11, 20, 23, 58), DayFacts(DAY), ON) == datetime(2026, 11, 21)
    off = ReminderSettings(enabled=False)
    assert next_check(datetime(2026, 11, 20, 13, 28), FACTS, off) == datetime(2026, 11, 20, 13, 28) + IDLE_CHECK


def test_minutes_until_rounds_up():
    assert minutes_until(datetime(2026, 11, 20, 13, 30, 20), datetime(2026, 11, 20, 14)) == 30
    assert minutes_until(datetime(2026, 11, 20, 14, 1), datetime(2026, 11, 20, 14)) == 0
