"""Locking again after idle minutes, with a controlled clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.domain.idle import IdleLock

T0 = datetime(2026, 12, 2, 9, 0)


def test_due_after_the_idle_minutes_and_not_before() -> None:
    idle = IdleLock(10, T0)
    assert not idle.due(T0 + timedelta(minutes=9, seconds=59))
    assert idle.due(T0 + timedelta(minutes=10))
    assert idle.seconds_left(T0 + timedelta(minutes=4)) == 360


def test_activity_starts_the_count_again_and_never_goes_back() -> None:
    idle = IdleLock(10, T0)
    idle.touch(T0 + timedelta(minutes=8))
    assert not idle.due(T0 + timedelta(minutes=17))
    idle.touch(T0)  # an older moment does not move the last activity back
    assert not idle.due(T0 + timedelta(minutes=17)) and idle.due(T0 + timedelta(minutes=18))


def test_zero_minutes_never_locks() -> None:
    idle = IdleLock(0, T0)
    assert not idle.due(T0 + timedelta(days=3))
    assert idle.seconds_left(T0) == 86400.0
