"""Demo referral partners: who they are, the deals they brought in several stages, fees due and
paid, what was given to them, and updates sent (one partner is waiting too long for news)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.domain.partners import FeeStatus

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary

POLICY = ("offering", "reach_industries", "reach_companies", "city", "finder_fee_kind",
          "finder_fee_value", "success_fee_kind", "success_fee_value", "remarks")


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    """Create the demo partners after the deals; registers each as ids["partner:<contact>"]."""
    from desktop.services.demo import load_demo_data

    now = services.clock()
    today = now.date()
    counts = {"partners": 0, "fees": 0}
    for p in load_demo_data("partners.json")["partners"]:
        partner = services.partners.mark(ids[p["contact"]])
        partner = services.partners.save(replace(partner, **{k: p[k] for k in POLICY}))
        ids[f"partner:{p['contact']}"] = partner.id
        for key in p["deals"]:
            services.partners.set_referral(ids[f"deal:{key}"], partner.id)
        fees = {(f.deal_id, f.kind): f for f in services.partners.fees(partner.id)}
        for paid in p["paid"]:
            fee = fees[(ids[f"deal:{paid['deal']}"], paid["kind"])]
            services.partners.record_payment(fee.id, fee.amount, today - timedelta(days=paid["days_ago"]))
        for g in p["given"]:
            services.partners.add_given(partner.id, today - timedelta(days=g["days_ago"]), g["description"])
        if p["update_days_ago"] is not None:
            services.partners.record_update_sent(partner.id, "zh_CN",
                                                 at=now - timedelta(days=p["update_days_ago"]))
        counts["partners"] += 1
        counts["fees"] += sum(1 for f in services.partners.fees(partner.id) if f.status != FeeStatus.CANCELLED)
    for kind, n in counts.items():
        summary.add(kind, n)
