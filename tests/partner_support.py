"""Deals for partner tests, made and moved through the deals service (which syncs the fees)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desktop.domain.deals import DealRecord, StageKind
from desktop.services.container import Services


def stage_id(services: Services, key: str) -> int:
    return next(s.id for s in services.pipeline.stages() if s.key == key)


def make_deal(services: Services, company: str, title: str, amount: int | None = None,
              stage: str = "lead", at: datetime | None = None, referrer_id: int | None = None) -> int:
    at = at or services.clock()
    record = DealRecord(title=title, amount=amount, stage_id=stage_id(services, stage),
                        referrer_id=referrer_id, referred_on=at.date() if referrer_id else None)
    return services.deals.save(record, new_company=company, at=at).id


def move(services: Services, deal_id: int, stage: str, at: datetime | None = None) -> None:
    target = next(s for s in services.pipeline.stages() if s.key == stage)
    reason = services.pipeline.lost_reasons()[0].id if target.kind == StageKind.LOST else None
    until = (at or services.clock()).date() + timedelta(days=60)
    services.deals.move_stage(deal_id, target.id, at=at or services.clock(), lost_reason_id=reason,
                              on_hold_until=until if target.kind == StageKind.ON_HOLD else None)


def set_amount(services: Services, deal_id: int, amount: int | None) -> None:
    services.deals.save(replace(services.deals.get(deal_id), amount=amount))
