"""Who is waiting for news (Today's reminder), the partners list totals, and the period report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from tests.builders import make_deal, move


def partner(services, name, **policy):
    p = services.partners.mark(new_contact_name=name)
    return services.partners.save(replace(p, **policy)) if policy else p


def test_reminder_after_n_days_without_an_update(services, clock):
    qian = partner(services, "钱斌")
    yao = partner(services, "姚明亮")
    start = clock()
    make_deal(services, "华东精密", "MES", at=start, referrer_id=qian.id)
    won = make_deal(services, "海天", "品控", stage="negotiation", at=start, referrer_id=yao.id)
    move(services, won, "won", start + timedelta(days=1))  # yao has nothing open: never reminded
    today = start.date()
    assert services.partners.due_for_update(today, 30) == []
    assert services.partners.due_for_update(today + timedelta(days=29), 30) == []
    [r] = services.partners.due_for_update(today + timedelta(days=30), 30)
    assert (r.name, r.open_deals, r.last_update_sent, r.days_waiting) == ("钱斌", 1, None, 30)
    clock.advance(days=31)
    services.partners.record_update_sent(qian.id, "zh_CN")
    assert services.partners.due_for_update(clock().date(), 30) == []
    assert services.partners.due_for_update(clock().date() + timedelta(days=7), 7)[0].days_waiting == 7
    assert services.partners.due_for_update(clock().date() + timedelta(days=6), 7) == []


def test_on_hold_deals_still_wait_for_news_and_removed_partners_do_not(services, clock):
    qian = partner(services, "钱斌")
    deal = make_deal(services, "华东精密", "MES", at=clock(), referrer_id=qian.id)
    move(services, deal, "on_hold", clock() + timedelta(days=2))
    later = clock().date() + timedelta(days=40)
    assert [r.name for r in services.partners.due_for_update(later, 30)] == ["钱斌"]
    services.partners.delete(qian.id)
    assert services.partners.due_for_update(later, 30) == []


def test_list_totals(services, clock):
    qian = partner(services, "钱斌", finder_fee_kind="fixed", finder_fee_value=2000,
                   success_fee_kind="percent", success_fee_value=10)
    t0 = datetime(2026, 6, 1, 9)
    a = make_deal(services, "A公司", "一", 100_000, at=t0, referrer_id=qian.id)
    b = make_deal(services, "B公司", "二", 300_000, stage="discovery", at=t0, referrer_id=qian.id)
    c = make_deal(services, "C公司", "三", 50_000, stage="discovery", at=t0, referrer_id=qian.id)
    move(services, b, "won", datetime(2026, 7, 1))
    move(services, c, "lost", datetime(2026, 7, 2))
    fee = next(f for f in services.partners.fees(qian.id) if f.deal_id == b and f.kind == "finder")
    services.partners.record_payment(fee.id, 2000, date(2026, 7, 5))
    services.partners.add_given(qian.id, date(2026, 8, 1), "请吃饭")
    [row] = services.partners.list()
    assert (row.open_deals, row.won_deals, row.lost_deals) == (1, 1, 1)
    assert (row.fees_due, row.fees_paid) == (2000 + 30_000, 2000)  # c's finder fee + b's success fee
    assert row.last_contact == date(2026, 8, 1)
    del a


def test_report_over_a_period(services):
    qian = partner(services, "钱斌", finder_fee_kind="fixed", finder_fee_value=1000,
                   success_fee_kind="fixed", success_fee_value=9000)
    yao = partner(services, "姚明亮")
    early = make_deal(services, "A公司", "一", 100_000, stage="discovery", at=datetime(2026, 1, 5), referrer_id=qian.id)
    won = make_deal(services, "B公司", "二", 300_000, stage="discovery", at=datetime(2026, 4, 2), referrer_id=qian.id)
    lost = make_deal(services, "C公司", "三", 50_000, stage="discovery", at=datetime(2026, 5, 2), referrer_id=qian.id)
    make_deal(services, "D公司", "四", at=datetime(2026, 5, 3), referrer_id=qian.id)
    move(services, won, "won", datetime(2026, 6, 1))
    move(services, lost, "lost", datetime(2026, 6, 2))
    fee = next(f for f in services.partners.fees(qian.id) if f.deal_id == won and f.kind == "success")
    services.partners.record_payment(fee.id, 9000, date(2026, 7, 1))
    rows = {r.name: r for r in services.partners.report(date(2026, 4, 1), date(2026, 6, 30))}
    q = rows["钱斌"]
    assert (q.referrals, q.won, q.lost, q.still_open, q.won_amount) == (3, 1, 1, 1, 300_000)
    assert q.conversion == 0.5
    assert q.fees_earned == 1000 + 1000 + 9000  # finder fees of won and lost + success; early's was in January
    assert q.fees_paid == 0  # paid in July
    assert rows["姚明亮"].referrals == 0 and rows["姚明亮"].conversion is None
    assert services.partners.report(date(2026, 7, 1), date(2026, 7, 31))[0].fees_paid == 9000
    del early, yao
