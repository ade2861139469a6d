"""Locking again after idle minutes: when the seller last did something, and whether the book
should be hidden behind its passphrase now. Plain code; the UI feeds it input and a clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class IdleLock:
    """`minutes` 0 never locks. `touch` on every input; `due` when idle for `minutes`."""

    minutes: int
    last_activity: datetime

    def touch(self, now: datetime) -> None:
        self.last_activity = max(self.last_activity, now)

    def due(self, now: datetime) -> bool:
        return self.minutes > 0 and now - self.last_activity >= timedelta(minutes=self.minutes)

    def seconds_left(self, now: datetime) -> float:
        """Seconds until `due` (0 when it is; a day when it never will be)."""
        if self.minutes <= 0:
            return 86400.0
        left = self.last_activity + timedelta(minutes=self.minutes) - now
        return max(left.total_seconds(), 0.0)
