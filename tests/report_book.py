"""A small real book for the report tests (CLI, documents, GUI): deals with hand-written histories
in the first quarter of 2026, so the figures can be worked out by hand.

Q1 2026: won 康宁 ¥300,000 (created 5 Jan, won 4 Feb: 30 days) and 海天 ¥100,000 (created 10 Jan,
won 1 Mar: 50 days); lost 云达 ¥200,000 at negotiation for "Price war" to 用友; a deal on hold;
a deal without an amount still open; a deleted won deal of ¥900,000 that must never count.
Win rate 2/3, by amount 400k/600k, average won ¥200,000, median cycle 40 days.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.domain.deals import DealRecord
from desktop.domain.people import CompanyRecord


def fill_report_book(services) -> dict[str, int]:
    stages = {s.key: s.id for s in services.pipeline.stages()}
    reasons = services.pipeline.lost_reasons()
    ids: dict[str, int] = {}

    def company(name: str, tier: str = "", source: str = "") -> int:
        return services.companies.save(CompanyRecord(name=name, tier=tier, lead_source=source)).id

    def deal(key: str, company_id: int, title: str, amount, created: str, path, **kw) -> int:
        record = DealRecord(company_id=company_id, title=title, amount=amount, **kw)
        d = services.deals.save(record, at=datetime.fromisoformat(created))
        for stage, when in path:
            lost = stage == "lost"
            services.deals.move_stage(
                d.id, stages[stage], at=datetime.fromisoformat(when),
                lost_reason_id=reasons[0].id if lost else None,
                lost_reason_text="对方便宜 30%" if lost else "",
                on_hold_until=datetime.fromisoformat(when).date() + timedelta(days=60) if stage == "on_hold" else None)
        ids[key] = d.id
        return d.id

    kangning, haitian, yunda = company("康宁医疗", "S", "展会"), company("海天食品", "B"), company("云达物流", "A")
    deal("kangning", kangning, "质量追溯系统", 300_000, "2026-01-05 10:00",
         [("negotiation", "2026-01-20 10:00"), ("won", "2026-02-04 10:00")])
    deal("haitian", haitian, "产线数据采集", 100_000, "2026-01-10 10:00", [("won", "2026-03-01 10:00")],
         lead_source="转介绍")
    deal("yunda", yunda, "运输管理平台", 200_000, "2026-01-10 10:00",
         [("negotiation", "2026-01-25 10:00"), ("lost", "2026-02-01 10:00")], competitors="用友")
    deal("hold", yunda, "仓储二期", 80_000, "2026-01-01 10:00", [("on_hold", "2026-02-01 10:00")])
    deal("no_amount", haitian, "二厂扩建", None, "2026-02-01 10:00", [("discovery", "2026-02-10 10:00")])
    gone = deal("deleted", kangning, "删掉的大单", 900_000, "2026-01-05 10:00", [("won", "2026-03-02 10:00")])
    services.deals.delete(gone)
    return ids
