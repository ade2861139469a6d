"""Deals for partner tests, written the way the deals service writes them (row + StageChange,
then sync_fees in the same transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from desktop.services.container import Services
from desktop.services.fees import sync_fees
from desktop.storage.tables import Company, Deal, Stage, StageChange


def stage_id(services: Services, key: str) -> int:
    with services.book.reading() as s:
        return s.exec(select(Stage.id).where(Stage.key == key)).one()


def make_deal(services: Services, company: str, title: str, amount: int | None = None,
              stage: str = "lead", at: datetime | None = None, referrer_id: int | None = None) -> int:
    at = at or services.clock()
    sid = stage_id(services, stage)
    with services.book.session() as s:
        row = s.exec(select(Company).where(Company.name == company)).first()
        if row is None:
            row = Company(name=company, created_at=at, updated_at=at)
            s.add(row)
            s.flush()
        deal = Deal(company_id=row.id, title=title, amount=amount, stage_id=sid,
                    stage_entered_at=at, referrer_id=referrer_id,
                    referred_on=at.date() if referrer_id else None, created_at=at, updated_at=at)
        s.add(deal)
        s.flush()
        s.add(StageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=sid, changed_at=at))
        sync_fees(s, deal.id, services.clock)
        return deal.id


def move(services: Services, deal_id: int, stage: str, at: datetime | None = None) -> None:
    at = at or services.clock()
    sid = stage_id(services, stage)
    with services.book.session() as s:
        deal = s.get(Deal, deal_id)
        s.add(StageChange(deal_id=deal_id, from_stage_id=deal.stage_id, to_stage_id=sid, changed_at=at))
        deal.stage_id, deal.stage_entered_at = sid, at
        s.add(deal)
        sync_fees(s, deal_id, services.clock)


def set_amount(services: Services, deal_id: int, amount: int | None) -> None:
    with services.book.session() as s:
        deal = s.get(Deal, deal_id)
        deal.amount = amount
        s.add(deal)
        sync_fees(s, deal_id, services.clock)
