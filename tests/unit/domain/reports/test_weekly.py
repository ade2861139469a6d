from datetime import date, datetime

from desktop.domain.reports.book import ReportNote, ReportStep, ReportVisit
from desktop.domain.reports.weekly import weekly_report
from tests.unit.domain.reports.handmade import CALL, DISC, LEAD, LOST, WON, book, deal


def test_this_week_and_next():
    deals = (deal(1, [(LEAD, "2026-10-01"), (CALL, "2026-11-16"), (DISC, "2026-11-18")]),
             deal(2, [(LEAD, "2026-10-01"), (WON, "2026-11-19")]),
             deal(3, [(LEAD, "2026-10-01"), (LOST, "2026-11-22 23:59")]),
             deal(4, [(LEAD, "2026-10-01"), (WON, "2026-11-13")]))  # last week
    visits = (ReportVisit(1, 1, datetime(2026, 11, 17, 9)), ReportVisit(2, 1, datetime(2026, 11, 24, 9)),
              ReportVisit(3, 2, datetime(2026, 12, 1, 9)))
    notes = (ReportNote(1, 1, 1, datetime(2026, 11, 17, 11), goal="首访"),)
    steps = (ReportStep(1, 1, "发报价", due=date(2026, 11, 27)), ReportStep(2, 1, "later", due=date(2026, 12, 5)),
             ReportStep(3, 1, "done", due=date(2026, 11, 25), done_at=datetime(2026, 11, 19)),
             ReportStep(4, 1, "long overdue", due=date(2026, 10, 1)))  # before this week: not in it
    w = weekly_report(book(*deals, visits=visits, notes=notes, steps=steps), date(2026, 11, 20))
    assert (w.week.start, w.week.end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert [v.id for v, _ in w.visits] == [1]
    assert [n.id for n in w.notes] == [1]
    assert [(m.deal.id, m.to_stage_id) for m in w.moved] == [(1, CALL), (1, DISC)]
    assert [d.id for d in w.won] == [2] and [d.id for d in w.lost] == [3]
    assert [v.id for v, _ in w.planned_visits] == [2]
    assert [s.id for s, _ in w.steps] == [1]
