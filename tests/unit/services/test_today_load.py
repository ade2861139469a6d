"""Today reads what it shows and no more: committees only of late-stage deals (the only ones that
can be "at risk"), and no closed deals at all. No timing: bench/ measures start-up on 2,000 deals."""

from __future__ import annotations

import desktop.storage.queries.today as today_queries
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
    load = today_queries.committee_outlines

    def recording(conn, deal_ids):  # noqa: ANN001, ANN202
        ids = list(deal_ids)
        asked.extend(ids)
        return load(conn, ids)

    monkeypatch.setattr(today_queries, "committee_outlines", recording)
    items = services.today.agenda()
    assert asked == [late.id]
    assert [i.deal_id for i in items if i.section == TodaySection.AT_RISK] == [late.id]


def test_today_reads_only_the_won_deals_it_lists(services, clock, deals_read) -> None:
    """Years of won deals are not read: only those with a step due or a visit this week (issue
    20: Today stays flat as the book grows)."""
    from datetime import timedelta

    today = clock().date()
    won_stage = stage(services, "won").id
    promised = services.deals.save(DealRecord(title="尾款"), new_company="海天")
    services.deals.add_next_step(promised.id, "催收尾款", today - timedelta(days=1))
    services.deals.move_stage(promised.id, won_stage)
    history = [services.deals.save(DealRecord(title=f"won {n}", stage_id=won_stage),
                                   new_company=f"C{n}") for n in range(5)]
    working = services.deals.save(DealRecord(title="working"), new_company="D")
    read = deals_read()
    items = services.today.agenda()
    assert promised.id in [i.deal_id for i in items]  # still on Today, as a won deal's step
    assert working.id in read and promised.id in read
    assert not set(read) & {d.id for d in history}
