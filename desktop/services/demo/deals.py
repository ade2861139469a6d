"""Demo deals in every stage, with committees (some with gaps), past stage histories, next steps
and planned visits, so the board and Today look like a real seller's week."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.domain.deals import DealRecord, Influence, StakeholderRecord, Stance

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    """Create the demo deals; registers each as ids["deal:<key>"]."""
    from desktop.services.demo import load_demo_data

    data = load_demo_data("deals.json")
    now = services.clock()
    today = now.date()
    stages = {s.key: s.id for s in services.pipeline.stages()}
    roles = {r.key: r.id for r in services.pipeline.roles()}
    reasons = services.pipeline.lost_reasons()
    counts = {"deals": 0, "stakeholders": 0, "next steps": 0, "visits": 0}
    for d in data["deals"]:
        history = d["history"]
        first_key, first_days = history[0][0], history[0][1]
        start = now - timedelta(days=first_days, hours=2)
        record = DealRecord(
            company_id=ids[d["company"]], title=d["title"], amount=d["amount"],
            expected_close=today + timedelta(days=d["close_in_days"]), lead_source=d["lead_source"],
            competitors=d["competitors"], remarks=d["remarks"], stage_id=stages[first_key],
        )
        deal = services.deals.save(record, at=start)
        for step in history[1:]:
            key, days, comment = step[0], step[1], (step[2] if len(step) > 2 else "")
            reason = reasons[d["lost_reason"]].id if key == "lost" else None
            services.deals.move_stage(
                deal.id, stages[key], comment, at=now - timedelta(days=days, hours=1),
                lost_reason_id=reason, lost_reason_text=d.get("lost_reason_text", ""),
                on_hold_until=today + timedelta(days=d.get("on_hold_days", 0)) if key == "on_hold" else None,
            )
        ids[f"deal:{d['key']}"] = deal.id
        for p in d["committee"]:
            met_days = p.get("met_days_ago")
            services.committee.save(StakeholderRecord(
                deal_id=deal.id, contact_id=ids[p["contact"]],
                role_ids=tuple(roles[r] for r in p["roles"]), stance=Stance(p["stance"]),
                influence=Influence(p["influence"]), met=met_days is not None,
                last_met=today - timedelta(days=met_days) if met_days is not None else None,
                cares_about=p.get("cares_about", ""), personal_interests=p.get("personal_interests", ""),
                competitor_backed=p.get("competitor_backed", ""), how_to_talk=p.get("how_to_talk", ""),
            ))
            counts["stakeholders"] += 1
        for n in d["next_steps"]:
            step = services.deals.add_next_step(deal.id, n["text"], today + timedelta(days=n["due_days"]), n["owner"],
                                                 n.get("agreed", False))
            if n.get("done"):
                services.deals.complete_next_step(step.id)
            counts["next steps"] += 1
        for v in d["visits"]:
            when = datetime.combine(today + timedelta(days=v["in_days"]), time(v["hour"]))
            services.deals.plan_visit(deal.id, when, v["place"], v["goal"], v.get("ours", ""),
                                      attendee_contact_ids=tuple(ids[c] for c in v["attendees"]))
            counts["visits"] += 1
        counts["deals"] += 1
    for kind, n in counts.items():
        summary.add(kind, n)
