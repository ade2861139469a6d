"""The JSON export carries contracts, plans, payments, invoices and attachments (bytes as
base64), and reads back into an empty book as the same book."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

from desktop.domain.contracts import ContractRecord, InstalmentInput, InvoiceRecord
from desktop.services.container import Services
from tests.builders import make_deal


def test_money_and_attachments_make_the_round_trip(services: Services, tmp_path: Path, clock) -> None:
    deal = make_deal(services, "华东精密", "MES 升级", 1_000_000, stage="won")
    c = services.money.save_contract(ContractRecord(deal_id=deal, number="HT-1", signed_on=date(2026, 9, 1),
                                                    amount_fen=1_000_000_00, settlement="quarterly"))
    plan = services.money.save_plan(c.id, [InstalmentInput("预付款", 3000, due_on=date(2026, 9, 10)),
                                           InstalmentInput("验收款", 7000, milestone="验收", milestone_days=30)])
    services.money.record_payment(c.id, date(2026, 9, 12), 300_000_00, "acceptance_bill",
                                  bill_matures_on=date(2027, 3, 12))
    services.money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=plan.instalments[1].id,
                                              amount_fen=700_000_00, tax_rate_bp=600))
    scan = bytes(range(256)) * 40
    services.attachments.add("合同扫描件.pdf", scan, deal_id=deal)
    company = services.deals.get(deal).company_id
    services.attachments.add("名片.jpg", b"\xff\xd8\xff card", company_id=company)
    path = services.exporting.whole_book(tmp_path / "book.json").path
    data = json.loads(path.read_text("utf-8"))
    [blob, _card] = data["tables"]["attachment_data"]
    assert base64.b64decode(blob["data"]["base64"]) == scan
    assert data["tables"]["payment"][0]["amount_fen"] == 300_000_00

    other = Services.open(tmp_path / "new.dealbrief", clock)
    try:
        other.importing.apply_book(other.importing.read_book(path))
        same = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
        assert same(other.exporting.book_data()) == same(services.exporting.book_data())
        [a] = other.attachments.list(deal_id=deal)
        assert other.attachments.data(a.id) == scan
        money = other.money.deal_money(deal)
        assert (money.collected_fen, money.contract.settlement) == (300_000_00, "quarterly")
    finally:
        other.close()


def _exported(services: Services, tmp_path: Path) -> dict:
    deal = make_deal(services, "华东精密", "MES 升级", 1_000_000, stage="won")
    c = services.money.save_contract(ContractRecord(deal_id=deal, signed_on=date(2026, 9, 1),
                                                    amount_fen=1_000_000_00))
    services.money.save_plan(c.id, [InstalmentInput("预付款", 3000, due_on=date(2026, 9, 10)),
                                    InstalmentInput("尾款", 7000, due_on=date(2026, 12, 10))])
    services.money.record_payment(c.id, date(2026, 9, 12), 300_000_00)
    services.attachments.add("报价单.pdf", b"%PDF quote", deal_id=deal)
    services.partners.mark(new_contact_name="钱斌")
    path = services.exporting.whole_book(tmp_path / "book.json").path
    return json.loads(path.read_text("utf-8"))


def test_money_values_that_do_not_fit_are_refused_with_nothing_written(services, tmp_path, clock):
    import pytest

    from desktop.services.importing.book_values import BookJsonInvalid

    data = _exported(services, tmp_path)
    data["tables"]["payment"][0]["amount_fen"] = -300
    data["tables"]["instalment"][0]["percent_bp"] = 15_000
    data["tables"]["invoice"] = [{"id": 1, "contract_id": 1, "amount_fen": 100, "tax_rate_bp": 1300,
                                  "status": "paid", "kind": "special", "medium": "paper",
                                  "created_at": "2026-11-20T09:30:00"}]
    data["tables"]["partner"][0]["success_fee_on"] = "someday"
    data["tables"]["attachment_data"][0]["data"] = {
        "base64": base64.b64encode(b"x" * (25 * 1024 * 1024 + 1)).decode("ascii")}
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    other = Services.open(tmp_path / "new.dealbrief", clock)
    try:
        with pytest.raises(BookJsonInvalid) as err:
            other.importing.apply_book(other.importing.read_book(broken))
        found = {(p.table, p.column, p.code) for p in err.value.problems}
        assert found == {("payment", "amount_fen", "out_of_range"), ("instalment", "percent_bp", "out_of_range"),
                         ("invoice", "status", "not_allowed"), ("partner", "success_fee_on", "not_allowed"),
                         ("attachment_data", "data", "too_long")}
        assert other.importing.book_is_empty() and other.money.collections(ahead_days=None) == []
    finally:
        other.close()
