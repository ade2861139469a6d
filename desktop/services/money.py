"""Money after the signature: a deal's contract, payment plan, payments and invoices; what is
still to collect (Today, the CLI, the calendar), receivables and money collected per period
(Reports). One user action, one transaction; bad input raises ValidationFailed with nothing
saved. A payment re-syncs the referrer's fees (a success fee may follow the money collected).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from desktop.domain.clock import Clock, system_clock
from desktop.domain.contracts import (
    ContractRecord,
    DealMoney,
    InstalmentInput,
    InstalmentRecord,
    InvoiceKind,
    InvoiceMedium,
    InvoiceRecord,
    InvoiceStatus,
    PaymentMethod,
    PaymentRecord,
    Settlement,
)
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.money import (
    MAX_FEN,
    AllocationError,
    OpenInstalment,
    PlanLine,
    allocate,
    check_plan,
    due_date,
    instalment_status,
    needs_reminder,
)
from desktop.services.collections import BookMoney
from desktop.services.fees import sync_fees
from desktop.storage.book import Book
from desktop.storage.queries import get_deleted, get_live
from desktop.storage.queries import money as q
from desktop.storage.tables import Contract, Deal, Instalment, Invoice, Payment, PaymentAllocation


def contract_record(row: Contract) -> ContractRecord:
    return ContractRecord(row.id, row.deal_id, row.number, row.signed_on, row.amount_fen, row.currency,
                          row.our_party, row.customer_party, row.payment_terms, row.settlement)


def invoice_record(row: Invoice) -> InvoiceRecord:
    return InvoiceRecord(row.id, row.contract_id, row.instalment_id, row.kind, row.medium, row.number,
                         row.issued_on, row.amount_fen, row.tax_rate_bp, row.status, row.note)


def instalment_record(row: Instalment, collected: int, today: date, invoiced: int = 0) -> InstalmentRecord:
    due = due_date(row.due_on, row.milestone_on, row.milestone_days)
    status = instalment_status(row.amount_fen, collected, due, today, row.void)
    return InstalmentRecord(
        row.id, row.contract_id, row.position, row.name, row.percent_bp, row.amount_fen, row.due_on,
        row.milestone, row.milestone_days, row.milestone_on, row.reminder_days, row.invoice_first,
        row.void, due, collected, status, needs_reminder(status, due, row.reminder_days, today),
        invoiced, row.note)


def _check_amount(value: int | None, name: str, errors: list[FieldError], *, zero_ok: bool = False) -> None:
    if value is None:
        errors.append(FieldError(name, "required"))
    elif value < 0 or (value == 0 and not zero_ok):
        errors.append(FieldError(name, "amount_not_positive", str(value)))
    elif value > MAX_FEN:
        errors.append(FieldError(name, "too_large", str(value)))


class MoneyService(BookMoney):
    """Contracts, plans, payments, invoices; collections, receivables and collected money
    (those reads are in desktop/services/collections.py)."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- reading a deal's money
    def deal_money(self, deal_id: int, today: date | None = None) -> DealMoney:
        today = today or self._today()
        with self.book.reading() as s:
            get_live(s, Deal, deal_id)
            contract = q.contract_for_deal(s, deal_id)
            if contract is None:
                return DealMoney(deal_id)
            return self._deal_money(s, contract, today)

    def _deal_money(self, s: Session, contract: Contract, today: date) -> DealMoney:
        rows = q.instalments(s, contract.id)
        collected = q.collected_by_instalment(s, [r.id for r in rows])
        invoices = q.invoices(s, contract.id)
        invoiced: dict[int, int] = {}
        for v in invoices:
            if v.instalment_id is not None and v.status != InvoiceStatus.TO_ISSUE:
                invoiced[v.instalment_id] = invoiced.get(v.instalment_id, 0) + v.amount_fen
        plan_rows = [r for r in rows if not r.void]
        paid = q.payments(s, contract.id)
        allocs: dict[int, list[tuple[int, int]]] = {}
        for a in q.allocations(s, [p.id for p in paid]):
            allocs.setdefault(a.payment_id, []).append((a.instalment_id, a.amount_fen))
        return DealMoney(
            contract.deal_id, contract_record(contract),
            tuple(instalment_record(r, collected.get(r.id, 0), today, invoiced.get(r.id, 0)) for r in rows),
            tuple(PaymentRecord(p.id, p.contract_id, p.received_on, p.amount_fen, p.method,
                                p.bill_matures_on, p.reference, p.note, tuple(sorted(allocs.get(p.id, []))))
                  for p in paid),
            tuple(invoice_record(v) for v in invoices),
            check_plan(contract.amount_fen, [PlanLine(r.name, r.percent_bp, r.amount_fen) for r in plan_rows])
            if plan_rows else None,
        )

    # --- the contract
    def save_contract(self, record: ContractRecord) -> ContractRecord:
        """Create or edit the deal's contract; percentage instalments follow a new amount."""
        errors: list[FieldError] = []
        _check_amount(record.amount_fen, "amount_fen", errors)
        if record.signed_on is None:
            errors.append(FieldError("signed_on", "required"))
        if record.settlement not in {k.value for k in Settlement}:
            errors.append(FieldError("settlement", "invalid", record.settlement))
        if errors:
            raise ValidationFailed(errors)
        now = self.clock()
        with self.book.session() as s:
            get_live(s, Deal, record.deal_id)
            if record.id is None:
                if q.contract_for_deal(s, record.deal_id) is not None:
                    raise ValidationFailed([FieldError("deal_id", "contract_exists")])
                row = Contract(deal_id=record.deal_id, signed_on=record.signed_on,
                               amount_fen=record.amount_fen, created_at=now, updated_at=now)
            else:
                row = get_live(s, Contract, record.id)
                first_payment = min((p.received_on for p in q.payments(s, row.id)), default=None)
                if first_payment is not None and record.signed_on > first_payment:
                    raise ValidationFailed([FieldError("signed_on", "after_payments", first_payment.isoformat())])
            for name in ("number", "our_party", "customer_party", "payment_terms"):
                setattr(row, name, getattr(record, name).strip())
            row.signed_on, row.amount_fen = record.signed_on, record.amount_fen
            row.currency, row.settlement, row.updated_at = record.currency or "CNY", record.settlement, now
            s.add(row)
            s.flush()
            if record.id is not None:
                self._reprice(s, row)
            sync_fees(s, row.deal_id, self.clock)
            return contract_record(row)

    def _reprice(self, s: Session, contract: Contract) -> None:
        rows = [r for r in q.instalments(s, contract.id) if not r.void]
        lines = [PlanLine(r.name, r.percent_bp, r.amount_fen) for r in rows]
        check = check_plan(contract.amount_fen, lines)
        collected = q.collected_by_instalment(s, [r.id for r in rows])
        for row, amount in zip(rows, check.amounts, strict=True):
            if row.percent_bp is not None and amount != row.amount_fen:
                if amount < collected.get(row.id, 0):
                    raise ValidationFailed([FieldError("amount_fen", "below_collected", row.name)])
                row.amount_fen = amount
                s.add(row)

    def delete_contract(self, contract_id: int) -> None:
        with self.book.session() as s:
            row = get_live(s, Contract, contract_id)
            row.deleted_at = self.clock()
            s.add(row)
            sync_fees(s, row.deal_id, self.clock)

    def restore_contract(self, contract_id: int) -> None:
        with self.book.session() as s:
            row = s.get(Contract, contract_id)
            if row is None:
                raise NotFound(f"Contract {contract_id}")
            if q.contract_for_deal(s, row.deal_id) is not None:
                raise ValidationFailed([FieldError("deal_id", "contract_exists")])
            row.deleted_at = None
            s.add(row)
            sync_fees(s, row.deal_id, self.clock)

    # --- the payment plan
    def save_plan(self, contract_id: int, lines: list[InstalmentInput]) -> DealMoney:
        """Replace the contract's plan with `lines` (kept by id; a line with money collected on
        it cannot be removed — void it instead). Percentages above 100 % or amounts above the
        contract are refused; a plan short of the contract is saved and said on the Money tab."""
        errors: list[FieldError] = []
        for i, line in enumerate(lines):
            field = f"line{i + 1}"
            if not line.name.strip():
                errors.append(FieldError(f"{field}.name", "required"))
            if line.percent_bp is None and line.amount_fen is None:
                errors.append(FieldError(f"{field}.amount", "required"))
            if line.percent_bp is not None and not 0 < line.percent_bp <= 10_000:
                errors.append(FieldError(f"{field}.percent", "percent_range", str(line.percent_bp)))
            if line.percent_bp is None and line.amount_fen is not None:
                _check_amount(line.amount_fen, f"{field}.amount", errors)
            if line.milestone_days is not None and line.milestone_days < 0:
                errors.append(FieldError(f"{field}.milestone_days", "negative", str(line.milestone_days)))
            if line.reminder_days < 0:
                errors.append(FieldError(f"{field}.reminder_days", "negative", str(line.reminder_days)))
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            contract = get_live(s, Contract, contract_id)
            check = check_plan(contract.amount_fen, [PlanLine(x.name, x.percent_bp, x.amount_fen) for x in lines])
            if "percent_over" in check.problems:
                errors.append(FieldError("plan", "percent_over", str(check.percent_total_bp)))
            elif check.amount_total > contract.amount_fen:
                errors.append(FieldError("plan", "over_contract", str(check.amount_total - contract.amount_fen)))
            for i, line in enumerate(lines):
                for day, name in ((line.due_on, "due_on"), (line.milestone_on, "milestone_on")):
                    if day is not None and day < contract.signed_on:
                        errors.append(FieldError(f"line{i + 1}.{name}", "before_contract", day.isoformat()))
            existing = {r.id: r for r in q.instalments(s, contract_id)}
            collected = q.collected_by_instalment(s, list(existing))
            kept = {x.id for x in lines if x.id is not None}
            for iid in kept - set(existing):
                errors.append(FieldError("plan", "unknown_instalment", str(iid)))
            for iid, row in existing.items():
                if iid not in kept and collected.get(iid, 0) > 0:
                    errors.append(FieldError("plan", "remove_collected", row.name))
            for i, (line, amount) in enumerate(zip(lines, check.amounts, strict=True)):
                if line.id is not None and amount < collected.get(line.id, 0):
                    errors.append(FieldError(f"line{i + 1}.amount", "below_collected", line.name))
            if errors:
                raise ValidationFailed(errors)
            for iid, row in existing.items():
                if iid not in kept:
                    for v in q.invoices_of_instalment(s, iid):
                        v.instalment_id = None
                        s.add(v)
                    s.delete(row)
            s.flush()
            for position, (line, amount) in enumerate(zip(lines, check.amounts, strict=True)):
                row = existing.get(line.id) if line.id is not None else None
                row = row or Instalment(contract_id=contract_id, name=line.name, amount_fen=amount)
                row.position, row.name = position, line.name.strip()
                row.percent_bp, row.amount_fen = line.percent_bp, amount
                row.due_on, row.milestone, row.milestone_days = line.due_on, line.milestone.strip(), line.milestone_days
                row.milestone_on, row.reminder_days = line.milestone_on, line.reminder_days
                row.invoice_first, row.note = line.invoice_first, line.note.strip()
                s.add(row)
            s.flush()
            return self._deal_money(s, contract, self._today())

    def put_back_plan(self, contract_id: int, instalments: tuple[InstalmentRecord, ...],
                      invoice_links: tuple[tuple[int, int | None], ...] = ()) -> None:
        """Make the contract's plan exactly `instalments` again (undo and redo of Edit plan):
        lines changed since get their values back, lines removed since come back with their ids,
        lines added since go (refused, 'remove_collected', when money was collected on one by
        then); `invoice_links` (invoice id, instalment id) puts invoices back on their lines."""
        with self.book.session() as s:
            get_live(s, Contract, contract_id)
            existing = {r.id: r for r in q.instalments(s, contract_id)}
            wanted = {i.id for i in instalments}
            collected = q.collected_by_instalment(s, list(existing))
            for iid, row in existing.items():
                if iid in wanted:
                    continue
                if collected.get(iid, 0) > 0:
                    raise ValidationFailed([FieldError("plan", "remove_collected", row.name)])
                for v in q.invoices_of_instalment(s, iid):
                    v.instalment_id = None
                    s.add(v)
                s.delete(row)
            s.flush()
            for inst in instalments:
                row = existing.get(inst.id) or Instalment(id=inst.id, contract_id=contract_id, name=inst.name,
                                                          amount_fen=inst.amount_fen)
                for name in ("position", "name", "percent_bp", "amount_fen", "due_on", "milestone",
                             "milestone_days", "milestone_on", "reminder_days", "invoice_first", "void", "note"):
                    setattr(row, name, getattr(inst, name))
                s.add(row)
            s.flush()
            for invoice_id, instalment_id in invoice_links:
                invoice = s.get(Invoice, invoice_id)
                if invoice is not None and invoice.contract_id == contract_id:
                    invoice.instalment_id = instalment_id if instalment_id in wanted else None
                    s.add(invoice)

    def set_milestone(self, instalment_id: int, happened_on: date | None) -> InstalmentRecord:
        """The milestone (验收, 到货) happened on a day: the instalment now has a due date."""
        with self.book.session() as s:
            row = s.get(Instalment, instalment_id)
            if row is None:
                raise NotFound(f"Instalment {instalment_id}")
            contract = get_live(s, Contract, row.contract_id)
            if happened_on is not None and happened_on < contract.signed_on:
                raise ValidationFailed([FieldError("milestone_on", "before_contract", happened_on.isoformat())])
            row.milestone_on = happened_on
            s.add(row)
            s.flush()
            return self._instalment(s, row)

    def set_void(self, instalment_id: int, void: bool = True) -> InstalmentRecord:
        """作废: the instalment will not be collected (or, False, it is expected again)."""
        with self.book.session() as s:
            row = s.get(Instalment, instalment_id)
            if row is None:
                raise NotFound(f"Instalment {instalment_id}")
            get_live(s, Contract, row.contract_id)
            row.void = void
            s.add(row)
            s.flush()
            return self._instalment(s, row)

    def _instalment(self, s: Session, row: Instalment) -> InstalmentRecord:
        return instalment_record(row, q.collected_by_instalment(s, [row.id]).get(row.id, 0), self._today())

    # --- payments
    def record_payment(self, contract_id: int, received_on: date | None, amount_fen: int | None,
                       method: str = PaymentMethod.TRANSFER.value, *, bill_matures_on: date | None = None,
                       reference: str = "", note: str = "", split: dict[int, int] | None = None) -> PaymentRecord:
        """Money received. Without `split` it goes to the oldest instalments due first (one
        payment may cover several, the last partly). Refused, with nothing saved: no or a
        negative amount, a day before the contract or after today, more than is still due, an
        acceptance bill without its maturity date (or one before the day received)."""
        errors: list[FieldError] = []
        _check_amount(amount_fen, "amount_fen", errors)
        if received_on is None:
            errors.append(FieldError("received_on", "required"))
        elif received_on > self._today():
            errors.append(FieldError("received_on", "date_in_future", received_on.isoformat()))
        if method not in {m.value for m in PaymentMethod}:
            errors.append(FieldError("method", "invalid", method))
        if method == PaymentMethod.ACCEPTANCE_BILL:
            if bill_matures_on is None:
                errors.append(FieldError("bill_matures_on", "required"))
            elif received_on is not None and bill_matures_on < received_on:
                errors.append(FieldError("bill_matures_on", "before_received", bill_matures_on.isoformat()))
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            contract = get_live(s, Contract, contract_id)
            if received_on < contract.signed_on:
                raise ValidationFailed([FieldError("received_on", "before_contract", contract.signed_on.isoformat())])
            rows = [r for r in q.instalments(s, contract_id) if not r.void]
            if not rows:
                raise ValidationFailed([FieldError("amount_fen", "no_plan")])
            collected = q.collected_by_instalment(s, [r.id for r in rows])
            open_items = [OpenInstalment(r.id, r.amount_fen - collected.get(r.id, 0),
                                         due_date(r.due_on, r.milestone_on, r.milestone_days), r.position)
                          for r in rows if r.amount_fen > collected.get(r.id, 0)]
            try:
                shares = allocate(amount_fen, open_items, split, received_on)
            except AllocationError as exc:
                raise ValidationFailed([FieldError("amount_fen", exc.code, str(exc.limit))]) from exc
            row = Payment(contract_id=contract_id, received_on=received_on, amount_fen=amount_fen,
                          method=method, reference=reference.strip(), note=note.strip(),
                          bill_matures_on=bill_matures_on if method == PaymentMethod.ACCEPTANCE_BILL else None,
                          created_at=self.clock())
            s.add(row)
            s.flush()
            for iid, fen in shares.items():
                s.add(PaymentAllocation(payment_id=row.id, instalment_id=iid, amount_fen=fen))
            s.flush()
            sync_fees(s, contract.deal_id, self.clock)
            return PaymentRecord(row.id, contract_id, received_on, amount_fen, method, row.bill_matures_on,
                                 row.reference, row.note, tuple(sorted(shares.items())))

    def delete_payment(self, payment_id: int) -> None:
        """A payment recorded by mistake (restore_payment brings it back)."""
        self._set_payment_deleted(payment_id, deleted=True)

    def restore_payment(self, payment_id: int) -> None:
        self._set_payment_deleted(payment_id, deleted=False)

    def _set_payment_deleted(self, payment_id: int, *, deleted: bool) -> None:
        with self.book.session() as s:
            row = s.get(Payment, payment_id)
            if row is None or (row.deleted_at is not None) == deleted:
                raise NotFound(f"Payment {payment_id}")
            contract = get_live(s, Contract, row.contract_id)
            if not deleted:  # bringing it back must not collect an instalment twice
                collected = q.collected_by_instalment(s)
                for a in q.allocations(s, [row.id]):
                    inst = s.get(Instalment, a.instalment_id)
                    if inst is not None and collected.get(inst.id, 0) + a.amount_fen > inst.amount_fen:
                        raise ValidationFailed([FieldError("amount_fen", "more_than_due", inst.name)])
            row.deleted_at = self.clock() if deleted else None
            s.add(row)
            s.flush()
            sync_fees(s, contract.deal_id, self.clock)

    # --- invoices
    def save_invoice(self, record: InvoiceRecord) -> InvoiceRecord:
        errors: list[FieldError] = []
        _check_amount(record.amount_fen, "amount_fen", errors)
        if record.kind not in {k.value for k in InvoiceKind}:
            errors.append(FieldError("kind", "invalid", record.kind))
        if record.medium not in {k.value for k in InvoiceMedium}:
            errors.append(FieldError("medium", "invalid", record.medium))
        if record.status not in {k.value for k in InvoiceStatus}:
            errors.append(FieldError("status", "invalid", record.status))
        if not 0 <= record.tax_rate_bp <= 10_000:
            errors.append(FieldError("tax_rate_bp", "percent_range", str(record.tax_rate_bp)))
        if record.status != InvoiceStatus.TO_ISSUE and record.issued_on is None:
            errors.append(FieldError("issued_on", "required"))
        if record.issued_on is not None and record.issued_on > self._today():
            errors.append(FieldError("issued_on", "date_in_future", record.issued_on.isoformat()))
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            contract = get_live(s, Contract, record.contract_id)
            if record.issued_on is not None and record.issued_on < contract.signed_on:
                raise ValidationFailed([FieldError("issued_on", "before_contract", contract.signed_on.isoformat())])
            if record.instalment_id is not None:
                inst = s.get(Instalment, record.instalment_id)
                if inst is None or inst.contract_id != contract.id:
                    raise ValidationFailed([FieldError("instalment_id", "invalid", str(record.instalment_id))])
            others = sum(v.amount_fen for v in q.invoices(s, contract.id) if v.id != record.id)
            if others + record.amount_fen > contract.amount_fen:
                raise ValidationFailed([FieldError("amount_fen", "over_contract",
                                                   str(contract.amount_fen - others))])
            row = (get_live(s, Invoice, record.id) if record.id is not None
                   else Invoice(contract_id=contract.id, amount_fen=record.amount_fen, created_at=self.clock()))
            row.instalment_id, row.kind, row.medium = record.instalment_id, record.kind, record.medium
            row.number, row.issued_on, row.amount_fen = record.number.strip(), record.issued_on, record.amount_fen
            row.tax_rate_bp, row.status, row.note = record.tax_rate_bp, record.status, record.note.strip()
            s.add(row)
            s.flush()
            return invoice_record(row)

    def delete_invoice(self, invoice_id: int) -> None:
        with self.book.session() as s:
            row = get_live(s, Invoice, invoice_id)
            row.deleted_at = self.clock()
            s.add(row)

    def restore_invoice(self, invoice_id: int) -> None:
        """Bring a deleted invoice back (undo of adding or deleting it)."""
        with self.book.session() as s:
            row = get_deleted(s, Invoice, invoice_id)
            get_live(s, Contract, row.contract_id)
            row.deleted_at = None
            s.add(row)

    def contract_of(self, deal_id: int) -> ContractRecord | None:
        with self.book.reading() as s:
            row = q.contract_for_deal(s, deal_id)
            return contract_record(row) if row is not None else None

    def with_outstanding(self) -> set[int]:
        """Deals whose contract still waits for money (the deals list's filter)."""
        return {d for d, m in self.summaries().items() if m.outstanding_fen > 0}

