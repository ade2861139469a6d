from datetime import date, datetime

from desktop.domain.deals import (
    DealRecord,
    NextStepRecord,
    StageKind,
    StageRecord,
    days_in_stage,
    effective_probability,
    is_overdue,
    is_stale,
    late_stage_ids,
    weighted_amount,
)

OPEN = StageRecord(id=1, key="discovery", position=2, probability=20, stale_after_days=30)


def test_days_in_stage_counts_whole_days_from_entering():
    assert days_in_stage(datetime(2026, 11, 1, 23, 59), date(2026, 11, 1)) == 0
    assert days_in_stage(datetime(2026, 11, 1, 23, 59), date(2026, 11, 2)) == 1
    assert days_in_stage(date(2026, 10, 1), date(2026, 11, 20)) == 50


def test_a_deal_is_stale_only_after_its_open_stage_limit_has_passed():
    assert not is_stale(OPEN, 30)
    assert is_stale(OPEN, 31)
    assert not is_stale(StageRecord(kind=StageKind.ON_HOLD, stale_after_days=1), 99)
    assert not is_stale(StageRecord(stale_after_days=None), 999)


def test_probability_comes_from_the_stage_unless_overridden():
    deal = DealRecord(amount=1_000_000)
    assert effective_probability(deal, OPEN) == 20
    assert weighted_amount(deal, OPEN) == 200_000
    assert effective_probability(DealRecord(probability_override=55), OPEN) == 55
    assert effective_probability(DealRecord(probability_override=55), StageRecord(kind=StageKind.WON)) == 100
    assert effective_probability(DealRecord(probability_override=55), StageRecord(kind=StageKind.LOST)) == 0


def test_overdue_means_open_with_a_due_date_before_today():
    today = date(2026, 11, 20)
    assert is_overdue(NextStepRecord(due=date(2026, 11, 19)), today)
    assert not is_overdue(NextStepRecord(due=today), today)
    assert not is_overdue(NextStepRecord(due=None), today)
    assert not is_overdue(NextStepRecord(due=date(2026, 11, 1), done_at=datetime(2026, 11, 2)), today)
    assert not is_overdue(None, today)


def test_late_stages_are_the_later_half_of_the_open_ones():
    stages = [StageRecord(id=i, position=i) for i in range(6)] + [StageRecord(id=9, position=9, kind=StageKind.WON)]
    assert late_stage_ids(stages) == {3, 4, 5}
