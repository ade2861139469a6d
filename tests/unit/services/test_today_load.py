"""Today reads what it shows and no more: committees only of late-stage deals (the only ones that
can be "at risk"), and no closed deals at all. No timing: bench/ measures start-up on 2,000 deals."""

from __future__ import annotations

import desktop.services.deals as deals_module
from desktop.domain.deals import DealRecord, StakeholderRecord
from desktop.domain.overview import TodaySection
from desktop.domain.people import ContactRecord
from tests.builders import stage


def test_today_reads_committees_of_late_stage_deals_only_and_still_flags_them(services, monkeypatch) -> None:
    early = services.deals.save(DealRecord(title="early"), new_company="A")
    late = services.deals.save(DealRecord(title="tender", stage_id=stage(services, "negotiation").id),
                               new_company="B")
    won = services.deals.save(DealRecord(title="done", stage_id=stage(services, "won").id), new_company="C")
    for deal in (early, late, won):
        services.committee.save(StakeholderRecord(deal_id=deal.id), ContactRecord(name=f"p{deal.id}"))
    asked: list[int] = []
    load = deals_module.load_committee_outlines

    def recording(s, deal_ids):  # noqa: ANN001, ANN202
        ids = list(deal_ids)
        asked.extend(ids)
        return load(s, ids)

    monkeypatch.setattr(deals_module, "load_committee_outlines", recording)
    items = services.today.agenda()
    assert asked == [late.id]
    assert [i.deal_id for i in items if i.section == TodaySection.AT_RISK] == [late.id]
