"""Today picks the right items, overdue first, and each item names what it opens."""

from datetime import datetime, timedelta

from desktop.domain.deals import DealRecord, StakeholderRecord
from desktop.domain.overview import TodaySection
from desktop.domain.people import ContactRecord
from tests.builders import stage


def test_today_orders_sections_and_picks_each_kind_of_item(services, clock):
    today = clock().date()
    old = services.deals.save(DealRecord(title="old lead"), new_company="A", at=clock() - timedelta(days=40))
    late = services.deals.save(DealRecord(title="tender", stage_id=stage(services, "negotiation").id), new_company="B")
    quiet = services.deals.save(DealRecord(title="quiet"), new_company="C")
    services.committee.save(StakeholderRecord(deal_id=quiet.id), ContactRecord(name="x"))
    services.committee.save(StakeholderRecord(deal_id=quiet.id), ContactRecord(name="y"))
    lost = services.deals.save(DealRecord(title="gone"), new_company="D")
    services.deals.add_next_step(lost.id, "ignored: deal is lost", today - timedelta(days=3))
    services.deals.move_stage(lost.id, stage(services, "lost").id, lost_reason_text="price")
    services.deals.add_next_step(quiet.id, "week", today + timedelta(days=6))
    services.deals.add_next_step(quiet.id, "too far", today + timedelta(days=7))
    services.deals.add_next_step(late.id, "today", today)
    services.deals.add_next_step(old.id, "overdue", today - timedelta(days=2))
    services.deals.plan_visit(late.id, datetime.combine(today, datetime.min.time()).replace(hour=15), "苏州", "谈价格")
    services.deals.plan_visit(quiet.id, clock() + timedelta(days=3), "", "demo")
    services.deals.plan_visit(quiet.id, clock() - timedelta(days=1), "", "past visit")

    items = services.today.agenda()
    got = [(i.section, i.deal_title, i.text) for i in items]
    # the risks come right after what is overdue, before the routine steps of the day and week
    assert got == [
        (TodaySection.OVERDUE, "old lead", "overdue"),
        (TodaySection.STALE, "old lead", ""),
        (TodaySection.AT_RISK, "tender", ""),
        (TodaySection.DUE_TODAY, "tender", "today"),
        (TodaySection.VISITS_TODAY, "tender", "谈价格"),
        (TodaySection.DUE_THIS_WEEK, "quiet", "week"),
        (TodaySection.VISITS_THIS_WEEK, "quiet", "demo"),
    ]
    assert items[0].days == 2 and items[1].days == 40
    # each row opens what it names: the next step, the visit, the deal, the committee
    assert [i.opens[0] for i in items] == [
        "next_step", "deal", "committee", "next_step", "visit", "next_step", "visit",
    ]
    assert items[0].opens[1] == items[0].item_id and items[4].opens[1] == items[4].item_id
    assert items[1].opens == ("deal", old.id) and items[2].opens == ("committee", late.id)


def test_on_hold_deals_come_back_when_their_date_arrives(services, clock):
    deal = services.deals.save(DealRecord(title="ERP"), new_company="康宁")
    services.deals.move_stage(deal.id, stage(services, "on_hold").id, on_hold_until=clock().date() + timedelta(days=2))
    assert services.today.agenda() == []
    clock.advance(days=2)
    assert [i.section for i in services.today.agenda()] == [TodaySection.ON_HOLD_REVIEW]


def test_a_won_deal_keeps_its_promised_steps_on_today_but_a_lost_one_does_not(services, clock):
    today = clock().date()
    won = services.deals.save(DealRecord(title="QC"), new_company="海天")
    services.deals.add_next_step(won.id, "催收尾款", today - timedelta(days=1))
    services.deals.move_stage(won.id, stage(services, "won").id)
    lost = services.deals.save(DealRecord(title="POS"), new_company="星河")
    services.deals.add_next_step(lost.id, "不再跟进", today - timedelta(days=1))
    services.deals.move_stage(lost.id, stage(services, "lost").id, lost_reason_text="价格")
    items = services.today.agenda()
    assert [(i.section, i.deal_title, i.text) for i in items] == [(TodaySection.OVERDUE, "QC", "催收尾款")]
