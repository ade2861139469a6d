"""A partner waiting for news (Today's panel, the Partners page): apart from desktop.domain.partners
so Today's first paint does not load the partners' rules and records (issue 20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class UpdateReminder:
    """A partner who has open referred deals and has heard nothing for too long."""

    partner_id: int
    name: str
    open_deals: int
    last_update_sent: date | None
    waiting_since: date  # the last update, or the first open referral when none was sent
    days_waiting: int

    @property
    def id(self) -> int:
        return self.partner_id
