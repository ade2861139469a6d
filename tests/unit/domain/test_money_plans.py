"""Exact money after the signature: plan arithmetic, status and reminders with a controlled
clock, matching payments to instalments, ageing (desktop.domain.money)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.money import (
    AgeBucket,
    AllocationError,
    InstalmentStatus,
    OpenInstalment,
    PlanLine,
    Receivable,
    age_bucket,
    ageing,
    allocate,
    check_plan,
    due_date,
    equal_split,
    expected_by_month,
    fen_input_text,
    format_fen,
    instalment_status,
    needs_reminder,
    outstanding_by_company,
    parse_fen,
    parse_percent,
    percent_text,
    share_of_collected,
)

YUAN = 100


def test_one_million_at_30_60_10_is_exact() -> None:
    check = check_plan(1_000_000 * YUAN, [PlanLine("预付款", 3000), PlanLine("验收款", 6000),
                                          PlanLine("质保金", 1000)])
    assert check.amounts == (300_000 * YUAN, 600_000 * YUAN, 100_000 * YUAN)
    assert check.balanced and check.rounding_line is None and check.rounding_fen == 0


def test_three_thirds_of_an_amount_not_divisible_by_three_give_the_last_the_cent() -> None:
    check = check_plan(10_000, [PlanLine("一", 3333), PlanLine("二", 3333), PlanLine("三", 3334)])
    assert check.amounts == (3333, 3333, 3334)
    check = check_plan(100_00, [PlanLine("a", 3333), PlanLine("b", 3333), PlanLine("c", 3334)])
    assert sum(check.amounts) == 100_00 and check.balanced
    # ¥1,000,000.01 in 33.33/33.33/33.34: rounded down, the left-over fen go to the last line
    check = check_plan(100_000_001, [PlanLine("a", 3333), PlanLine("b", 3333), PlanLine("c", 3334)])
    assert check.amounts == (33_330_000, 33_330_000, 33_340_001)
    assert check.rounding_line == 2 and check.rounding_fen == 1 and check.balanced


def test_equal_split_keeps_every_fen() -> None:
    assert equal_split(100_00, 3) == (3333, 3333, 3334)
    assert equal_split(1, 3) == (0, 0, 1)
    assert sum(equal_split(987_654_321, 7)) == 987_654_321


def test_percentages_that_do_not_add_to_100_are_said() -> None:
    check = check_plan(1_000_000, [PlanLine("a", 3000), PlanLine("b", 6000)])
    assert check.problems == ("percent_not_100",) and check.difference == 100_000
    over = check_plan(1_000_000, [PlanLine("a", 6000), PlanLine("b", 6000)])
    assert "percent_over" in over.problems


def test_amounts_that_do_not_add_to_the_contract_are_said() -> None:
    check = check_plan(1_000_000, [PlanLine("a", amount_fen=300_000), PlanLine("b", amount_fen=600_000)])
    assert check.problems == ("amounts_not_total",) and check.difference == 100_000
    mixed = check_plan(1_000_000, [PlanLine("a", amount_fen=300_000), PlanLine("b", 7000)])
    assert mixed.balanced and mixed.amounts == (300_000, 700_000)
    assert check_plan(1_000, []).problems == ("no_lines",)
    assert "line_empty" in check_plan(1_000, [PlanLine("x")]).problems


def test_due_date_fixed_or_after_a_milestone() -> None:
    assert due_date(date(2026, 3, 1), None, None) == date(2026, 3, 1)
    assert due_date(None, None, 30) is None  # 验收 has not happened
    assert due_date(None, date(2026, 3, 1), 30) == date(2026, 3, 31)


@pytest.mark.parametrize(("collected", "due", "void", "status"), [
    (0, date(2026, 12, 1), False, InstalmentStatus.PENDING),
    (500, date(2026, 12, 1), False, InstalmentStatus.PARTIAL),
    (1000, date(2026, 11, 1), False, InstalmentStatus.COLLECTED),
    (0, date(2026, 11, 19), False, InstalmentStatus.OVERDUE),
    (500, date(2026, 11, 19), False, InstalmentStatus.OVERDUE),
    (0, date(2026, 11, 20), False, InstalmentStatus.PENDING),  # due today is not late yet
    (0, None, False, InstalmentStatus.PENDING),
    (0, date(2026, 11, 1), True, InstalmentStatus.VOID),
])
def test_status_on_a_controlled_day(collected: int, due: date | None, void: bool,
                                    status: InstalmentStatus) -> None:
    assert instalment_status(1000, collected, due, date(2026, 11, 20), void) == status


def test_reminder_starts_n_days_before_and_stays_until_collected() -> None:
    due = date(2026, 12, 1)
    pending = InstalmentStatus.PENDING
    assert not needs_reminder(pending, due, 7, date(2026, 11, 23))
    assert needs_reminder(pending, due, 7, date(2026, 11, 24))
    assert needs_reminder(InstalmentStatus.OVERDUE, due, 7, date(2026, 12, 20))
    assert not needs_reminder(InstalmentStatus.COLLECTED, due, 7, date(2026, 11, 30))
    assert not needs_reminder(pending, None, 7, date(2026, 11, 30))


def test_one_payment_covers_several_instalments_oldest_first_the_last_partly() -> None:
    items = [OpenInstalment(2, 600, date(2026, 6, 1), 1), OpenInstalment(1, 300, date(2026, 3, 1), 0),
             OpenInstalment(3, 100, None, 2)]
    assert allocate(700, items, received_on=date(2026, 7, 1)) == {1: 300, 2: 400}
    assert allocate(1000, items, received_on=date(2026, 7, 1)) == {1: 300, 2: 600, 3: 100}


def test_what_is_due_on_the_day_goes_first_then_the_plan_in_order() -> None:
    items = [OpenInstalment(1, 300, date(2026, 9, 10), 0), OpenInstalment(2, 600, None, 1),
             OpenInstalment(3, 100, date(2027, 9, 1), 2), OpenInstalment(4, 50, date(2026, 8, 1), 3)]
    # on 2026-09-12: the two instalments already due (oldest first), then 验收款 before 质保金
    assert allocate(1000, items, received_on=date(2026, 9, 12)) == {4: 50, 1: 300, 2: 600, 3: 50}


def test_a_split_chosen_by_the_seller_is_checked() -> None:
    items = [OpenInstalment(1, 300), OpenInstalment(2, 600)]
    assert allocate(500, items, {2: 500}) == {2: 500}
    with pytest.raises(AllocationError) as err:
        allocate(500, items, {1: 400, 2: 100})
    assert err.value.code == "over_instalment" and err.value.limit == 300
    with pytest.raises(AllocationError) as err:
        allocate(500, items, {1: 100, 2: 100})
    assert err.value.code == "split_not_payment"


def test_a_payment_larger_than_what_is_due_or_not_positive_is_refused() -> None:
    with pytest.raises(AllocationError) as err:
        allocate(1000, [OpenInstalment(1, 300), OpenInstalment(2, 600)])
    assert (err.value.code, err.value.limit) == ("more_than_due", 900)
    with pytest.raises(AllocationError):
        allocate(0, [OpenInstalment(1, 300)])
    with pytest.raises(AllocationError):
        allocate(-5, [OpenInstalment(1, 300)])


def test_ageing_buckets_by_days_past_due() -> None:
    today = date(2026, 11, 20)
    assert age_bucket(date(2026, 11, 20), today) == AgeBucket.DAYS_0_30
    assert age_bucket(date(2026, 10, 21), today) == AgeBucket.DAYS_0_30  # 30 days
    assert age_bucket(date(2026, 10, 20), today) == AgeBucket.DAYS_31_60  # 31 days
    assert age_bucket(date(2026, 8, 22), today) == AgeBucket.DAYS_61_90  # 90 days
    assert age_bucket(date(2026, 8, 21), today) == AgeBucket.OVER_90
    assert age_bucket(date(2026, 12, 1), today) == AgeBucket.NOT_DUE
    items = [Receivable(1, 100, date(2026, 11, 1), "甲"), Receivable(2, 200, date(2026, 7, 1), "乙"),
             Receivable(3, 50, date(2027, 1, 5), "甲"), Receivable(4, 0, date(2026, 1, 1), "丙")]
    result = ageing(items, today)
    assert result.buckets[AgeBucket.DAYS_0_30] == 100 and result.buckets[AgeBucket.OVER_90] == 200
    assert result.total == 350 and result.overdue == 300
    assert expected_by_month(items, today) == [(date(2026, 11, 1), 300), (date(2027, 1, 1), 50)]
    assert outstanding_by_company(items) == [("乙", 200), ("甲", 150)]


def test_exact_amounts_are_read_and_written_without_float() -> None:
    assert parse_fen("1,234.56") == 123456
    assert parse_fen("¥30万") == 30_000_000
    assert parse_fen("12.5w") == 12_500_000
    assert parse_fen("0.1") + parse_fen("0.2") == parse_fen("0.3")
    assert parse_fen("") is None
    for bad in ("-5", "1.234", "abc", "1e400"):
        with pytest.raises(ValueError):
            parse_fen(bad)
    assert format_fen(33_333_333, "CNY", "en") == "¥333,333.33"
    assert format_fen(30_000_000, "CNY", "zh_CN") == "¥300,000"
    assert format_fen(30_000_000, "CNY", "zh_CN", compact=True) == "¥30万"
    assert parse_fen(fen_input_text(123_456_789)) == 123_456_789
    assert parse_percent("33.33%") == 3333 and percent_text(3333) == "33.33%"
    assert percent_text(3000) == "30%" and percent_text(1050) == "10.5%"
    for bad in ("0", "101", "33.333", "x"):
        with pytest.raises(ValueError):
            parse_percent(bad)


def test_a_fee_on_collection_follows_the_money() -> None:
    assert share_of_collected(10_000, 1_000_000, 300_000) == 3_000
    assert share_of_collected(10_000, 1_000_000, 1_000_000) == 10_000
    assert share_of_collected(10_000, 1_000_000, 0) == 0
    assert share_of_collected(10_000, 3, 1) == 3_333  # rounded down, never more than earned
