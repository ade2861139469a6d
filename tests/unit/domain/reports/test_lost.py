from datetime import date

from desktop.domain.reports.lost import NO_COMPETITOR, NO_REASON, lost_review
from desktop.domain.reports.period import Period
from tests.unit.domain.reports.handmade import CALL, HOLD, LEAD, LOST, NEGO, SOL, book, deal

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


def test_by_reason_stage_and_competitor():
    b = book(
        deal(1, [(LEAD, "2026-01-01"), (NEGO, "2026-01-10"), (LOST, "2026-02-01")], 300_000,
             lost_reason_id=1, competitors="华为、用友"),
        deal(2, [(LEAD, "2026-01-01"), (NEGO, "2026-01-10"), (LOST, "2026-02-01")], 100_000,
             lost_reason_id=1, competitors="用友", lost_reason_text="对方便宜30%"),
        deal(3, [(LEAD, "2026-01-01"), (SOL, "2026-01-10"), (LOST, "2026-03-01")], None,
             lost_reason_text="客户说不需要了"),
        deal(4, [(LEAD, "2026-01-01"), (HOLD, "2026-02-01")]),  # on hold: not lost
        deal(5, [(LEAD, "2026-01-01"), (LOST, "2026-02-01"), (CALL, "2026-03-01")]),  # reopened
    )
    r = lost_review(b, Q1)
    assert [d.id for d in r.deals] == [1, 2, 3]
    assert r.amounts.get() == 400_000 and r.amounts.missing == 1
    reasons = {g.key: [d.id for d in g.deals] for g in r.by_reason}
    assert reasons == {1: [1, 2], NO_REASON: [3]}
    assert r.by_reason[0].amounts.get() == 300_000 + 100_000
    assert {g.key: len(g.deals) for g in r.by_stage} == {NEGO: 2, SOL: 1}
    competitors = {g.key: [d.id for d in g.deals] for g in r.by_competitor}
    assert competitors == {"用友": [1, 2], "华为": [1], NO_COMPETITOR: [3]}


def test_nothing_lost():
    r = lost_review(book(deal(1, [(LEAD, "2026-01-01")])), Q1)
    assert r.deals == () and r.by_reason == () and r.amounts.get() == 0


def test_a_reason_whose_deals_have_no_amount_sums_to_nothing_not_zero():
    from desktop.domain.reports.overview import all_reports
    from desktop.domain.reports.tables import report_tables

    b = book(deal(1, [(LEAD, "2026-01-01"), (LOST, "2026-02-01")], None, lost_reason_id=2))
    table = report_tables(all_reports(b, Q1), "lost", "en")[0]
    assert table.rows[0].cells[1:] == (1, None)  # counted once, no sum
    assert table.text(0, 2, "en") == "—"
