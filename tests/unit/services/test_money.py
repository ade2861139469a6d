"""The money service on a real book: contract, plan, payments across instalments, overdue and
reminders with a controlled clock, invoices, bad input refused with nothing saved, fees on
collection, collected money per period, receivables, attachments and the 25 MB limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.contracts import MAX_ATTACHMENT_BYTES, ContractRecord, InstalmentInput, InvoiceRecord
from desktop.domain.errors import ValidationFailed
from desktop.domain.money import InstalmentStatus
from desktop.domain.partners import FeeKind, FeeStatus
from tests.builders import make_deal

YUAN = 100
SIGNED = date(2026, 9, 1)


def contract(services, amount_yuan=1_000_000, deal=None, **kw):
    deal = deal or make_deal(services, "华东精密", "MES 升级", amount_yuan, stage="won",
                             at=datetime(2026, 8, 20, 10))
    return services.money.save_contract(ContractRecord(
        deal_id=deal, number="HT-2026-001", signed_on=SIGNED, amount_fen=amount_yuan * YUAN, **kw))


def plan_30_60_10(services, c):
    return services.money.save_plan(c.id, [
        InstalmentInput("预付款", 3000, due_on=date(2026, 9, 10)),
        InstalmentInput("验收款", 6000, milestone="验收", milestone_days=30),
        InstalmentInput("质保金", 1000, due_on=date(2027, 9, 1), reminder_days=14),
    ])


def counts(services):
    with services.book.reading() as s:
        conn = s.connection()
        return tuple(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                     for t in ("contract", "instalment", "payment", "payment_allocation", "invoice"))


def test_a_plan_of_one_million_at_30_60_10(services):
    c = contract(services)
    money = plan_30_60_10(services, c)
    assert [i.amount_fen for i in money.instalments] == [300_000_00, 600_000_00, 100_000_00]
    assert money.plan.balanced
    # 验收 has not happened: the instalment has no date yet; the advance is overdue on 11-20
    assert money.instalments[1].due is None
    assert [i.status for i in money.instalments] == [InstalmentStatus.OVERDUE, InstalmentStatus.PENDING,
                                                     InstalmentStatus.PENDING]


def test_three_instalments_of_an_amount_not_divisible_by_three(services):
    c = contract(services, amount_yuan=100_000)
    c = services.money.save_contract(replace(c, amount_fen=100_000_01))
    money = services.money.save_plan(c.id, [InstalmentInput(n, 3333) for n in ("一", "二")]
                                     + [InstalmentInput("三", 3334)])
    assert [i.amount_fen for i in money.instalments] == [33_330_00, 33_330_00, 33_340_01]
    assert money.plan.rounding_line == 2 and money.plan.rounding_fen == 1
    # the contract amount changes: percentage instalments follow it
    services.money.save_contract(replace(c, amount_fen=90_000_00))
    money = services.money.deal_money(c.deal_id)
    assert [i.amount_fen for i in money.instalments] == [29_997_00, 29_997_00, 30_006_00]


def test_a_plan_short_of_the_contract_is_saved_and_said_one_over_is_refused(services):
    c = contract(services)
    money = services.money.save_plan(c.id, [InstalmentInput("预付款", 3000), InstalmentInput("尾款", 6000)])
    assert money.plan.problems == ("percent_not_100",) and money.plan.difference == 100_000_00
    with pytest.raises(ValidationFailed) as err:
        services.money.save_plan(c.id, [InstalmentInput("a", amount_fen=900_000_00),
                                        InstalmentInput("b", amount_fen=200_000_00)])
    assert err.value.errors[0].code == "over_contract"
    assert len(services.money.deal_money(c.deal_id).instalments) == 2


def test_milestone_overdue_and_reminder_follow_the_clock(services, clock):
    c = contract(services)
    money = plan_30_60_10(services, c)
    acceptance = money.instalments[1]
    services.money.set_milestone(acceptance.id, date(2026, 11, 1))
    clock.now = datetime(2026, 11, 24, 9)
    inst = services.money.deal_money(c.deal_id).instalments[1]
    assert inst.due == date(2026, 12, 1) and inst.status == InstalmentStatus.PENDING and inst.remind
    clock.now = datetime(2026, 11, 23, 9)
    assert not services.money.deal_money(c.deal_id).instalments[1].remind
    clock.now = datetime(2026, 12, 2, 9)
    inst = services.money.deal_money(c.deal_id).instalments[1]
    assert inst.status == InstalmentStatus.OVERDUE and inst.remind
    due = services.money.collections(overdue_only=True)
    assert [(i.name, i.days_overdue) for i in due] == [("预付款", 83), ("验收款", 1)]


def test_one_payment_across_instalments_then_a_partial_one(services, clock):
    c = contract(services)
    money = plan_30_60_10(services, c)
    advance, acceptance, retention = money.instalments
    services.money.set_milestone(acceptance.id, date(2026, 11, 1))
    paid = services.money.record_payment(c.id, date(2026, 11, 2), 500_000_00)
    assert paid.allocations == ((advance.id, 300_000_00), (acceptance.id, 200_000_00))
    money = services.money.deal_money(c.deal_id)
    assert [i.status for i in money.instalments] == [InstalmentStatus.COLLECTED, InstalmentStatus.PARTIAL,
                                                     InstalmentStatus.PENDING]
    assert (money.collected_fen, money.outstanding_fen) == (500_000_00, 500_000_00)
    services.money.record_payment(c.id, date(2026, 11, 10), 100_000_00, split={retention.id: 100_000_00})
    money = services.money.deal_money(c.deal_id)
    assert money.instalments[2].status == InstalmentStatus.COLLECTED
    assert services.money.summaries()[c.deal_id].collected_fen == 600_000_00
    assert services.money.collected_between(date(2026, 11, 1), date(2026, 11, 5)) == 500_000_00
    assert services.money.collected_by_month(date(2026, 1, 1), date(2026, 12, 31)) == [
        (date(2026, 11, 1), 600_000_00)]
    services.money.delete_payment(paid.id)
    assert services.money.deal_money(c.deal_id).collected_fen == 100_000_00
    services.money.restore_payment(paid.id)
    assert services.money.deal_money(c.deal_id).collected_fen == 600_000_00


@pytest.mark.parametrize(("kwargs", "field", "code"), [
    ({"amount_fen": -5}, "amount_fen", "amount_not_positive"),
    ({"amount_fen": 0}, "amount_fen", "amount_not_positive"),
    ({"amount_fen": 1_000_001_00}, "amount_fen", "more_than_due"),
    ({"received_on": date(2026, 8, 31)}, "received_on", "before_contract"),
    ({"received_on": date(2026, 11, 21)}, "received_on", "date_in_future"),
    ({"method": "acceptance_bill"}, "bill_matures_on", "required"),
    ({"split": {999: 100}}, "amount_fen", "unknown"),
])
def test_bad_payments_are_refused_with_nothing_saved(services, kwargs, field, code):
    c = contract(services)
    plan_30_60_10(services, c)
    before = counts(services)
    args = {"received_on": date(2026, 11, 1), "amount_fen": 100_00} | kwargs
    with pytest.raises(ValidationFailed) as err:
        services.money.record_payment(c.id, args.pop("received_on"), args.pop("amount_fen"), **args)
    assert (err.value.errors[0].field, err.value.errors[0].code) == (field, code)
    assert counts(services) == before


def test_bad_contracts_plans_and_invoices_are_refused(services):
    deal = make_deal(services, "华东精密", "MES", 100, stage="won")
    for amount in (-1, 0, None):
        with pytest.raises(ValidationFailed):
            services.money.save_contract(ContractRecord(deal_id=deal, signed_on=SIGNED, amount_fen=amount))
    with pytest.raises(ValidationFailed):
        services.money.save_contract(ContractRecord(deal_id=deal, amount_fen=100))
    assert counts(services) == (0, 0, 0, 0, 0)
    c = contract(services, deal=deal)
    with pytest.raises(ValidationFailed) as err:
        services.money.save_plan(c.id, [InstalmentInput("预付款", 3000, due_on=date(2026, 8, 1))])
    assert err.value.errors[0].code == "before_contract"
    with pytest.raises(ValidationFailed):
        services.money.save_plan(c.id, [InstalmentInput("预付款", amount_fen=-100)])
    with pytest.raises(ValidationFailed):
        services.money.save_invoice(InvoiceRecord(contract_id=c.id, amount_fen=-1))
    with pytest.raises(ValidationFailed) as err:
        services.money.save_invoice(InvoiceRecord(contract_id=c.id, amount_fen=100, status="issued",
                                                  issued_on=date(2026, 8, 1)))
    assert err.value.errors[0].code == "before_contract"
    with pytest.raises(ValidationFailed) as err:
        services.money.save_contract(replace(c, id=None))
    assert err.value.errors[0].code == "contract_exists"
    assert counts(services) == (1, 0, 0, 0, 0)


def test_invoices_to_issue_and_tax(services):
    c = contract(services)
    money = plan_30_60_10(services, c)
    v = services.money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=money.instalments[0].id,
                                                  amount_fen=300_000_00, tax_rate_bp=1300))
    assert v.tax_fen == 34_513_27  # 300,000 − 300,000 / 1.13, to the fen
    [todo] = services.money.invoices_to_issue()
    assert (todo.invoice_id, todo.instalment, todo.company) == (v.id, "预付款", "华东精密")
    services.money.save_invoice(replace(v, status="issued", number="0123", issued_on=date(2026, 9, 5)))
    assert services.money.invoices_to_issue() == []
    assert services.money.deal_money(c.deal_id).instalments[0].invoiced_fen == 300_000_00


def test_receivables_ageing_by_month_and_company(services, clock):
    c = contract(services)
    plan_30_60_10(services, c)
    report = services.money.receivables()
    assert report.ageing["61-90"] == 300_000_00  # 预付款 due 09-10, 71 days on 11-20
    assert report.ageing["not_due"] == 700_000_00 and report.no_date_fen == 600_000_00
    assert report.by_month == ((date(2026, 11, 1), 300_000_00), (date(2027, 9, 1), 100_000_00))
    assert report.by_company == (("华东精密", 1_000_000_00),)
    due = services.money.instalments_due(date(2027, 9, 1), date(2027, 9, 30))
    assert [i.name for i in due] == ["质保金"]


def test_a_success_fee_due_on_collection_follows_the_payments(services):
    p = services.partners.mark(new_contact_name="钱斌")
    p = services.partners.save(replace(p, success_fee_kind="percent", success_fee_value=10,
                                       success_fee_on="collection"))
    deal = make_deal(services, "康宁医疗", "追溯", 1_000_000, stage="negotiation", referrer_id=p.id)
    c = contract(services, deal=deal)
    plan_30_60_10(services, c)
    assert [f for f in services.partners.fees(p.id) if f.kind == FeeKind.SUCCESS] == []
    services.money.record_payment(c.id, date(2026, 9, 10), 300_000_00)
    [fee] = [f for f in services.partners.fees(p.id) if f.kind == FeeKind.SUCCESS]
    assert (fee.amount, fee.status, fee.due_since) == (30_000, FeeStatus.DUE, date(2026, 9, 10))
    services.partners.record_payment(fee.id, 30_000, date(2026, 9, 15))
    services.money.record_payment(c.id, date(2026, 11, 1), 200_000_00)
    due = [f for f in services.partners.fees(p.id) if f.kind == FeeKind.SUCCESS and f.status == FeeStatus.DUE]
    assert [(f.amount, f.due_since) for f in due] == [(20_000, date(2026, 11, 1))]


def test_a_partner_setting_for_collection_is_checked(services):
    p = services.partners.mark(new_contact_name="钱斌")
    with pytest.raises(ValidationFailed):
        services.partners.save(replace(p, success_fee_on="someday"))
    assert services.partners.get(p.id).success_fee_on == "signing"


def test_attachments_kept_in_the_book_and_the_25_mb_limit(services, tmp_path):
    deal = make_deal(services, "华东精密", "MES", 100)
    a = services.attachments.add("报价单.pdf", b"%PDF-1.4 quote", deal_id=deal)
    assert (a.mime, a.size) == ("application/pdf", 14)
    assert services.attachments.data(a.id) == b"%PDF-1.4 quote"
    assert [x.name for x in services.attachments.list(deal_id=deal)] == ["报价单.pdf"]
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * (MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(ValidationFailed) as err:
        services.attachments.add_file(big, deal_id=deal)
    assert err.value.errors[0].code == "too_big"
    big.write_bytes(b"x" * MAX_ATTACHMENT_BYTES)
    assert services.attachments.add_file(big, deal_id=deal).size == MAX_ATTACHMENT_BYTES
    out = services.attachments.save_to(a.id, tmp_path / "out")
    assert out.read_bytes() == b"%PDF-1.4 quote" and out.name == "报价单.pdf"
    assert services.attachments.save_to(a.id, tmp_path / "out").name == "报价单 (2).pdf"
    services.attachments.delete(a.id)
    assert [x.name for x in services.attachments.list(deal_id=deal)] == ["scan.pdf"]
    with pytest.raises(ValidationFailed):
        services.attachments.add("../../etc/x", b"", deal_id=deal)


def test_a_backup_holds_the_attachments_they_live_in_the_book(services, tmp_path):
    from desktop.services.backups import back_up_now

    deal = make_deal(services, "华东精密", "MES", 100)
    scan = bytes(range(256)) * 1000
    services.attachments.add("合同.pdf", scan, deal_id=deal)
    copy = back_up_now(services.book.path, datetime(2026, 11, 20, 10), tmp_path / "backup.dealbrief")
    from desktop.services.container import Services

    restored = Services.open(copy, create=False)
    try:
        [a] = restored.attachments.list(deal_id=deal)
        assert (a.name, restored.attachments.data(a.id)) == ("合同.pdf", scan)
    finally:
        restored.close()


def test_customer_documents_never_read_attachments():
    """Attachments stay the seller's: no document module reaches their table or service."""
    import pathlib

    import desktop.documents

    folder = pathlib.Path(desktop.documents.__file__).parent
    for source in folder.rglob("*.py"):
        text = source.read_text("utf-8")
        assert "attachment" not in text.lower(), source


def test_an_instalment_paid_only_against_an_invoice_asks_for_it_before_it_falls_due(services):
    c = contract(services)
    money = services.money.save_plan(c.id, [
        InstalmentInput("预付款", 3000, due_on=date(2026, 11, 25), invoice_first=True),
        InstalmentInput("尾款", 7000, due_on=date(2026, 12, 30), invoice_first=True),
    ])
    [todo] = services.money.invoices_to_issue()
    assert (todo.invoice_id, todo.instalment_id, todo.instalment, todo.amount_fen) == (
        None, money.instalments[0].id, "预付款", 300_000_00)
    v = services.money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=money.instalments[0].id,
                                                  amount_fen=300_000_00))
    assert [(t.invoice_id, t.instalment) for t in services.money.invoices_to_issue()] == [(v.id, "预付款")]
    services.money.save_invoice(replace(v, status="issued", issued_on=date(2026, 11, 19)))
    assert services.money.invoices_to_issue() == []


def test_a_void_instalment_is_no_longer_outstanding_anywhere(services):
    c = contract(services)
    money = plan_30_60_10(services, c)
    services.money.record_payment(c.id, date(2026, 9, 10), 900_000_00)
    assert services.money.summaries()[c.deal_id].outstanding_fen == 100_000_00
    assert c.deal_id in services.money.with_outstanding()
    services.money.set_void(money.instalments[2].id)
    assert services.money.deal_money(c.deal_id).outstanding_fen == 0
    assert services.money.summaries()[c.deal_id].outstanding_fen == 0
    assert c.deal_id not in services.money.with_outstanding()
    assert services.money.receivables().total == 0
