"""Win rate, 单产, cycle and velocity on hand-made books, with the arithmetic written out."""

from datetime import date

from desktop.domain.reports.period import Period
from desktop.domain.reports.winrate import trend, win_rate
from tests.unit.domain.reports.handmade import (
    CALL,
    DISC,
    HOLD,
    LEAD,
    LOST,
    NEGO,
    WON,
    book,
    deal,
)

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


def test_win_rate_by_count_and_amount_and_velocity():
    b = book(
        deal(1, [(LEAD, "2026-01-05"), (NEGO, "2026-01-20"), (WON, "2026-02-04")], 300_000),  # 30 days
        deal(2, [(LEAD, "2026-01-10"), (WON, "2026-03-01")], 100_000),  # 50 days
        deal(3, [(LEAD, "2026-01-10"), (LOST, "2026-02-01")], 200_000, lost_reason_id=1),
        deal(4, [(LEAD, "2026-02-01"), (DISC, "2026-02-10")], 50_000),  # open at the end of Q1
        deal(5, [(LEAD, "2025-12-01"), (CALL, "2026-03-01")], None),  # open, no amount
        deal(6, [(LEAD, "2026-01-01"), (HOLD, "2026-02-01")], 80_000),  # on hold: not lost
    )
    r = win_rate(b, Q1)
    assert [d.id for d in r.won] == [1, 2] and [d.id for d in r.lost] == [3]
    assert r.rate == 2 / 3  # 2 won ÷ (2 won + 1 lost)
    assert r.rate_by_amount() == 400_000 / 600_000  # (300k + 100k) ÷ (300k + 100k + 200k)
    assert r.average_won() == 200_000  # (300k + 100k) ÷ 2
    assert r.median_won() == 200_000
    assert r.median_cycle_days == 40  # median(30, 50)
    assert {d.id for d in r.open_at_end} == {4, 5}
    # velocity = 2 open × 2/3 × ¥200,000 ÷ 40 days = ¥6,666.67 a day
    assert round(r.velocity, 2) == round(2 * (2 / 3) * 200_000 / 40, 2)


def test_no_deals_closed_gives_no_rate_never_zero():
    r = win_rate(book(deal(1, [(LEAD, "2026-01-05")])), Q1)
    assert r.rate is None and r.rate_by_amount() is None
    assert r.average_won() is None and r.median_cycle_days is None and r.velocity is None
    empty = win_rate(book(), Q1)
    assert empty.rate is None and empty.velocity is None


def test_won_at_2359_on_the_last_day_is_in_the_period():
    b = book(deal(1, [(LEAD, "2026-01-05"), (WON, "2026-03-31 23:59")]),
             deal(2, [(LEAD, "2026-01-05"), (WON, "2026-04-01 00:00")]))
    assert [d.id for d in win_rate(b, Q1).won] == [1]


def test_reopened_after_lost_counts_where_it_ended():
    # lost in February, reopened in March, won in May: not lost in Q1, won in Q2
    d = deal(1, [(LEAD, "2026-01-05"), (LOST, "2026-02-01"), (CALL, "2026-03-01"), (WON, "2026-05-01")])
    assert win_rate(book(d), Q1).lost == ()
    assert [x.id for x in win_rate(book(d), Period(date(2026, 4, 1), date(2026, 6, 30))).won] == [1]
    # lost, reopened and still open: neither won nor lost anywhere
    still_open = deal(2, [(LEAD, "2026-01-05"), (LOST, "2026-02-01"), (CALL, "2026-03-01")])
    assert win_rate(book(still_open), Q1).rate is None


def test_amounts_in_other_currencies_are_never_added():
    b = book(deal(1, [(LEAD, "2026-01-05"), (WON, "2026-02-01")], 100_000),
             deal(2, [(LEAD, "2026-01-05"), (WON, "2026-02-01")], 10_000, currency="USD"),
             deal(3, [(LEAD, "2026-01-05"), (WON, "2026-02-01")], None))
    r = win_rate(b, Q1)
    assert r.currency == "CNY"
    assert r.won_amounts.totals == (("CNY", 100_000), ("USD", 10_000))
    assert r.won_amounts.missing == 1  # counted as a win, left out of the sums
    assert r.rate == 1.0 and len(r.won) == 3
    assert r.average_won() == 100_000 and r.average_won("USD") == 10_000


def test_trend_has_twelve_months_ending_with_the_period():
    b = book(deal(1, [(LEAD, "2026-01-05"), (WON, "2026-02-01")], 100_000),
             deal(2, [(LEAD, "2026-01-05"), (LOST, "2026-02-11")], 100_000))
    months = trend(b, Q1)
    assert len(months) == 12
    assert months[0].period.start == date(2025, 4, 1) and months[-1].period.end == date(2026, 3, 31)
    feb = months[-2]
    assert feb.rate == 0.5 and feb.won_amount == 100_000
    assert months[0].rate is None  # nothing closed: "—"
