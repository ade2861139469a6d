"""A deal's committee is found from the deal, whatever the number of contacts (issue 20: the deal
page took 2.6× as long on a book with 10× the contacts, because SQLite walked every live contact
to find the stakeholders of one deal). No timing: SQLite's query plan says which way it reads."""

from __future__ import annotations

from desktop.domain.deals import DealRecord, StakeholderRecord
from desktop.domain.people import ContactRecord
from desktop.storage.queries.listing import dbapi
from desktop.storage.queries.today import COMMITTEE_OUTLINES, committee_outlines


def test_committee_outlines_start_from_the_deal_not_from_every_contact(services) -> None:
    deal = services.deals.save(DealRecord(title="tender"), new_company="海天")
    services.committee.save(StakeholderRecord(deal_id=deal.id), ContactRecord(name="王喆"))
    for n in range(30):  # contacts that are on no committee
        services.contacts.save(ContactRecord(name=f"客户{n}"))
    with services.book.reading() as s:
        def plan(sql: str) -> list[str]:
            return [row[-1] for row in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, (f"[{deal.id}]",))]

        fixed = plan(COMMITTEE_OUTLINES)
        unfixed = plan(COMMITTEE_OUTLINES.replace("+c.deleted_at", "c.deleted_at"))
        outlines = committee_outlines(dbapi(s), [deal.id])
    assert any("ix_contact_deleted_at" in step for step in unfixed)  # what the check would catch
    assert not any("ix_contact_deleted_at" in step for step in fixed), fixed
    assert fixed[0].split()[:2] in (["SEARCH", "s"], ["SCAN", "s"]), fixed  # stakeholders first
    assert "SEARCH c USING INTEGER PRIMARY KEY" in " | ".join(fixed), fixed
    assert [p.name for p in outlines[deal.id]] == ["王喆"]
