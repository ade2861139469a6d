"""A call note's next steps appear in Today and on the deal; done or deleted ones leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain.notes import CallNoteRecord, NextStepRecord
from desktop.domain.overview import TodaySection
from desktop.domain.people import CompanyRecord


def _deal(services) -> int:
    from desktop.domain.deals import DealRecord

    company = services.companies.save(CompanyRecord(name="华东精密制造集团"))
    stage = services.pipeline.stages()[1]
    return services.deals.save(DealRecord(company_id=company.id, title="二厂 MES 升级",
                                          stage_id=stage.id)).id


def test_note_next_steps_show_in_today_and_on_the_deal(services, clock):
    deal_id = _deal(services)
    today = clock().date()
    note = services.notes.save(CallNoteRecord(
        deal_id=deal_id, occurred_at=datetime(2026, 11, 18, 14), goal="二访",
        next_steps=(NextStepRecord(text="发送投资回报测算", owner="我方", due=today - timedelta(days=1)),
                    NextStepRecord(text="约 CFO 面谈", due=today),
                    NextStepRecord(text="安排工厂参观", due=today + timedelta(days=3)))))
    agenda = {(i.section, i.text) for i in services.today.agenda() if i.deal_id == deal_id}
    assert (TodaySection.OVERDUE, "发送投资回报测算") in agenda
    assert (TodaySection.DUE_TODAY, "约 CFO 面谈") in agenda
    assert (TodaySection.DUE_THIS_WEEK, "安排工厂参观") in agenda
    assert [s.text for s in services.deals.next_steps(deal_id)] == [
        "发送投资回报测算", "约 CFO 面谈", "安排工厂参观"]
    [overview] = [o for o in services.deals.list() if o.id == deal_id]
    assert overview.next_step.text == "发送投资回报测算"  # the deal's next step: earliest open

    first = note.next_steps[0]
    services.notes.save(replace(note, next_steps=(replace(first, done_at=clock()),) + note.next_steps[1:]))
    texts = {i.text for i in services.today.agenda() if i.deal_id == deal_id}
    assert "发送投资回报测算" not in texts and "约 CFO 面谈" in texts

    services.notes.delete(note.id)
    assert not {i.text for i in services.today.agenda() if i.deal_id == deal_id} & {"约 CFO 面谈"}
    services.notes.restore(note.id)
    assert "约 CFO 面谈" in {i.text for i in services.today.agenda() if i.deal_id == deal_id}


def test_company_only_notes_do_not_reach_today(services, clock):
    company = services.companies.save(CompanyRecord(name="海天食品"))
    services.notes.save(CallNoteRecord(company_id=company.id, occurred_at=clock(), goal="回访",
                                       next_steps=(NextStepRecord(text="寄样品", due=date(2026, 11, 20)),)))
    assert "寄样品" not in {i.text for i in services.today.agenda()}
