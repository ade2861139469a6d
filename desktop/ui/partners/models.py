"""Item models of the Partners area: partners, their referred deals, fees, given log, report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.language import is_chinese
from desktop.domain.money import format_amount
from desktop.domain.partners import (
    FeeRecord,
    GivenRecord,
    PartnerSummary,
    ReferredDeal,
    ReportRow,
    policy_text,
)
from desktop.ui.dates import date_text
from desktop.ui.i18n import current_language
from desktop.ui.models import SORT_ROLE, Index, RecordTableModel

language = current_language


def money(amount: int | None, currency: str = "CNY") -> str:
    return format_amount(amount, currency, language()) if amount else ""


def fee_kind_text(kind: str) -> str:
    return {
        "finder": QCoreApplication.translate("Partners", "Finder's fee"),
        "success": QCoreApplication.translate("Partners", "Success fee"),
    }.get(kind, kind)


def fee_status_text(fee: FeeRecord) -> str:
    if fee.status == "paid":
        return QCoreApplication.translate("Partners", "Paid %1 on %2").replace(
            "%1", money(fee.paid_amount, fee.currency)).replace("%2", date_text(fee.paid_on))
    return {
        "due": QCoreApplication.translate("Partners", "Due since %1").replace("%1", date_text(fee.due_since)),
        "waived": QCoreApplication.translate("Partners", "Waived"),
        "cancelled": QCoreApplication.translate("Partners", "Cancelled"),
    }.get(fee.status, fee.status)


class _SortByDate(RecordTableModel):
    """Dates and amounts sort by value, not by their display text."""

    def sort_value(self, record: Any, column: int) -> Any:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid():
            value = self.sort_value(self.record(index.row()), index.column())
            if value is not None:
                return value
        return super().data(index, role)


class PartnerTableModel(_SortByDate):
    NAME, OFFERING, CITY, OPEN, WON, LOST, DUE, PAID, UPDATE, CONTACT = range(10)
    NUMERIC = (OPEN, WON, LOST, DUE, PAID)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("What they do"), self.tr("City"), self.tr("Open"),
            self.tr("Won"), self.tr("Lost"), self.tr("Fees owed"), self.tr("Fees paid"),
            self.tr("Last update sent"), self.tr("Last contact"),
        ]

    def value(self, r: PartnerSummary, column: int) -> Any:
        if column == self.UPDATE and r.last_update_sent is None:
            return self.tr("never")
        return (
            r.partner.name, r.partner.offering, r.partner.city, r.open_deals, r.won_deals,
            r.lost_deals, money(r.fees_due), money(r.fees_paid), date_text(r.last_update_sent),
            date_text(r.last_contact),
        )[column]

    def sort_value(self, r: PartnerSummary, column: int) -> Any:
        return {
            self.DUE: r.fees_due, self.PAID: r.fees_paid,
            self.UPDATE: r.last_update_sent.isoformat() if r.last_update_sent else "",
            self.CONTACT: r.last_contact.isoformat() if r.last_contact else "",
        }.get(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def search_text(self, r: PartnerSummary) -> str:
        p = r.partner
        return " ".join((p.name, p.name_alt, p.company_name, p.offering, p.reach_industries,
                         p.reach_companies, p.city, p.wechat))


class ReferredDealModel(_SortByDate):
    """The partner's deals; ids are deal ids (double-click opens the deal)."""

    CUSTOMER, PROJECT, STAGE, REFERRED, AMOUNT, FEES = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Deal"), self.tr("Stage"), self.tr("Referred on"),
                self.tr("Amount"), self.tr("Fees")]

    def value(self, d: ReferredDeal, column: int) -> Any:
        fees = ("；" if is_chinese(language()) else "; ").join(
            f"{fee_kind_text(f.kind)} {money(f.amount, f.currency)} · {fee_status_text(f)}" for f in d.fees
        )
        return (
            d.company_name,
            d.title,
            d.stage_name(language()),
            date_text(d.referred_on),
            money(d.amount, d.currency),
            fees,
        )[column]

    def sort_value(self, d: ReferredDeal, column: int) -> Any:
        return {self.REFERRED: d.referred_on.isoformat() if d.referred_on else "", self.AMOUNT: d.amount or 0}.get(
            column
        )

    def search_text(self, d: ReferredDeal) -> str:
        return f"{d.company_name} {d.title}"


class FeeTableModel(_SortByDate):
    DEAL, KIND, AMOUNT, STATUS, NOTE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Deal"), self.tr("Fee"), self.tr("Amount"), self.tr("Status"), self.tr("Note")]

    def value(self, f: FeeRecord, column: int) -> Any:
        amount = money(f.amount, f.currency)
        if f.status == "due" and not f.amount:  # a percentage of a deal without an amount yet
            amount = QCoreApplication.translate("Partners", "deal amount not set")
        return (f"{f.company_name} · {f.deal_title}", fee_kind_text(f.kind), amount, fee_status_text(f), f.note)[column]

    def sort_value(self, f: FeeRecord, column: int) -> Any:
        return {self.AMOUNT: f.amount, self.STATUS: f"{f.status}{f.due_since.isoformat()}"}.get(column)

    def search_text(self, f: FeeRecord) -> str:
        return f"{f.company_name} {f.deal_title} {f.note}"


class GivenTableModel(_SortByDate):
    DAY, WHAT = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What you did for them")]

    def value(self, g: GivenRecord, column: int) -> Any:
        return (date_text(g.given_on), g.description)[column]

    def sort_value(self, g: GivenRecord, column: int) -> Any:
        return g.given_on.isoformat() if column == self.DAY and g.given_on else None

    def search_text(self, g: GivenRecord) -> str:
        return g.description


class ReportTableModel(_SortByDate):
    NAME, REFERRALS, WON, LOST, OPEN, CONVERSION, WON_AMOUNT, EARNED, PAID = range(9)

    def headers(self) -> list[str]:
        return [
            self.tr("Partner"),
            self.tr("Referrals"),
            self.tr("Won"),
            self.tr("Lost"),
            self.tr("Still open"),
            self.tr("Conversion"),
            self.tr("Won amount"),
            self.tr("Fees earned"),
            self.tr("Fees paid"),
        ]

    def value(self, r: ReportRow, column: int) -> Any:
        conversion = f"{r.conversion:.0%}" if r.conversion is not None else "—"
        return (
            r.name,
            r.referrals,
            r.won,
            r.lost,
            r.still_open,
            conversion,
            money(r.won_amount),
            money(r.fees_earned),
            money(r.fees_paid),
        )[column]

    def sort_value(self, r: ReportRow, column: int) -> Any:
        return {
            self.CONVERSION: r.conversion if r.conversion is not None else -1,
            self.WON_AMOUNT: r.won_amount,
            self.EARNED: r.fees_earned,
            self.PAID: r.fees_paid,
        }.get(column)

    def search_text(self, r: ReportRow) -> str:
        return r.name


def policy_summary(kind: str, value: float) -> str:
    return policy_text(kind, value, language())
