"""The revenue formula with the seller's numbers, against the previous period."""

import math
from datetime import date

from desktop.domain.reports.formula import Factor, formula
from desktop.domain.reports.period import Period
from tests.unit.domain.reports.handmade import CALL, LEAD, LOST, WON, book, deal

Q2 = Period(date(2026, 4, 1), date(2026, 6, 30))


def test_factors_product_and_what_moved_most():
    b = book(
        # Q1 (previous): 2 leads, 1 went past lead; 1 won ¥100k of 2 closed
        deal(1, [(LEAD, "2026-01-05"), (CALL, "2026-01-20"), (WON, "2026-03-01")], 100_000),
        deal(2, [(LEAD, "2026-02-05"), (LOST, "2026-03-01")], 100_000),
        # Q2 (current): 4 leads, 2 went past lead; 2 won of 3 closed, ¥300k and ¥500k
        deal(3, [(LEAD, "2026-04-01"), (CALL, "2026-04-10"), (WON, "2026-05-01")], 300_000),
        deal(4, [(LEAD, "2026-04-01"), (CALL, "2026-04-10"), (WON, "2026-06-30 23:59")], 500_000),
        deal(5, [(LEAD, "2026-04-01"), (LOST, "2026-05-01")], 100_000),
        deal(6, [(LEAD, "2026-05-01")], 100_000),
    )
    f = formula(b, Q2)
    cur, prev = f.current, f.previous
    assert prev.period == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert cur.factor(Factor.LEADS) == 4 and prev.factor(Factor.LEADS) == 2
    # deals 3 and 4 went past lead; 5 went straight to lost (never past the first stage)
    assert cur.factor(Factor.CONVERSION) == 2 / 4 and prev.factor(Factor.CONVERSION) == 1 / 2
    assert cur.factor(Factor.WIN_RATE) == 2 / 3 and prev.factor(Factor.WIN_RATE) == 1 / 2
    assert cur.factor(Factor.AVERAGE_WON) == 400_000 and prev.factor(Factor.AVERAGE_WON) == 100_000
    assert cur.factor(Factor.COLLECTION) is None  # collections not tracked: not in the formula
    assert cur.factors() == (Factor.LEADS, Factor.CONVERSION, Factor.WIN_RATE, Factor.AVERAGE_WON)
    # 4 × 1/2 × 2/3 × ¥400,000 = ¥533,333; actual won ¥800,000
    assert math.isclose(cur.product, 4 * 0.5 * (2 / 3) * 400_000)
    assert cur.actual == 800_000
    # ln ratios: leads ln 2 = 0.69, conversion 0, win rate ln(4/3) = 0.29, 单产 ln 4 = 1.39
    assert math.isclose(f.moved(Factor.AVERAGE_WON), math.log(4))
    assert f.moved(Factor.CONVERSION) == 0
    assert f.moved_most == Factor.AVERAGE_WON


def test_collections_enter_when_tracked():
    b = book(deal(1, [(LEAD, "2026-04-05"), (CALL, "2026-04-06"), (WON, "2026-05-01")], 200_000),
             deal(2, [(LEAD, "2026-04-05"), (CALL, "2026-04-06"), (WON, "2026-05-02")], 100_000))
    # deal 1 has a contract with ¥150,000 collected; deal 2 has no contract yet
    f = formula(b, Q2, collected={1: 150_000, 99: 5_000})
    assert f.current.factor(Factor.COLLECTION) == 0.75  # 150k ÷ 200k (deal 2 left out: no contract)
    assert f.current.with_contract == 1 and f.current.won_count == 2
    assert Factor.COLLECTION in f.current.factors()
    # 2 leads × 100 % × 100 % × ¥150,000 average × 75 %
    assert f.current.product == 2 * 1 * 1 * 150_000 * 0.75
    assert f.current.actual == 150_000
    assert f.previous.factor(Factor.COLLECTION) is None  # nothing won before: nothing to divide


def test_an_empty_book_has_no_product_and_nothing_moved():
    f = formula(book(), Q2)
    assert f.current.factor(Factor.LEADS) == 0
    assert f.current.factor(Factor.CONVERSION) is None and f.current.product is None
    assert f.moved_most is None
