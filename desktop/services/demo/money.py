"""Demo money after the signature: the won deal's contract and payment plan, a payment (the
advance came in part and is overdue, the acceptance instalment falls due this week), an invoice
sent and one to issue, a contract scan kept with the deal and a quotation with a company — so
the Money tab, Today's collections and the receivables have something real."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.domain.contracts import ContractRecord, InstalmentInput, InvoiceRecord

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.demo import DemoSummary

YUAN = 100


def demo_pdf(lines: list[str]) -> bytes:
    """A small one-page PDF (ASCII text only) standing in for a scanned contract."""
    text = "BT /F1 14 Tf 72 760 Td 18 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >>"),
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("ascii")


def add(services: Services, ids: dict[str, int], summary: DemoSummary) -> None:
    today = services.clock().date()
    money = services.money
    # 海天 品控数据化, won 30 days ago: the advance came in part, late; acceptance is this week.
    deal_id = ids["deal:haitian_qc"]
    signed = today - timedelta(days=30)
    c = money.save_contract(ContractRecord(
        deal_id=deal_id, number="HT-2026-118", signed_on=signed, amount_fen=320_000 * YUAN,
        our_party="上海数维软件有限公司", customer_party="海天食品加工有限公司",
        payment_terms="合同签订后 10 日内支付 30% 预付款；验收合格后 30 日内支付 60%；质保期满一年后支付 10% 质保金。",
        settlement="one_time"))
    plan = money.save_plan(c.id, [
        InstalmentInput("预付款", 3000, due_on=signed + timedelta(days=10)),
        InstalmentInput("验收款", 6000, milestone="验收", milestone_days=30, milestone_on=today - timedelta(days=25),
                        invoice_first=True),
        InstalmentInput("质保金", 1000, due_on=signed + timedelta(days=365), reminder_days=30),
    ])
    money.record_payment(c.id, today - timedelta(days=18), 50_000 * YUAN, reference="招商银行 回单 0118")
    money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=plan.instalments[0].id, number="24312000000118",
                                     issued_on=signed + timedelta(days=3), amount_fen=96_000 * YUAN,
                                     tax_rate_bp=600, status="sent"))
    money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=plan.instalments[1].id,
                                     amount_fen=192_000 * YUAN, tax_rate_bp=600))
    services.attachments.add("HT-2026-118 合同扫描件.pdf", demo_pdf(
        ["Contract HT-2026-118", "Haitian Food Processing Co., Ltd.", "Quality data platform",
         "Amount: CNY 320,000.00", "(demo scan)"]), deal_id=deal_id)

    services.attachments.add("一期 MES 报价单.pdf", demo_pdf(["Quotation", "MES phase 1", "CNY 860,000"]),
                             company_id=ids["huadong"])
    summary.add("contracts", 1)
    summary.add("payments", 1)
    summary.add("attachments", 2)
