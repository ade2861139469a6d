"""A year of the demo seller's deals for the Reports page: won and lost deals with reasons,
competitors, lead sources, a referral partner and the demo companies' tiers, a deal moved back, one reopened
after a loss, one on hold, and call notes spread over the last weeks — so every report (forecast,
funnel, win rate, lost review, 80/20, sources, the revenue formula, activity) shows something a
seller can read. The data is in resources/data/demo/reports_year.json."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.domain.deals import DealRecord
from desktop.domain.notes import CallNoteRecord
from desktop.domain.people import CompanyRecord

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary

NOTE_GOALS = ("了解现状和痛点", "演示方案", "确认预算和时间", "POC 复盘", "商务条款沟通", "拜访使用部门")
NOTE_KINDS = ("visit", "phone", "wechat", "visit", "video")


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    """Create the year of deals after the partners (referrers must exist)."""
    from desktop.services.demo import load_demo_data

    data = load_demo_data("reports_year.json")
    now = services.clock()
    today = now.date()
    for c in data["companies"]:  # the demo's own companies carry the tiers; more may be added here
        company = services.companies.save(CompanyRecord(
            name=c["name"], industry=c["industry"], region=c["region"], tier=c["tier"],
            lead_source=c["lead_source"]))
        ids[c["key"]] = company.id
    stages = {s.key: s.id for s in services.pipeline.stages()}
    reasons = services.pipeline.lost_reasons()
    deal_ids: list[tuple[int, int]] = []
    for d in data["deals"]:
        path = d["path"]
        created = now - timedelta(days=path[0][1], hours=3)
        close_in = d.get("close_in_days")
        last_days = path[-1][1]
        expected = today + timedelta(days=close_in) if close_in is not None else today - timedelta(days=last_days)
        record = DealRecord(company_id=ids[d["company"]], title=d["title"], amount=d["amount"],
                            currency=d.get("currency", "CNY"), lead_source=d["source"],
                            competitors=d.get("competitors", ""), expected_close=expected,
                            stage_id=stages[path[0][0]])
        deal = services.deals.save(record, at=created)
        if d.get("partner"):
            services.partners.set_referral(deal.id, ids[f"partner:{d['partner']}"],
                                           referred_on=created.date())
        for key, days in path[1:]:
            lost = key == "lost"
            services.deals.move_stage(
                deal.id, stages[key], at=now - timedelta(days=days, hours=2),
                lost_reason_id=reasons[d["lost_reason"]].id if lost else None,
                lost_reason_text=d.get("lost_text", "") if lost else "",
                on_hold_until=today + timedelta(days=d.get("on_hold_days", 30)) if key == "on_hold" else None,
            )
        deal_ids.append((deal.id, ids[d["company"]]))
    notes = _add_notes(services, deal_ids, today)
    summary.add("deals", len(data["deals"]))
    summary.add("call notes", notes)


def _add_notes(services: Services, deal_ids: list[tuple[int, int]], today: date) -> int:
    """Two to four call notes a week over the last twelve weeks, on the year's deals."""
    count = 0
    for week in range(12):
        for slot in range(2 + (week * 7) % 3):
            deal_id, company_id = deal_ids[(week * 5 + slot * 3) % len(deal_ids)]
            day = today - timedelta(days=week * 7 + slot * 2 + 1)
            services.notes.save(CallNoteRecord(
                deal_id=deal_id, company_id=company_id, occurred_at=datetime.combine(day, time(10 + slot)),
                kind=NOTE_KINDS[(week + slot) % len(NOTE_KINDS)], goal=NOTE_GOALS[(week + slot) % len(NOTE_GOALS)],
                situation="（演示）客户介绍了目前的做法。"))
            count += 1
    return count
