"""Moving a next step: the days "tomorrow" and "next week" mean, counted from today."""

from __future__ import annotations

from datetime import date, timedelta


def tomorrow(today: date) -> date:
    return today + timedelta(days=1)


def next_week(today: date) -> date:
    """Monday of next week (as calendar and to-do apps mean it): from any day of this week,
    including Sunday, the Monday after it."""
    return today + timedelta(days=7 - today.weekday())
