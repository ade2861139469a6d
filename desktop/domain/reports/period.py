"""Report periods: whole days, both ends included, and the previous period of the same length."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Preset(StrEnum):
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    LAST_QUARTER = "last_quarter"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start} … {self.end}")
        # The first and last moments, for the many `contains` of a report (kept off the fields).
        object.__setattr__(self, "_first", datetime.combine(self.start, time.min))
        object.__setattr__(self, "_last", datetime.combine(self.end, time.max))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, moment: datetime | date | None) -> bool:
        """True for any moment of a day in the period (23:59 on the last day included)."""
        if moment is None:
            return False
        if isinstance(moment, datetime):
            return self._first <= moment <= self._last  # type: ignore[attr-defined]
        return self.start <= moment <= self.end

    def _whole_months(self) -> int | None:
        """How many calendar months the period is, when it is whole months; else None."""
        if self.start.day != 1 or self.end != month_end(self.end):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def previous(self) -> Period:
        """The period of the same length just before: the previous month, quarter or year for
        calendar periods (so March compares with February), else as many days before."""
        months = self._whole_months()
        if months is not None:
            start = add_months(self.start, -months)
            return Period(start, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def months(self) -> list[date]:
        """The first day of every calendar month the period touches."""
        out, month = [], month_start(self.start)
        while month <= self.end:
            out.append(month)
            month = add_months(month, 1)
        return out


def preset_period(preset: Preset | str, today: date) -> Period:
    """The period a preset names on `today` (CUSTOM is the caller's own dates)."""
    preset = Preset(preset)
    if preset == Preset.THIS_MONTH:
        return Period(month_start(today), month_end(today))
    if preset == Preset.THIS_QUARTER:
        start = quarter_start(today)
        return Period(start, add_months(start, 3) - timedelta(days=1))
    if preset == Preset.THIS_YEAR:
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    if preset == Preset.LAST_QUARTER:
        start = add_months(quarter_start(today), -3)
        return Period(start, quarter_start(today) - timedelta(days=1))
    if preset == Preset.LAST_12_MONTHS:
        return Period(add_months(month_start(today), -11), month_end(today))
    raise ValueError("a custom period needs its own dates")


def week_of(day: date) -> Period:
    """The Monday-to-Sunday week holding `day` (the 周报's week)."""
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6))
