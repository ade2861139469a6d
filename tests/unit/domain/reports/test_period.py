from datetime import date, datetime

import pytest

from desktop.domain.reports.period import Period, Preset, preset_period, week_of


def test_presets_on_a_november_day():
    today = date(2026, 11, 20)
    assert preset_period(Preset.THIS_MONTH, today) == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert preset_period(Preset.THIS_QUARTER, today) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert preset_period(Preset.THIS_YEAR, today) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert preset_period(Preset.LAST_QUARTER, today) == Period(date(2026, 7, 1), date(2026, 9, 30))
    # 12 calendar months: December 2025 to November 2026
    assert preset_period(Preset.LAST_12_MONTHS, today) == Period(date(2025, 12, 1), date(2026, 11, 30))
    # last quarter in January is the previous year's Q4
    assert preset_period(Preset.LAST_QUARTER, date(2026, 1, 5)) == Period(date(2025, 10, 1), date(2025, 12, 31))


def test_previous_period_of_the_same_length():
    assert Period(date(2026, 3, 1), date(2026, 3, 31)).previous() == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period(date(2026, 1, 1), date(2026, 3, 31)).previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert Period(date(2026, 1, 1), date(2026, 12, 31)).previous() == Period(date(2025, 1, 1), date(2025, 12, 31))
    # a custom period of 10 days: the 10 days before
    assert Period(date(2026, 3, 11), date(2026, 3, 20)).previous() == Period(date(2026, 3, 1), date(2026, 3, 10))


def test_the_last_day_is_whole():
    period = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert period.contains(datetime(2026, 3, 31, 23, 59, 59))
    assert not period.contains(datetime(2026, 4, 1, 0, 0))
    assert period.contains(datetime(2026, 3, 1, 0, 0))


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_week_is_monday_to_sunday():
    assert week_of(date(2026, 11, 20)) == Period(date(2026, 11, 16), date(2026, 11, 22))
