"""Which events a calendar holds and at which times (plain data, no book)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desktop.domain.calendar import (
    Attendee,
    CalendarOptions,
    CollectionFacts,
    EntryKind,
    StepFacts,
    VisitFacts,
    calendar_entries,
    export_range,
)

VISIT = VisitFacts(7, datetime(2026, 11, 24, 14, 0), "华东精密制造集团", "MES 升级", "苏州 3 号楼",
                   "确认 POC 范围", (Attendee("李敏", "财务总监"), Attendee("张伟")))
STEP = StepFacts(3, date(2026, 11, 24), "发报价单", "华东精密制造集团", "MES 升级", "我方")
MONEY = CollectionFacts(9, date(2026, 11, 30), "华东精密制造集团", "MES 升级", "尾款")


def test_a_visit_is_a_timed_event_with_an_alarm_half_an_hour_before():
    [entry] = calendar_entries([VISIT])
    assert entry.kind == EntryKind.VISIT and not entry.all_day
    assert (entry.start, entry.end) == (datetime(2026, 11, 24, 14), datetime(2026, 11, 24, 15))
    assert entry.alarm == -timedelta(minutes=30)
    assert entry.summary == "拜访：华东精密制造集团 — 确认 POC 范围"
    assert entry.location == "苏州 3 号楼"
    assert "见面：李敏（财务总监）、张伟" in entry.description and "MES 升级" in entry.description
    assert entry.uid == "dealbrief-visit-7@dealbrief"


def test_a_next_step_is_an_all_day_event_with_an_alarm_at_nine():
    [entry] = calendar_entries(steps=[STEP], options=CalendarOptions(language="en"))
    assert entry.all_day and (entry.start, entry.end) == (date(2026, 11, 24), date(2026, 11, 25))
    assert entry.alarm == timedelta(hours=9)
    assert entry.summary == "发报价单 · 华东精密制造集团"
    assert "Who: 我方" in entry.description


def test_an_instalment_due_is_an_all_day_event():
    [entry] = calendar_entries(collections=[MONEY])
    assert entry.kind == EntryKind.COLLECTION and entry.start == date(2026, 11, 30)
    assert entry.summary == "回款到期：华东精密制造集团 · 尾款"


def test_alarms_follow_the_options():
    options = CalendarOptions(visit_alarm_minutes=None, day_alarm_at=time(8, 15))
    visit, step = calendar_entries([VISIT], [STEP], options=options)[::-1]
    assert visit.alarm is None and step.alarm == timedelta(hours=8, minutes=15)


def test_entries_by_day_all_day_ones_first():
    later = VisitFacts(8, datetime(2026, 11, 24, 9, 0), "B", "d")
    kinds = [e.kind for e in calendar_entries([VISIT, later], [STEP], [MONEY])]
    assert kinds == [EntryKind.NEXT_STEP, EntryKind.VISIT, EntryKind.VISIT, EntryKind.COLLECTION]


def test_export_range_counts_today():
    assert export_range(date(2026, 11, 20), 30) == (date(2026, 11, 20), date(2026, 12, 19))
    with pytest.raises(ValueError):
        export_range(date(2026, 11, 20), 0)
