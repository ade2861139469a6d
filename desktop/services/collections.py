"""Money across the book: what is still to collect (Today, the CLI, the calendar), invoices to
issue, receivables (ageing, by month, by company), money collected per period (Reports) and each
deal's money in one line (board cards, the deals filter). Reads only; `MoneyService` has these
methods (it is a `BookMoney`), so callers use `services.money.collections(…)` and friends.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.domain.clock import Clock
from desktop.domain.contracts import (
    CollectionItem,
    InvoiceToIssue,
    MoneySummary,
    ReceivablesReport,
)
from desktop.domain.money import (
    InstalmentStatus,
    Receivable,
    ageing,
    due_date,
    expected_by_month,
    instalment_status,
    outstanding_by_company,
)
from desktop.storage.queries import today as raw

if TYPE_CHECKING:
    from desktop.storage.book import Book

COLLECTIONS_AHEAD_DAYS = 7  # Today lists what falls due in the next week


class BookMoney:
    """The reads over every contract of the book. What Today needs (collections, invoices to
    issue) is read in plain SQL (storage/queries/today.py): Today's first paint has no SQLModel."""

    def __init__(self, book: Book, clock: Clock) -> None:
        self.book = book
        self.clock = clock

    def _today(self) -> date:
        return self.clock().date()

    def summaries(self) -> dict[int, MoneySummary]:
        """deal id → its contract and money collected (board cards, the deals list's filter);
        outstanding is the contract less what came in and less void instalments, as on the
        Money tab."""
        from desktop.storage.queries import money as q

        today = self._today()
        with self.book.raw_reading() as conn:
            per_inst = raw.collected_by_instalment(conn)
            instalments = raw.open_instalments(conn)
        overdue: dict[int, int] = {}
        for inst in instalments:
            got = per_inst.get(inst.id, 0)
            due = due_date(inst.due_on, inst.milestone_on, inst.milestone_days)
            if instalment_status(inst.amount_fen, got, due, today) == InstalmentStatus.OVERDUE:
                overdue[inst.contract_id] = overdue.get(inst.contract_id, 0) + inst.amount_fen - got
        with self.book.reading() as s:
            collected = q.collected_by_contract(s)
            forgone: dict[int, int] = {}  # void instalments: money no longer expected
            for inst in q.void_instalments(s):
                forgone[inst.contract_id] = forgone.get(inst.contract_id, 0) + max(
                    0, inst.amount_fen - per_inst.get(inst.id, 0))
            result: dict[int, MoneySummary] = {}
            for c in q.live_contracts(s):
                got = collected.get(c.id, 0)
                result[c.deal_id] = MoneySummary(c.deal_id, c.amount_fen, got, c.currency,
                                                 max(0, c.amount_fen - got - forgone.get(c.id, 0)),
                                                 overdue.get(c.id, 0))
            return result

    def collections(self, today: date | None = None, *, overdue_only: bool = False,
                    ahead_days: int | None = COLLECTIONS_AHEAD_DAYS) -> list[CollectionItem]:
        """Instalments still to collect that are overdue or fall due within `ahead_days`
        (None: every one with a date), most overdue first."""
        today = today or self._today()
        horizon = None if ahead_days is None else today + timedelta(days=ahead_days)
        items = [i for i in self._open_items(today) if i.due is not None]
        if overdue_only:
            items = [i for i in items if i.status == InstalmentStatus.OVERDUE]
        elif horizon is not None:
            items = [i for i in items if i.due <= horizon]
        return sorted(items, key=lambda i: (i.due, i.company, i.instalment_id))

    def instalments_due(self, start: date, end: date) -> list[CollectionItem]:
        """Instalments still to collect whose due date falls from `start` to `end` (both
        included) — for the calendar export."""
        return [i for i in self.collections(start, ahead_days=None) if i.due is not None and start <= i.due <= end]

    def _open_items(self, today: date) -> list[CollectionItem]:
        items = []
        with self.book.raw_reading() as conn:
            collected = raw.collected_by_instalment(conn)
            instalments = raw.open_instalments(conn)
        for inst in instalments:
            got = collected.get(inst.id, 0)
            if got >= inst.amount_fen:
                continue
            due = due_date(inst.due_on, inst.milestone_on, inst.milestone_days)
            status = instalment_status(inst.amount_fen, got, due, today)
            items.append(CollectionItem(
                inst.id, inst.deal_id, inst.contract_id, inst.company, inst.deal_title, inst.name, due,
                inst.amount_fen, got, inst.currency, status, max(0, (today - due).days) if due else 0,
                inst.invoice_first))
        return items

    def invoices_to_issue(self, today: date | None = None,
                          ahead_days: int = COLLECTIONS_AHEAD_DAYS) -> list[InvoiceToIssue]:
        """Invoices entered as "to issue", and instalments the customer pays only against an
        invoice (`invoice_first`) that fall due within `ahead_days` (or are overdue) with no
        invoice entered yet: the seller issues it first."""
        today = today or self._today()
        with self.book.raw_reading() as conn:
            found = [InvoiceToIssue(v.id, v.deal_id, v.company, v.deal_title, v.amount_fen, v.currency, v.kind,
                                    v.instalment or "",
                                    due_date(v.due_on, v.milestone_on, v.milestone_days) if v.has_instalment
                                    else None)
                     for v in raw.invoices_to_issue(conn)]
            invoiced = raw.instalments_with_invoices(conn)
        horizon = today + timedelta(days=ahead_days)
        for item in self._open_items(today):
            if item.invoice_first and item.instalment_id not in invoiced and item.due is not None \
                    and item.due <= horizon:
                found.append(InvoiceToIssue(None, item.deal_id, item.company, item.deal_title,
                                            item.outstanding_fen, item.currency, "", item.name, item.due,
                                            instalment_id=item.instalment_id))
        return sorted(found, key=lambda v: (v.due or date.max, v.company))

    def receivables(self, today: date | None = None, currency: str = "CNY") -> ReceivablesReport:
        """Ageing (0–30 / 31–60 / 61–90 / > 90 days past due), collections expected by month
        and outstanding by company, for contracts in `currency`."""
        today = today or self._today()
        items = [i for i in self._open_items(today) if i.currency == currency]
        receivables = [Receivable(i.instalment_id, i.outstanding_fen, i.due, i.company, i.deal_id) for i in items]
        aged = ageing(receivables, today)
        return ReceivablesReport(
            today, currency, {b.value: fen for b, fen in aged.buckets.items()},
            tuple(expected_by_month(receivables, today)), tuple(outstanding_by_company(receivables)),
            sum(r.outstanding_fen for r in receivables if r.due is None))

    def collected_between(self, start: date, end: date, currency: str = "CNY") -> int:
        """Fen received from `start` to `end` (both included) — 回款 for a period (Reports)."""
        from desktop.storage.queries import money as q

        with self.book.reading() as s:
            return sum(p.amount_fen for p, c in q.payments_between(s, start, end) if c.currency == currency)

    def collected_by_month(self, start: date, end: date, currency: str = "CNY") -> list[tuple[date, int]]:
        """(first day of month, fen received) for each month with money in it, in order."""
        from desktop.storage.queries import money as q

        months: dict[date, int] = {}
        with self.book.reading() as s:
            for p, c in q.payments_between(s, start, end):
                if c.currency == currency:
                    key = p.received_on.replace(day=1)
                    months[key] = months.get(key, 0) + p.amount_fen
        return sorted(months.items())

