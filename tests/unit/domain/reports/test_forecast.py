"""Forecast: weighted by probability, by month of expected close, Commit / Best case / Pipeline."""

from datetime import date

from desktop.domain.reports.forecast import Category, forecast
from tests.unit.domain.reports.handmade import (
    DISC,
    HOLD,
    LEAD,
    LOST,
    NEGO,
    PROOF,
    WON,
    book,
    deal,
)


def test_weighted_by_month_and_category():
    # today is 2026-11-20: the months are November 2026 … April 2027
    b = book(
        deal(1, [(LEAD, "2026-10-01"), (NEGO, "2026-11-01")], 100_000, expected_close=date(2026, 11, 30)),
        deal(2, [(LEAD, "2026-10-01"), (PROOF, "2026-11-01")], 200_000, expected_close=date(2026, 12, 15)),
        deal(3, [(LEAD, "2026-10-01"), (DISC, "2026-11-01")], 50_000, expected_close=date(2026, 12, 1),
             probability_override=30),
        deal(4, [(LEAD, "2026-10-01")], 80_000, expected_close=date(2026, 11, 1)),  # slipped
        deal(5, [(LEAD, "2026-10-01")], 80_000),  # no date
        deal(6, [(LEAD, "2026-10-01")], 80_000, expected_close=date(2027, 6, 1)),  # after April
        deal(7, [(LEAD, "2026-10-01"), (WON, "2026-11-02")], 999, expected_close=date(2026, 11, 30)),
        deal(8, [(LEAD, "2026-10-01"), (HOLD, "2026-11-02")], 999, expected_close=date(2026, 11, 30)),
        deal(9, [(LEAD, "2026-10-01"), (LOST, "2026-11-02")], 999, expected_close=date(2026, 11, 30)),
        deal(10, [(LEAD, "2026-10-01"), (NEGO, "2026-11-01")], None, expected_close=date(2026, 11, 25)),
    )
    f = forecast(b)
    assert f.months[0].month == date(2026, 11, 1) and len(f.months) == 6
    nov, dec = f.months[0], f.months[1]
    assert [x.deal.id for x in nov.deals] == [10, 1]
    assert nov.weighted(Category.COMMIT) == 100_000 * 0.8  # negotiation is Commit, 80 %
    assert nov.weighted() == 80_000  # deal 10 has no amount: counted, not summed
    assert f.without_amount == 1
    # December: proof 60 % is Best case (≥ 50 %), discovery overridden to 30 % is Pipeline
    assert dec.weighted(Category.BEST_CASE) == 200_000 * 0.6
    assert dec.weighted(Category.PIPELINE) == 50_000 * 0.3
    assert dec.weighted() == 120_000 + 15_000
    assert [x.deal.id for x in f.slipped] == [4]
    assert [x.deal.id for x in f.undated] == [5]
    assert [x.deal.id for x in f.later] == [6]
    assert all(x.deal.id not in (7, 8, 9) for x in f.deals())  # won, on hold and lost are not open


def test_no_open_deals():
    f = forecast(book())
    assert all(m.weighted() == 0 and m.deals == () for m in f.months)
    assert f.slipped == () and f.without_amount == 0


def test_other_currencies_are_apart():
    b = book(deal(1, [(LEAD, "2026-10-01"), (NEGO, "2026-11-01")], 100_000, expected_close=date(2026, 12, 1)),
             deal(2, [(LEAD, "2026-10-01"), (NEGO, "2026-11-01")], 10_000, currency="USD",
                  expected_close=date(2026, 12, 1)))
    f = forecast(b)
    assert f.currency == "CNY"
    assert f.months[1].weighted() == 80_000
    assert f.other_currencies == (("USD", 8_000.0),)
