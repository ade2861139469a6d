"""The calendar file parsed back with icalendar: events, alarms, zones, stable UIDs, nothing
internal in it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from desktop.domain.calendar import CalendarOptions
from desktop.domain.errors import NotFound
from desktop.services.ics import UnknownZone
from tests.printing_data import LEAK_MARKERS, add_full_deal

# What the calendar is meant to carry: the visit's goal and the step's text are the event.
MEANT = {"visit_goal", "internal_step", "internal_deal_step"}


def _parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_visits_and_steps_with_alarms_in_the_laptops_zone(services, tmp_path):
    ids = add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    out = tmp_path / "cal.ics"
    result = services.calendar.export(out, days=30, zone="Asia/Shanghai")
    cal = _parse(out)
    events = _events(cal)
    assert result.count == len(events) > 1
    visit = events[f"dealbrief-visit-{ids.visit}@dealbrief"]
    start = visit.decoded("DTSTART")
    assert start == datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert visit["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert visit.decoded("DTEND") - start == timedelta(hours=1)
    assert str(visit["LOCATION"]) == "苏州工业园区 华东精密 3 号楼会议室"
    assert "华东精密制造集团" in str(visit["SUMMARY"])
    assert "王建国（总经理）" in str(visit["DESCRIPTION"])
    [alarm] = visit.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=30) and str(alarm["ACTION"]) == "DISPLAY"
    # The zone travels with the file: a VTIMEZONE for Asia/Shanghai.
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    steps = [e for uid, e in events.items() if "next-step" in uid]
    assert steps and all(isinstance(e.decoded("DTSTART"), date)
                         and not isinstance(e.decoded("DTSTART"), datetime) for e in steps)
    assert all(e.walk("VALARM")[0].decoded("TRIGGER") == timedelta(hours=9) for e in steps)


def test_a_round_trip_keeps_the_moment_in_another_zone(services, tmp_path):
    add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    out = tmp_path / "cal.ics"
    services.calendar.export(out, days=30, zone="Asia/Shanghai")
    again = Calendar.from_ical(_parse(out).to_ical())
    [visit] = [e for e in again.walk("VEVENT") if "visit" in str(e["UID"])]
    # 14:00 in Shanghai is 07:00 in Berlin (winter time)
    assert visit.decoded("DTSTART").astimezone(ZoneInfo("Europe/Berlin")).hour == 7


def test_uids_are_the_same_across_two_exports(services, clock, tmp_path):
    add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    services.calendar.export(first, days=30, zone="Asia/Shanghai")
    clock.advance(hours=1)
    services.calendar.export(second, days=30, zone="Asia/Shanghai")
    assert _events(_parse(first)).keys() == _events(_parse(second)).keys()
    assert len(_events(_parse(first))) == len(_parse(first).walk("VEVENT"))  # no uid twice


def test_nothing_internal_reaches_the_file(services, tmp_path):
    add_full_deal(services, leak=True, visit_at=datetime(2026, 11, 24, 14, 0))
    out = tmp_path / "cal.ics"
    services.calendar.export(out, days=30, zone="Asia/Shanghai")
    text = "".join(str(e.get(k, "")) for e in _parse(out).walk("VEVENT")
                   for k in ("SUMMARY", "DESCRIPTION", "LOCATION"))
    raw = out.read_bytes().decode()
    assert "LEAK-VISITGOAL-7798" in text  # the visit's goal is meant to be there: the test can see
    for key, marker in LEAK_MARKERS.items():
        if key not in MEANT:
            assert marker not in text and marker[:8] + "\r\n" not in raw, key


def test_one_visit_alone_and_a_cancelled_one(services, tmp_path):
    ids = add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    out = tmp_path / "visit.ics"
    assert services.calendar.export_visit(ids.visit, out, zone="Asia/Shanghai").count == 1
    assert len(_parse(out).walk("VEVENT")) == 1
    services.deals.cancel_visit(ids.visit)
    with pytest.raises(NotFound):
        services.calendar.export_visit(ids.visit, out)


def test_done_steps_and_lost_deals_stay_out(services, tmp_path):
    ids = add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    steps = services.calendar.steps(date(2026, 11, 1), date(2026, 12, 31))
    services.deals.complete_next_step(steps[0].id)
    assert len(services.calendar.steps(date(2026, 11, 1), date(2026, 12, 31))) == len(steps) - 1
    lost = next(st for st in services.pipeline.stages() if st.kind == "lost")
    services.deals.move_stage(ids.deal, lost.id, lost_reason_text="价格")
    assert services.calendar.entries(date(2026, 11, 1), date(2026, 12, 31)) == []


def test_without_a_zone_the_times_float(services, tmp_path):
    add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    out = tmp_path / "cal.ics"
    services.calendar.export(out, days=30, zone=None, options=CalendarOptions(language="en"))
    [visit] = [e for e in _parse(out).walk("VEVENT") if "visit" in str(e["UID"])]
    assert visit.decoded("DTSTART") == datetime(2026, 11, 24, 14, 0)
    assert str(visit["SUMMARY"]).startswith("Visit: ")
    assert not _parse(out).walk("VTIMEZONE")


def test_unknown_zone_and_unwritable_folder_leave_nothing(services, tmp_path):
    add_full_deal(services)
    with pytest.raises(UnknownZone):
        services.calendar.export(tmp_path / "x.ics", zone="Mars/Olympus")
    assert not (tmp_path / "x.ics").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):  # a folder that cannot exist (works as root too)
        services.calendar.export(blocker / "x.ics", zone="Asia/Shanghai")
    assert blocker.read_text() == "not a folder"
    old = tmp_path / "old.ics"
    old.write_bytes(b"old")
    with pytest.raises(UnknownZone):
        services.calendar.export(old, zone="Mars/Olympus")
    assert old.read_bytes() == b"old"


def test_the_kept_file_is_rewritten_only_when_something_changed(services, clock, tmp_path):
    ids = add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    first = services.calendar.keep(tmp_path, zone="Asia/Shanghai")
    assert first.written and first.path == tmp_path / "dealbrief.ics"
    clock.advance(minutes=5)
    assert not services.calendar.keep(tmp_path, zone="Asia/Shanghai").written
    services.deals.update_visit(ids.visit, datetime(2026, 11, 24, 15, 0), place="新地点")
    assert services.calendar.keep(tmp_path, zone="Asia/Shanghai").written
    assert "新地点" in first.path.read_text(encoding="utf-8")
    assert oct(first.path.stat().st_mode & 0o777) == "0o600"


def test_overdue_count(services):
    add_full_deal(services, leak=True)
    # the leak variant adds an internal step due 19 Nov; the clock says 20 Nov
    assert services.calendar.overdue_count() >= 1
    assert services.calendar.overdue_count(date(2026, 1, 1)) == 0


def test_moving_a_step_returns_the_day_it_had(services):
    from desktop.domain.deals import DealRecord
    from desktop.domain.errors import ValidationFailed

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    step = services.deals.add_next_step(deal.id, "发报价", date(2026, 11, 18))
    assert services.deals.set_next_step_due(step.id, date(2026, 11, 23)) == date(2026, 11, 18)
    assert services.deals.next_step(step.id).due == date(2026, 11, 23)
    with pytest.raises(ValidationFailed):
        services.deals.set_next_step_due(step.id, "tomorrow")  # type: ignore[arg-type]
    services.deals.delete_next_step(step.id)
    with pytest.raises(NotFound):
        services.deals.set_next_step_due(step.id, None)


def test_day_facts_for_the_reminders(services, clock):
    from desktop.domain.deals import DealRecord

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.add_next_step(deal.id, "今天", clock().date())
    services.deals.add_next_step(deal.id, "过期", clock().date() - timedelta(days=1))
    services.deals.plan_visit(deal.id, datetime(2026, 11, 20, 14, 0), goal="今天下午")
    services.deals.plan_visit(deal.id, datetime(2026, 11, 21, 9, 0), goal="明早")
    services.deals.plan_visit(deal.id, datetime(2026, 11, 25, 9, 0), goal="下周")
    facts = services.calendar.day_facts()
    assert facts.today == date(2026, 11, 20)
    assert [v.goal for v in facts.visits] == ["今天下午", "明早"]
    assert [v.goal for v in facts.visits_today] == ["今天下午"]
    assert (facts.steps_due_today, facts.overdue, facts.collections) == (1, 1, ())


def test_instalments_due_are_in_the_calendar_and_the_reminders(services, clock, tmp_path):
    from desktop.domain.contracts import ContractRecord, InstalmentInput

    ids = add_full_deal(services, visit_at=datetime(2026, 11, 24, 14, 0))
    contract = services.money.save_contract(ContractRecord(
        deal_id=ids.deal, number="HT-1", signed_on=date(2026, 10, 1), amount_fen=100_000_00))
    services.money.save_plan(contract.id, [
        InstalmentInput("预付款", amount_fen=30_000_00, due_on=date(2026, 11, 18)),
        InstalmentInput("尾款", amount_fen=70_000_00, due_on=date(2026, 12, 5)),
    ])
    out = tmp_path / "cal.ics"
    services.calendar.export(out, days=30, zone="Asia/Shanghai")
    money = [e for e in _parse(out).walk("VEVENT") if "collection" in str(e["UID"])]
    assert [str(e["SUMMARY"]) for e in money] == ["回款到期：华东精密制造集团 · 尾款"]
    assert money[0].decoded("DTSTART") == date(2026, 12, 5)
    assert "70" not in str(money[0]["SUMMARY"]) + str(money[0]["DESCRIPTION"])  # no amount
    facts = services.calendar.day_facts()
    assert [c.label for c in facts.collections] == ["预付款"]  # overdue since 18 Nov


def test_a_summer_time_zone_travels_in_the_file(services, tmp_path):
    """The VTIMEZONE itself (not only the TZID's name) gives each visit its offset."""
    ids = add_full_deal(services, visit_at=datetime(2027, 7, 1, 14, 0))
    services.deals.plan_visit(ids.deal, datetime(2026, 12, 1, 14, 0), place="冬天")
    out = tmp_path / "cal.ics"
    services.calendar.export(out, first=date(2026, 11, 20), last=date(2027, 12, 31),
                             zone="Europe/Berlin")
    cal = _parse(out)
    [vtimezone] = cal.walk("VTIMEZONE")
    rules = vtimezone.to_tz()  # built from the component's own rules
    visits = sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT") if "visit" in str(e["UID"]))
    assert [v.replace(tzinfo=rules).utcoffset() for v in visits] == [timedelta(hours=1),
                                                                     timedelta(hours=2)]
