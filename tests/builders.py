"""The shared test builders: stages, deals and committees made through the services (never by
writing ORM rows), so a test's book is one the app itself could have written.

    from tests.builders import deal_with_committee, make_deal, move, stage
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import select

from desktop.domain.deals import DealRecord, StageKind, StageRecord, StakeholderRecord
from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage import cipher
from desktop.storage.tables import Stakeholder

COMMITTEE = {"王建国": ("decision_maker", "signer"), "李敏": ("budget_holder",), "张伟": ()}


def stage(services: Services, key: str) -> StageRecord:
    """The pipeline's stage with this key ("lead", "discovery", "won"…)."""
    return next(s for s in services.pipeline.stages() if s.key == key)


def stage_id(services: Services, key: str) -> int:
    return stage(services, key).id


def make_deal(services: Services, company: str, title: str, amount: int | None = None,
              stage: str = "lead", at: datetime | None = None, referrer_id: int | None = None) -> int:
    """A deal for a new (or same-named) company in stage `stage`, created `at`; its id."""
    at = at or services.clock()
    record = DealRecord(title=title, amount=amount, stage_id=stage_id(services, stage),
                        referrer_id=referrer_id, referred_on=at.date() if referrer_id else None)
    return services.deals.save(record, new_company=company, at=at).id


def move(services: Services, deal_id: int, stage: str, at: datetime | None = None) -> None:
    """Move a deal as the seller would (a lost reason and a review date when the stage asks)."""
    target = next(s for s in services.pipeline.stages() if s.key == stage)
    reason = services.pipeline.lost_reasons()[0].id if target.kind == StageKind.LOST else None
    until = (at or services.clock()).date() + timedelta(days=60)
    services.deals.move_stage(deal_id, target.id, at=at or services.clock(), lost_reason_id=reason,
                              on_hold_until=until if target.kind == StageKind.ON_HOLD else None)


def set_amount(services: Services, deal_id: int, amount: int | None) -> None:
    services.deals.save(replace(services.deals.get(deal_id), amount=amount))


def deal_with_committee(services: Services, title: str = "二厂 MES 升级", company: str = "华东精密制造集团",
                        committee: dict[str, tuple[str, ...]] | None = None) -> dict[str, int]:
    """A company, its contacts and a deal in Discovery (created 2026-11-01 09:00) whose committee
    holds the contacts given roles; `committee` maps contact names to role keys (people without a
    role are contacts only). Returns the ids: "company", "deal" and one per contact name."""
    committee = committee if committee is not None else COMMITTEE
    c = services.companies.save(CompanyRecord(name=company))
    ids = {"company": c.id}
    for i, name in enumerate(committee):
        p = services.contacts.save(ContactRecord(name=name, company_id=c.id, title=f"职位{i}",
                                                 mobile=f"1380000{i:04d}"))
        ids[name] = p.id
    at = datetime(2026, 11, 1, 9, 0)
    deal = services.deals.save(DealRecord(title=title, company_id=c.id, stage_id=stage_id(services, "discovery")),
                               at=at)
    ids["deal"] = deal.id
    roles = {r.key: r.id for r in services.pipeline.roles()}
    for name, keys in committee.items():
        if keys:
            services.committee.save(StakeholderRecord(deal_id=deal.id, contact_id=ids[name],
                                                      role_ids=tuple(roles[k] for k in keys)))
    return ids


def stakeholder(services: Services, deal_id: int, contact_id: int) -> Stakeholder | None:
    """A copy of the committee row (detached from the session)."""
    with services.book.reading() as s:
        row = s.exec(select(Stakeholder).where(Stakeholder.deal_id == deal_id,
                                               Stakeholder.contact_id == contact_id)).first()
        return Stakeholder.model_validate(row.model_dump()) if row else None


def exported_copy(source: Path, source_lock: str | None, dest: Path, lock: str | None) -> Path:
    """`source` (opened with `source_lock`, None when plain) written whole to `dest` with
    `sqlcipher_export`, locked with `lock` or plain: a book as a relock or restore leaves it,
    in rollback-journal mode until its first open."""
    conn = cipher.cipher_connect(source, source_lock)
    try:
        cipher.export(conn, dest, lock)
    finally:
        conn.close()
    return dest
