"""Tomorrow and next week, as Today's row actions mean them."""

from datetime import date

from desktop.domain.due_dates import next_week, tomorrow


def test_tomorrow_crosses_months_and_years():
    assert tomorrow(date(2026, 12, 31)) == date(2027, 1, 1)


def test_next_week_is_the_monday_after_any_day_of_this_week():
    monday = date(2026, 11, 16)
    for offset in range(7):  # Monday … Sunday of one week
        assert next_week(date(2026, 11, 16 + offset)) == date(2026, 11, 23), offset
    assert next_week(monday).weekday() == 0
