from datetime import date, datetime

from desktop.domain.reports.activity import activity
from desktop.domain.reports.book import ReportNote, ReportVisit
from desktop.domain.reports.period import Period
from tests.unit.domain.reports.handmade import LEAD, WON, book, deal

NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_weeks_and_quiet_deals():
    deals = (deal(1, [(LEAD, "2026-09-01")]), deal(2, [(LEAD, "2026-09-01")]),
             deal(3, [(LEAD, "2026-11-10")]), deal(4, [(LEAD, "2026-01-01"), (WON, "2026-02-01")]))
    notes = (ReportNote(1, 1, 1, datetime(2026, 11, 3, 10)), ReportNote(2, 1, 2, datetime(2026, 10, 1, 10)),
             ReportNote(3, 1, None, datetime(2026, 11, 4, 10)))
    visits = (ReportVisit(1, 1, datetime(2026, 11, 17, 9)),  # this week, already held (today is the 20th)
              ReportVisit(2, 2, datetime(2026, 11, 25, 9)))  # next week: not activity yet
    a = activity(book(*deals, notes=notes, visits=visits), NOV)
    # November 2026 touches 6 weeks: from Monday 26 Oct to Sunday 6 Dec
    assert len(a.weeks) == 6 and a.weeks[0].week.start == date(2026, 10, 26)
    # 3 and 4 Nov fall in the week of Monday 2 Nov; the 1 Oct note is outside November
    assert [len(w.notes) for w in a.weeks] == [0, 2, 0, 0, 0, 0]
    assert [len(w.visits) for w in a.weeks] == [0, 0, 0, 1, 0, 0]
    assert a.note_count == 2 and a.visit_count == 1
    # as of today (20 Nov): deal 1 last touched 17 Nov (3 days); deal 2 on 1 Oct (50 days);
    # deal 3 created 10 Nov, never touched (10 days); deal 4 is won
    assert [(d.id, days) for d, days in a.quiet] == [(2, 50)]
