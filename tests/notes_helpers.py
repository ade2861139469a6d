"""Test helpers for call notes: a company, contacts and a deal with a committee, written straight
to the book (the deals services live on another branch; the tables are the contract)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage.tables import BuyingRole, Deal, Stage, Stakeholder, StakeholderRole


def make_deal(services: Services, title: str = "二厂 MES 升级", company: str = "华东精密制造集团",
              committee: dict[str, tuple[str, ...]] | None = None) -> dict[str, int]:
    """A company, its contacts and a deal; `committee` maps contact names to role keys."""
    committee = committee if committee is not None else {
        "王建国": ("decision_maker", "signer"), "李敏": ("budget_holder",), "张伟": ()}
    c = services.companies.save(CompanyRecord(name=company))
    ids = {"company": c.id}
    for i, name in enumerate(committee):
        p = services.contacts.save(ContactRecord(name=name, company_id=c.id, title=f"职位{i}",
                                                 mobile=f"1380000{i:04d}"))
        ids[name] = p.id
    now = datetime(2026, 11, 1, 9, 0)
    with services.book.session() as s:
        stage = s.exec(select(Stage).where(Stage.key == "discovery")).one()
        deal = Deal(company_id=c.id, title=title, stage_id=stage.id, stage_entered_at=now,
                    created_at=now, updated_at=now)
        s.add(deal)
        s.flush()
        ids["deal"] = deal.id
        roles = {r.key: r.id for r in s.exec(select(BuyingRole))}
        for pos, (name, keys) in enumerate(committee.items()):
            if not keys:
                continue
            member = Stakeholder(deal_id=deal.id, contact_id=ids[name], position=pos)
            s.add(member)
            s.flush()
            for key in keys:
                s.add(StakeholderRole(stakeholder_id=member.id, role_id=roles[key]))
    return ids


def stakeholder(services: Services, deal_id: int, contact_id: int) -> Stakeholder | None:
    """A copy of the committee row (detached from the session)."""
    with services.book.reading() as s:
        row = s.exec(select(Stakeholder).where(Stakeholder.deal_id == deal_id,
                                               Stakeholder.contact_id == contact_id)).first()
        return Stakeholder.model_validate(row.model_dump()) if row else None
