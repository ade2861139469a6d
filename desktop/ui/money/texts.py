"""Translated words for money: statuses, methods, invoice kinds, the money service's error codes
in plain words, and amounts in the seller's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.contracts import (
    InvoiceKind,
    InvoiceMedium,
    InvoiceStatus,
    PaymentMethod,
    Settlement,
)
from desktop.domain.errors import FieldError
from desktop.domain.money import MAX_FEN, InstalmentStatus, PlanCheck, format_fen, percent_text
from desktop.ui import style
from desktop.ui.i18n import current_language
from desktop.ui.messages import field_error_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def tr(text: str) -> str:
    """A word already marked for translation in the context "Money", looked up."""
    return translate("Money", text)


def fen(amount: int | None, currency: str = "CNY", *, compact: bool = False) -> str:
    return format_fen(amount, currency, current_language(), compact=compact)


def status_text(status: InstalmentStatus) -> str:
    return {
        InstalmentStatus.PENDING: translate("Money", "Pending"),
        InstalmentStatus.PARTIAL: translate("Money", "Partly collected"),
        InstalmentStatus.COLLECTED: translate("Money", "Collected"),
        InstalmentStatus.OVERDUE: translate("Money", "Overdue"),
        InstalmentStatus.VOID: translate("Money", "Void"),
    }[InstalmentStatus(status)]


STATUS_COLOURS = {
    InstalmentStatus.OVERDUE: style.OVERDUE, InstalmentStatus.COLLECTED: style.SUCCESS,
    InstalmentStatus.PARTIAL: style.WARNING, InstalmentStatus.VOID: style.SUBTLE,
}


def method_text(method: str) -> str:
    return {
        PaymentMethod.TRANSFER: translate("Money", "Bank transfer"),
        PaymentMethod.ACCEPTANCE_BILL: translate("Money", "Bank acceptance bill"),
        PaymentMethod.CASH: translate("Money", "Cash"),
        PaymentMethod.OTHER: translate("Money", "Other"),
    }.get(method, method)


def settlement_text(kind: str) -> str:
    return {
        Settlement.ONE_TIME: translate("Money", "One payment"),
        Settlement.PREPAID: translate("Money", "Prepaid"),
        Settlement.MONTHLY: translate("Money", "Monthly settlement"),
        Settlement.QUARTERLY: translate("Money", "Quarterly settlement"),
    }.get(kind, kind)


def invoice_kind_text(kind: str) -> str:
    return {
        InvoiceKind.SPECIAL: translate("Money", "Special VAT invoice"),
        InvoiceKind.ORDINARY: translate("Money", "Ordinary VAT invoice"),
    }.get(kind, kind)


def invoice_medium_text(medium: str) -> str:
    return {
        InvoiceMedium.ELECTRONIC: translate("Money", "Electronic"),
        InvoiceMedium.PAPER: translate("Money", "Paper"),
    }.get(medium, medium)


def invoice_status_text(status: str) -> str:
    return {
        InvoiceStatus.TO_ISSUE: translate("Money", "To issue"),
        InvoiceStatus.ISSUED: translate("Money", "Issued"),
        InvoiceStatus.SENT: translate("Money", "Sent"),
    }.get(status, status)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Money", "%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")
    if size >= 1024:
        return translate("Money", "%1 KB").replace("%1", f"{size / 1024:.0f}")
    return translate("Money", "%1 bytes").replace("%1", str(size))


def plan_text(check: PlanCheck | None, currency: str) -> str:
    """The plan measured against the contract, in plain words ('' when it adds up exactly)."""
    if check is None:
        return translate("Money", "No payment plan yet: add the instalments the contract names "
                                  "(预付款, 验收款, 尾款…).")
    parts: list[str] = []
    total, gap, contract = (fen(check.amount_total, currency), fen(abs(check.difference), currency),
                            fen(check.contract_fen, currency))
    if "percent_over" in check.problems:
        words = translate("Money", "The percentages add up to %1, more than 100 %.")
        parts.append(words.replace("%1", percent_text(check.percent_total_bp)))
    elif "percent_not_100" in check.problems:
        words = translate("Money", "The percentages add up to %1, not 100 %: %2 of the contract is "
                                   "in no instalment.")
        parts.append(words.replace("%1", percent_text(check.percent_total_bp)).replace("%2", gap))
    elif "amounts_not_total" in check.problems:
        if check.difference > 0:
            words = translate("Money", "The instalments add up to %1, %2 less than the contract (%3).")
        else:
            words = translate("Money", "The instalments add up to %1, %2 more than the contract (%3).")
        parts.append(words.replace("%1", total).replace("%2", gap).replace("%3", contract))
    if check.rounding_fen:
        words = translate("Money", "Rounding: each percentage is rounded down to the fen; the %1 left "
                                   "over go to the last percentage instalment.")
        parts.append(words.replace("%1", fen(check.rounding_fen, currency)))
    return " ".join(parts)


def error_text(error: FieldError) -> str:
    """A money error in plain words (codes from MoneyService and AttachmentService)."""
    code, detail = error.code, error.detail
    if code == "amount_not_positive":
        return translate("Money", "The amount must be more than zero.")
    if code == "amount_invalid":
        return translate("Money", "This is not an amount. Type it like 300000, 30万 or 1,234.56.")
    if code == "percent_invalid":
        return translate("Money", "This is not a percentage. Type it like 30% or 33.33%.")
    if code == "too_large":
        return translate("Money", "This amount is too large (at most %1).").replace("%1", fen(MAX_FEN))
    if code == "more_than_due":
        return translate("Money", "This payment is more than is still due (%1). Check the amount, or "
                                  "add the instalment it pays to the plan.").replace("%1", _fen(detail))
    if code == "over_instalment":
        return translate("Money", "More than this instalment still waits for (%1).").replace("%1", _fen(detail))
    if code == "split_not_payment":
        return translate("Money", "The amounts given to the instalments do not add up to the payment.")
    if code == "before_contract":
        return translate("Money", "This date is before the contract was signed (%1).").replace("%1", detail)
    if code == "after_payments":
        return translate("Money", "The contract cannot be signed after its first payment (%1).") \
            .replace("%1", detail)
    if code == "date_in_future":
        return translate("Money", "This date is in the future.")
    if code == "before_received":
        return translate("Money", "A bill cannot mature before the day it was received.")
    if code == "no_plan":
        return translate("Money", "This contract has no payment plan yet: add its instalments first.")
    if code == "contract_exists":
        return translate("Money", "This deal already has a contract: edit it instead.")
    if code == "percent_over":
        return translate("Money", "The percentages add up to more than 100 %.")
    if code == "percent_range":
        return translate("Money", "A percentage is between 0 and 100.")
    if code == "over_contract":
        return translate("Money", "This is more than the contract amount (by %1).").replace("%1", _fen(detail))
    if code == "remove_collected":
        return translate("Money", "“%1” has money collected on it and cannot be removed: mark it void "
                                  "instead.").replace("%1", detail)
    if code == "below_collected":
        return translate("Money", "“%1” would be less than what was already collected on it.") \
            .replace("%1", detail)
    if code == "negative":
        return translate("Money", "This cannot be negative.")
    if code == "too_big":
        size = size_text(int(detail)) if detail.isdigit() else detail
        return translate("Money", "This file is %1; a file kept in the book can be at most 25 MB. Keep a "
                                  "smaller copy (a scan at a lower resolution), or keep the file elsewhere "
                                  "and note where.").replace("%1", size)
    if code == "empty":
        return translate("Money", "This file is empty: there is nothing to keep.")
    if code == "cannot_read":
        return translate("Money", "This file cannot be read.")
    if code == "unknown":
        return translate("Money", "That instalment is no longer in the plan.")
    if code == "not_saved":
        return translate("Money", "Not saved: see the message shown.")
    return field_error_text(error)


def _fen(detail: str) -> str:
    return fen(int(detail)) if detail.lstrip("-").isdigit() else detail
