"""Today's money sections (money overdue, due this week, invoices to issue) are cut to their first
rows and counted in SQL (issue 20: every open instalment and payment of the book was read, then
cut to 25 in Python). The same rows as the whole computation (agenda), and as many rows read
from SQLite with four times the instalments."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from desktop.domain.contracts import ContractRecord, InstalmentInput, InvoiceRecord
from desktop.domain.overview import TodaySection
from tests.builders import make_deal

MONEY = (TodaySection.MONEY_OVERDUE, TodaySection.MONEY_DUE, TodaySection.INVOICES_TO_ISSUE)


def _money_book(services, clock, n: int) -> None:  # noqa: ANN001
    """`n` contracts, each with instalments in every state Today's money sections tell apart."""
    today = clock().date()
    for k in range(n):
        deal = make_deal(services, f"客户{k % 3}", f"项目{n}-{k}", 100_000, stage="won",
                         at=datetime(2026, 8, 20, 10))
        c = services.money.save_contract(ContractRecord(
            deal_id=deal, number=f"HT-{n}-{k}", signed_on=date(2026, 9, 1), amount_fen=100_000_00))
        plan = services.money.save_plan(c.id, [
            InstalmentInput("预付款", 1000, due_on=date(2026, 9, 10) + timedelta(days=k % 4)),  # overdue
            InstalmentInput("进度款", 2000, due_on=today - timedelta(days=3)),  # overdue, partly paid
            InstalmentInput("验收款", 3000, milestone="验收", milestone_days=k % 5),  # milestone + N
            InstalmentInput("发货款", 1500, due_on=today + timedelta(days=k % 6), invoice_first=True),
            InstalmentInput("上线款", 1500, milestone="上线", milestone_days=30),  # no date yet
            InstalmentInput("质保金", 1000, due_on=today + timedelta(days=40)),  # later
        ])
        first, second, acceptance, shipping, *_ = plan.instalments
        services.money.set_milestone(acceptance.id, today - timedelta(days=k % 3))
        services.money.record_payment(c.id, date(2026, 10, 1), 10_000_00 + 5_000_00,
                                      split={first.id: 10_000_00, second.id: 5_000_00})
        if k % 2:  # an invoice entered for the shipment: no longer "to issue" from the plan
            services.money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=shipping.id,
                                                      amount_fen=15_000_00))
        if k % 3 == 0:  # an invoice to issue without an instalment
            services.money.save_invoice(InvoiceRecord(contract_id=c.id, amount_fen=1_000_00))


def test_money_first_rows_are_the_start_of_each_section_and_counts_are_whole(services, clock):
    _money_book(services, clock, 5)
    agenda = services.today.agenda()
    whole = Counter(i.section for i in agenda)
    assert all(whole[s] > 2 for s in MONEY), whole  # each section longer than the rows shown
    for limit in (2, 25):
        first = services.today.first(limit=limit, with_at_risk=False)
        for section in MONEY:
            assert first.counts[section] == whole[section]
            assert [i for i in first.items if i.section == section] == \
                [i for i in agenda if i.section == section][:limit]


def _rows_read(services, rows_read) -> int:  # noqa: ANN001
    first, rows = rows_read(services.book, lambda: services.today.first(limit=3, with_at_risk=False))
    assert len([i for i in first.items if i.section == TodaySection.MONEY_OVERDUE]) == 3
    assert rows >= 3  # the rows shown were counted
    return rows


def test_the_rows_today_reads_for_money_do_not_follow_the_number_of_instalments(
        services, clock, rows_read):
    _money_book(services, clock, 3)
    before = services.today.first(limit=3).counts
    few = _rows_read(services, rows_read)
    _money_book(services, clock, 9)  # four times the contracts
    after = services.today.first(limit=3).counts
    many = _rows_read(services, rows_read)
    assert all(after[s] > before[s] >= 3 for s in MONEY), (before, after)  # the sections grew
    assert few == many, (few, many)  # the book's lists and the rows shown, nothing more
