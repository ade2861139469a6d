"""Funnel from the stage history, with moves back, reopened deals and stalls."""

from datetime import date

from desktop.domain.reports.funnel import funnel
from desktop.domain.reports.period import Period
from tests.unit.domain.reports.handmade import (
    CALL,
    DISC,
    LEAD,
    LOST,
    NEGO,
    SOL,
    WON,
    book,
    deal,
)

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


def test_reached_went_on_and_drop_off_from_history():
    b = book(
        # lead → call → discovery → won (skips solution/proof/negotiation: passed through them)
        deal(1, [(LEAD, "2026-01-01"), (CALL, "2026-01-11"), (DISC, "2026-01-21"), (WON, "2026-02-20")]),
        # lead → call → lost
        deal(2, [(LEAD, "2026-01-01"), (CALL, "2026-01-05"), (LOST, "2026-02-01")]),
        # lead, still there
        deal(3, [(LEAD, "2026-03-01")]),
        # closed before Q1: not active
        deal(4, [(LEAD, "2025-10-01"), (WON, "2025-12-01")]),
    )
    f = funnel(b, Q1)
    assert {d.id for d in f.active} == {1, 2, 3}
    lead, call, disc, sol = f.steps[0], f.steps[1], f.steps[2], f.steps[3]
    assert len(lead.reached) == 3 and len(lead.went_on) == 2  # deals 1 and 2 went past lead
    assert lead.drop_off == 1 - 2 / 3
    assert len(call.reached) == 2 and len(call.went_on) == 1
    assert call.drop_off == 0.5
    assert len(disc.reached) == 1 and disc.drop_off == 0.0
    assert len(sol.reached) == 1  # deal 1 skipped solution on its way to won
    won_step = f.steps[-1]
    assert won_step.stage is None and len(won_step.reached) == 1
    # days in lead: deal 1 stayed 10, deal 2 stayed 4, deal 3 from 1 Mar to 31 Mar = 30 → median 10
    assert lead.median_days == 10
    assert [d.id for d in f.inflow] == [1, 2, 3]
    assert [m.deal.id for m in f.lost] == [2]


def test_moved_back_reopened_and_stalled():
    b = book(
        deal(1, [(LEAD, "2025-12-01"), (SOL, "2026-01-10"), (DISC, "2026-02-01")]),  # back
        deal(2, [(LEAD, "2025-12-01"), (LOST, "2026-01-10"), (CALL, "2026-02-01")]),  # reopened
        deal(3, [(LEAD, "2026-01-01"), (NEGO, "2026-01-15")]),  # in negotiation 75 days > 30
    )
    f = funnel(b, Q1)
    assert [m.deal.id for m in f.moved_back] == [1]
    assert [m.deal.id for m in f.reopened] == [2]
    assert [m.deal.id for m in f.lost] == [2]  # it was lost in January, and that move is listed
    # stalled at 31 March: deal 1 in discovery since 1 Feb = 58 days > 30; deal 3 in negotiation
    # since 15 Jan = 75 days > 30; deal 2 in first call since 1 Feb = 58 > 21
    assert {d.id: days for d, days in f.stalled} == {3: 75, 1: 58, 2: 58}


def test_no_deals_gives_no_drop_off():
    f = funnel(book(), Q1)
    assert all(step.drop_off is None and step.median_days is None for step in f.steps)
