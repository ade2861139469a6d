"""After the signature, as plain records: a deal's contract, its payment plan, the payments and
invoices, what is still to collect, and the files kept with a deal or a company.

Amounts are integer fen, rates basis points (see desktop.domain.money for the rules).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.money import InstalmentStatus, PlanCheck

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # 25 MB: a contract scan fits, a video does not


class Settlement(StrEnum):
    ONE_TIME = "one_time"  # 一次性付款
    PREPAID = "prepaid"  # 预存
    MONTHLY = "monthly"  # 月度结算
    QUARTERLY = "quarterly"  # 季度结算


class PaymentMethod(StrEnum):
    TRANSFER = "transfer"  # 对公转账
    ACCEPTANCE_BILL = "acceptance_bill"  # 承兑汇票, cash at its maturity date
    CASH = "cash"  # 现金
    OTHER = "other"


class InvoiceKind(StrEnum):
    SPECIAL = "special"  # 增值税专用发票: the buyer deducts the tax
    ORDINARY = "ordinary"  # 普通发票


class InvoiceMedium(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"


class InvoiceStatus(StrEnum):
    TO_ISSUE = "to_issue"
    ISSUED = "issued"
    SENT = "sent"


SETTLEMENT_WORDS = {
    Settlement.ONE_TIME: ("One payment", "一次性付款"), Settlement.PREPAID: ("Prepaid", "预存"),
    Settlement.MONTHLY: ("Monthly settlement", "月度结算"),
    Settlement.QUARTERLY: ("Quarterly settlement", "季度结算"),
}
METHOD_WORDS = {
    PaymentMethod.TRANSFER: ("Bank transfer", "对公转账"),
    PaymentMethod.ACCEPTANCE_BILL: ("Bank acceptance bill", "承兑汇票"),
    PaymentMethod.CASH: ("Cash", "现金"), PaymentMethod.OTHER: ("Other", "其他"),
}
INVOICE_KIND_WORDS = {
    InvoiceKind.SPECIAL: ("Special VAT invoice", "增值税专用发票"),
    InvoiceKind.ORDINARY: ("Ordinary VAT invoice", "普通发票"),
}
INVOICE_MEDIUM_WORDS = {InvoiceMedium.ELECTRONIC: ("electronic", "电子"),
                        InvoiceMedium.PAPER: ("paper", "纸质")}
INVOICE_STATUS_WORDS = {
    InvoiceStatus.TO_ISSUE: ("To issue", "待开票"), InvoiceStatus.ISSUED: ("Issued", "已开票"),
    InvoiceStatus.SENT: ("Sent", "已寄出"),
}


@dataclass(frozen=True)
class ContractRecord:
    id: int | None = None
    deal_id: int | None = None
    number: str = ""
    signed_on: date | None = None
    amount_fen: int | None = None
    currency: str = "CNY"
    our_party: str = ""
    customer_party: str = ""
    payment_terms: str = ""
    settlement: str = Settlement.ONE_TIME.value


@dataclass(frozen=True)
class InstalmentInput:
    """One line of a plan as the seller edits it (id None for a new line)."""

    name: str
    percent_bp: int | None = None
    amount_fen: int | None = None
    due_on: date | None = None
    milestone: str = ""
    milestone_days: int | None = None
    milestone_on: date | None = None
    reminder_days: int = 7
    invoice_first: bool = False
    id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class InstalmentRecord:
    id: int
    contract_id: int
    position: int
    name: str
    percent_bp: int | None
    amount_fen: int
    due_on: date | None
    milestone: str
    milestone_days: int | None
    milestone_on: date | None
    reminder_days: int
    invoice_first: bool
    void: bool
    due: date | None  # the fixed date, or the milestone's plus N days once it happened
    collected_fen: int
    status: InstalmentStatus
    remind: bool  # inside its reminder window and not collected
    invoiced_fen: int = 0  # invoices issued or sent for it
    note: str = ""

    @property
    def outstanding_fen(self) -> int:
        return 0 if self.void else max(0, self.amount_fen - self.collected_fen)

    def as_input(self) -> InstalmentInput:
        return InstalmentInput(self.name, self.percent_bp, None if self.percent_bp else self.amount_fen,
                               self.due_on, self.milestone, self.milestone_days, self.milestone_on,
                               self.reminder_days, self.invoice_first, self.id, self.note)


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    contract_id: int
    received_on: date
    amount_fen: int
    method: str
    bill_matures_on: date | None = None
    reference: str = ""
    note: str = ""
    allocations: tuple[tuple[int, int], ...] = ()  # (instalment id, fen)


@dataclass(frozen=True)
class InvoiceRecord:
    id: int | None = None
    contract_id: int | None = None
    instalment_id: int | None = None
    kind: str = InvoiceKind.SPECIAL.value
    medium: str = InvoiceMedium.ELECTRONIC.value
    number: str = ""
    issued_on: date | None = None
    amount_fen: int | None = None
    tax_rate_bp: int = 1300
    status: str = InvoiceStatus.TO_ISSUE.value
    note: str = ""

    @property
    def tax_fen(self) -> int:
        """The VAT inside a tax-inclusive amount, rounded half up to the fen."""
        if not self.amount_fen:
            return 0
        net = (self.amount_fen * 10_000 * 2 + (10_000 + self.tax_rate_bp)) // (2 * (10_000 + self.tax_rate_bp))
        return self.amount_fen - net


@dataclass(frozen=True)
class DealMoney:
    """The Money tab of a deal: contract, plan, payments, invoices and the balance."""

    deal_id: int
    contract: ContractRecord | None = None
    instalments: tuple[InstalmentRecord, ...] = ()
    payments: tuple[PaymentRecord, ...] = ()
    invoices: tuple[InvoiceRecord, ...] = ()
    plan: PlanCheck | None = None

    @property
    def contract_fen(self) -> int:
        return self.contract.amount_fen or 0 if self.contract else 0

    @property
    def collected_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments)

    @property
    def outstanding_fen(self) -> int:
        """Still to collect: the contract less what came in (void instalments are forgone)."""
        void = sum(i.amount_fen - i.collected_fen for i in self.instalments if i.void)
        return max(0, self.contract_fen - self.collected_fen - void)

    @property
    def overdue_fen(self) -> int:
        return sum(i.outstanding_fen for i in self.instalments if i.status == InstalmentStatus.OVERDUE)

    @property
    def invoiced_fen(self) -> int:
        return sum(v.amount_fen or 0 for v in self.invoices if v.status != InvoiceStatus.TO_ISSUE)


@dataclass(frozen=True)
class MoneySummary:
    """A deal's money in one line (board cards, the deals list's filter)."""

    deal_id: int
    contract_fen: int
    collected_fen: int
    currency: str = "CNY"
    outstanding_fen: int = 0
    overdue_fen: int = 0


@dataclass(frozen=True)
class CollectionItem:
    """An instalment still to collect, with its deal (Today, the CLI, the calendar)."""

    instalment_id: int
    deal_id: int
    contract_id: int
    company: str
    deal_title: str
    name: str
    due: date | None
    amount_fen: int
    collected_fen: int
    currency: str
    status: InstalmentStatus
    days_overdue: int = 0
    invoice_first: bool = False

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.amount_fen - self.collected_fen)

    @property
    def id(self) -> int:
        return self.instalment_id


@dataclass(frozen=True)
class InvoiceToIssue:
    """An invoice to issue: one entered as "to issue" (invoice_id), or an instalment that needs
    its invoice before the customer pays and has none yet (invoice_id None, instalment_id set)."""

    invoice_id: int | None
    deal_id: int
    company: str
    deal_title: str
    amount_fen: int
    currency: str
    kind: str
    instalment: str = ""
    due: date | None = None  # the instalment's due date, when the invoice is for one
    instalment_id: int | None = None


@dataclass(frozen=True)
class ReceivablesReport:
    """Money still to come, as the receivables view shows it."""

    as_of: date
    currency: str
    ageing: dict[str, int] = field(default_factory=dict)  # AgeBucket value → fen
    by_month: tuple[tuple[date, int], ...] = ()
    by_company: tuple[tuple[str, int], ...] = ()
    no_date_fen: int = 0  # waiting for a milestone that has not happened

    @property
    def total(self) -> int:
        return sum(self.ageing.values())


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    name: str
    mime: str
    size: int
    added_at: datetime
    deal_id: int | None = None
    company_id: int | None = None
