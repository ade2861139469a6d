"""Time as a dependency, so 'days in stage' and reminders can be tested with a controlled clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time without a timezone: the seller's own day is what counts."""
    return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock for tests and benchmarks: returns a set time until moved."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**kwargs)


def today(clock: Clock) -> date:
    return clock().date()
