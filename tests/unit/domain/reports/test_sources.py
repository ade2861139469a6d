from datetime import date

from desktop.domain.reports.period import Period
from desktop.domain.reports.sources import sources
from tests.unit.domain.reports.handmade import LEAD, LOST, WON, book, deal

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


def test_per_source_and_partner():
    b = book(
        deal(1, [(LEAD, "2026-01-01"), (WON, "2026-04-08")], 200_000, lead_source="转介绍", referrer_id=7),  # 97 days
        deal(2, [(LEAD, "2026-02-01"), (LOST, "2026-03-01")], 100_000, lead_source="转介绍", referrer_id=7),
        deal(3, [(LEAD, "2026-01-10"), (WON, "2026-01-31")], 50_000, lead_source="展会"),  # 21 days
        deal(4, [(LEAD, "2026-05-01")], 50_000, lead_source="展会"),
        deal(5, [(LEAD, "2026-05-01")], 50_000),
    )
    s = sources(b, H1)
    rows = {r.key: r for r in s.sources}
    ref = rows["转介绍"]
    assert len(ref.new) == 2 and len(ref.won) == 1 and len(ref.lost) == 1
    assert ref.rate == 0.5 and ref.won_amounts.get() == 200_000 and ref.median_days == 97
    fair = rows["展会"]
    assert len(fair.new) == 2 and fair.rate == 1.0 and fair.median_days == 21
    assert rows[""].rate is None  # no source said, nothing closed: "—"
    assert [(r.key, len(r.new), len(r.won)) for r in s.partners] == [(7, 2, 1)]
